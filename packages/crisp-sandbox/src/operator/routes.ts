import type { Routes } from '../http/handler.ts';
import { notFound, SandboxError } from '../http/reply.ts';
import type { Raw, SandboxStore, WebsiteRecord } from '../store.ts';
import { overallAvailability } from '../website/website.ts';
import { operatorInvites } from './invite.ts';
import { checkVerify } from './password.ts';

function requireOperator(website: WebsiteRecord, userId: string): Raw {
  const item = website.operators.get(userId);
  if (!item) throw notFound('operator');
  return item;
}

/** A website must keep an owner: Crisp refuses to demote or unlink the last one. */
function assertOtherOwner(website: WebsiteRecord, userId: string): void {
  const owners = [...website.operators.values()].filter((o) => o.details.role === 'owner');
  if (owners.length === 1 && owners[0]!.details.user_id === userId) {
    throw new SandboxError('not_allowed', 'a website needs at least one owner');
  }
}

/** Recomputes the website's availability after the team changed, and tells RTM when it flips. */
function refreshAvailability(store: SandboxStore, website: WebsiteRecord): void {
  const websiteId = website.website.website_id as string;
  const before = website.availability.status;
  const after = overallAvailability(website.operators.values());
  if (before === after) return;
  website.availability = { status: after, since: store.now() };
  if ((before === 'online') !== (after === 'online')) {
    store.emit(websiteId, 'website:users:available', {
      website_id: websiteId,
      available: after === 'online',
    });
  }
}

export const operatorRoutes: Routes = {
  'website.operator.list': ({ website }) => [
    ...website.operators.values(),
    ...operatorInvites(website).values(),
  ],

  'website.operator.list_last_active': ({ website }) => website.lastActive,

  // Crisp empties the list; operators reappear as they act again.
  'website.operator.flush_last_active': ({ website }) => {
    website.lastActive = [];
    return {};
  },

  // Crisp mails the team; the sandbox sends nothing, and checks the operator named, if any.
  'website.operator.send_email': ({ website, body }) => {
    if (body.user_id !== undefined) requireOperator(website, String(body.user_id).toLowerCase());
    return {};
  },

  'website.operator.get': ({ website, params }) =>
    requireOperator(website, params.user_id!).details,

  'website.operator.invite': ({ website, body }) => {
    // Node sends `verify: true`; Go and the README send a {method, secret} challenge.
    if (typeof body.verify === 'object') checkVerify(body.verify);
    const email = String(body.email).toLowerCase();
    if (
      [...website.operators.values()].some((o) => String(o.details.email).toLowerCase() === email)
    ) {
      throw new SandboxError('not_allowed', 'this user already operates the website');
    }
    operatorInvites(website).set(email, {
      type: 'invite',
      details: { email, role: body.role, avatar: '', first_name: '', last_name: '', title: '' },
    });
    return {};
  },

  'website.operator.change_membership': ({ website, params, body }) => {
    const { details } = requireOperator(website, params.user_id!);
    if (body.role === 'member') assertOtherOwner(website, details.user_id);
    if (body.role !== undefined) details.role = body.role;
    if (body.title !== undefined) details.title = body.title;
    return {};
  },

  'website.operator.unlink': ({ website, params, store }) => {
    const { details } = requireOperator(website, params.user_id!);
    assertOtherOwner(website, details.user_id);
    website.operators.delete(details.user_id);
    website.lastActive = website.lastActive.filter((a) => a.user_id !== details.user_id);
    refreshAvailability(store, website);
    return {};
  },

  'website.availability.get_status': ({ website }) => website.availability,

  'website.availability.list_operators': ({ website }) =>
    [...website.operators.values()].map((o) => ({
      user_id: o.details.user_id,
      type: o.details.availability,
    })),
};
