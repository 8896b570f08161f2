import type { Sandbox } from 'crisp-sandbox';

/**
 * The canonical inbox query: 20 conversations, each with its person, last 10 messages and assigned
 * operator. test/inbox.e2e.test.ts holds its exact REST call count; B1 and B3 measure it.
 */
export const INBOX = /* GraphQL */ `
  query Inbox($websiteId: ID) {
    website(id: $websiteId) {
      conversations(first: 20) {
        edges {
          node {
            id
            crispId
            state
            unread { operator }
            person { id nickname email }
            messages(last: 10) {
              edges { node { id crispId type text content { __typename } timestamp } }
              pageInfo { hasPreviousPage }
            }
            assignee { userId firstName lastName }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

export interface InboxData {
  website: { conversations: { edges: { node: { crispId: string } }[] } };
}

/** The first seeded website, the one the inbox test reads. */
export function firstWebsiteId(sandbox: Sandbox): string {
  return sandbox.seed.websiteIds[0]!;
}

/**
 * The fewest REST calls that can answer the inbox: 1 list + 1 history read per conversation +
 * 1 profile per distinct person + 1 operator list. People are counted from the seed, as the inbox
 * test does, for the conversations the query returned.
 */
export function inboxLowerBound(sandbox: Sandbox, websiteId: string, data: InboxData): number {
  const website = sandbox.seed.website(websiteId)!;
  const sessions = data.website.conversations.edges.map((e) => e.node.crispId);
  const people = new Set(
    sessions
      .map((s) => website.conversations.get(s)?.conversation.people_id as string | undefined)
      .filter(Boolean),
  );
  return 1 + sessions.length + people.size + 1;
}
