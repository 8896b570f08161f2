import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type DestinationStream, type Level, type Logger, pino } from 'pino';

export type { Logger } from 'pino';
export type LogLevel = Level | 'silent';

/**
 * Paths pino replaces with `[redacted]` wherever they appear: the gateway never logs headers or
 * variables on purpose, and this is the net under that rule.
 */
const REDACT = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.authorization',
  'key',
  'identifier',
  'password',
  'token',
  'variables',
];

export interface LoggerOptions {
  /** @default 'info' */
  level?: LogLevel;
  /** Where JSON lines go. @default stdout */
  destination?: DestinationStream;
}

/** Structured JSON logs: one object per line, `time` in ms, `level` as a label. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'crisp-graphql-gateway' },
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: '[redacted]' },
      // Lines written while serving a request (resolvers, Crisp calls, masking) carry its id.
      mixin: () => ({ ...requestScope.getStore() }),
    },
    options.destination,
  );
}

/** What every log line written while serving one HTTP request carries. */
export interface RequestScope {
  requestId: string;
}

/** The request being served, for lines written deep in resolvers and the Crisp client. */
export const requestScope = new AsyncLocalStorage<RequestScope>();

/** A caller's `x-request-id` when it is a plain token (kept short, no control characters), else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = Array.isArray(given) ? given[0] : given;
  return id && /^[A-Za-z0-9._:-]{1,128}$/.test(id) ? id : randomUUID();
}
