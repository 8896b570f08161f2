import { GraphQLError } from 'graphql';
import { InvalidRequestError } from '../datasources/crisp-errors.ts';
import {
  type CrispRequest,
  formRequest,
  type Method,
  type QueryValue,
} from '../datasources/crisp-request.ts';
import { assertRouteTier } from '../datasources/crisp-tiers.ts';
import { assertEveryWebsite, assertWebsite } from '../request/access.ts';
import type { GatewayContext } from '../request/context.ts';

export interface CrispRequestArgs {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | null;
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

/** A path naming a website: its own routes, and its plugin and plan subscriptions. */
const WEBSITE_PATH =
  /^\/(?:website|plugins\/subscription|plans\/subscription)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/i;
/** First segments outside a website: the plugin tier's own, and plugin and plan subscriptions. */
const SCOPE_PREFIXES = new Set(['plugin', 'plugins', 'plans']);
/** Unreserved and sub-delimiter characters, or a percent-encoded byte. */
const SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/;
/** Decoding rounds tried: `%252F` is `%2F` once decoded, `/` twice. */
const DECODE_ROUNDS = 3;

/**
 * What a segment may turn into if a front end decodes it before routing, once or more: each
 * form must stay one plain segment, or the `/website/{id}` prefix check could be bypassed.
 */
function segmentProblem(segment: string): string | undefined {
  let decoded = segment;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return round === 0 ? 'segments must be valid percent-encoded UTF-8' : undefined;
    }
    // NFKC folds look-alikes such as the full-width dot and solidus into '.' and '/'.
    const folded = decoded.normalize('NFKC');
    if (/[/\\]/.test(folded)) return 'segments must not hold an encoded / or \\';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what it refuses
    if (/[\x00-\x1f\x7f]/.test(folded)) return 'segments must not hold control characters';
    if (folded === '.' || folded === '..') return 'must not hold . or .. segments';
  }
  return undefined;
}

/** Why a crispRequest path is refused, or undefined when it is acceptable. Runs before any call. */
export function pathProblem(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//'))
    return 'must be a path below /v1, not a URL';
  if (!path.startsWith('/')) return 'must start with /';
  if (path.includes('?') || path.includes('#'))
    return 'must not hold a query string or fragment; use query';
  if (path.includes('\\')) return 'must not hold a backslash';
  const segments = path.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '') return 'must not hold empty segments';
    if (!SEGMENT.test(segment)) return 'segments must be percent-encoded';
    const problem = segmentProblem(segment);
    if (problem) return problem;
  }
  if (SCOPE_PREFIXES.has(segments[0]!) && segments.length > 1) return undefined;
  if (WEBSITE_PATH.test(path)) return undefined;
  return 'must start with /website/{website_id}, /plugin/, /plugins/ or /plans/';
}

const badInput = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** The website a path names must be one the gateway's token is meant to reach. */
async function checkWebsite(ctx: GatewayContext, path: string): Promise<void> {
  const websiteId = WEBSITE_PATH.exec(path)?.[1]?.toLowerCase();
  if (!websiteId) return;
  const { tier } = ctx.crisp.options;
  // A user token reaches its account's websites; Crisp itself refuses the others.
  if (tier === 'user') return;
  const allowed =
    tier === 'website' ? [ctx.defaultWebsiteId] : await ctx.loaders.connectWebsiteIds.load('all');
  if (!allowed.includes(websiteId)) {
    throw badInput('The path names a website this gateway does not serve.', 'input.path');
  }
}

export async function send(
  ctx: GatewayContext,
  input: CrispRequestArgs,
  { readOnly }: { readOnly: boolean },
): Promise<CrispResponseModel> {
  const method: Method = input.method ?? 'GET';
  const reads = method === 'GET' || method === 'HEAD';
  if (readOnly && !reads)
    throw badInput(
      'Query.crispRequest only sends GET and HEAD; use Mutation.crispRequest.',
      'input.method',
    );
  if (reads && input.body !== undefined && input.body !== null)
    throw badInput(`A ${method} request takes no body.`, 'input.body');
  const request: CrispRequest = {
    method,
    path: input.path,
    query: (input.query ?? undefined) as Record<string, QueryValue> | undefined,
    headers: input.headers
      ? Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v]))
      : undefined,
    // The Node client sends {} for POST/PUT/PATCH without a payload.
    body: input.body ?? (reads || method === 'DELETE' ? undefined : {}),
    raw: true,
  };
  // A request that cannot be sent as given is refused before anything else looks at it.
  try {
    formRequest(request);
  } catch (err) {
    if (err instanceof InvalidRequestError)
      throw badInput(err.message, `input.${err.part ?? 'path'}`);
    throw err;
  }
  // The caller's own bounds first, so a refused website costs no call (not even the listing).
  const websiteId = WEBSITE_PATH.exec(input.path)?.[1];
  if (websiteId) assertWebsite(ctx, websiteId, readOnly ? 'read' : 'write');
  else assertEveryWebsite(ctx, readOnly ? 'read' : 'write');
  // Before the website list too: a route the tier may not call costs nothing at all.
  assertRouteTier(ctx.crisp.options.tier, method, input.path);
  await checkWebsite(ctx, input.path);
  const res = await ctx.crisp.send(request);
  const envelope =
    typeof res.body === 'object' && res.body !== null
      ? (res.body as { error?: unknown; reason?: unknown; data?: unknown })
      : {};
  return {
    status: res.status,
    error: res.status >= 400 || envelope.error === true,
    reason: typeof envelope.reason === 'string' ? envelope.reason : undefined,
    data: envelope.data,
  };
}
