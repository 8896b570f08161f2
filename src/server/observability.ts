import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === 'object' && v !== null && Symbol.asyncIterator in v;

const codesOf = (result: ExecutionResult) =>
  (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));

/**
 * One log line and one histogram sample per GraphQL operation: its type, name, latency and the
 * codes of its errors. Never the document, the variables or the result, which can carry
 * message text and visitor data.
 */
export function useObservability(log: Pick<Logger, 'info'>, metrics: Metrics): Plugin {
  return {
    onValidate() {
      return ({ result }) => {
        if (result.length > 0) metrics.error('GRAPHQL_VALIDATION_FAILED');
      };
    },
    onExecute({ args }) {
      const started = performance.now();
      const op = getOperationAST(args.document, args.operationName);
      const type = op?.operation ?? 'unknown';
      const name = op?.name?.value;
      return {
        onExecuteDone({ result }) {
          const ms = performance.now() - started;
          metrics.operation(type, name, ms / 1000);
          // Incremental delivery (@defer/@stream) is not enabled; its errors would arrive later.
          const codes = isAsyncIterable(result) ? [] : codesOf(result);
          for (const code of codes) metrics.error(code);
          log.info(
            {
              operation: name ?? null,
              type,
              ms: Math.round(ms),
              ...(codes.length ? { errors: codes } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
    onSubscribe({ args }) {
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      return {
        onSubscribeResult({ result }) {
          if (!isAsyncIterable(result)) {
            for (const code of codesOf(result)) metrics.error(code);
            return;
          }
          metrics.subscriptionStarted();
          log.info(
            { operation: name ?? null, type: 'subscription' },
            'graphql subscription started',
          );
          return {
            // Once per event and subscriber: nothing to do for the usual result, which has no errors.
            onNext({ result: next }) {
              if (next.errors) for (const code of codesOf(next)) metrics.error(code);
            },
            onEnd() {
              metrics.subscriptionEnded();
            },
          };
        },
      };
    },
  };
}
