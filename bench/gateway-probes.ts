import { setTimeout as sleep } from 'node:timers/promises';
import type { GatewayChild } from './gateway-child.ts';

/** One GraphQL request; throws on GraphQL errors. */
export async function graphql<T>(url: string, query: string, variables: object): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Until one gateway holds the RTM socket and says events flow. */
export async function untilHeld(gateways: GatewayChild[]): Promise<void> {
  for (;;) {
    for (const g of gateways) {
      const ready = (await (await fetch(new URL('/ready', g.url))).json()) as {
        checks: { rtm?: string };
        cache?: { events: string };
      };
      if (ready.checks.rtm === 'connected' && ready.cache?.events !== 'down') return;
    }
    await sleep(25);
  }
}

/** Until every gateway's /ready says events flow again; resolves with the time they all do. */
export async function untilFlowing(gateways: GatewayChild[], since: number): Promise<number> {
  let sawDown = false;
  for (;;) {
    const states = await Promise.all(
      gateways.map(async (g) => {
        const ready = (await (await fetch(new URL('/ready', g.url))).json()) as {
          cache?: { events: string };
        };
        return ready.cache?.events;
      }),
    );
    sawDown ||= states.includes('down');
    if (sawDown && states.every((s) => s === 'flowing')) return performance.now();
    if (!sawDown && performance.now() - since > 3000) return performance.now();
    await sleep(25);
  }
}
