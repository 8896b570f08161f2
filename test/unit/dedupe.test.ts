import { describe, expect, test } from 'vitest';
import { createDedupe, dedupeKey } from '../../src/rtm/dedupe.ts';
import type { RtmEvent, RtmSource } from '../../src/rtm/topics.ts';

const W = 'c8ccfa4d-737d-4363-865f-f9364285ee39';
const S = 'session_6f1eb381-7bbb-4f33-ba68-f22e09420dc0';

function message(fingerprint: number, source: RtmSource, name = 'message:send'): RtmEvent {
  return {
    name,
    websiteId: W,
    sessionId: S,
    timestamp: 1,
    data: { website_id: W, session_id: S, fingerprint, content: 'x' },
    source,
    attempt: 1,
  };
}

function state(value: string, source: RtmSource, attempt = 1): RtmEvent {
  return {
    name: 'session:set_state',
    websiteId: W,
    sessionId: S,
    timestamp: null,
    data: { website_id: W, session_id: S, state: value },
    source,
    attempt,
  };
}

describe('dedupe', () => {
  test('a message is known by website, session and fingerprint, whatever its source or shape', () => {
    const d = createDedupe();
    expect(d.accept(message(1, 'socket'))).toBe(true);
    expect(d.accept(message(1, 'hook'))).toBe(false);
    // Backfill rebuilds the event from REST, with extra fields: still the same message.
    const backfilled = message(1, 'backfill');
    backfilled.data = { ...backfilled.data, preview: [], read: 'chat' };
    expect(d.accept(backfilled)).toBe(false);
    expect(d.accept(message(2, 'backfill'))).toBe(true);
  });

  test('send and received share a key: a fingerprint is one message', () => {
    expect(dedupeKey(message(7, 'socket', 'message:send'))).toEqual(
      dedupeKey(message(7, 'socket', 'message:received')),
    );
    expect(dedupeKey(message(7, 'socket', 'message:removed')).key).not.toBe(
      dedupeKey(message(7, 'socket')).key,
    );
  });

  test('events without an id are paired across sources, so real repeats pass', () => {
    const d = createDedupe();
    const socket = ['resolved', 'pending', 'resolved'].map((s) => d.accept(state(s, 'socket')));
    const hook = ['resolved', 'pending', 'resolved'].map((s) => d.accept(state(s, 'hook')));
    expect(socket).toEqual([true, true, true]);
    expect(hook).toEqual([false, false, false]);
    // A third occurrence from the hook alone is new again.
    expect(d.accept(state('resolved', 'hook'))).toBe(true);
  });

  test('the copy can come first from either source', () => {
    const d = createDedupe();
    expect(d.accept(state('resolved', 'hook'))).toBe(true);
    expect(d.accept(state('resolved', 'socket'))).toBe(false);
  });

  test('a hook retry of an accepted event is dropped; a first attempt with the same payload is not', () => {
    const d = createDedupe();
    expect(d.accept(state('resolved', 'hook'))).toBe(true);
    expect(d.accept(state('resolved', 'hook', 2))).toBe(false);
    expect(d.accept(state('resolved', 'hook', 1))).toBe(true);
  });

  test('key order in the payload does not matter', () => {
    const a = state('resolved', 'socket');
    const b = { ...a, data: { state: 'resolved', session_id: S, website_id: W } };
    expect(dedupeKey(a)).toEqual(dedupeKey(b));
  });

  test('entries expire after their TTL', () => {
    let now = 0;
    const d = createDedupe({ messageTtlMs: 100, eventTtlMs: 10, now: () => now });
    expect(d.accept(message(1, 'socket'))).toBe(true);
    expect(d.accept(state('resolved', 'socket'))).toBe(true);
    now = 50;
    expect(d.accept(message(1, 'hook'))).toBe(false);
    expect(d.accept(state('resolved', 'hook'))).toBe(true); // its twin window closed
    now = 200;
    expect(d.accept(message(1, 'hook'))).toBe(true);
  });

  test('memory is bounded: the least recently used key goes first', () => {
    const d = createDedupe({ maxKeys: 3 });
    for (const f of [1, 2, 3]) d.accept(message(f, 'socket'));
    expect(d.accept(message(1, 'hook'))).toBe(false); // 1 is now the most recent
    d.accept(message(4, 'socket')); // evicts 2
    expect(d.size).toBe(3);
    expect(d.accept(message(2, 'hook'))).toBe(true);
    expect(d.accept(message(1, 'hook'))).toBe(false);
  });
});
