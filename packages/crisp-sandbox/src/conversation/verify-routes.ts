import { randomBytes } from 'node:crypto';
import type { RouteContext, Routes } from '../http/handler.ts';
import { invalidData } from '../http/reply.ts';
import type { ConversationRecord, Raw, SandboxStore } from '../store.ts';
import { emitSession, requireConversation, touch } from './model.ts';

/**
 * Identity verification of a conversation's visitor: the verified flag, the verifications that
 * back it, and the link challenge (request, then redeem with the token the plugin delivered).
 */

interface Challenge {
  token: string;
  recipient: string;
}

// Pending challenges by identity; the catalogue's Conversation has no field for them.
const challenges = new WeakMap<ConversationRecord, Map<string, Challenge>>();

function challengesOf(record: ConversationRecord): Map<string, Challenge> {
  let map = challenges.get(record);
  if (!map) {
    map = new Map();
    challenges.set(record, map);
  }
  return map;
}

const conversationOf = ({ website, params }: RouteContext) =>
  requireConversation(website, params.session_id!);

/** `session:update_verify`, with the whole verification state as Crisp sends it. */
function emitVerify(store: SandboxStore, record: ConversationRecord): void {
  const c = record.conversation;
  touch(record, store.now());
  emitSession(store, record, 'session:update_verify', {
    is_verified: c.is_verified === true,
    verifications: c.verifications ?? [],
  });
}

/** Where a challenge goes: the recipient given, else the conversation's email or phone. */
function recipientOf(record: ConversationRecord, identity: string, given?: string): string {
  const meta = (record.conversation.meta ?? {}) as Raw;
  const known = identity === 'email' || identity === 'phone' ? meta[identity] : undefined;
  const recipient = given ?? known;
  if (typeof recipient !== 'string' || recipient === '') {
    throw invalidData(`the conversation has no ${identity} to verify`);
  }
  return recipient;
}

export const verifyRoutes: Routes = {
  'website.conversation.get_verify_status': (ctx) => {
    const c = conversationOf(ctx).conversation;
    return { verified: c.is_verified === true, verifications: c.verifications ?? [] };
  },

  'website.conversation.update_verify_status': (ctx) => {
    const record = conversationOf(ctx);
    record.conversation.is_verified = ctx.body.verified;
    emitVerify(ctx.store, record);
    return {};
  },

  'website.conversation.request_identity_verification': (ctx) => {
    const record = conversationOf(ctx);
    const identity = ctx.body.identity as string;
    const recipient = recipientOf(record, identity, ctx.body.recipient);
    const token = randomBytes(12).toString('hex');
    challengesOf(record).set(identity, { token, recipient });
    // The plugin that delivers challenges gets the code and the link to confirm it.
    const link = new URL('/verify/identity/link', ctx.store.origin);
    link.searchParams.set('session_id', record.conversation.session_id);
    link.searchParams.set('token', token);
    emitSession(ctx.store, record, 'identity:verify:request', {
      plugin_id: ctx.store.plugin.pluginId,
      target: recipient,
      code: token,
      confirm_url: link.href,
    });
    return {};
  },

  'website.conversation.redeem_identity_verification_link': (ctx) => {
    const record = conversationOf(ctx);
    const identity = ctx.body.identity as string;
    const pending = challengesOf(record).get(identity);
    if (!pending || pending.token !== ctx.body.token) {
      throw invalidData('no pending verification matches this token');
    }
    challengesOf(record).delete(identity);
    const c = record.conversation;
    const others = ((c.verifications ?? []) as Raw[]).filter((v) => v.identity !== identity);
    c.verifications = [...others, { identity, method: 'link', annotation: pending.recipient }];
    c.is_verified = true;
    emitVerify(ctx.store, record);
    return {};
  },
};
