import { createSandbox, type Sandbox, sandboxEnv } from 'crisp-sandbox';
import { loadConfig } from '../src/server/config.ts';
import { buildGateway, type GatewayOptions } from '../src/server/gateway.ts';
import { createLogger } from '../src/server/logger.ts';

export interface InProcess {
  sandbox: Sandbox;
  /** POSTs an operation and returns `data`; throws on GraphQL errors, which a benchmark never expects. */
  execute<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

const quiet = createLogger({ level: 'silent' });

/**
 * A sandbox and a gateway in this process, RTM off, for the benchmarks that count calls or time
 * one query at a time: nothing else runs, so every sandbox call is the query's own.
 */
export async function startInProcess(
  options: Pick<GatewayOptions, 'createLoaders'> = {},
  env: Record<string, string> = {},
): Promise<InProcess> {
  const sandbox = await createSandbox();
  const config = loadConfig({
    ...sandboxEnv(sandbox),
    CRISP_RTM_MODE: 'off',
    // The sandbox has no quota: the client-side bucket (20 calls/s) would only measure itself.
    CRISP_RATE_PER_SECOND: '0',
    ...env,
  });
  // `sandbox`: the Crisp API is the sandbox, so the gateway runs open, as `npm start` does.
  const gateway = buildGateway({ ...config, sandbox: true }, { logger: quiet, ...options });
  await gateway.start();
  return {
    sandbox,
    async execute<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      await gateway.stop();
      await sandbox.close();
    },
  };
}
