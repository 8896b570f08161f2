import type { Endpoint } from '../catalogue.ts';
import type { Raw, SandboxStore, Token, WebsiteRecord } from '../store.ts';

export interface RouteContext {
  endpoint: Endpoint;
  /** Decoded path parameters (`website_id`, `session_id`, `people_id` may be an email, …). */
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body, already validated against the catalogue's body schema. */
  body: Raw;
  token: Token;
  store: SandboxStore;
  /** The website named by `{website_id}`, already checked to exist and be reachable by the token. */
  website: WebsiteRecord;
  /** `page_number` as a number (1 when the route has none). */
  page: number;
}

/**
 * Answers one catalogued endpoint. Returns the envelope's `data` (or a `Reply`); HEAD handlers
 * return a boolean (200 / 404). Throws `SandboxError` for a Crisp error answer.
 */
export type Handler = (ctx: RouteContext) => unknown;

/** Handlers by catalogue id (`website.conversation.get`). */
export type Routes = Record<string, Handler>;
