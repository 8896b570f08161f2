import type { Sandbox } from 'crisp-sandbox';

/** The first seeded website and its conversation with the longest history. */
export function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const records = [...website.conversations.values()];
  const long = records.reduce((a, b) => (b.messages.length > a.messages.length ? b : a));
  return {
    website,
    websiteId: website.website.website_id as string,
    records,
    long,
    sessionId: long.conversation.session_id as string,
  };
}
