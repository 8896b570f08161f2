import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from 'pino';
import { CrispError } from '../datasources/crisp-errors.ts';

const MASKED_MESSAGE = 'Unexpected error.';

/** The innermost error a GraphQLError wraps (resolver errors arrive wrapped with a path). */
function rootOf(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError) e = e.originalError;
  return e;
}

/**
 * Yoga's own log lines on the gateway's logger, with names and codes but never request bodies: a
 * masked error's own message could quote Crisp data, and the Authorization header must never
 * reach a log.
 */
export function createYogaLogger(log: Pick<Logger, 'info' | 'warn' | 'error'>): YogaLogger {
  const line = (args: unknown[]) =>
    [
      'gateway:',
      ...args.map((a) => {
        const e = rootOf(a);
        if (e instanceof CrispError)
          return `${e.code} reason=${e.reason} route="${e.route}" status=${e.status}`;
        if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
        return typeof a === 'string' ? a : JSON.stringify(a);
      }),
    ].join(' ');
  return {
    debug: () => {},
    info: (...args) => log.info(line(args)),
    warn: (...args) => log.warn(line(args)),
    error: (...args) => log.error(line(args)),
  };
}

/**
 * graphql-js reports a variable that does not fit its type (a string where an object is due, two
 * keys in a @oneOf input, a bad custom scalar) without a code; it is bad user input like a
 * validation failure, so it gets the same code and the `field` it names (`input.content.text`).
 */
function withInputCode(error: GraphQLError): GraphQLError {
  const match =
    /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)"/s.exec(error.message) ??
    /^Variable "\$([^"]+)"/.exec(error.message);
  if (!match || error.extensions.field) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field: match[1] },
  });
}

/**
 * Yoga's masking, narrowed: request errors (syntax, validation, variable coercion — no path),
 * typed Crisp failures and BAD_USER_INPUT keep their message and `extensions.code`; any other
 * resolver failure becomes "Unexpected error." and is logged.
 */
export function maskError(error: unknown, logger: YogaLogger): Error {
  const root = rootOf(error);
  if (root instanceof CrispError) {
    logger.warn(root);
    return error as Error;
  }
  // Pothos's own input checks (a malformed relay global id, `last` without `first`): bad input.
  if (root instanceof PothosValidationError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(`Invalid input: ${root.message.slice(0, 200)}`, {
      nodes: located?.nodes,
      path: located?.path,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (error instanceof GraphQLError) {
    if (!error.path) return withInputCode(error);
    const kept = ['BAD_USER_INPUT', 'SUBSCRIBER_TOO_SLOW', 'LIVE_EVENTS_GAP', 'LIVE_EVENTS_OFF'];
    if (root instanceof GraphQLError && kept.includes(String(root.extensions.code))) return error;
  }
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(MASKED_MESSAGE, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
