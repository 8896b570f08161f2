import type { Sandbox } from 'crisp-sandbox';
import { ConfigError, loadConfig } from './server/config.ts';
import { buildGateway } from './server/gateway.ts';

/**
 * Imported on demand: with real credentials the sandbox (its catalogue, its validators) never
 * loads. It is a development dependency, so a production install (`npm ci --omit=dev`) has none.
 */
async function importSandbox(): Promise<typeof import('crisp-sandbox')> {
  try {
    return await import('crisp-sandbox');
  } catch (err) {
    const missing = err instanceof Error && 'code' in err && err.code === 'ERR_MODULE_NOT_FOUND';
    if (!missing || !err.message.includes("'crisp-sandbox'")) throw err;
    throw new ConfigError([
      'CRISP_IDENTIFIER and CRISP_KEY: not set, and this install has no offline sandbox (crisp-sandbox is a development dependency). Set both to a Crisp token, or install with development dependencies (npm ci) for the demo',
    ]);
  }
}

async function main(): Promise<void> {
  let config = loadConfig();
  let sandbox: Sandbox | undefined;
  if (!config.crisp) {
    // No token: serve the built-in Crisp sandbox so `npm start` works offline.
    const { createSandbox } = await importSandbox();
    sandbox = await createSandbox({ activityMs: config.sandboxActivityMs });
    // SANDBOX_LATENCY_MS: a slower demo Crisp (the shutdown test keeps an operation in flight with it).
    if (config.sandboxLatencyMs > 0) sandbox.setLatency(config.sandboxLatencyMs);
    // Its first website becomes the default, so GraphiQL's examples run without ids.
    const firstWebsiteId = sandbox.seed.websiteIds[0];
    // `sandbox`: open without client auth, GraphiQL and introspection on (unless configured).
    config = {
      ...config,
      crisp: sandbox.token,
      defaultWebsiteId: config.defaultWebsiteId ?? firstWebsiteId,
      sandbox: true,
    };
    console.log(
      `No CRISP_IDENTIFIER set: serving the offline Crisp sandbox at ${sandbox.url} (demo data).`,
    );
  }
  const gateway = buildGateway(config, { crispBaseUrl: sandbox?.url });
  await gateway.start();
  // Loopback addresses print as localhost, the address a browser user types.
  console.log(
    `Crisp GraphQL gateway ready: ${gateway.url.replace('//127.0.0.1:', '//localhost:')} (GraphiQL in a browser)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(
      `${signal}: finishing operations in flight (up to ${config.shutdownTimeoutMs} ms), then stopping.`,
    );
    // A stop that hangs (a socket that never closes) still ends the process, with an error code.
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5000).unref();
    await gateway.stop();
    await sandbox?.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void stop(signal));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else if (err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') {
    console.error(`The port is already in use; set PORT to another one. (${err.message})`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
