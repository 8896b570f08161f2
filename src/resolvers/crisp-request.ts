import { GraphQLError } from 'graphql';
import type { Method, QueryValue } from '../datasources/crisp-client.ts';
import { assertEveryWebsite, assertWebsite } from '../server/access.ts';
import type { GatewayContext } from '../server/context.ts';

export interface CrispRequestArgs {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | null;
  path: string;
  query?: Record<string, unknown> | null;
  headers?: Record<string, string> | null;
  body?: unknown;
}

export interface CrispResponseModel {
  status: number;
  error: boolean;
  reason?: string;
  data?: unknown;
}

/**
 * Headers a caller may add. Authorization, X-Crisp-Tier and Content-Type are the gateway's own,
 * and hop-by-hop or host headers could change where or how the request goes.
 */
export const allowedHeaders = ['accept-language', 'cache-control', 'x-request-id'];

export const isAllowedHeader = (name: string) => allowedHeaders.includes(name.toLowerCase());

const WEBSITE_PATH = /^\/website\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/i;
/** Unreserved and sub-delimiter characters, or a percent-encoded byte. */
const SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/;

/** Why a crispRequest path is refused, or undefined when it is acceptable. Runs before any call. */
export function pathProblem(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return 'must be a path below /v1, not a URL';
  if (!path.startsWith('/')) return 'must start with /';
  if (path.includes('?') || path.includes('#')) return 'must not hold a query string or fragment; use query';
  const segments = path.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '') return 'must not hold empty segments';
    if (!SEGMENT.test(segment)) return 'segments must be percent-encoded';
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'segments must be valid percent-encoded UTF-8';
    }
    if (decoded === '.' || decoded === '..') return 'must not hold . or .. segments';
  }
  if (segments[0] === 'plugin' && segments.length > 1) return undefined;
  if (WEBSITE_PATH.test(path)) return undefined;
  return 'must start with /website/{website_id} or /plugin/';
}

const badInput = (message: string, field: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** The website a path names must be one the gateway's token is meant to reach. */
async function checkWebsite(ctx: GatewayContext, path: string): Promise<void> {
  const websiteId = WEBSITE_PATH.exec(path)?.[1]?.toLowerCase();
  if (!websiteId) return;
  const { tier } = ctx.crisp.options;
  // A user token reaches its account's websites; Crisp itself refuses the others.
  if (tier === 'user') return;
  const allowed = tier === 'website' ? [ctx.defaultWebsiteId] : await ctx.loaders.connectWebsiteIds.load('all');
  if (!allowed.includes(websiteId)) {
    throw badInput('The path names a website this gateway does not serve.', 'input.path');
  }
}

export async function send(ctx: GatewayContext, input: CrispRequestArgs, { readOnly }: { readOnly: boolean }): Promise<CrispResponseModel> {
  const method: Method = input.method ?? 'GET';
  if (readOnly && method !== 'GET') throw badInput('Query.crispRequest only sends GET; use Mutation.crispRequest.', 'input.method');
  if (method === 'GET' && input.body !== undefined && input.body !== null) throw badInput('A GET request takes no body.', 'input.body');
  // The caller's own bounds first, so a refused website costs no call (not even the listing).
  const websiteId = WEBSITE_PATH.exec(input.path)?.[1];
  if (websiteId) assertWebsite(ctx, websiteId, readOnly ? 'read' : 'write');
  else assertEveryWebsite(ctx, readOnly ? 'read' : 'write');
  await checkWebsite(ctx, input.path);
  const res = await ctx.crisp.send({
    method,
    path: input.path,
    query: (input.query ?? undefined) as Record<string, QueryValue> | undefined,
    headers: input.headers ? Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v])) : undefined,
    // The Node client sends {} for POST/PUT/PATCH without a payload.
    body: input.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}),
  });
  const envelope = typeof res.body === 'object' && res.body !== null ? (res.body as { error?: unknown; reason?: unknown; data?: unknown }) : {};
  return {
    status: res.status,
    error: res.status >= 400 || envelope.error === true,
    reason: typeof envelope.reason === 'string' ? envelope.reason : undefined,
    data: envelope.data,
  };
}
