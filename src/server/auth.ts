import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
} from 'jose';
import { websiteIdSchema } from '../datasources/crisp-id.ts';
import { AuthenticationError, anonymous, type Principal } from '../request/principal.ts';
import { type AuthConfig, type Config, ConfigError } from './config.ts';

/** Credentials as they arrive: HTTP headers, or a graphql-ws `connection_init` payload. */
export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

export function credentialsFromHeaders(
  get: (name: string) => string | null | undefined,
): Credentials {
  return {
    authorization: get('authorization') ?? undefined,
    apiKey: get('x-api-key') ?? undefined,
  };
}

/**
 * graphql-ws: browsers cannot set headers on a WebSocket, so `connectionParams` may carry
 * `authorization` (or `Authorization`) and `apiKey` (or `x-api-key`); the upgrade request's own
 * headers count when the payload has neither.
 */
export function credentialsFromSocket(
  params: Record<string, unknown> | undefined,
  headers: IncomingHttpHeaders | undefined,
): Credentials {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const authorization = str(params?.authorization) ?? str(params?.Authorization);
  const apiKey = str(params?.apiKey) ?? str(params?.['x-api-key']) ?? str(params?.['X-API-Key']);
  if (authorization || apiKey) return { authorization, apiKey };
  return credentialsFromHeaders((name) => str(headers?.[name]));
}

export interface Authenticator {
  /** False when the gateway is open: every caller is `anonymous`. */
  readonly required: boolean;
  /** The principal, or an AuthenticationError. Never logs or echoes the credentials. */
  authenticate(credentials: Credentials): Promise<Principal>;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ASYMMETRIC = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * The claims a token carries: `websites` (an array of website ids, or `"*"`; absent: none) and
 * `scope` (space-separated; `write` allows mutations).
 */
function principalFromClaims(payload: JWTPayload): Principal {
  const claim = payload.websites;
  const websites =
    claim === '*'
      ? '*'
      : new Set(
          Array.isArray(claim)
            ? claim.flatMap((w) => {
                const id = websiteIdSchema.safeParse(w);
                return id.success ? [id.data] : [];
              })
            : [],
        );
  const scope = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  return { id: `jwt:${payload.sub ?? 'unknown'}`, websites, write: scope.includes('write') };
}

/**
 * Who may call, from the configuration. With real Crisp credentials and no client auth the
 * gateway refuses to start, unless GATEWAY_AUTH=none says so; then `warn` gets one line.
 */
export function createAuthenticator(
  config: Pick<Config, 'auth' | 'sandbox' | 'crisp'>,
  warn: (line: string) => void = console.warn,
): Authenticator {
  const auth: AuthConfig = config.auth;
  const configured = Boolean(auth.jwtSecret || auth.jwksUrl || auth.apiKeys.length > 0);
  if (!configured) {
    if (!config.sandbox && auth.mode !== 'none') {
      throw new ConfigError([
        'No client authentication is configured while real Crisp credentials are set: set GATEWAY_JWT_SECRET, GATEWAY_JWKS_URL or GATEWAY_API_KEYS, or GATEWAY_AUTH=none to run open on purpose',
      ]);
    }
    if (!config.sandbox)
      warn(
        'WARNING: GATEWAY_AUTH=none: anyone who reaches this gateway acts with its Crisp token, on every website, with write access.',
      );
    return { required: false, authenticate: async () => anonymous };
  }

  const keys = new Map(auth.apiKeys.map((k) => [sha256(k.key).toString('hex'), k]));
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
  const jwks = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 })
    : undefined;
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ASYMMETRIC : [])];
  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (jwks) return jwks(header, token);
    throw new AuthenticationError('invalid');
  };

  function byKey(key: string): Principal {
    const found = keys.get(sha256(key).toString('hex'));
    // The map lookup is by digest; compare the digests again in constant time all the same.
    if (!found || !timingSafeEqual(sha256(found.key), sha256(key)))
      throw new AuthenticationError('invalid');
    return {
      id: `key:${found.name}`,
      websites: found.websites === '*' ? '*' : new Set(found.websites),
      write: found.write,
    };
  }

  async function byToken(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, getKey, {
        algorithms,
        issuer: auth.jwtIssuer,
        audience: auth.jwtAudience,
        requiredClaims: ['exp'],
        clockTolerance: 5,
      });
      return principalFromClaims(payload);
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new AuthenticationError('expired');
      if (
        err instanceof joseErrors.JWKSTimeout ||
        (err instanceof Error &&
          !(err instanceof joseErrors.JOSEError) &&
          !(err instanceof GraphQLError))
      ) {
        // The JWKS could not be fetched: say so in the log (no token), refuse the call.
        warn(`auth: the JWKS could not be read (${err.name})`);
      }
      throw new AuthenticationError('invalid');
    }
  }

  return {
    required: true,
    async authenticate({ authorization, apiKey }) {
      if (apiKey) return byKey(apiKey.trim());
      if (!authorization) throw new AuthenticationError('missing');
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw new AuthenticationError('invalid');
      const token = match[1]!;
      if ((secret || jwks) && JWT_SHAPE.test(token)) return byToken(token);
      if (keys.size > 0) return byKey(token);
      throw new AuthenticationError('invalid');
    },
  };
}

/**
 * HTTP: authenticates each GraphQL request before its body is parsed, so a caller without valid
 * credentials gets 401 and learns nothing of the schema. The principal waits in `principals` for
 * the context factory. GraphiQL's page and CORS preflights are answered earlier, without it.
 */
export function useAuthentication(
  authenticator: Authenticator,
  principals: WeakMap<Request, Principal>,
): Plugin {
  // An open gateway: no hook, rather than one awaited on every request for nothing.
  if (!authenticator.required) return {};
  return {
    async onRequestParse({ request }) {
      principals.set(
        request,
        await authenticator.authenticate(
          credentialsFromHeaders((name) => request.headers.get(name)),
        ),
      );
    },
  };
}

/** What nobody is allowed: the principal of a WebSocket connection that failed authentication. */
const nobody: Principal = { id: 'unauthenticated', websites: new Set(), write: false };

/**
 * The caller of one operation. HTTP: the principal `useAuthentication` found. graphql-ws: the
 * connection's credentials, checked here; a failure refuses the operation (`useAccessControl`)
 * rather than throwing, which graphql-ws would turn into an internal error closing the socket.
 */
export async function identify(
  authenticator: Authenticator,
  principals: WeakMap<Request, Principal>,
  initial: {
    request?: Request;
    connectionParams?: Record<string, unknown>;
    req?: { headers?: IncomingHttpHeaders };
  },
): Promise<{ principal: Principal; authError?: AuthenticationError }> {
  if (!authenticator.required) return { principal: anonymous };
  if (initial.request) {
    const principal = principals.get(initial.request);
    if (principal) return { principal };
    return { principal: nobody, authError: new AuthenticationError('missing') };
  }
  try {
    return {
      principal: await authenticator.authenticate(
        credentialsFromSocket(initial.connectionParams, initial.req?.headers),
      ),
    };
  } catch (err) {
    if (err instanceof AuthenticationError) return { principal: nobody, authError: err };
    throw err;
  }
}
