import type { Sandbox } from 'crisp-sandbox';
import { type GraphQLField, type GraphQLObjectType, getNamedType } from 'graphql';
import { tierNote } from '../src/datasources/crisp-tiers.ts';
import { schema } from '../src/schema/index.ts';
import { test as base, describe, expect, type TestGateway } from './support/fixtures.ts';
import { closeClients, subscribed, subscribeSse, subscribeWs } from './support/live.ts';
import { test, userTest } from './support/rest.ts';

// The sentence the catalogue gives every field reaching a route only user tokens may call.
const USER_ONLY = tierNote('website.base.create');

const fieldsOf = (root: 'Query' | 'Mutation') =>
  Object.values((schema.getType(root) as GraphQLObjectType).getFields());

/** Every Query and Mutation field whose description says it needs a user token. */
const restricted = (['Query', 'Mutation'] as const).flatMap((root) =>
  fieldsOf(root)
    .filter((f) => f.description?.startsWith(USER_ONLY))
    .map((field) => ({ root, field })),
);

function seeded(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  const websiteId = website.website.website_id as string;
  const sessionId = [...website.conversations.values()][0]!.conversation.session_id as string;
  const peopleId = [...website.people.values()][0]!.profile.people_id as string;
  const member = [...website.operators.values()].find((o) => o.details.role === 'member')!;
  const inboxId = [...website.inboxes.keys()][0]!;
  const teamId = [...website.teams.keys()][0]!;
  return {
    websiteId,
    sessionId,
    peopleId,
    userId: member.details.user_id as string,
    inboxId,
    teamId,
  };
}

const PLUGIN_ID = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';
const widgetItem = (s: ReturnType<typeof seeded>) => ({
  websiteId: s.websiteId,
  conversationId: s.sessionId,
  pluginId: PLUGIN_ID,
  sectionId: 'orders',
  itemId: 'refund',
});

/**
 * An input each restricted field accepts, so the call is refused for its tier alone. A field
 * gaining the tier note without an entry here fails the test below rather than going unchecked.
 */
const inputs: Record<string, (s: ReturnType<typeof seeded>) => Record<string, unknown>> = {
  batchResolveConversations: (s) => ({ websiteId: s.websiteId, conversationIds: [s.sessionId] }),
  batchReadConversations: (s) => ({ websiteId: s.websiteId, conversationIds: [s.sessionId] }),
  batchRemoveConversations: (s) => ({ websiteId: s.websiteId, conversationIds: [s.sessionId] }),
  batchRemovePeople: (s) => ({ websiteId: s.websiteId, personIds: [s.peopleId] }),
  createWebsite: () => ({ name: 'Hooli', domain: 'hooli.example' }),
  deleteWebsite: (s) => ({ websiteId: s.websiteId, password: 'not-the-password' }),
  inviteOperator: (s) => ({
    websiteId: s.websiteId,
    email: 'grace@acme.example',
    role: 'MEMBER',
    verify: { secret: 'not-the-password' },
  }),
  changeOperatorMembership: (s) => ({
    websiteId: s.websiteId,
    operatorId: s.userId,
    title: 'Lead',
  }),
  unlinkOperator: (s) => ({ websiteId: s.websiteId, operatorId: s.userId }),
  animations: () => ({ page: 1 }),
  createInbox: (s) => ({ websiteId: s.websiteId, name: 'Partners' }),
  saveInbox: (s) => ({ websiteId: s.websiteId, inboxId: s.inboxId, name: 'Partners' }),
  deleteInbox: (s) => ({ websiteId: s.websiteId, inboxId: s.inboxId }),
  reorderInboxes: (s) => ({ websiteId: s.websiteId, orders: [{ inboxId: s.inboxId, order: 1 }] }),
  createTeam: (s) => ({ websiteId: s.websiteId, name: 'Nights' }),
  saveTeam: (s) => ({ websiteId: s.websiteId, teamId: s.teamId, name: 'Nights' }),
  deleteTeam: (s) => ({ websiteId: s.websiteId, teamId: s.teamId }),
  flushLastActiveOperators: (s) => ({ websiteId: s.websiteId }),
  initializeHelpdesk: (s) => ({ websiteId: s.websiteId, name: 'Acme Help', domainBasic: 'acme' }),
  deleteHelpdesk: (s) => ({ websiteId: s.websiteId, verify: { secret: 'not-the-password' } }),
  changeHelpdeskDomain: (s) => ({ websiteId: s.websiteId, basic: 'acme-help' }),
  importHelpdeskContent: (s) => ({
    websiteId: s.websiteId,
    localeId: 'en',
    helpdeskUrl: 'https://help.example.com/',
  }),
  exportHelpdeskArticles: (s) => ({ websiteId: s.websiteId, localeId: 'en' }),
  decideSpam: (s) => ({ websiteId: s.websiteId, spamId: PLUGIN_ID, action: 'reject' }),
  deliverWidgetButtonAction: (s) => ({ ...widgetItem(s), data: {} }),
  deliverWidgetDataFetchAction: (s) => ({ ...widgetItem(s), data: {} }),
  deliverWidgetDataEditAction: (s) => ({ ...widgetItem(s), value: 'pro' }),
};

// biome-ignore lint/suspicious/noExplicitAny: any field of the schema
type Field = GraphQLField<any, any>;

function operation(root: 'Query' | 'Mutation', field: Field) {
  if (root === 'Query') {
    const defs = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
    const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    return `query(${defs}) { ${field.name}(${pass}) { __typename } }`;
  }
  const input = getNamedType(field.args[0]!.type).name;
  // A mutation's payload reports the refusal in userErrors.
  return `mutation($input: ${input}!) { ${field.name}(input: $input) { userErrors { code message } } }`;
}

/**
 * How the field failed, if it did: a mutation's FORBIDDEN userError, a query's first error. A
 * query field's sample is its arguments; a mutation's is its input. A userError carries no
 * `requiredTiers`: its message names the tier.
 */
async function outcome(
  gateway: TestGateway,
  root: 'Query' | 'Mutation',
  field: Field,
  sample: Record<string, unknown>,
) {
  if (root === 'Mutation') {
    const data = await gateway.executeOk(operation(root, field), { input: sample });
    const { code, message } =
      data[field.name]?.userErrors?.find((e: { code: string }) => e.code === 'FORBIDDEN') ?? {};
    return { code, message, requiredTiers: null };
  }
  const { errors } = await gateway.execute(operation(root, field), sample);
  const error = errors?.[0];
  return {
    code: error?.extensions?.code,
    message: error?.message,
    requiredTiers: error?.extensions?.requiredTiers ?? null,
  };
}

describe('fields open to user tokens only', () => {
  test('the schema marks the user-only routes it reaches', () => {
    console.log(`${restricted.length} user-only fields`);
    expect(restricted.map((r) => r.field.name).sort()).toEqual(Object.keys(inputs).sort());
    expect(USER_ONLY).toBe('Requires a user token (CRISP_TIER=user). ');
  });

  test('each fails with FORBIDDEN naming the tier before any call to Crisp with a plugin token', async ({
    gateway,
    sandbox,
  }) => {
    // The marked fields and every one with a sample, so a lost mark cannot empty the check.
    const checked = [
      ...restricted,
      ...(['Query', 'Mutation'] as const).flatMap((root) =>
        fieldsOf(root)
          .filter((f) => f.name in inputs && !restricted.some((r) => r.field === f))
          .map((field) => ({ root, field })),
      ),
    ];
    const refused: string[] = [];
    for (const { root, field } of checked) {
      const input = inputs[field.name]?.(seeded(sandbox));
      if (!input) throw new Error(`No sample input for ${root}.${field.name}`);
      expect(await outcome(gateway, root, field, input), field.name).toEqual({
        code: 'FORBIDDEN',
        message: 'Requires a user token; this gateway uses a plugin token.',
        requiredTiers: root === 'Mutation' ? null : ['user'],
      });
      refused.push(field.name);
    }
    console.log(`${refused.length} fields refused; Crisp calls: ${sandbox.calls.length}`);
    expect(refused).toHaveLength(Object.keys(inputs).length);
    expect(sandbox.calls).toEqual([]);
  });

  // Live events on (by Web Hooks, none sent): a field Crisp answers over RTM needs them to call.
  const liveUserTest = userTest.extend({
    gatewayEnv: async ({ sandbox }, use) =>
      use({
        CRISP_RTM_MODE: 'webhooks',
        CRISP_WEBHOOK_SECRET: 'tier-hook-secret',
        CRISP_RTM_REPLY_TIMEOUT_MS: '100',
        CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
      }),
  });

  liveUserTest('each still reaches Crisp with a user token', async ({ gateway, sandbox }) => {
    expect(restricted.length).toBeGreaterThan(0);
    for (const { root, field } of restricted) {
      const before = sandbox.calls.length;
      const answer = await outcome(gateway, root, field, inputs[field.name]!(seeded(sandbox)));
      // The wrong password still draws Crisp's own refusal, which names no tier.
      expect(answer.requiredTiers, field.name).toBeNull();
      expect(answer.message ?? '', field.name).not.toMatch(/plugin token/);
      expect(sandbox.calls.length, field.name).toBeGreaterThan(before);
    }
  });
});

describe('crispRequest and the tiers of the route catalogue', () => {
  test('a user-only path with a plugin token is FORBIDDEN and costs no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = seeded(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: CrispRequestInput!) { crispRequest(input: $input) { response { status } userErrors { code message field } } }`,
      { input: { method: 'PATCH', path: `/website/${websiteId}/batch/read`, body: {} } },
    );
    expect(data.crispRequest).toEqual({
      response: null,
      userErrors: [
        {
          code: 'FORBIDDEN',
          message: 'Requires a user token; this gateway uses a plugin token.',
          field: null,
        },
      ],
    });
    const read = await gateway.execute(
      `query($input: CrispRequestInput!) { crispRequest(input: $input) { status } }`,
      { input: { path: `/website/${websiteId}/campaigns/list/1` } },
    );
    expect(read.data.crispRequest).toBeNull();
    expect(read.errors?.[0]).toMatchObject({
      path: ['crispRequest'],
      extensions: { code: 'FORBIDDEN', requiredTiers: ['user'] },
    });
    expect(sandbox.calls).toEqual([]);
  });

  test('a path open to plugin tokens, or one the catalogue does not know, still goes out', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = seeded(sandbox);
    const query = `query($input: CrispRequestInput!) { crispRequest(input: $input) { status } }`;
    const open = await gateway.executeOk(query, {
      input: { path: `/website/${websiteId}/conversations/1` },
    });
    expect(open.crispRequest.status).toBe(200);
    const unknown = await gateway.executeOk(query, {
      input: { path: `/website/${websiteId}/not-catalogued` },
    });
    expect(unknown.crispRequest.status).toBe(404);
    expect(sandbox.calls.map((c) => c.path)).toContain(`/website/${websiteId}/not-catalogued`);
  });
});

const SPAM = `subscription($w: ID!, $names: [RtmEventName!]!) { crispEvents(websiteId: $w, names: $names) { name } }`;

describe('subscribing to events the tier never receives', () => {
  const userLive = base.extend({
    sandboxOptions: { tier: 'user' as const },
    // User tokens have no RTM socket here: their events come as web hooks.
    gatewayEnv: async ({ sandbox }, use) =>
      use({
        CRISP_RTM_MODE: 'webhooks',
        CRISP_WEBHOOK_SECRET: 'tier-test-secret',
        CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
      }),
  });

  for (const [transport, subscribe] of [
    ['graphql-ws', subscribeWs],
    ['SSE', subscribeSse],
  ] as const) {
    base(
      `a user-only event fails at subscribe time over ${transport}`,
      async ({ gateway, sandbox }) => {
        const { websiteId } = seeded(sandbox);
        const sub = subscribe<unknown>(gateway.url, SPAM, {
          w: websiteId,
          names: ['MESSAGE_SEND', 'SPAM_MESSAGE'],
        });
        try {
          await sub.done;
          expect(sub.results).toHaveLength(1);
          expect(sub.results[0]!.errors?.[0]).toMatchObject({
            message: '`spam:message` reaches user tokens only; this gateway uses a plugin token.',
            extensions: { code: 'FORBIDDEN', requiredTiers: ['user'] },
          });
          expect(gateway.gateway.live?.subscribers(websiteId) ?? 0).toBe(0);
        } finally {
          sub.close();
          await closeClients();
        }
      },
    );
  }

  userLive('a user token subscribes to the same event', async ({ gateway, sandbox }) => {
    const { websiteId } = seeded(sandbox);
    const sub = subscribeWs<unknown>(gateway.url, SPAM, { w: websiteId, names: ['SPAM_MESSAGE'] });
    try {
      await subscribed(gateway.gateway, websiteId);
      expect(sub.results).toEqual([]);
    } finally {
      sub.close();
      await closeClients();
    }
  });
});
