import type { Sandbox } from 'crisp-sandbox';

/** The first seeded website and one of each of its entities, for sample inputs. */
export function seeded(sandbox: Sandbox) {
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

type Seeded = ReturnType<typeof seeded>;

/** A batch over the seeded conversation, with the mutation's own fields. */
const conversations = (s: Seeded, extra: Record<string, unknown> = {}) => ({
  websiteId: s.websiteId,
  conversationIds: [s.sessionId],
  ...extra,
});

/** A batch over the seeded contact, with the mutation's own fields. */
const people = (s: Seeded, extra: Record<string, unknown> = {}) => ({
  websiteId: s.websiteId,
  personIds: [s.peopleId],
  ...extra,
});

const PLUGIN_ID = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';
const MISSING = '0b5e8d3c-1f2a-4c6d-8e9f-a0b1c2d3e4f5';
const widgetItem = (s: Seeded) => ({
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
export const inputs: Record<string, (s: Seeded) => Record<string, unknown>> = {
  batchResolveConversations: (s) => conversations(s),
  batchReadConversations: (s) => conversations(s),
  batchRemoveConversations: (s) => conversations(s),
  batchRemovePeople: (s) => people(s),
  batchUnresolveConversations: (s) => conversations(s),
  batchUnreadConversations: (s) => conversations(s),
  batchReportConversations: (s) => conversations(s, { flag: 'spam' }),
  batchBlockConversations: (s) => conversations(s, { blocked: true }),
  batchAssignConversations: (s) => conversations(s, { assigneeId: s.userId }),
  batchMoveConversationsToInbox: (s) => conversations(s),
  batchUpdateConversationsData: (s) => conversations(s, { data: { plan: 'pro' } }),
  batchUpdateConversationsSegments: (s) => conversations(s, { segments: ['vip'] }),
  batchUpdatePeopleData: (s) => people(s, { data: { plan: 'pro' } }),
  batchUpdatePeopleSegments: (s) => people(s, { segments: ['vip'] }),
  importPeopleProfiles: (s) => ({
    websiteId: s.websiteId,
    url: 'http://127.0.0.1:9/people.csv',
    mapping: [{ column: 1, field: 'email' }],
  }),
  exportPeopleProfiles: (s) => ({ websiteId: s.websiteId }),
  clearBlockedVisitors: (s) => ({ websiteId: s.websiteId, rule: 'session' }),
  abortWebsiteDeletion: (s) => ({ websiteId: s.websiteId }),
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
  // Campaign, plugin and plan fields: a campaign or plugin no website has, for which Crisp still
  // answers a user token's call (404).
  pluginSubscriptions: () => ({}),
  planSubscriptions: () => ({}),
  subscribePlugin: (s) => ({ websiteId: s.websiteId, pluginId: MISSING }),
  unsubscribePlugin: (s) => ({ websiteId: s.websiteId, pluginId: MISSING }),
  subscribePlan: (s) => ({ websiteId: s.websiteId, planId: 'no-such-plan' }),
  unsubscribePlan: (s) => ({ websiteId: s.websiteId }),
  changePlanBillPeriod: (s) => ({ websiteId: s.websiteId, period: 'YEARLY' }),
  redeemPlanCoupon: (s) => ({ websiteId: s.websiteId, code: 'NO-SUCH-COUPON' }),
  createCampaign: (s) => ({ websiteId: s.websiteId, type: 'one-shot', name: 'Tier' }),
  ...Object.fromEntries(
    [
      'saveCampaign',
      'updateCampaign',
      'removeCampaign',
      'dispatchCampaign',
      'pauseCampaign',
      'resumeCampaign',
      'testCampaign',
    ].map((name) => [name, (s: Seeded) => ({ websiteId: s.websiteId, campaignId: MISSING })]),
  ),
};
