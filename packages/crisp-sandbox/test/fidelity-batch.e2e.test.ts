import { describe, expect, test } from 'vitest';
import { reportsOf } from '../src/conversation/batch-routes.ts';
import { batchScope } from './fidelity-scope.ts';
import {
  acme,
  acmeId,
  events,
  testClientCoverage,
  useFidelitySandbox,
  user,
} from './support/fidelity-directory.ts';

/**
 * The official Node client (`crisp-api`) calls each batch route through its own resource methods;
 * the sandbox applies each to the conversations or contacts named and emits Crisp's events.
 */
useFidelitySandbox();

const sessionsOf = (count: number, from = 0) =>
  [...acme.conversations.values()]
    .slice(from, from + count)
    .map((r) => r.conversation.session_id as string);
const conversation = (session: string) => acme.conversations.get(session)!.conversation;
const eventsFor = (name: string, sessions: string[]) =>
  events.filter((e) => e.event === name && sessions.includes(e.data.session_id as string));

describe('conversation batches', () => {
  test('batchUnresolveConversations and batchUnreadConversations', async () => {
    const sessions = sessionsOf(2);
    await user.website.batchResolveConversations(acmeId, { sessions });
    await user.website.batchUnresolveConversations(acmeId, { sessions });
    for (const s of sessions) expect(conversation(s).state).toBe('unresolved');
    expect(eventsFor('session:set_state', sessions).at(-1)!.data.state).toBe('unresolved');

    await user.website.batchReadConversations(acmeId, { sessions });
    await user.website.batchUnreadConversations(acmeId, { sessions });
    for (const s of sessions) expect(conversation(s).unread.operator).toBeGreaterThan(0);
  });

  test('batchReportConversations and batchBlockConversations', async () => {
    const sessions = sessionsOf(2, 2);
    await user.website.batchReportConversations(acmeId, { sessions, flag: 'spam' });
    for (const s of sessions) expect(reportsOf(acme.conversations.get(s)!)).toEqual(['spam']);

    await user.website.batchBlockConversations(acmeId, { sessions, blocked: true });
    for (const s of sessions) expect(conversation(s).is_blocked).toBe(true);
    expect(eventsFor('session:set_block', sessions).map((e) => e.data.is_blocked)).toEqual([
      true,
      true,
    ]);
  });

  test('batchRoutingConversations and batchInboxConversations', async () => {
    const sessions = sessionsOf(2, 4);
    const userId = [...acme.operators.values()][0]!.details.user_id as string;
    await user.website.batchRoutingConversations(acmeId, {
      sessions,
      assigned: { user_id: userId },
    });
    for (const s of sessions) expect(conversation(s).assigned).toEqual({ user_id: userId });
    await user.website.batchRoutingConversations(acmeId, { sessions, assigned: null });
    for (const s of sessions) expect(conversation(s).assigned).toBeUndefined();

    const inboxId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
    await user.website.batchInboxConversations(acmeId, { sessions, inbox_id: inboxId });
    for (const s of sessions) expect(conversation(s).inbox_id).toBe(inboxId);
    expect(eventsFor('session:set_inbox', sessions)).toHaveLength(2);
    expect(eventsFor('session:set_inbox', sessions)[0]!.data).toMatchObject({
      inbox_id: inboxId,
      previous_inbox_id: null,
    });
  });

  test('batchUpdateConversationsData and batchUpdateConversationsSegments', async () => {
    const sessions = sessionsOf(2, 6);
    await user.website.batchUpdateConversationsData(acmeId, { sessions, data: { plan: 'pro' } });
    await user.website.batchUpdateConversationsSegments(acmeId, { sessions, segments: ['vip'] });
    for (const s of sessions) {
      expect(conversation(s).meta.data.plan).toBe('pro');
      expect(conversation(s).meta.segments).toContain('vip');
    }
    expect(eventsFor('session:set_data', sessions)).toHaveLength(2);
    expect(eventsFor('session:set_segments', sessions)).toHaveLength(2);
  });
});

describe('contact batches', () => {
  test('batchUpdatePeopleData and batchUpdatePeopleSegments, on the same paths', async () => {
    const people = [...acme.people.values()].slice(0, 2);
    const profiles = people.map((p) => p.profile.people_id as string);
    await user.website.batchUpdatePeopleData(acmeId, { profiles }, { tier: 'gold' });
    await user.website.batchUpdatePeopleSegments(acmeId, { profiles }, ['vip']);
    for (const p of people) {
      expect(p.data.tier).toBe('gold');
      expect(p.profile.segments).toContain('vip');
    }
    const updated = events.filter(
      (e) => e.event === 'people:profile:updated' && profiles.includes(e.data.people_id as string),
    );
    expect(updated).toHaveLength(2);
  });
});

testClientCoverage('batchScope', batchScope);
