/**
 * The gateway alone in its own process, so its RSS and CPU are its own: started by
 * `gateway-child.ts` with the sandbox's address in the environment, it answers RSS and
 * subscriber-count questions over IPC.
 */
import { loadConfig } from '../src/server/config.ts';
import { buildGateway } from '../src/server/gateway.ts';
import { createLogger } from '../src/server/logger.ts';

export type Question = { kind: 'rss' } | { kind: 'subscribers'; websiteId: string };
export type ChildQuestion = Question & { id: number };
export type ChildMessage =
  | { kind: 'ready'; url: string }
  | { kind: 'answer'; id: number; value: number };

const send = (m: ChildMessage) => process.send!(m);
// Figures only: the benchmarks' own failures show as errors in their rows.
const logger = createLogger({ level: 'error', destination: process.stderr });

const gateway = buildGateway(loadConfig(), { logger });
await gateway.start();
// Ready means as a replica would be serving: the RTM socket settled, when it is on. With Redis, a
// standby replica is settled: another one holds the socket.
const unsettled = ['discovering', 'connecting', ...(process.env.REDIS_URL ? [] : ['standby'])];
while (gateway.live && unsettled.includes(gateway.live.state))
  await new Promise((r) => setTimeout(r, 20));

process.on('message', (q: ChildQuestion) => {
  if (q.kind === 'rss') {
    // Twice: the first pass may only queue finalizers; what stays is what the gateway holds.
    globalThis.gc?.();
    globalThis.gc?.();
    return send({ kind: 'answer', id: q.id, value: process.memoryUsage().rss });
  }
  send({ kind: 'answer', id: q.id, value: gateway.live?.subscribers(q.websiteId) ?? 0 });
});
process.on('disconnect', () => void gateway.stop().finally(() => process.exit(0)));
send({ kind: 'ready', url: gateway.url });
