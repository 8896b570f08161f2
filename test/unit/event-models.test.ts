import { describe, expect, test } from 'vitest';
import {
  toAvailabilityEvent,
  toConversationEvent,
  toMessageEvent,
  toReadEvent,
  toTypingEvent,
} from '../../src/rtm/event-models.ts';
import type { RtmEvent } from '../../src/rtm/topics.ts';

const websiteId = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';
const sessionId = 'session_9df2a21e-f113-41d4-8ed2-bad8b49cafd1';

const event = (name: string, data: Record<string, unknown>, sessionScoped = true): RtmEvent => ({
  name,
  websiteId,
  sessionId: sessionScoped ? sessionId : null,
  timestamp: 1_760_000_000_000,
  data: { website_id: websiteId, ...(sessionScoped && { session_id: sessionId }), ...data },
  source: 'socket',
  attempt: 1,
});

const message = (from: string) => ({
  type: 'text',
  from,
  origin: 'chat',
  content: 'hi',
  fingerprint: 42,
  timestamp: 1_760_000_000_000,
});

describe('event models, named from the team side', () => {
  test('a visitor message (message:send) is received, a team message (message:received) is sent', () => {
    expect(toMessageEvent(event('message:send', message('user')))).toMatchObject({
      typename: 'MessageReceivedEvent',
      fingerprint: 42,
      occurredAt: new Date(1_760_000_000_000),
      message: { from: 'user', content: { kind: 'text', text: 'hi' } },
    });
    expect(toMessageEvent(event('message:received', message('operator')))).toMatchObject({
      typename: 'MessageSentEvent',
      message: { from: 'operator' },
    });
    expect(toMessageEvent(event('message:removed', { fingerprint: 42 }))).toMatchObject({
      typename: 'MessageRemovedEvent',
      message: null,
    });
  });

  test('each conversation event says only the field it changed', () => {
    const changes = [
      ['session:set_state', { state: 'resolved' }],
      ['session:set_block', { is_blocked: false }],
      ['session:set_routing', { routing_id: null }],
      ['session:set_inbox', { inbox_id: null }],
      ['session:set_email', { email: 'ada@example.com' }],
      ['session:set_segments', { segments: ['vip', 3] }],
      ['session:removed', {}],
    ] as const;
    expect(
      changes.map(([name, data]) => {
        const e = toConversationEvent(event(name, data));
        return [e?.typename, e?.change];
      }),
    ).toEqual([
      ['ConversationStateChangedEvent', { state: 'resolved' }],
      ['ConversationBlockedEvent', { isBlocked: false }],
      ['ConversationAssignedEvent', { assignedUserId: null }],
      ['ConversationInboxChangedEvent', { inboxId: null }],
      ['ConversationMetasChangedEvent', { metas: { email: 'ada@example.com' } }],
      ['ConversationMetasChangedEvent', { metas: { segments: ['vip'] } }],
      ['ConversationRemovedEvent', {}],
    ]);
  });

  test('payloads of another shape, or without their scope, map to nothing', () => {
    expect(toConversationEvent(event('session:set_state', { state: 'archived' }))).toBeUndefined();
    expect(toConversationEvent(event('session:set_email', { email: 3 }))).toBeUndefined();
    expect(toMessageEvent(event('message:send', message('user'), false))).toBeUndefined();
    expect(toTypingEvent(event('message:compose:send', { type: 'pause' }))).toBeUndefined();
    expect(toReadEvent(event('message:acknowledge:read:send', { origin: 'chat' }))).toBeUndefined();
    expect(
      toAvailabilityEvent(event('website:users:available', { available: 'yes' }, false)),
    ).toBeUndefined();
  });

  test('typing and reads name the side: the visitor as user, the team as operator', () => {
    expect(toTypingEvent(event('message:compose:send', { type: 'start' }))).toMatchObject({
      side: 'user',
      isTyping: true,
      userId: null,
    });
    const fromTeam = { type: 'stop', user: { user_id: 'B1C2D3E4-0000-4000-8000-000000000001' } };
    expect(toTypingEvent(event('message:compose:receive', fromTeam))).toMatchObject({
      side: 'operator',
      isTyping: false,
      userId: 'b1c2d3e4-0000-4000-8000-000000000001',
    });
    const read = { origin: 'chat', fingerprints: [1, 'x', 2] };
    expect(toReadEvent(event('message:acknowledge:read:send', read))).toMatchObject({
      typename: 'MessagesReadEvent',
      by: 'user',
      fingerprints: [1, 2],
    });
    expect(toReadEvent(event('message:acknowledge:read:received', read))?.by).toBe('operator');
    expect(toReadEvent(event('message:acknowledge:delivered', read))).toMatchObject({
      typename: 'MessagesDeliveredEvent',
      by: null,
    });
  });
});
