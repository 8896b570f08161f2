import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../request/context.ts';

type Shared = ExecutionResult | Promise<ExecutionResult>;
type Step = IteratorResult<ExecutionResult>;

/**
 * Results of one event, by subscription key. Keyed by the event's payload object: `live.ts` maps
 * an event once per field and hands that same object to every subscriber of the field, so an
 * entry lives exactly as long as the event is still queued somewhere.
 */
const byEvent = new WeakMap<object, Map<string, Shared>>();

/**
 * A number per parsed document. Yoga's parser cache hands every subscriber of one query text the
 * same document, so the key names it in a few digits rather than repeating its text in every
 * subscriber's key; a document parsed again (after leaving that cache) only gets its own results.
 */
const documentIds = new WeakMap<DocumentNode, number>();
let lastDocumentId = 0;
function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    id = ++lastDocumentId;
    documentIds.set(document, id);
  }
  return id;
}

/**
 * What a subscription's result depends on besides the event: the document, the operation name,
 * the variables and the caller's access scope.
 */
function keyOf(args: ExecutionArgs): string {
  const { principal } = args.contextValue as GatewayContext;
  const websites = principal.websites === '*' ? '*' : [...principal.websites].sort().join(',');
  const { document, operationName, variableValues } = args;
  return JSON.stringify([
    documentId(document),
    websites,
    principal.write,
    operationName ?? null,
    variableValues ?? {},
  ]);
}

const isPromise = (value: Shared): value is Promise<ExecutionResult> =>
  typeof (value as Promise<unknown>).then === 'function';

/**
 * One subscriber's results: its own source stream, each event executed once per distinct
 * subscription. Written as a class rather than with Yoga's mapAsyncIterator, whose promise
 * wrappers allocated a few KB per subscriber and event, and whose closures and generated method
 * names were a good part of each subscriber's memory.
 */
class SharedResults implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly key: string,
  ) {}

  next(): Promise<Step> {
    return this.source.next().then(this.deliver);
  }

  return(): Promise<Step> {
    const ended = { value: undefined, done: true } as const;
    return this.source.return ? this.source.return().then(() => ended) : Promise.resolve(ended);
  }

  /** Ends the source, then fails: nothing downstream would end it after an error. */
  throw(error: unknown): Promise<Step> {
    return this.return().then(() => Promise.reject(error));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  // An arrow property: one function per subscriber, not one per event.
  private readonly deliver = (step: IteratorResult<unknown>): Step | Promise<Step> => {
    if (step.done) return { value: undefined, done: true };
    let result: Shared;
    try {
      result = this.resultOf(step.value);
    } catch (err) {
      return this.throw(err);
    }
    if (!isPromise(result)) return { value: result, done: false };
    return result.then(
      (value) => ({ value, done: false }),
      (err: unknown) => this.throw(err),
    );
  };

  private resultOf(payload: unknown): Shared {
    // A SlowSubscriberError is its subscriber's own object, so it is executed on its own too.
    if (typeof payload !== 'object' || payload === null) return this.run(payload);
    let results = byEvent.get(payload);
    if (!results) {
      results = new Map();
      byEvent.set(payload, results);
    }
    let result = results.get(this.key);
    if (!result) {
      result = this.run(payload);
      results.set(this.key, result);
    }
    return result;
  }

  private run(payload: unknown): Shared {
    return execute({ ...this.args, rootValue: payload });
  }
}

/**
 * Each event is executed once per distinct subscription (document, operation name, variables and
 * the caller's access scope) rather than once per subscriber: with thousands of clients following
 * one conversation, execution (argument validation, field resolution, result objects and their
 * garbage) dominated the fan-out. Every subscriber keeps its own source stream, so the filtering,
 * the access check at subscribe time, the slow-subscriber bound and the subscriber counts are as
 * before; the envelop hooks after execution (masking, metrics) still see each subscriber's result.
 * Results are read, never changed, downstream (graphql-ws and masking copy what they alter).
 */
export function useSharedEventResults(): Plugin<GatewayContext> {
  const subscribe = async (args: ExecutionArgs) => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    return new SharedResults(source[Symbol.asyncIterator](), args, keyOf(args));
  };
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe as Parameters<typeof setSubscribeFn>[0]);
    },
  };
}
