import type { Routes } from '../http/handler.ts';
import { notFound, page } from '../http/reply.ts';
import type { Raw, WebsiteRecord } from '../store.ts';

/**
 * What the spam filter holds back, per website: `ConversationSpamContent` records by spam_id,
 * oldest first. The list serves them newest first without their `content`; a decision takes the
 * item out of both the list and the content route, and emits `spam:decision`.
 */

const held = new WeakMap<WebsiteRecord, Map<string, Raw>>();

export function spamsOf(website: WebsiteRecord): Map<string, Raw> {
  let spams = held.get(website);
  if (!spams) {
    spams = new Map();
    held.set(website, spams);
  }
  return spams;
}

function requireSpam(website: WebsiteRecord, spamId: string): Raw {
  const spam = spamsOf(website).get(spamId);
  if (!spam) throw notFound('spam');
  return spam;
}

export const spamRoutes: Routes = {
  'website.conversation.list_spams': ({ website, page: n }) =>
    page(
      [...spamsOf(website).values()].reverse().map(({ content: _, ...listed }) => listed),
      n,
    ),

  'website.conversation.get_spam_content': ({ website, params }) =>
    requireSpam(website, params.spam_id!),

  'website.conversation.submit_spam_decision': ({ website, params, body, store }) => {
    const spam = requireSpam(website, params.spam_id!);
    spamsOf(website).delete(spam.spam_id);
    store.emit(website.website.website_id, 'spam:decision', {
      website_id: website.website.website_id,
      spam_id: spam.spam_id,
      action: body.action,
    });
    return {};
  },
};
