import { type ConversationKey, conversationKey } from '../datasources/conversation.ts';
import {
  MESSAGE_BATCH,
  type MessageBatchSelector,
  type MessageModel,
  messageBatchKey,
} from '../datasources/message.ts';
import { badInput } from '../request/bad-input.ts';
import type { GatewayContext } from '../request/context.ts';
import { encodeKeyset, filterHash, keysetCursor } from './keyset-cursor.ts';
import type { Connection } from './page-connection.ts';

/**
 * `Conversation.messages`: a Relay connection over Crisp's message batches (docs/schema-design.md
 * §5). The order is `(timestamp, fingerprint)`, oldest first, and a cursor is that key. Crisp
 * walks back with `timestamp_before` and forward with `timestamp_after`, both strict, one batch
 * at a time; a batch cut inside one millisecond would lose the messages of that millisecond left
 * beyond it. So the millisecond at the far end of a batch with more beyond it is held back and
 * read whole by the next batch (asked from one millisecond further, the messages already in hand
 * dropped by key). A page may then hold fewer messages than asked for; `hasPreviousPage` or
 * `hasNextPage` says more remain. Only more than a batch of messages in one millisecond can still
 * lose some (the rest of that millisecond is skipped).
 */

export interface HistoryArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The page size when neither `first` nor `last` is given. */
export const HISTORY_PAGE = 20;

/** Whether a field's arguments page forwards (`first`/`after`), which wins over `last`'s default. */
export const isForward = (args: HistoryArgs) => args.first != null || args.after != null;

/** Crisp reads one page costs at most: one batch per `MESSAGE_BATCH` messages asked for. */
export const historyReads = (args: HistoryArgs) =>
  Math.ceil(((isForward(args) ? args.first : args.last) ?? HISTORY_PAGE) / MESSAGE_BATCH);

type Key = readonly [timestamp: number, fingerprint: number];

const keyOf = (m: MessageModel): Key => [m.timestamp.getTime(), m.fingerprint];
const compare = (a: Key, b: Key) => a[0] - b[0] || a[1] - b[1];

/** The messages of one walk, in order; `more`: Crisp holds more beyond them. */
interface Walk {
  messages: MessageModel[];
  more: boolean;
}

/**
 * Reads batches from `key` (none: the end) in one direction until `size` messages beyond it are in
 * hand, Crisp has no more, or `reads` batches were read.
 */
async function walk(
  ctx: GatewayContext,
  c: ConversationKey,
  forward: boolean,
  size: number,
  reads: number,
  key: Key | undefined,
): Promise<Walk> {
  const kept = new Map<number, MessageModel>();
  // The first batch includes the key's own millisecond: messages sharing it are not skipped.
  let bound = key ? key[0] + (forward ? -1 : 1) : forward ? 0 : undefined;
  let more = true;
  for (let read = 0; more && kept.size < size && read < reads; read++) {
    const selector: MessageBatchSelector = forward ? { after: bound } : { before: bound };
    const batch = await ctx.loaders.messageBatch.load(messageBatchKey(c, selector));
    more = batch.more && batch.messages.length > 0;
    const times = batch.messages.map((m) => m.timestamp.getTime());
    // The far end of the batch: its oldest millisecond walking back, its newest walking forward.
    const edge = forward ? Math.max(...times) : Math.min(...times);
    const partial = more && times.some((t) => t !== edge);
    for (const m of batch.messages) {
      const beyond = !key || compare(keyOf(m), key) * (forward ? 1 : -1) > 0;
      if (beyond && !(partial && m.timestamp.getTime() === edge)) kept.set(m.fingerprint, m);
    }
    // A held-back millisecond is read whole next time; a batch all in one millisecond moves past it.
    bound = partial ? edge + (forward ? -1 : 1) : edge;
  }
  const messages = [...kept.values()].sort((a, b) => compare(keyOf(a), keyOf(b)));
  return { messages, more };
}

/**
 * A page of a conversation's history: the `last` messages before `before` (default: the latest),
 * or the `first` after `after` (default: the oldest), oldest first either way.
 */
export async function history(
  ctx: GatewayContext,
  c: ConversationKey,
  args: HistoryArgs,
): Promise<Connection<MessageModel>> {
  const forward = isForward(args);
  if (forward && args.before != null) {
    throw badInput('before', 'page backwards with last/before or forwards with first/after');
  }
  const f = filterHash('Conversation.messages', conversationKey(c), {});
  const cursor = forward ? args.after : args.before;
  const field = forward ? 'after' : 'before';
  const keyset = cursor == null ? undefined : keysetCursor(cursor, f, field);
  const fingerprint = keyset ? Number(keyset.k[1]) : Number.NaN;
  if (keyset && (keyset.k[0] === null || !Number.isSafeInteger(fingerprint))) {
    throw badInput(field, 'not a cursor of this list');
  }
  const key: Key | undefined = keyset ? [keyset.k[0]!, fingerprint] : undefined;
  const size = (forward ? args.first : args.last) ?? HISTORY_PAGE;
  const { messages, more } = await walk(ctx, c, forward, size, historyReads(args), key);
  const window = forward ? messages.slice(0, size) : messages.slice(-size);
  const beyond = messages.length > size || more;
  const edges = window.map((node) => ({
    cursor: encodeKeyset({ k: [node.timestamp.getTime(), String(node.fingerprint)], p: 0, f }),
    node,
  }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      // Beside the cursor lies at least its own message.
      hasPreviousPage: forward ? key !== undefined : beyond,
      hasNextPage: forward ? beyond : key !== undefined,
    },
  };
}
