import type { EmittedEvent, Sandbox } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { conversationToolScope, uncovered } from './fidelity-scope.ts';
import { succeeded, test, userTest } from './support/fidelity-client.ts';

/**
 * The official Node client (`crisp-api`) against the sandbox: the conversation tools beside the
 * inbox (suggestions, spam, co-browsing, calls, widget actions), called through the client's own
 * resource methods, must answer what the client expects and read back what was written.
 */

const PLUGIN_ID = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';

/** The first seeded conversation of the website. */
const firstConversation = (sandbox: Sandbox, websiteId: string) =>
  [...sandbox.seed.website(websiteId)!.conversations.keys()][0]!;

describe('the official client on conversation suggestions', () => {
  test('lists segments and data keys in use, and deletes one of each', async ({
    crisp,
    websiteId,
    sandbox,
  }) => {
    const metas = [...sandbox.seed.website(websiteId)!.conversations.values()].map(
      (r) => r.conversation.meta,
    );
    const segments = await crisp.website.listSuggestedConversationSegments(websiteId, 1);
    const used = new Set(metas.flatMap((m) => m.segments ?? []));
    expect(new Set(segments.map((s) => s.segment))).toEqual(used);
    for (const s of segments) {
      expect(s.count).toBe(metas.filter((m) => m.segments?.includes(s.segment)).length);
    }
    const keys = await crisp.website.listSuggestedConversationDataKeys(websiteId, 1);
    expect(new Set(keys.map((k) => k.key))).toEqual(
      new Set(metas.flatMap((m) => Object.keys(m.data ?? {}))),
    );
    expect(await crisp.website.listSuggestedConversationSegments(websiteId, 2)).toEqual([]);

    await crisp.website.deleteSuggestedConversationSegment(websiteId, segments[0]!.segment!);
    expect(await crisp.website.listSuggestedConversationSegments(websiteId, 1)).toEqual(
      segments.slice(1),
    );
    await crisp.website.deleteSuggestedConversationDataKey(websiteId, keys[0]!.key!);
    expect(await crisp.website.listSuggestedConversationDataKeys(websiteId, 1)).toEqual(
      keys.slice(1),
    );
    await expect(
      crisp.website.deleteSuggestedConversationDataKey(websiteId, keys[0]!.key!),
    ).rejects.toMatchObject({ message: 'not_found' });
  });
});

describe('the official client on spam', () => {
  userTest(
    'lists held items, reads one, and decides on it',
    async ({ crisp, websiteId, sandbox }) => {
      const events: EmittedEvent[] = [];
      sandbox.onEvent((e) => events.push(e));
      const spams = await crisp.website.listSpamConversations(websiteId, 1);
      expect(spams).toHaveLength(3);
      expect(spams.every((s) => s.type === 'email' && !('content' in s))).toBe(true);
      expect(spams.map((s) => s.timestamp)).toEqual(
        [...spams.map((s) => s.timestamp!)].sort((a, b) => b - a),
      );
      const [first] = spams;
      const content = await crisp.website.resolveSpamConversationContent(
        websiteId,
        first!.spam_id!,
      );
      expect(content).toMatchObject({ ...first, content: { subject: first!.headers!.Subject } });

      await crisp.website.submitSpamConversationDecision(websiteId, first!.spam_id!, 'reject');
      expect(events.map((e) => [e.event, e.data])).toContainEqual([
        'spam:decision',
        { website_id: websiteId, spam_id: first!.spam_id, action: 'reject' },
      ]);
      expect(await crisp.website.listSpamConversations(websiteId, 1)).toEqual(spams.slice(1));
      await expect(
        crisp.website.resolveSpamConversationContent(websiteId, first!.spam_id!),
      ).rejects.toMatchObject({ message: 'not_found' });
    },
  );
});

describe('the official client on co-browsing and calls', () => {
  test('opens a browsing session, controls it and stops it', async ({
    crisp,
    websiteId,
    sandbox,
  }) => {
    const sessionId = firstConversation(sandbox, websiteId);
    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    expect(await crisp.website.listBrowsingSessionsForConversation(websiteId, sessionId)).toEqual(
      [],
    );
    await crisp.website.initiateBrowsingSessionForConversation(websiteId, sessionId);
    const [session] = await crisp.website.listBrowsingSessionsForConversation(websiteId, sessionId);
    expect(session!.browsing_id).toMatch(/^browsing_/);
    expect(events.find((e) => e.event === 'browsing:request:initiated')?.data).toMatchObject({
      session_id: sessionId,
      browsing_id: session!.browsing_id,
      browsing_token: session!.browsing_token,
    });
    const browsingId = session!.browsing_id!;
    await crisp.website.assistExistingBrowsingSession(websiteId, sessionId, browsingId, {
      action: 'click',
      click: { x: 120, y: 48 },
    });
    await crisp.website.sendActionToExistingBrowsingSession(
      websiteId,
      sessionId,
      browsingId,
      'stop',
    );
    expect(await crisp.website.listBrowsingSessionsForConversation(websiteId, sessionId)).toEqual(
      [],
    );
    await expect(
      crisp.website.sendActionToExistingBrowsingSession(websiteId, sessionId, browsingId, 'start'),
    ).rejects.toMatchObject({ message: 'not_found' });
  });

  test('starts a call, signals on it and aborts it', async ({ crisp, websiteId, sandbox }) => {
    const sessionId = firstConversation(sandbox, websiteId);
    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    await expect(
      crisp.website.getOngoingCallSessionForConversation(websiteId, sessionId),
    ).rejects.toMatchObject({ message: 'not_found' });
    const started = (await crisp.website.initiateNewCallSessionForConversation(
      websiteId,
      sessionId,
      'video',
    )) as { call_id: string };
    expect(started.call_id).toMatch(/^call_/);
    expect(await crisp.website.getOngoingCallSessionForConversation(websiteId, sessionId)).toEqual(
      started,
    );
    expect(events.find((e) => e.event === 'call:request:initiated')?.data).toMatchObject({
      session_id: sessionId,
      call_id: started.call_id,
    });
    await crisp.website.transmitSignalingOnOngoingCallSession(
      websiteId,
      sessionId,
      started.call_id,
      {
        type: 'sdp',
        payload: { sdp: 'v=0', type: 'offer' },
      },
    );
    await crisp.website.abortOngoingCallSessionForConversation(
      websiteId,
      sessionId,
      started.call_id,
    );
    await expect(
      crisp.website.getOngoingCallSessionForConversation(websiteId, sessionId),
    ).rejects.toMatchObject({ message: 'not_found' });
  });
});

describe('the official client on widget actions', () => {
  userTest(
    'delivers button, data fetch and data edit actions',
    async ({ crisp, websiteId, sandbox }) => {
      const sessionId = firstConversation(sandbox, websiteId);
      const events: EmittedEvent[] = [];
      sandbox.onEvent((e) => events.push(e));
      const button = (await crisp.website.deliverWidgetButtonActionForConversation(
        websiteId,
        sessionId,
        PLUGIN_ID,
        'orders',
        'refund',
        { order: 42 },
        'yes',
      )) as { correlation_id: string };
      const fetched = (await crisp.website.deliverWidgetDataFetchActionForConversation(
        websiteId,
        sessionId,
        PLUGIN_ID,
        'orders',
        'list',
        { limit: 5 },
      )) as { correlation_id: string };
      const edited = (await crisp.website.deliverWidgetDataEditActionForConversation(
        websiteId,
        sessionId,
        PLUGIN_ID,
        'profile',
        'plan',
        'pro',
      )) as { correlation_id: string };
      const processed = events
        .filter((e) => e.event === 'widget:action:processed')
        .map((e) => e.data);
      expect(processed).toEqual([
        expect.objectContaining({
          correlation_id: button.correlation_id,
          plugin_id: PLUGIN_ID,
          result: { section_id: 'orders', item_id: 'refund', value: 'yes' },
        }),
        expect.objectContaining({
          correlation_id: fetched.correlation_id,
          result: { section_id: 'orders', item_id: 'list', data: { limit: 5 } },
        }),
        expect.objectContaining({
          correlation_id: edited.correlation_id,
          result: { section_id: 'profile', item_id: 'plan', value: 'pro' },
        }),
      ]);
      const ids = sandbox.calls.map((c) => c.id);
      expect(ids).toContain('website.conversation.deliver_widget_data_fetch_action');
      expect(ids).toContain('website.conversation.deliver_widget_data_edit_action');
    },
  );
});

// Runs last (tests of a file run in order): a route dropped from the tests above shows up here.
test('every route of conversationToolScope answered the client with a success', () => {
  expect(uncovered(conversationToolScope, succeeded)).toEqual([]);
});
