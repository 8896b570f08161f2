import { type ChildProcess, spawn } from 'node:child_process';
import { type Sandbox, sandboxEnv } from 'crisp-sandbox';
import { waitFor } from './wait-for.ts';

export interface ChildGateway {
  process: ChildProcess;
  /** The GraphQL endpoint, as the child printed it. */
  url: string;
}

/**
 * `src/main.ts` in its own OS process, pointed at the sandbox: a replica that can die for real
 * (SIGKILL), without running any of its shutdown code. The caller kills it.
 */
export async function spawnGateway(
  sandbox: Sandbox,
  env: Record<string, string>,
): Promise<ChildGateway> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    // Client authentication is beside the point of these tests.
    env: { ...process.env, ...sandboxEnv(sandbox), GATEWAY_AUTH: 'none', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  try {
    const url = await waitFor(
      () => {
        if (child.exitCode !== null)
          throw new Error(`the child gateway exited with ${child.exitCode}`);
        return /ready: (http:\/\/\S+)/.exec(output)?.[1];
      },
      { timeout: 15_000 },
    );
    return { process: child, url };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}
