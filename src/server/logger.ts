import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export type { Logger } from 'pino';
export type LogLevel = Level | 'silent';

/** A console-shaped logger, as the live-event code and older call sites take. */
export type ConsoleLike = Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;

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

/**
 * Structured calls (`info(obj, msg)`) written to a console-shaped logger, for a caller that gave
 * one (tests pass a silent one; benchmarks too).
 */
export function loggerOnConsole(out: ConsoleLike): Pick<Logger, 'debug' | 'info' | 'warn' | 'error'> {
  const line = (fn: (...a: unknown[]) => void) => (obj: unknown, msg?: string) => fn(msg ?? '', obj);
  return { debug: line(out.debug), info: line(out.info), warn: line(out.warn), error: line(out.error) } as unknown as Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
}

/**
 * A console-shaped view of a pino logger, for code written against `console` (live events): the
 * first string is the message, an object argument becomes `detail` (errors by name only).
 */
export function consoleOnLogger(log: Logger): ConsoleLike {
  const call = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const msg = args.filter((a) => typeof a === 'string').join(' ');
    const detail = args.filter((a) => typeof a !== 'string').map((a) => (a instanceof Error ? { error: a.name, code: (a as NodeJS.ErrnoException).code } : a));
    log[level](detail.length === 0 ? {} : { detail: detail.length === 1 ? detail[0] : detail }, msg);
  };
  return { debug: call('debug'), info: call('info'), warn: call('warn'), error: call('error') };
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
