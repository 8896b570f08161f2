/**
 * The package's public surface: what the gateway's `npm start`, its tests and its benchmarks use.
 * Everything else (store, routes, relay) is internal and may change shape.
 */

export type { MessageInput } from './conversation/send.ts';
export { sandboxEnv } from './gateway-env.ts';
export type { HelpdeskRecord, LocaleRecord, TreeNode } from './helpdesk/state.ts';
export type { Fault, RateLimit, RouteSelector } from './http/faults.ts';
export type { HookTarget } from './http/hooks.ts';
export { type ErrorReason, errorReasons } from './http/reply.ts';
export type { CallRecord } from './http/server.ts';
export { createSandbox, type Sandbox, type SandboxOptions, type TokenInput } from './sandbox.ts';
export { createRandom, type Random } from './seed/random.ts';
export type { SandboxSeed } from './seed/view.ts';
export type {
  ConversationRecord,
  EmittedEvent,
  PersonRecord,
  Raw,
  Tier,
  WebsiteRecord,
} from './store.ts';
