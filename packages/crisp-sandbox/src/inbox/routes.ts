import { randomUUID } from 'node:crypto';
import type { Routes } from '../http/handler.ts';
import { invalidData, notFound, page } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';
import { operatorIds, teamOperators } from '../team/team.ts';

function requireInbox(website: WebsiteRecord, inboxId: string): Raw {
  const inbox = website.inboxes.get(inboxId.toLowerCase());
  if (!inbox) throw notFound('inbox');
  return inbox;
}

/** The team ids an inbox names, each checked to exist on the website. */
function teamIds(website: WebsiteRecord, ids: unknown): string[] {
  const list = Array.isArray(ids) ? ids.map((id) => String(id).toLowerCase()) : [];
  for (const id of list) if (!website.teams.has(id)) throw invalidData(`unknown team ${id}`);
  return [...new Set(list)];
}

/** What a create or a save writes: Crisp's save replaces the whole inbox but its position. */
function written(website: WebsiteRecord, body: Raw): Raw {
  const inbox: Raw = {
    name: typeof body.name === 'string' ? body.name : '',
    emoji: typeof body.emoji === 'string' ? body.emoji : '',
    operators: operatorIds(website, body.operators),
    teams: teamIds(website, body.teams),
    conditions: Array.isArray(body.conditions) ? body.conditions : [],
    operator: typeof body.operator === 'string' ? body.operator : 'and',
  };
  return { ...inbox, team_operators: teamOperators(website, inbox) };
}

const byOrder = (a: Raw, b: Raw) => a.order - b.order || a.created_at - b.created_at;

/** Inboxes: named queues conversations are filed in. No RTM event is sent for their changes. */
export const inboxRoutes: Routes = {
  'website.inbox.list': ({ website, page: n }) =>
    page([...website.inboxes.values()].sort(byOrder), n),

  'website.inbox.get': ({ website, params }) => requireInbox(website, params.inbox_id!),

  'website.inbox.check_exists': ({ website, params }) =>
    website.inboxes.has(params.inbox_id!.toLowerCase()),

  'website.inbox.create': ({ website, body, store }) => {
    const now = store.now();
    const last = Math.max(0, ...[...website.inboxes.values()].map((i) => i.order as number));
    const inbox = {
      inbox_id: randomUUID(),
      ...written(website, body),
      order: typeof body.order === 'number' ? body.order : last + 1,
      created_at: now,
      updated_at: now,
    };
    website.inboxes.set(inbox.inbox_id, inbox);
    return { inbox_id: inbox.inbox_id };
  },

  'website.inbox.save': ({ website, params, body, store }) => {
    const inbox = requireInbox(website, params.inbox_id!);
    const order = typeof body.order === 'number' ? body.order : inbox.order;
    Object.assign(inbox, written(website, body), { order, updated_at: store.now() });
    return {};
  },

  // Its conversations go back to the default inbox.
  'website.inbox.delete': ({ website, params }) => {
    const inbox = requireInbox(website, params.inbox_id!);
    website.inboxes.delete(inbox.inbox_id);
    for (const { conversation } of website.conversations.values()) {
      if (conversation.inbox_id === inbox.inbox_id) conversation.inbox_id = null;
    }
    return {};
  },

  // Node and Go send `{orders: [...]}`; every inbox is checked before any moves.
  'website.inbox.batch_order': ({ website, body, store }) => {
    const orders = (body.orders as Raw[]).map((o) => ({
      inbox: requireInbox(website, String(o.inbox_id)),
      order: o.order as number,
    }));
    const now = store.now();
    for (const { inbox, order } of orders) Object.assign(inbox, { order, updated_at: now });
    return {};
  },
};
