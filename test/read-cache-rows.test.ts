import { describe, expect, test } from 'vitest';
import type { CacheEvent } from '../src/datasources/cache-invalidation.ts';
import { type RecordRaw, withMessage } from '../src/datasources/read-cache-conversation.ts';
import { patchPage } from '../src/datasources/read-cache-list.ts';

const row = (n: number, updated: number): RecordRaw => ({
  session_id: `session_${n}`,
  updated_at: updated,
  preview_message: { type: 'text', from: 'user', excerpt: 'hi', fingerprint: n },
});
/** Rows 1…size, newest first, from `start`. */
const rows = (from: number, size: number) =>
  Array.from({ length: size }, (_, i) => row(from + i, 1000 - from - i));
const ids = (list: RecordRaw[] | 'keep' | undefined) =>
  Array.isArray(list) ? list.map((r) => Number(r.session_id.slice(8))) : list;

describe('a cached conversation list page, after one row changed', () => {
  const plain = 'per_page=20';

  test('the first page takes a conversation in at the top and hands its last row on', () => {
    const page = { page: 1, query: plain, rows: rows(1, 20) };
    const next = patchPage(page, 'session_30', row(30, 5000), false);
    expect(ids(next)).toEqual([30, ...Array.from({ length: 19 }, (_, i) => i + 1)]);
  });

  test('a row moves up within its page; passing the first row of a later page drops that page', () => {
    expect(
      ids(
        patchPage({ page: 1, query: plain, rows: rows(1, 20) }, 'session_5', row(5, 2000), false),
      ),
    ).toEqual([5, 1, 2, 3, 4, ...Array.from({ length: 15 }, (_, i) => i + 6)]);
    const second = { page: 2, query: plain, rows: rows(21, 9) };
    expect(patchPage(second, 'session_25', row(25, 2000), false)).toBeUndefined();
  });

  test('a later page stays when the conversation sat on an earlier one', () => {
    const second = { page: 2, query: plain, rows: rows(21, 9) };
    expect(patchPage(second, 'session_3', row(3, 2000), true)).toBe('keep');
    expect(patchPage(second, 'session_3', row(3, 2000), false)).toBeUndefined();
  });

  test('a filtered or searched page is dropped: the change may move the conversation in or out', () => {
    const page = { page: 1, query: `${plain}&filter_unread=1`, rows: rows(1, 20) };
    expect(patchPage(page, 'session_1', row(1, 2000), false)).toBeUndefined();
  });

  test('a row without a preview joins no page it was not on: whether it is listed is unknown', () => {
    const page = { page: 1, query: plain, rows: rows(1, 20) };
    expect(
      patchPage(page, 'session_30', { session_id: 'session_30', updated_at: 5000 }, false),
    ).toBeUndefined();
  });
});

describe('a conversation record, after a new message', () => {
  const message = (data: Record<string, unknown>): CacheEvent => ({
    name: 'message:send',
    websiteId: 'w',
    sessionId: 's',
    data: {
      website_id: 'w',
      session_id: 's',
      inbox_id: null,
      type: 'text',
      origin: 'chat',
      ...data,
    },
  });
  const record: RecordRaw = {
    session_id: 's',
    state: 'resolved',
    status: 2,
    updated_at: 100,
    unread: { operator: 0, visitor: 0 },
    active: { now: false },
    mentions: [],
  };

  test('a visitor message reopens a resolved conversation, waiting since the first unanswered one', () => {
    const history = {
      complete: false,
      messages: [
        { type: 'text', from: 'operator', content: 'Done', fingerprint: 1, timestamp: 50 },
        { type: 'text', from: 'user', content: 'Thanks', fingerprint: 2, timestamp: 90 },
        { type: 'text', from: 'user', content: 'One more thing', fingerprint: 3, timestamp: 200 },
      ],
    };
    const next = withMessage(
      record,
      message({ from: 'user', content: 'One more thing', fingerprint: 3, timestamp: 200 }),
      history,
    );
    expect(next).toEqual({
      record: {
        ...record,
        state: 'unresolved',
        status: 1,
        updated_at: 200,
        waiting_since: 90,
        unread: { operator: 1, visitor: 0 },
        active: { now: false, last: 200 },
        last_message: 'One more thing',
        preview_message: { type: 'text', from: 'user', excerpt: 'One more thing', fingerprint: 3 },
      },
    });
  });

  test('without the history that says since when it waits, the reopened record is not rebuilt', () => {
    const event = message({ from: 'user', content: 'Hello?', fingerprint: 3, timestamp: 200 });
    expect(withMessage(record, event, undefined)).toBeUndefined();
  });

  test('a message not newer than the last change may be counted already: not rebuilt', () => {
    const event = message({ from: 'user', content: 'Late', fingerprint: 4, timestamp: 100 });
    expect(withMessage({ ...record, state: 'unresolved' }, event, undefined)).toBeUndefined();
  });
});
