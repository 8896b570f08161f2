import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from './context.ts';

type Shared = ExecutionResult | Promise<ExecutionResult>;

/**
 * Results of one event, by subscription key. Keyed by the event's payload object: `live.ts` maps
 * an event once per field and hands that same object to every subscriber of the field, so an
 * entry lives exactly as long as the event is still queued somewhere.
 */
const byEvent = new WeakMap<object, Map<string, Shared>>();

/**
 * What a subscription's result depends on besides the event: the document (its text), the
 * operation name, the variables and the caller's access scope.
 */
function keyOf(args: ExecutionArgs): string {
  const { principal } = args.contextValue as GatewayContext;
  const websites = principal.websites === '*' ? '*' : [...principal.websites].sort().join(',');
  const document = args.document.loc?.source.body ?? print(args.document);
  return JSON.stringify([websites, principal.write, args.operationName ?? null, args.variableValues ?? {}, document]);
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
    const key = keyOf(args);
    const run = (payload: unknown): Shared => execute({ ...args, rootValue: payload });
    return mapAsyncIterator(source, (payload: unknown): Shared => {
      // A SlowSubscriberError is its subscriber's own object, so it is executed on its own too.
      if (typeof payload !== 'object' || payload === null) return run(payload);
      let results = byEvent.get(payload);
      if (!results) byEvent.set(payload, (results = new Map()));
      let result = results.get(key);
      if (!result) results.set(key, (result = run(payload)));
      return result;
    });
  };
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe as Parameters<typeof setSubscribeFn>[0]);
    },
  };
}
