import { test as base, describe, expect } from './support/fixtures.ts';
import {
  CONVERSATION,
  type ConversationData,
  changedElsewhere,
  conversationIn,
  crispWrite,
  freshResult,
  nextOutcome,
  STATE,
} from './support/read-cache.ts';

/** The RTM socket up: events keep the cache exact. */
const test = base;
/** No events at all, and answers kept a minute: only writes, fresh reads and max age refresh. */
const quietTest = base.extend({
  gatewayEnv: { CRISP_RTM_MODE: 'off', GATEWAY_CACHE_STREAM_DOWN_MS: '60000' },
});

describe('the read cache, kept exact by events', () => {
  test('a new message patches the cached history and record: the next read costs no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
    await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    sandbox.resetCalls();
    await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    expect(sandbox.calls).toEqual([]);

    const patched = nextOutcome(gateway.gateway, (o) => o.kind === 'patch');
    const sent = sandbox.appendMessage(w, s, {
      type: 'text',
      from: 'user',
      origin: 'chat',
      content: 'Is my parcel on its way?',
    });
    // The history and the record (preview, unread counts, updated_at derived as Crisp does).
    expect(await patched).toMatchObject({ cause: 'message:send', count: 2 });
    sandbox.resetCalls();
    const after = await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    expect(sandbox.calls).toEqual([]);
    const last = after.website.conversation.messages.edges.at(-1)!.node;
    expect(last).toEqual({ crispId: String(sent.fingerprint), text: 'Is my parcel on its way?' });
  });

  test('a new state from elsewhere reads the record once, keeps the history and shows at once', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
    await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    const patched = nextOutcome(
      gateway.gateway,
      (o) => o.kind === 'patch' && o.cause === 'session:set_state',
    );
    sandbox.resetCalls();
    await crispWrite(sandbox, 'PATCH', `/website/${w}/conversation/${s}/state`, {
      state: 'resolved',
    });
    await patched;
    // Crisp stamps the change with its own clock (updated_at), which the event does not carry.
    expect(sandbox.calls.map((c) => c.id)).toEqual([
      'website.conversation.change_state',
      'website.conversation.get',
    ]);
    sandbox.resetCalls();
    const after = await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    expect(after.website.conversation.state).toBe('RESOLVED');
    expect(sandbox.calls).toEqual([]);
  });

  test('identical reads at the same moment share one Crisp call', async ({ gateway, sandbox }) => {
    const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
    sandbox.resetCalls();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => gateway.executeOk(STATE, { w, s })),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get']);
  });

  test("an event the table does not know drops the website's entries of its kind", async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
    await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    const dropped = nextOutcome(gateway.gateway, (o) => o.kind === 'invalidate');
    sandbox.emit(w, 'session:sync:rating', { website_id: w, session_id: s, rating: { stars: 4 } });
    expect(await dropped).toMatchObject({ cause: 'session:sync:rating' });
    sandbox.resetCalls();
    await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    expect(sandbox.calls.map((c) => c.id).sort()).toEqual([
      'website.conversation.get',
      'website.conversation.get_messages',
    ]);
  });

  test('an operator opening or closing the conversation drops no cached read', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
    await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    // Events apply in order: once the contact event's drop is seen, the view events were applied.
    const after = nextOutcome(
      gateway.gateway,
      (o) => o.kind === 'invalidate' && o.cause === 'people:profile:created',
    );
    const scope = { website_id: w, session_id: s, inbox_id: null };
    const operator = { user_id: '0d2f6c1a-5b7e-4c3d-8f9a-1b2c3d4e5f60', nickname: 'Ada' };
    sandbox.emit(w, 'session:set_opened', { ...scope, operator });
    sandbox.emit(w, 'session:set_closed', { ...scope, operator });
    sandbox.emit(w, 'people:profile:created', {
      website_id: w,
      people_id: '3e0c4a8e-0a53-4f1e-9d5e-2c6f0d7b9a11',
    });
    await after;
    sandbox.resetCalls();
    await gateway.executeOk<ConversationData>(CONVERSATION, { w, s });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('the read cache without events', () => {
  quietTest(
    'without events, a mutation drops what it changed before it returns: the client reads its own write',
    async ({ gateway, sandbox }) => {
      const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
      await gateway.executeOk(STATE, { w, s });
      const changed = await gateway.executeOk(
        `mutation ($w: ID!, $s: ID!) {
        changeConversationState(input: { websiteId: $w, conversationId: $s, state: RESOLVED }) { __typename }
      }`,
        { w, s },
      );
      expect(changed.changeConversationState).toBeTruthy();
      // Crisp holds the new state: the mutation reached it.
      expect(sandbox.seed.website(w)!.conversations.get(s)!.conversation.state).toBe('resolved');
      sandbox.resetCalls();
      expect((await gateway.executeOk(STATE, { w, s })).website.conversation.state).toBe(
        'RESOLVED',
      );
      expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get']);
    },
  );

  quietTest(
    'Cache-Control: no-cache reads Crisp and refreshes the entry',
    async ({ gateway, sandbox }) => {
      const { w, s } = await changedElsewhere(gateway, sandbox);
      expect((await gateway.executeOk(STATE, { w, s })).website.conversation.state).toBe(
        'UNRESOLVED',
      );
      expect(sandbox.calls).toEqual([]);

      const fresh = await freshResult(gateway, STATE, { w, s });
      expect(fresh.data).toEqual({ website: { conversation: { state: 'PENDING' } } });
      expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get']);
      sandbox.resetCalls();
      expect((await gateway.executeOk(STATE, { w, s })).website.conversation.state).toBe('PENDING');
      expect(sandbox.calls).toEqual([]);
    },
  );

  const shortTest = base.extend({
    gatewayEnv: { CRISP_RTM_MODE: 'off', GATEWAY_CACHE_STREAM_DOWN_MS: '300' },
  });
  shortTest(
    'without an event stream, an answer is served GATEWAY_CACHE_STREAM_DOWN_MS at most',
    async ({ gateway, sandbox }) => {
      const { websiteId: w, sessionId: s } = conversationIn(sandbox, 'unresolved');
      await gateway.executeOk(STATE, { w, s });
      sandbox.resetCalls();
      await gateway.executeOk(STATE, { w, s });
      expect(sandbox.calls).toEqual([]);
      await new Promise((r) => setTimeout(r, 350));
      await gateway.executeOk(STATE, { w, s });
      expect(sandbox.calls.map((c) => c.id)).toEqual(['website.conversation.get']);
      const ready = (await (await fetch(`${gateway.origin}/ready`)).json()) as {
        cache: { events: string; maxAgeMs: number };
      };
      expect(ready.cache).toEqual({ events: 'down', maxAgeMs: 300 });
    },
  );

  const nearQuotaTest = base.extend({
    gatewayEnv: {
      CRISP_RTM_MODE: 'off',
      GATEWAY_CACHE_STREAM_DOWN_MS: '0',
      CRISP_DAILY_QUOTA: '100',
      GATEWAY_CACHE_STALE_NEAR_QUOTA: '100',
    },
  });
  nearQuotaTest(
    'near the daily quota, the last known answer is served instead of a call, and the response says so',
    async ({ gateway, sandbox }) => {
      const { w, s } = await changedElsewhere(gateway, sandbox);
      // Without events, entries live 0 ms: this one is out of date, and served all the same.
      const served = await gateway.execute<{ website: { conversation: { state: string } } }>(
        STATE,
        { w, s },
      );
      expect(served.data?.website.conversation.state).toBe('UNRESOLVED');
      expect(served.extensions).toEqual({ staleReads: ['/website/:id/conversation/:id'] });
      expect(sandbox.calls).toEqual([]);
      // A fresh read still reads Crisp.
      const fresh = await freshResult(gateway, STATE, { w, s });
      expect(fresh).toEqual({ data: { website: { conversation: { state: 'PENDING' } } } });
    },
  );
});
