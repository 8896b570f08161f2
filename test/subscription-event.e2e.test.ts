import { afterEach } from 'vitest';
import { describe, expect, test } from './support/fixtures.ts';
import { closeClients, connected, scopes, subscribed, subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

afterEach(closeClients);

describe('subscriptions to catalogue and typed events', () => {
  test('crispEvents follows any catalogue event by name with its raw payload', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const sub = subscribeWs<{
      crispEvents: { name: string; sessionId: string; websiteId: string; payload: object };
    }>(
      gateway.url,
      `subscription ($websiteId: ID!) {
        crispEvents(websiteId: $websiteId, names: [SESSION_SET_STATE, WEBSITE_UPDATE_VISITORS_COUNT]) {
          name websiteId sessionId occurredAt source payload
        }
      }`,
      { websiteId: w1 },
    );
    await subscribed(gateway.gateway, w1);
    sandbox.emit(w1, 'message:compose:send', {
      website_id: w1,
      session_id: s1,
      type: 'start',
      timestamp: Date.now(),
    });
    sandbox.emit(w1, 'session:set_state', {
      website_id: w1,
      session_id: s1,
      inbox_id: null,
      state: 'resolved',
    });
    sandbox.emit(w1, 'website:update_visitors_count', { website_id: w1, visitors_count: 7 });
    await waitFor(() => sub.data.length === 2);
    expect(sub.data.map((d) => d.crispEvents.name)).toEqual([
      'SESSION_SET_STATE',
      'WEBSITE_UPDATE_VISITORS_COUNT',
    ]);
    expect(sub.data[0]!.crispEvents).toMatchObject({
      websiteId: w1,
      sessionId: s1,
      occurredAt: null,
      source: 'SOCKET',
      payload: { state: 'resolved' },
    });
  });

  test('typed subscriptions carry the node each event changed, with its id and the fields the event set', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const peopleId = '3e0c4a8e-0a53-4f1e-9d5e-2c6f0d7b9a11';
    const userId = '0d2f6c1a-5b7e-4c3d-8f9a-1b2c3d4e5f60';
    const conversationId = `Conversation:${w1}:${s1}`;
    const open = (query: string, variables: Record<string, unknown> = { w: w1 }) =>
      subscribeWs<Record<string, unknown>>(gateway.url, query, variables);
    const all = {
      typing: open(
        `subscription ($c: ID) { typingEvents(conversationId: $c) { __typename name conversation { id } side isTyping excerpt operator { userId } } }`,
        { c: conversationId },
      ),
      read: open(
        `subscription ($w: ID) { readEvents(websiteId: $w) { __typename conversation { id } messages { id crispId read } messageIds via ... on MessagesReadEvent { by } } }`,
      ),
      conversation: open(
        `subscription ($w: ID) { conversationEvents(websiteId: $w) {
          __typename name
          ... on ConversationBlockedEvent { conversation { id isBlocked } }
          ... on ConversationStateChangedEvent { conversation { id state } }
          ... on ConversationMetasChangedEvent { conversation { id metas { nickname } } }
          ... on ConversationRemovedEvent { removedConversationId }
        } }`,
      ),
      person: open(
        `subscription ($w: ID) { personEvents(websiteId: $w) { __typename ... on PersonCreatedEvent { person { id peopleId } } ... on PersonRemovedEvent { removedPersonId } } }`,
      ),
      visitors: open(
        `subscription ($w: ID) { visitorCountEvents(websiteId: $w) { __typename ... on VisitorCountChangedEvent { website { id visitorsCount { count } } count } } }`,
      ),
      availability: open(
        `subscription ($w: ID) { operatorAvailabilityEvents(websiteId: $w) {
          __typename
          ... on OperatorAvailabilityChangedEvent { operator { userId availability } }
          ... on TeamAvailabilityChangedEvent { isAvailable }
        } }`,
      ),
    };
    await subscribed(gateway.gateway, w1, 6);
    sandbox.resetCalls();
    const scope = { website_id: w1, session_id: s1, inbox_id: null };
    sandbox.emit(w1, 'message:compose:receive', {
      ...scope,
      type: 'start',
      excerpt: 'Hel',
      timestamp: Date.now(),
      user: { user_id: userId, nickname: 'Ada' },
    });
    sandbox.emit(w1, 'message:acknowledge:read:received', {
      ...scope,
      origin: 'chat',
      fingerprints: [12, 13],
    });
    sandbox.emit(w1, 'session:set_block', { ...scope, is_blocked: true });
    sandbox.emit(w1, 'session:set_state', { ...scope, state: 'pending' });
    sandbox.emit(w1, 'session:set_nickname', { ...scope, nickname: 'Ada' });
    sandbox.emit(w1, 'session:removed', scope);
    sandbox.emit(w1, 'people:profile:created', {
      website_id: w1,
      people_id: peopleId,
      email: 'ada@example.com',
    });
    sandbox.emit(w1, 'people:profile:removed', { website_id: w1, people_id: peopleId });
    sandbox.emit(w1, 'website:update_visitors_count', { website_id: w1, visitors_count: 4 });
    sandbox.emit(w1, 'website:update_operators_availability', {
      website_id: w1,
      user_id: userId,
      availability: { type: 'online' },
    });
    sandbox.emit(w1, 'website:users:available', { website_id: w1, available: false });
    await waitFor(
      () =>
        Object.values(all).every((s) => s.data.length >= 1) &&
        all.conversation.data.length === 4 &&
        all.person.data.length === 2 &&
        all.availability.data.length === 2,
    );
    expect(all.typing.data).toEqual([
      {
        typingEvents: {
          __typename: 'TypingEvent',
          name: 'MESSAGE_COMPOSE_RECEIVE',
          conversation: { id: conversationId },
          side: 'OPERATOR',
          isTyping: true,
          excerpt: 'Hel',
          operator: { userId },
        },
      },
    ]);
    expect(all.read.data).toEqual([
      {
        readEvents: {
          __typename: 'MessagesReadEvent',
          conversation: { id: conversationId },
          // Each message as its node, with its new read state: a cache merges it by id.
          messages: [
            { id: `Message:${w1}:${s1}:12`, crispId: '12', read: 'chat' },
            { id: `Message:${w1}:${s1}:13`, crispId: '13', read: 'chat' },
          ],
          messageIds: [`Message:${w1}:${s1}:12`, `Message:${w1}:${s1}:13`],
          via: 'chat',
          by: 'OPERATOR',
        },
      },
    ]);
    expect(all.conversation.data.map((d) => d.conversationEvents)).toEqual([
      {
        __typename: 'ConversationBlockedEvent',
        name: 'SESSION_SET_BLOCK',
        conversation: { id: conversationId, isBlocked: true },
      },
      {
        __typename: 'ConversationStateChangedEvent',
        name: 'SESSION_SET_STATE',
        conversation: { id: conversationId, state: 'PENDING' },
      },
      {
        __typename: 'ConversationMetasChangedEvent',
        name: 'SESSION_SET_NICKNAME',
        conversation: { id: conversationId, metas: { nickname: 'Ada' } },
      },
      {
        __typename: 'ConversationRemovedEvent',
        name: 'SESSION_REMOVED',
        removedConversationId: conversationId,
      },
    ]);
    expect(all.person.data.map((d) => d.personEvents)).toEqual([
      { __typename: 'PersonCreatedEvent', person: { id: `Person:${w1}:${peopleId}`, peopleId } },
      { __typename: 'PersonRemovedEvent', removedPersonId: `Person:${w1}:${peopleId}` },
    ]);
    expect(all.visitors.data).toEqual([
      {
        visitorCountEvents: {
          __typename: 'VisitorCountChangedEvent',
          website: { id: `Website:${w1}`, visitorsCount: { count: 4 } },
          count: 4,
        },
      },
    ]);
    expect(all.availability.data.map((d) => d.operatorAvailabilityEvents)).toEqual([
      {
        __typename: 'OperatorAvailabilityChangedEvent',
        operator: { userId, availability: 'ONLINE' },
      },
      { __typename: 'TeamAvailabilityChangedEvent', isAvailable: false },
    ]);
    // Every field above came from the events themselves: not one Crisp call.
    expect(sandbox.calls).toEqual([]);
  });
  test('the fields a website event does not say are read once per event, for every subscriber', async ({
    gateway,
    sandbox,
  }) => {
    const { w1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const open = () => ({
      visitors: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID) { visitorCountEvents(websiteId: $w) { ... on VisitorCountChangedEvent { website { id visitorsCount { count active } } } } }`,
        { w: w1 },
      ),
      team: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID) { operatorAvailabilityEvents(websiteId: $w) { ... on TeamAvailabilityChangedEvent { website { id availability { status } } } } }`,
        { w: w1 },
      ),
    });
    const subscribers = [open(), open()];
    await subscribed(gateway.gateway, w1, 4);
    sandbox.resetCalls();
    sandbox.emit(w1, 'website:update_visitors_count', { website_id: w1, visitors_count: 9 });
    sandbox.emit(w1, 'website:users:available', { website_id: w1, available: true });
    await waitFor(() => subscribers.every((s) => s.visitors.data.length && s.team.data.length));
    for (const s of subscribers) {
      expect(s.visitors.data[0]).toEqual({
        visitorCountEvents: {
          // The count from the event; `active` from the one read.
          website: { id: `Website:${w1}`, visitorsCount: { count: 9, active: expect.any(Number) } },
        },
      });
      expect(s.team.data[0]).toEqual({
        operatorAvailabilityEvents: {
          website: { id: `Website:${w1}`, availability: { status: expect.any(String) } },
        },
      });
    }
    // Two subscribers, one read of each.
    expect(sandbox.calls.map((c) => c.id).sort()).toEqual([
      'website.availability.get_status',
      'website.visitors.count',
    ]);
  });
});
