import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { IngestMeta } from './bridge.ts';

export const DEFAULT_WEBHOOK_MAX_AGE_MS = 300_000;

export interface WebhookOptions {
  /** The plugin's hook signing secret. */
  secret: string;
  /** Older (or further in the future) `X-Crisp-Request-Timestamp`s are refused. @default DEFAULT_WEBHOOK_MAX_AGE_MS */
  maxAgeMs?: number;
  /** Largest body accepted. @default 1048576 */
  maxBytes?: number;
  /**
   * Claims a key for `ttlMs`, true for the first claim only; the replicas' shared medium (the
   * event pub/sub) holds the claims, so a replay posted to another replica is recognised too.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Called after the answer is sent, so a slow subscriber never delays Crisp's delivery. */
  ingest(name: string, data: unknown, meta: IngestMeta): Promise<unknown>;
  logger: Pick<Logger, 'warn'>;
  now?: () => number;
}

class HookRejection extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * The body, up to `maxBytes`. Past it (or past a Content-Length announcing more) the rest is
 * read and discarded, as Node does for any body a handler leaves unread, rather than the socket
 * destroyed: destroying it, or closing it after the answer, resets the connection under a client
 * still sending, which then never reads the 413.
 */
function readRaw(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      req.off('data', onData);
      req.resume();
      reject(new HookRejection(413, 'too_large'));
    };
    const chunks: Buffer[] = [];
    let size = 0;
    function onData(c: Buffer) {
      size += c.length;
      if (size > maxBytes) tooLarge();
      else chunks.push(c);
    }
    req.on('error', reject);
    if (Number(req.headers['content-length']) > maxBytes) return tooLarge();
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Plugin Hooks sign `[timestamp;raw body]` with HMAC-SHA256, lower-case hex (docs/crisp/RTM.md §7).
 */
function signHook(secret: string, timestamp: string, raw: Buffer | string): string {
  return createHmac('sha256', secret)
    .update(`[${timestamp};`)
    .update(raw)
    .update(']')
    .digest('hex');
}

/** Milliseconds; a 10-digit value is read as seconds, since Crisp does not document the unit. */
function timestampMs(value: string): number | undefined {
  if (!/^\d{1,16}$/.test(value)) return undefined;
  const n = Number(value);
  return value.length <= 10 ? n * 1000 : n;
}

/**
 * `POST /webhooks/crisp`. Checks the signature over the raw bytes (never a re-serialized body)
 * in constant time and the timestamp against a freshness window, answers at once, then hands
 * the event on. 401: unsigned, badly signed or stale; 400: not a hook envelope; 413: too large.
 * A hook whose signature was already accepted is answered 200 `duplicate` and not handed on.
 */
export function createWebhookHandler(options: WebhookOptions) {
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_WEBHOOK_MAX_AGE_MS;
  const maxBytes = options.maxBytes ?? 1_048_576;
  const now = options.now ?? Date.now;
  const { logger } = options;

  async function verify(
    req: IncomingMessage,
  ): Promise<{ name: string; data: unknown; meta: IngestMeta; signature: string; at: number }> {
    const raw = await readRaw(req, maxBytes);
    const timestamp = header(req, 'x-crisp-request-timestamp') ?? '';
    const signature = header(req, 'x-crisp-signature') ?? '';
    const at = timestampMs(timestamp);
    if (at === undefined || !/^[0-9a-f]{64}$/i.test(signature))
      throw new HookRejection(401, 'unsigned');
    const expected = Buffer.from(signHook(options.secret, timestamp, raw), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex')))
      throw new HookRejection(401, 'bad_signature');
    // Checked after the signature, so the reason given never helps forge one.
    if (Math.abs(now() - at) > maxAgeMs) throw new HookRejection(401, 'stale');
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HookRejection(400, 'invalid_json');
    }
    const envelope = body as {
      event?: unknown;
      data?: unknown;
      website_id?: unknown;
      timestamp?: unknown;
    } | null;
    const { event, data } = envelope ?? {};
    if (
      typeof event !== 'string' ||
      typeof data !== 'object' ||
      data === null ||
      Array.isArray(data)
    ) {
      throw new HookRejection(400, 'invalid_envelope');
    }
    const attempt = Number(header(req, 'x-delivery-attempt-count'));
    return {
      signature: signature.toLowerCase(),
      at,
      name: event,
      data,
      meta: {
        source: 'hook',
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        websiteId: typeof envelope?.website_id === 'string' ? envelope.website_id : undefined,
        timestamp: typeof envelope?.timestamp === 'number' ? envelope.timestamp : undefined,
      },
    };
  }

  return async function handleWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const answer = (status: number, reason: string) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: status >= 400, reason }));
    };
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return answer(405, 'method_not_allowed');
    }
    let hook: Awaited<ReturnType<typeof verify>>;
    try {
      hook = await verify(req);
    } catch (err) {
      // Anything but a rejection is the request itself failing (client gone mid-body).
      const rejection = err instanceof HookRejection ? err : new HookRejection(400, 'unreadable');
      logger.warn({ reason: rejection.reason }, 'webhook: rejected');
      if (!res.headersSent && !res.destroyed) answer(rejection.status, rejection.reason);
      return;
    }
    // A signature stays claimed until its hook goes stale, after which it is refused as stale anyway.
    if (!(await options.claim(`hook:${hook.signature}`, hook.at + maxAgeMs - now()))) {
      logger.warn({ event: hook.name }, 'webhook: replay ignored');
      return answer(200, 'duplicate');
    }
    answer(200, 'accepted');
    setImmediate(() => {
      options.ingest(hook.name, hook.data, hook.meta).catch((err: unknown) => {
        logger.warn(
          { event: hook.name, error: err instanceof Error ? err.name : 'unknown' },
          'webhook: could not publish',
        );
      });
    });
  };
}
