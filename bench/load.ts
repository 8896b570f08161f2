import { Pool } from 'undici';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  origin: string;
  /** Clients, each with its own keep-alive connection, each sending its next request on an answer. */
  clients: number;
  /** How long the clients keep sending. */
  durationMs: number;
  /** Each client stops after this many requests instead, whatever the time. */
  requests?: number;
  /** The next request of one client; `n` counts that client's requests. */
  next(client: number, n: number): LoadRequest;
  /** Whether a 2xx answer's body is a success; GraphQL answers errors with 200. @default every 2xx */
  ok?(body: string): boolean;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Each answered request's time, in milliseconds, errors included. */
  latencies: number[];
  elapsedMs: number;
}

/**
 * A closed loop over undici: `clients` requests are always in flight until the time is up. Used
 * both for the gateway and for the sandbox directly, so the two sides pay the same client cost.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const pool = new Pool(options.origin, { connections: options.clients, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async (i: number) => {
    const more = (n: number) =>
      options.requests === undefined ? performance.now() < deadline : n < options.requests;
    for (let n = 0; more(n); n++) {
      const t0 = performance.now();
      try {
        const res = await pool.request(options.next(i, n));
        const body = await res.body.text();
        if (res.statusCode >= 300 || (options.ok && !options.ok(body))) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const elapsedMs = performance.now() - started;
  await pool.close();
  return { requests: latencies.length, errors, latencies, elapsedMs };
}

/** A GraphQL POST, as every benchmark client sends it. */
export function graphqlRequest(
  path: string,
  query: string,
  variables: Record<string, unknown>,
): LoadRequest {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  };
}

/** A 200 GraphQL answer is a success only without `errors`. */
export const noGraphqlErrors = (body: string) =>
  (JSON.parse(body) as { errors?: unknown[] }).errors === undefined;
