import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { validateBody, validateResponse } from '../catalogue.ts';
import type { Raw, SandboxStore, Token } from '../store.ts';
import type { Faults } from './faults.ts';
import { envelope, Reply, SandboxError, successReason } from './reply.ts';
import { matchRoute, operationFor, routeKey } from './router.ts';
import { handlers } from './routes.ts';

/** One REST call as the sandbox saw it; tests read these to count and check upstream traffic. */
export interface CallRecord {
  /** Catalogue id, or `unknown` for an unmatched route. */
  id: string;
  /** `GET /website/:website_id/conversation/:session_id` */
  route: string;
  method: string;
  /** Path relative to `/v1`, as sent (encoded). */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  at: number;
}

export interface RestState {
  store: SandboxStore;
  faults: Faults;
  /** Every call is appended here as it arrives; its status is filled in when it is answered. */
  calls: CallRecord[];
  /** Strict mode: response mismatches with the catalogue are appended here. */
  violations?: string[];
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

function authenticate(req: IncomingMessage, store: SandboxStore): Token | undefined {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const [identifier, ...rest] = Buffer.from(header.slice(6), 'base64').toString().split(':');
  const token = identifier ? store.tokens.get(identifier) : undefined;
  const tier = req.headers['x-crisp-tier'] ?? 'user';
  return token && token.key === rest.join(':') && token.tier === tier ? token : undefined;
}

/**
 * The REST API on `/v1`: authenticates the token, routes by the catalogue, applies armed faults,
 * checks tiers, website access and the body, then runs the route's handler.
 */
export function restListener({ store, faults, calls, violations }: RestState): RequestListener {
  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    record: CallRecord,
  ): Promise<void> {
    const send = (status: number, reason: string, data: unknown, error = status >= 400) => {
      record.status = status;
      res.statusCode = status;
      if (req.method === 'HEAD') return void res.end();
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(envelope(error, reason, data));
    };
    const fail = (e: SandboxError) =>
      send(e.status, e.reason, { namespace: 'response', message: e.message });

    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!url.pathname.startsWith('/v1/'))
      return fail(new SandboxError('not_found', 'the route does not exist'));
    record.path = url.pathname.slice(3);
    record.query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);

    const token = authenticate(req, store);
    if (!token) return fail(new SandboxError('unauthorized', 'the token is not valid'));
    const match = matchRoute(req.method ?? 'GET', record.path);
    if (!match) return fail(new SandboxError('not_found', 'the route does not exist'));
    const { endpoint, params } = match;
    Object.assign(record, { id: endpoint.id, route: routeKey(endpoint) });

    const latency = faults.latencyFor(endpoint);
    if (latency) await sleep(latency);
    const fault = faults.rate(token.identifier, Date.now()) ?? faults.take(endpoint);
    if (fault?.kind === 'fail') {
      if (fault.retryAfter) res.setHeader('retry-after', String(Math.ceil(fault.retryAfter)));
      return send(fault.status, fault.reason, { namespace: 'response', message: fault.reason });
    }
    if (fault?.kind === 'reset') {
      record.status = 0;
      return void req.socket.destroy();
    }
    if (fault?.kind === 'timeout') {
      record.status = 0;
      await sleep(fault.ms);
      return void req.socket.destroy();
    }

    // A website token reaches its own routes and, like a plugin token limited to one website, the plugin ones.
    if (
      !endpoint.tiers.includes(token.tier) &&
      !(token.tier === 'website' && endpoint.tiers.includes('plugin'))
    ) {
      return fail(new SandboxError('restricted_route_tier', 'the route is not open to this tier'));
    }
    let body: Raw = {};
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8')) as Raw;
      } catch {
        return fail(new SandboxError('invalid_data', 'the body is not valid JSON'));
      }
    }
    record.body = raw.length > 0 ? body : undefined;
    // Faults and tiers above went by the path; the body may select the path's other operation.
    const operation = operationFor(endpoint, body);
    record.id = operation.id;
    const valid = validateBody(operation.id, body, { closed: Boolean(violations) });
    if (!valid.ok) return fail(new SandboxError('invalid_data', valid.message));

    const websiteId = params.website_id;
    const website = websiteId ? store.websites.get(websiteId) : undefined;
    if (websiteId !== undefined) {
      if (!website) return fail(new SandboxError('not_found', 'website not found'));
      if (!token.websiteIds.has(websiteId)) {
        return fail(
          token.tier === 'plugin'
            ? new SandboxError('not_subscribed', 'plugin not subscribed')
            : new SandboxError('not_allowed'),
        );
      }
    }
    const handler = handlers[operation.id];
    if (!handler) return fail(new SandboxError('not_found', 'the route does not exist'));
    const pageNumber = params.page_number === undefined ? 1 : Number(params.page_number);
    if (!Number.isInteger(pageNumber) || pageNumber < 1)
      return fail(new SandboxError('invalid_data', 'page_number must be >= 1'));

    const result = await handler({
      endpoint: operation,
      params,
      query: record.query,
      body,
      token,
      store,
      website: website!,
      page: pageNumber,
    });
    if (endpoint.method === 'HEAD')
      return send(result ? 200 : 404, result ? 'resolved' : 'not_found', null);
    if (fault?.kind === 'malformed') {
      record.status = 200;
      res.setHeader('content-type', 'application/json');
      return void res.end('{"error":false,"reason":"resolved","data":{');
    }
    const reply = result instanceof Reply ? result : new Reply(result ?? {});
    if (violations) {
      const v = validateResponse(operation.id, reply.data);
      if (!v.ok) violations.push(`${operation.id}: ${v.message}`);
    }
    if (fault?.kind === 'slowBody') {
      record.status = reply.status;
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
      const text = envelope(false, reply.reason ?? successReason[endpoint.method]!, reply.data);
      res.write(text.slice(0, 1));
      await sleep(fault.ms);
      return void res.end(text.slice(1));
    }
    send(reply.status, reply.reason ?? successReason[endpoint.method]!, reply.data, false);
  }

  return (req, res) => {
    const record: CallRecord = {
      id: 'unknown',
      route: '',
      method: req.method ?? 'GET',
      path: req.url ?? '',
      query: {},
      body: undefined,
      status: 0,
      at: Date.now(),
    };
    calls.push(record);
    handle(req, res, record).catch((err: unknown) => {
      if (err instanceof SandboxError) {
        record.status = err.status;
        res.statusCode = err.status;
        if (req.method === 'HEAD') return void res.end();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        return void res.end(
          envelope(true, err.reason, { namespace: 'response', message: err.message }),
        );
      }
      record.status = 500;
      res.statusCode = 500;
      res.end(envelope(true, 'error', { namespace: 'response', message: 'internal error' }));
      console.error('sandbox: handler failed', record.id, err);
    });
  };
}
