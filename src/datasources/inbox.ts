import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { perKeyLoader } from './website-key.ts';
import { withoutNulls } from './without-nulls.ts';

/** Catalogue `InboxCondition`: one routing rule of an inbox. */
export interface InboxConditionRaw {
  model?: 'session';
  criterion?: string;
  operator?: 'eq' | 'neq' | 'gte' | 'lte' | 'gt' | 'lt';
  query?: string[];
}

/** Catalogue `Inbox`. */
export interface InboxRaw {
  inbox_id?: string;
  name?: string;
  emoji?: string;
  order?: number;
  operators?: string[];
  teams?: string[];
  team_operators?: string[];
  conditions?: InboxConditionRaw[];
  operator?: string;
  created_at?: number;
  updated_at?: number;
}

export interface InboxConditionModel {
  model: string;
  criterion?: string;
  operator?: InboxConditionRaw['operator'];
  query: string[];
}

export interface InboxModel {
  websiteId: string;
  inboxId: string;
  name?: string;
  emoji?: string;
  order?: number;
  operatorIds: string[];
  teamIds: string[];
  teamOperatorIds: string[];
  conditions: InboxConditionModel[];
  conditionOperator?: string;
  createdAt?: Date;
  updatedAt?: Date;
}

const date = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms) : undefined);
const ids = (list: string[] | undefined) =>
  Array.isArray(list) ? list.map((id) => id.toLowerCase()) : [];

export const toInbox = (websiteId: string, raw: InboxRaw & { inbox_id: string }): InboxModel => ({
  websiteId,
  inboxId: raw.inbox_id.toLowerCase(),
  name: raw.name,
  emoji: raw.emoji,
  order: raw.order,
  operatorIds: ids(raw.operators),
  teamIds: ids(raw.teams),
  teamOperatorIds: ids(raw.team_operators),
  conditions: (raw.conditions ?? []).map((c) => ({
    model: c.model ?? 'session',
    criterion: c.criterion,
    operator: c.operator,
    query: c.query ?? [],
  })),
  conditionOperator: raw.operator,
  createdAt: date(raw.created_at),
  updatedAt: date(raw.updated_at),
});

/** An inbox as a client writes it (create, or save: a full replace); null means not given. */
export interface InboxWriteModel {
  name: string;
  emoji?: string | null;
  operatorIds?: string[] | null;
  teamIds?: string[] | null;
  conditions?: { criterion: string; operator: string; query: string[] }[] | null;
  conditionOperator?: string | null;
}

const toInboxRaw = (inbox: InboxWriteModel): InboxRaw =>
  withoutNulls<InboxRaw>({
    name: inbox.name,
    emoji: inbox.emoji,
    operators: inbox.operatorIds,
    teams: inbox.teamIds,
    conditions: inbox.conditions?.map((c) => ({
      model: 'session',
      criterion: c.criterion,
      operator: c.operator as InboxConditionRaw['operator'],
      query: c.query,
    })),
    operator: inbox.conditionOperator,
  });

/** GET /website/{website_id}/inboxes/list/{page_number} */
export async function listInboxes(
  crisp: CrispClient,
  websiteId: string,
  page: number,
): Promise<InboxModel[]> {
  const raw = await crisp.get<InboxRaw[]>(route`/website/${websiteId}/inboxes/list/${page}`);
  return raw.flatMap((i) =>
    i.inbox_id ? [toInbox(websiteId, { ...i, inbox_id: i.inbox_id })] : [],
  );
}

/** GET /website/{website_id}/inbox/{inbox_id} */
export async function getInbox(
  crisp: CrispClient,
  websiteId: string,
  inboxId: string,
): Promise<InboxModel> {
  const raw = await crisp.get<InboxRaw>(route`/website/${websiteId}/inbox/${inboxId}`);
  return toInbox(websiteId, { ...raw, inbox_id: raw.inbox_id ?? inboxId });
}

/** HEAD /website/{website_id}/inbox/{inbox_id} */
export const checkInboxExists = (crisp: CrispClient, websiteId: string, inboxId: string) =>
  crisp.head(route`/website/${websiteId}/inbox/${inboxId}`);

/** POST /website/{website_id}/inbox: the new inbox's id. */
export async function createNewInbox(
  crisp: CrispClient,
  websiteId: string,
  inbox: InboxWriteModel,
): Promise<string> {
  const created = await crisp.post<{ inbox_id: string }>(
    route`/website/${websiteId}/inbox`,
    toInboxRaw(inbox),
  );
  return created.inbox_id.toLowerCase();
}

/** PUT /website/{website_id}/inbox/{inbox_id}: a full replace. */
export async function saveInbox(
  crisp: CrispClient,
  websiteId: string,
  inboxId: string,
  inbox: InboxWriteModel,
): Promise<void> {
  await crisp.put(route`/website/${websiteId}/inbox/${inboxId}`, toInboxRaw(inbox));
}

/** DELETE /website/{website_id}/inbox/{inbox_id} */
export async function deleteInbox(
  crisp: CrispClient,
  websiteId: string,
  inboxId: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/inbox/${inboxId}`);
}

/** PATCH /website/{website_id}/inboxes/batch/order, as `{orders}` (Node and Go clients). */
export async function batchOrderInboxes(
  crisp: CrispClient,
  websiteId: string,
  orders: { inboxId: string; order: number }[],
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/inboxes/batch/order`, {
    orders: orders.map((o) => ({ inbox_id: o.inboxId, order: o.order })),
  });
}

export function createInboxLoaders(crisp: CrispClient) {
  // Keyed by websiteKey(websiteId, inboxId). Crisp has no batch read of inboxes: the loader
  // de-duplicates, so a page of conversations costs one read per distinct inbox.
  const inbox = perKeyLoader((websiteId, inboxId) => getInbox(crisp, websiteId, inboxId));
  return { inbox };
}
