import type { Server } from 'node:http';
import type { SandboxStore } from './store.ts';

/** The socket.io RTM relay, mounted on `path` of the sandbox's HTTP server. */
export function startRelay(server: Server, store: SandboxStore, path: string): { stop(): Promise<void> } {
  void server;
  void store;
  void path;
  return { stop: async () => {} };
}
