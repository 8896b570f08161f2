import { describe } from 'vitest';
import {
  ConversationDocument,
  CrispRequestDocument,
  InboxDocument,
  SendMessageDocument,
  WebsitesDocument,
} from '../client/graphql.ts';
import { test as base } from './support/fixtures.ts';

// As in `npm start` sandbox mode: the first website is the default one.
const test = base.extend({
  gatewayEnv: async ({ sandbox }, use) => use({ CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]! }),
});

describe('the generated client runs the GraphiQL examples', () => {
  test('Websites, Inbox, Conversation, SendMessage and CrispRequest succeed against the sandbox', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const { websites } = await gateway.executeOk(WebsitesDocument);
    expect(websites?.map((w) => w.domain)).toContain('acme.example');

    const inbox = await gateway.executeOk(InboxDocument);
    const first = inbox.website?.conversations?.edges[0]?.node;
    expect(first?.sessionId).toMatch(/^session_/);

    const conversation = await gateway.executeOk(ConversationDocument, {
      sessionId: first!.sessionId,
    });
    expect(conversation.website?.conversation?.messages?.edges.length).toBeGreaterThan(0);

    const sent = await gateway.executeOk(SendMessageDocument, {
      sessionId: first!.sessionId,
      text: 'Hello from the examples',
    });
    expect(sent.sendMessage.__typename).toBe('MutationSendMessageSuccess');

    const raw = await gateway.executeOk(CrispRequestDocument, {
      path: `/website/${websites![0]!.crispId}/operators/list`,
    });
    expect(raw.crispRequest?.status).toBe(200);
    expect(sandbox.violations).toEqual([]);
  });
});
