import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, userTest } from './support/rest.ts';

const UserErrors = /* GraphQL */ `userErrors { code field }`;

/** The held items of the first website, newest first, as the list serves them. */
async function heldItems(sandbox: Sandbox, websiteId: string) {
  const res = await fetch(`${sandbox.url}/website/${websiteId}/conversations/spams/1`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${sandbox.token.identifier}:${sandbox.token.key}`).toString('base64')}`,
      'x-crisp-tier': sandbox.token.tier,
    },
  });
  sandbox.resetCalls();
  return (await res.json()).data as { spam_id: string; reason: string; timestamp: number }[];
}

describe('spam', () => {
  userTest(
    'Website.spams lists the held items, and content reads one item',
    async ({ gateway, sandbox }) => {
      const websiteId = sandbox.seed.websiteIds[0]!;
      const held = await heldItems(sandbox, websiteId);
      const data = await gateway.executeOk(
        `query($w: ID) { website(id: $w) { spams(first: 2) { edges { node {
        id crispId type reason receivedAt headers
      } } pageInfo { hasNextPage } } } }`,
        { w: websiteId },
      );
      const nodes = data.website.spams.edges.map((e: { node: unknown }) => e.node);
      expect(nodes).toEqual(
        held.slice(0, 2).map((s) => ({
          id: `Spam:${websiteId}:${s.spam_id}`,
          crispId: s.spam_id,
          type: 'email',
          reason: s.reason,
          receivedAt: new Date(s.timestamp).toISOString(),
          headers: expect.objectContaining({ Subject: expect.any(String) }),
        })),
      );
      expect(data.website.spams.pageInfo.hasNextPage).toBe(true);
      expect(callsOf(sandbox, 'website.conversation.list_spams')[0]).toMatchObject({
        method: 'GET',
        path: `/website/${websiteId}/conversations/spams/1`,
      });

      const one = await gateway.executeOk(
        `query($id: ID!) { node(id: $id) { ... on Spam { crispId content } } }`,
        { id: nodes[0].id },
      );
      expect(one.node).toEqual({
        crispId: held[0]!.spam_id,
        content: { subject: expect.any(String), text: expect.any(String) },
      });
      // The item read through its content route gives its content with no second call.
      expect(callsOf(sandbox, 'website.conversation.get_spam_content')).toEqual([
        expect.objectContaining({
          method: 'GET',
          path: `/website/${websiteId}/conversations/spam/${held[0]!.spam_id}/content`,
        }),
      ]);
    },
  );

  userTest(
    'decideSpam posts the decision, and the item leaves the list',
    async ({ gateway, sandbox }) => {
      const websiteId = sandbox.seed.websiteIds[0]!;
      const [first] = await heldItems(sandbox, websiteId);
      const Decide = `mutation($i: DecideSpamInput!) { decideSpam(input: $i) { decidedSpamId website { id } ${UserErrors} } }`;
      const data = await gateway.executeOk(Decide, {
        i: { spamId: first!.spam_id, action: 'reject' },
      });
      expect(data.decideSpam).toEqual({
        decidedSpamId: `Spam:${websiteId}:${first!.spam_id}`,
        website: { id: `Website:${websiteId}` },
        userErrors: [],
      });
      expect(callsOf(sandbox, 'website.conversation.submit_spam_decision')).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: `/website/${websiteId}/conversations/spam/${first!.spam_id}/decision`,
          body: { action: 'reject' },
        }),
      ]);
      expect((await heldItems(sandbox, websiteId)).map((s) => s.spam_id)).not.toContain(
        first!.spam_id,
      );
      const again = await gateway.executeOk(Decide, {
        i: { spamId: `Spam:${websiteId}:${first!.spam_id}`, action: 'reject' },
      });
      expect(again.decideSpam).toEqual({
        decidedSpamId: null,
        website: null,
        userErrors: [{ code: 'NOT_FOUND', field: null }],
      });
    },
  );

  userTest(
    'a malformed spam id or decision is refused with no call',
    async ({ gateway, sandbox }) => {
      const Decide = `mutation($i: DecideSpamInput!) { decideSpam(input: $i) { decidedSpamId ${UserErrors} } }`;
      const badId = await gateway.executeOk(Decide, {
        i: { spamId: 'not-a-uuid', action: 'reject' },
      });
      expect(badId.decideSpam.userErrors).toEqual([
        { code: 'BAD_USER_INPUT', field: ['input', 'spamId'] },
      ]);
      const badAction = await gateway.executeOk(Decide, {
        i: { spamId: '8c842203-7ed8-4e29-a608-7cf78a7d2fcc', action: 'Reject it!' },
      });
      expect(badAction.decideSpam.userErrors).toEqual([
        { code: 'BAD_USER_INPUT', field: ['input', 'action'] },
      ]);
      expect(sandbox.calls).toEqual([]);
    },
  );
});
