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
      crispEvents: {
        name: string;
        sessionId: string;
        websiteId: string;
        payload: { state: string };
      };
    }>(
      gateway.url,
      `subscription ($websiteId: ID!) {
        crispEvents(websiteId: $websiteId, names: [SESSION_SET_STATE, WEBSITE_UPDATE_VISITORS_COUNT]) {
          name websiteId sessionId timestamp source payload
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
      source: 'SOCKET',
      payload: { state: 'resolved' },
    });
  });

  test('typed subscriptions map typing, acknowledgements, state, people, visitors and availability', async ({
    gateway,
    sandbox,
  }) => {
    const { w1, s1 } = scopes(sandbox);
    await connected(gateway.gateway);
    const all = {
      composing: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!, $s: String) { conversationComposing(websiteId: $w, sessionId: $s) { side typing excerpt } }`,
        { w: w1, s: s1 },
      ),
      acks: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { messageAcknowledgements(websiteId: $w) { kind fingerprints origin } }`,
        { w: w1 },
      ),
      changes: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { conversationChanges(websiteId: $w) { kind name state blocked changes } }`,
        { w: w1 },
      ),
      people: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { peopleProfiles(websiteId: $w) { kind peopleId email } }`,
        { w: w1 },
      ),
      visitors: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { visitorsCount(websiteId: $w) { count } }`,
        { w: w1 },
      ),
      availability: subscribeWs<Record<string, unknown>>(
        gateway.url,
        `subscription ($w: ID!) { operatorAvailability(websiteId: $w) { userId online } }`,
        { w: w1 },
      ),
    };
    await subscribed(gateway.gateway, w1, 6);
    const scope = { website_id: w1, session_id: s1, inbox_id: null };
    const peopleId = '3e0c4a8e-0a53-4f1e-9d5e-2c6f0d7b9a11';
    const userId = '0d2f6c1a-5b7e-4c3d-8f9a-1b2c3d4e5f60';
    sandbox.emit(w1, 'message:compose:receive', {
      ...scope,
      type: 'start',
      excerpt: 'Hel',
      timestamp: Date.now(),
    });
    sandbox.emit(w1, 'message:acknowledge:read:received', {
      ...scope,
      origin: 'chat',
      fingerprints: [12, 13],
    });
    sandbox.emit(w1, 'session:set_block', { ...scope, is_blocked: true });
    sandbox.emit(w1, 'session:set_nickname', { ...scope, nickname: 'Ada' });
    sandbox.emit(w1, 'people:profile:created', {
      website_id: w1,
      people_id: peopleId,
      email: 'ada@example.com',
    });
    sandbox.emit(w1, 'website:update_visitors_count', { website_id: w1, visitors_count: 4 });
    sandbox.emit(w1, 'website:update_operators_availability', {
      website_id: w1,
      user_id: userId,
      availability: { type: 'online' },
    });
    await waitFor(
      () => Object.values(all).every((s) => s.data.length >= 1) && all.changes.data.length === 2,
    );
    expect(all.composing.data).toEqual([
      { conversationComposing: { side: 'OPERATOR', typing: true, excerpt: 'Hel' } },
    ]);
    expect(all.acks.data).toEqual([
      {
        messageAcknowledgements: { kind: 'READ_RECEIVED', fingerprints: [12, 13], origin: 'chat' },
      },
    ]);
    expect(all.changes.data).toEqual([
      {
        conversationChanges: {
          kind: 'BLOCK',
          name: 'SESSION_SET_BLOCK',
          state: null,
          blocked: true,
          changes: { is_blocked: true },
        },
      },
      {
        conversationChanges: {
          kind: 'META',
          name: 'SESSION_SET_NICKNAME',
          state: null,
          blocked: null,
          changes: { nickname: 'Ada' },
        },
      },
    ]);
    expect(all.people.data).toEqual([
      { peopleProfiles: { kind: 'CREATED', peopleId, email: 'ada@example.com' } },
    ]);
    expect(all.visitors.data).toEqual([{ visitorsCount: { count: 4 } }]);
    expect(all.availability.data).toEqual([{ operatorAvailability: { userId, online: true } }]);
  });
});
