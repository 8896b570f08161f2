import type { Random } from './random.ts';
import type { SandboxStore } from './store.ts';

/** Websites with their settings, operators, availability, people profiles and visitors. */
export function seedDirectory(store: SandboxStore, random: Random, epoch: number): void {
  void store;
  void random;
  void epoch;
}
