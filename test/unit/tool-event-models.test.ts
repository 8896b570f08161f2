import { describe, expect, test } from 'vitest';
import {
  toBrowsingEvent,
  toCallEvent,
  toSpamEvent,
  toWidgetActionEvent,
} from '../../src/rtm/tool-event-models.ts';
import type { RtmEvent } from '../../src/rtm/topics.ts';

const websiteId = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';
const sessionId = 'session_9df2a21e-f113-41d4-8ed2-bad8b49cafd1';
const spamId = '5d7c1a2e-3b4f-4c6d-8e9f-0a1b2c3d4e5f';

const event = (name: string, data: Record<string, unknown>, sessionScoped = true): RtmEvent => ({
  name,
  websiteId,
  sessionId: sessionScoped ? sessionId : null,
  timestamp: null,
  data: { website_id: websiteId, ...(sessionScoped && { session_id: sessionId }), ...data },
  source: 'hook',
  attempt: 1,
});

describe('conversation tool event models', () => {
  test('spam:message carries the item; spam:decision may leave it unnamed', () => {
    const held = toSpamEvent(
      event(
        'spam:message',
        { spam_id: spamId.toUpperCase(), type: 'email', reason: 'phishing', timestamp: 5 },
        false,
      ),
    );
    expect(held).toMatchObject({
      typename: 'SpamHeldEvent',
      spam: { websiteId, spamId, type: 'email', reason: 'phishing', receivedAt: new Date(5) },
    });
    expect(toSpamEvent(event('spam:decision', { action: 'reject' }, false))).toMatchObject({
      typename: 'SpamDecidedEvent',
      spamId: null,
      action: 'reject',
    });
    expect(toSpamEvent(event('spam:message', { type: 'email' }, false))).toBeUndefined();
    expect(toSpamEvent(event('spam:decision', { spam_id: spamId }, false))).toBeUndefined();
  });

  test('a started co-browsing session needs its id and token; a refusal needs its conversation', () => {
    const started = {
      browsing_id: 'browsing_8c842203-7ed8-4e29-a608-7cf78a7d2fcc',
      browsing_token: 't',
    };
    expect(toBrowsingEvent(event('browsing:request:initiated', started))).toMatchObject({
      typename: 'BrowsingSessionStartedEvent',
      sessionId,
      browsing: { browsingId: started.browsing_id, token: 't' },
    });
    expect(
      toBrowsingEvent(event('browsing:request:initiated', { browsing_id: started.browsing_id })),
    ).toBeUndefined();
    expect(toBrowsingEvent(event('browsing:request:rejected', {}))).toMatchObject({
      typename: 'BrowsingRequestRejectedEvent',
      browsing: null,
    });
    expect(toBrowsingEvent(event('browsing:request:rejected', {}, false))).toBeUndefined();
  });

  test('call requests need their call id', () => {
    expect(toCallEvent(event('call:request:rejected', { call_id: 'call_X' }))).toMatchObject({
      typename: 'CallRejectedEvent',
      callId: 'call_x',
    });
    expect(toCallEvent(event('call:request:initiated', {}))).toBeUndefined();
  });

  test('a widget answer needs its plugin, correlation id and a known outcome', () => {
    const answer = { plugin_id: websiteId, correlation_id: 'c1', outcome: 'failure', result: [1] };
    expect(toWidgetActionEvent(event('widget:action:processed', answer))).toMatchObject({
      typename: 'WidgetActionProcessedEvent',
      pluginId: websiteId,
      correlationId: 'c1',
      outcome: 'failure',
      result: null,
    });
    expect(
      toWidgetActionEvent(event('widget:action:processed', { ...answer, outcome: 'done' })),
    ).toBeUndefined();
  });
});
