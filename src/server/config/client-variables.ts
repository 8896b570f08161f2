import { z } from 'zod';
import { parseApiKeys, parsedBy, parseOrigins } from './lists.ts';
import { variable } from './variable.ts';

const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const openInSandbox = 'sandbox: `true`, else `false`';

/** Who may call the gateway (src/server/auth.ts, access.ts). */
export const authVariables = {
  apiKeys: variable('GATEWAY_API_KEYS', parsedBy(parseApiKeys), {
    default: [],
    shown: 'none',
    expect: 'must be a JSON array or a list of key:websites:r|rw entries (see README)',
    doc: 'Client API keys, each with its websites and `r`/`rw` (format under [Access control and limits](#access-control-and-limits))',
  }),
  jwtSecret: variable('GATEWAY_JWT_SECRET', z.string().min(32), {
    expect: 'must be at least 32 characters',
    doc: 'HS256 secret (32 characters or more) for client bearer JWTs',
  }),
  jwksUrl: variable('GATEWAY_JWKS_URL', z.url({ protocol: /^https?$/ }), {
    expect: 'must be an http(s) URL',
    doc: 'JWKS URL for client bearer JWTs signed with RS/PS/ES/EdDSA keys',
  }),
  jwtIssuer: variable('GATEWAY_JWT_ISSUER', z.string().min(1), {
    expect: 'must not be empty',
    doc: 'Required `iss` of client JWTs, when set',
  }),
  jwtAudience: variable('GATEWAY_JWT_AUDIENCE', z.string().min(1), {
    expect: 'must not be empty',
    doc: 'Required `aud` of client JWTs, when set',
  }),
  mode: variable('GATEWAY_AUTH', z.enum(['none']), {
    expect: 'must be none (or unset)',
    doc: '`none`: run without client authentication although `CRISP_IDENTIFIER` is set (one warning line at start). Cannot be combined with keys or JWTs',
  }),
};

/** Operation limits and HTTP switches (src/server/limits.ts); unset switches follow sandbox mode there. */
export const limitsVariables = {
  introspection: variable('GATEWAY_INTROSPECTION', flag, {
    shown: openInSandbox,
    expect: 'must be true or false',
    doc: 'Schema introspection (`__schema`, `__type`); when off, errors suggest no name or enum value ("Did you mean …?") either, over HTTP and graphql-ws',
  }),
  graphiql: variable('GATEWAY_GRAPHIQL', flag, {
    shown: openInSandbox,
    expect: 'must be true or false',
    doc: 'GraphiQL on `GET /graphql`',
  }),
  corsOrigins: variable('GATEWAY_CORS_ORIGINS', parsedBy(parseOrigins), {
    shown: 'sandbox: `*`, else none',
    expect: 'must be * or a comma-separated list of origins',
    doc: '`*` or comma-separated origins (`https://app.example`) allowed by CORS; never with credentials (cookies)',
  }),
  csrf: variable('GATEWAY_CSRF', flag, {
    default: true,
    expect: 'must be true or false',
    doc: 'Refuse POSTs a cross-site page can send without a preflight (form, multipart, `text/plain`, untyped) that carry none of `x-graphql-yoga-csrf`, `authorization`, `x-api-key` (403 `CSRF_HEADER_MISSING`). GETs always pass: they cannot run mutations',
  }),
  maxBodyBytes: variable('GATEWAY_MAX_BODY_BYTES', positiveInt, {
    default: 100_000,
    expect: 'must be a positive integer (bytes)',
    doc: 'Largest request body (413) and graphql-ws message (close 1009)',
  }),
  // A help-center home page (website → helpdesk → locales → categories → sections → articles,
  // each list through edges and node) nests 15 fields deep.
  maxDepth: variable('GATEWAY_MAX_DEPTH', positiveInt, {
    default: 16,
    expect: 'must be a positive integer',
    doc: 'Deepest field nesting of an operation (fragments counted in place)',
  }),
  maxAliases: variable('GATEWAY_MAX_ALIASES', positiveInt, {
    default: 15,
    expect: 'must be a positive integer',
    doc: 'Aliases per operation',
  }),
  maxTokens: variable('GATEWAY_MAX_TOKENS', positiveInt, {
    default: 2000,
    expect: 'must be a positive integer',
    doc: 'Tokens per document, checked while parsing',
  }),
  maxDirectives: variable('GATEWAY_MAX_DIRECTIVES', positiveInt, {
    default: 20,
    expect: 'must be a positive integer',
    doc: 'Directives per operation',
  }),
  maxCost: variable('GATEWAY_MAX_COST', positiveInt, {
    default: 100_000,
    expect: 'must be a positive integer',
    doc: 'Field cost: 2 per object field, 1 per scalar, ×1.5 per nesting level, × `first`/`last` (variables included) (the inbox example costs about 6,300; 20 conversations with their last 10 messages each, about 46,500)',
  }),
  maxCrispCalls: variable('GATEWAY_MAX_CRISP_CALLS', positiveInt, {
    default: 100,
    expect: 'must be a positive integer (Crisp calls one operation may make)',
    doc: 'Crisp calls an operation may be estimated to make; more is refused before it runs (the inbox example is estimated at 42 and makes 36)',
  }),
  persistedOperationsPath: variable('GATEWAY_PERSISTED_OPERATIONS', z.string().min(1), {
    expect: 'must be the path of a JSON file',
    doc: 'Path of a JSON `{ "sha256:<hex>": "<document>" }` file; when set, only these operations run',
  }),
};
