import { afterEach } from 'vitest';
import { describe, expect, test } from './support/fixtures.ts';
import { closeClients, connected, scopes, subscribed, subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

afterEach(closeClients);

const SECRET = 'tool-event-hook-secret';

// Spam and widget events reach user tokens only; user tokens have no RTM socket here, so their
// events come as web hooks.
const userTest = test.extend({
  sandboxOptions: { tier: 'user' as const },
  gatewayEnv: async ({ sandbox }, use) =>
    use({
      CRISP_RTM_MODE: 'webhooks',
      CRISP_WEBHOOK_SECRET: SECRET,
      CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
    }),
});

type Named = { __typename: string };

describe('conversation tool events', () => {
  test('a co-browsing request and a call started through the gateway arrive typed, with their nodes', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    const conversationId = `Conversation:${w1}:${s1}`;
    await connected(gateway.gateway);
    const browsing = subscribeWs<{
      browsingEvents: Named & { name: string; browsingSession: { id: string; token: string } };
    }>(
      gateway.url,
      `subscription($c: ID) { browsingEvents(conversationId: $c) {
        __typename name ... on BrowsingSessionStartedEvent { browsingSession { id token } }
      } }`,
      { c: conversationId },
    );
    const calls = subscribeWs<{
      callEvents: Named & { call: { id: string; crispId: string }; conversation: { id: string } };
    }>(
      gateway.url,
      `subscription($w: ID) { callEvents(websiteId: $w) {
        __typename call { id crispId } ... on CallStartedEvent { conversation { id } }
      } }`,
      { w: w1 },
    );
    await subscribed(gateway.gateway, w1, 2);

    await gateway.executeOk(
      `mutation($b: InitiateBrowsingSessionInput!, $c: InitiateCallInput!) {
        initiateBrowsingSession(input: $b) { userErrors { code } }
        initiateCall(input: $c) { call { crispId } }
      }`,
      { b: { conversationId }, c: { conversationId } },
    );
    await waitFor(() => browsing.data.length === 1 && calls.data.length === 1);
    const session = browsing.data[0]!.browsingEvents;
    expect(session).toMatchObject({
      __typename: 'BrowsingSessionStartedEvent',
      name: 'BROWSING_REQUEST_INITIATED',
      browsingSession: {
        id: expect.stringMatching(new RegExp(`^BrowsingSession:${w1}:${s1}:browsing_`)),
        token: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    });
    const call = calls.data[0]!.callEvents;
    expect(call).toEqual({
      __typename: 'CallStartedEvent',
      call: { id: `Call:${w1}:${s1}:${call.call.crispId}`, crispId: call.call.crispId },
      conversation: { id: conversationId },
    });
  });

  userTest(
    'spam held and decided, and a widget answer, arrive typed',
    async ({ gateway, sandbox }) => {
      const { w1, s1 } = scopes(sandbox);
      sandbox.addHook({ url: `${gateway.origin}/webhooks/crisp`, secret: SECRET });
      const spam = subscribeWs<{
        spamEvents: Named & {
          spam?: { id: string; reason: string };
          decidedSpamId?: string;
          action?: string;
        };
      }>(
        gateway.url,
        `subscription($w: ID) { spamEvents(websiteId: $w) {
        __typename
        ... on SpamHeldEvent { spam { id reason } }
        ... on SpamDecidedEvent { decidedSpamId action }
      } }`,
        { w: w1 },
      );
      const widget = subscribeWs<{
        widgetActionEvents: { correlationId: string; outcome: string; result: object };
      }>(
        gateway.url,
        `subscription($w: ID) { widgetActionEvents(websiteId: $w) { correlationId outcome result } }`,
        { w: w1 },
      );
      await subscribed(gateway.gateway, w1, 2);

      const spamId = '5d7c1a2e-3b4f-4c6d-8e9f-0a1b2c3d4e5f';
      sandbox.emit(w1, 'spam:message', {
        website_id: w1,
        spam_id: spamId,
        type: 'email',
        reason: 'phishing',
        timestamp: Date.now(),
      });
      const listed = await gateway.executeOk(
        `query($w: ID) { website(id: $w) { spams(first: 1) { edges { node { id crispId } } } } }`,
        { w: w1 },
      );
      const held = listed.website.spams.edges[0].node;
      await gateway.executeOk(
        `mutation($s: DecideSpamInput!, $b: DeliverWidgetButtonActionInput!) {
        decideSpam(input: $s) { userErrors { code } }
        deliverWidgetButtonAction(input: $b) { widgetAction { correlationId } }
      }`,
        {
          s: { spamId: held.id, action: 'reject' },
          b: {
            conversationId: `Conversation:${w1}:${s1}`,
            pluginId: '8c842203-7ed8-4e29-a608-7cf78a7d2fcc',
            sectionId: 'orders',
            itemId: 'refund',
            data: { order: 42 },
          },
        },
      );
      await waitFor(() => spam.data.length === 2 && widget.data.length === 1);
      expect(spam.data.map((d) => d.spamEvents)).toEqual([
        { __typename: 'SpamHeldEvent', spam: { id: `Spam:${w1}:${spamId}`, reason: 'phishing' } },
        { __typename: 'SpamDecidedEvent', decidedSpamId: held.id, action: 'reject' },
      ]);
      expect(widget.data[0]!.widgetActionEvents).toEqual({
        correlationId: expect.any(String),
        outcome: 'SUCCESS',
        result: { section_id: 'orders', item_id: 'refund', data: { order: 42 } },
      });
    },
  );
});
