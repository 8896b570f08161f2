import type { Sandbox } from 'crisp-sandbox';

/** A session id no seeded website holds. */
export const MISSING = 'session_00000000-0000-4000-8000-000000000000';

/** The first seeded website, its 30 conversations, and the first one's session. */
export function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const records = [...website.conversations.values()];
  return {
    website,
    websiteId: website.website.website_id as string,
    records,
    sessionId: records[0]!.conversation.session_id as string,
  };
}
