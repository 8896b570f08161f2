import { execFileSync, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Sandbox, sandboxEnv } from 'crisp-sandbox';
import type { ChildMessage, ChildQuestion, Question } from './gateway-process.ts';

export interface GatewayChild {
  /** The child's GraphQL endpoint. */
  url: string;
  pid: number;
  /** The child's resident set size in bytes, after a full garbage collection. */
  rss(): Promise<number>;
  /** Live subscribers the child holds for one website. */
  subscribers(websiteId: string): Promise<number>;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The gateway runs as `npm start` runs it: bundled by `scripts/build.mjs` and started by plain
 * node with the node flags of the `start` script (`node <flags> dist/main.js`), so its RSS and
 * CPU are what a deployment sees. Built once per bench process.
 */
let built = false;
function gatewayEntry(): string {
  if (!built)
    execFileSync(process.execPath, ['scripts/build.mjs', 'bench/gateway-process.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  built = true;
  return `${ROOT}dist/gateway-process.js`;
}

/** The node flags of `npm start`: what stands between `node` and the script. */
export function startFlags(): string[] {
  const start = (
    JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
  ).scripts.start!;
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node' || !words.at(-1)?.endsWith('.js'))
    throw new Error(`the start script is not \`node [flags] <file>.js\`: ${start}`);
  return words.slice(1, -1);
}

/** Starts `gateway-process.ts` pointed at `sandbox` (`env` on top) and resolves once it is ready. */
export async function startGatewayChild(
  sandbox: Sandbox,
  rtmMode: 'websocket' | 'off',
  env: Record<string, string> = {},
): Promise<GatewayChild> {
  const child = fork(gatewayEntry(), [], {
    cwd: ROOT,
    // --expose-gc for the RSS probes. BENCH_GATEWAY_NODE_ARGS adds flags to the gateway alone,
    // e.g. `--cpu-prof` to profile it.
    execArgv: [
      ...startFlags(),
      '--expose-gc',
      ...(process.env.BENCH_GATEWAY_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      ...sandboxEnv(sandbox),
      CRISP_RTM_MODE: rtmMode,
      // The sandbox has no quota: the client-side bucket (20 calls/s) would only measure itself.
      CRISP_RATE_PER_SECOND: '0',
      // Real-credentials mode needs client auth or this explicit choice (one warning line).
      GATEWAY_AUTH: 'none',
      ...env,
    },
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the gateway process exited (${code})`))),
  );
  exited.catch(() => undefined);
  const url = await Promise.race([
    new Promise<string>((resolve) => {
      const onReady = (m: ChildMessage) => {
        if (m.kind !== 'ready') return;
        child.off('message', onReady);
        resolve(m.url);
      };
      child.on('message', onReady);
    }),
    exited,
  ]);

  let nextId = 0;
  const ask = (q: Question) =>
    Promise.race([
      new Promise<number>((resolve) => {
        const id = ++nextId;
        const onAnswer = (m: ChildMessage) => {
          if (m.kind !== 'answer' || m.id !== id) return;
          child.off('message', onAnswer);
          resolve(m.value);
        };
        child.on('message', onAnswer);
        child.send({ ...q, id } satisfies ChildQuestion);
      }),
      exited,
    ]);

  return {
    url,
    pid: child.pid!,
    rss: () => ask({ kind: 'rss' }),
    subscribers: (websiteId) => ask({ kind: 'subscribers', websiteId }),
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}
