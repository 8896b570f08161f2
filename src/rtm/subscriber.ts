import { Feed } from './feed.ts';
import type { RtmEvent } from './topics.ts';

/** What one local subscriber follows: a website, maybe one conversation, maybe some event names. */
export interface SubscriptionFilter {
  websiteId: string;
  /** Only this conversation's events. */
  sessionId?: string;
  /** Only these event names; all when absent. */
  names?: readonly string[];
}

/** One Set per field's name list (module constants), not one per subscriber. */
const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function nameSet(names: readonly string[]): ReadonlySet<string> {
  let set = nameSets.get(names);
  if (!set) {
    set = new Set(names);
    nameSets.set(names, set);
  }
  return set;
}

export interface WebsiteChannel {
  locals: Set<Local>;
  ready: Promise<() => Promise<void>>;
}

/**
 * One local subscriber: its feed and what it follows, in one object (with thousands of
 * subscribers, a record, a feed and a closure apiece added up).
 */
export class Local extends Feed<unknown> {
  readonly since = Date.now();
  readonly names: ReadonlySet<string> | undefined;

  constructor(
    limit: number,
    readonly channel: WebsiteChannel,
    readonly filter: SubscriptionFilter,
    /** The field's event → model mapping: one function per field, shared by its subscribers. */
    readonly map: (e: RtmEvent) => unknown,
    private readonly release: (local: Local) => void,
  ) {
    super(limit);
    this.names = filter.names ? nameSet(filter.names) : undefined;
  }

  protected override closed(): void {
    this.release(this);
  }
}

/** Whether a subscriber follows messages, so backfill and gap signals concern it. */
export const wantsMessages = (l: Local) =>
  !l.names || l.names.has('message:send') || l.names.has('message:received');
