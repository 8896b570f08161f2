import { invalidData } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';

/** The user ids a team or an inbox names, each checked to operate the website. */
export function operatorIds(website: WebsiteRecord, ids: unknown): string[] {
  const list = Array.isArray(ids) ? ids.map((id) => String(id).toLowerCase()) : [];
  for (const id of list)
    if (!website.operators.has(id)) throw invalidData(`unknown operator ${id}`);
  return [...new Set(list)];
}

/** The members of the inbox's teams, as Crisp lists them in `team_operators`. */
export function teamOperators(website: WebsiteRecord, inbox: Raw): string[] {
  const teams = (inbox.teams as string[]).map((id) => website.teams.get(id)?.operators ?? []);
  return [...new Set<string>(teams.flat())];
}

/** After the teams changed: every inbox's `team_operators` follows, and deleted teams leave. */
export function refreshInboxTeams(website: WebsiteRecord): void {
  for (const inbox of website.inboxes.values()) {
    inbox.teams = (inbox.teams as string[]).filter((id) => website.teams.has(id));
    inbox.team_operators = teamOperators(website, inbox);
  }
}
