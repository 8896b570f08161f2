import { describe } from 'vitest';
import {
  ConversationDocument,
  CrispRequestDocument,
  HelpCenterArticleDocument,
  HelpCenterHomeDocument,
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
    expect(first?.crispId).toMatch(/^session_/);
    expect(first?.id).toBe(`Conversation:${websites![0]!.crispId}:${first?.crispId}`);

    const conversation = await gateway.executeOk(ConversationDocument, {
      conversationId: first!.id,
    });
    expect(conversation.website?.conversation?.messages?.edges.length).toBeGreaterThan(0);

    const sent = await gateway.executeOk(SendMessageDocument, {
      conversationId: first!.crispId,
      text: 'Hello from the examples',
    });
    expect(sent.sendMessage).toMatchObject({
      message: { text: 'Hello from the examples' },
      userErrors: [],
    });
    expect(sent.sendMessage?.conversation?.id).toBe(first!.id);

    const raw = await gateway.executeOk(CrispRequestDocument, {
      path: `/website/${websites![0]!.crispId}/operators/list`,
    });
    expect(raw.crispRequest?.status).toBe(200);
    expect(sandbox.violations).toEqual([]);
  });

  test('HelpCenterHome and HelpCenterArticle render a help center in four calls and then five', async ({
    gateway,
    sandbox,
    expect,
  }) => {
    const home = await gateway.executeOk(HelpCenterHomeDocument);
    const locales = home.website?.helpdesk.locales?.edges ?? [];
    expect(locales.map((e) => e.node.crispId)).toEqual(['en', 'fr']);
    const section = locales[0]!.node.categories?.edges[0]?.node.sections?.edges[0]?.node;
    const article = section?.articles?.edges[0]?.node;
    expect(article?.title).toBe('Install the chatbox');
    expect(sandbox.calls).toHaveLength(4);

    const page = await gateway.executeOk(HelpCenterArticleDocument, { articleId: article!.id });
    expect(page.node).toMatchObject({
      id: article!.id,
      title: 'Install the chatbox',
      metadata: { description: 'Install the chatbox, step by step.' },
      section: { title: section!.title },
    });
    expect(sandbox.calls).toHaveLength(9);
    expect(sandbox.violations).toEqual([]);
  });
});
