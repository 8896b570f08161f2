import type { Raw } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { seeded, test } from './support/api.ts';

describe('listing conversations', () => {
  test('the first page holds 20 conversations, each with a full first batch of messages', async ({
    api,
    websiteId,
  }) => {
    const list = await api('GET', `/website/${websiteId}/conversations/1`);
    expect(list.status).toBe(200);
    expect(list.data).toHaveLength(20);
    const types = new Set<string>();
    for (const c of list.data as Raw[]) {
      expect(c.website_id).toBe(websiteId);
      const messages = await api(
        'GET',
        `/website/${websiteId}/conversation/${c.session_id}/messages`,
      );
      expect(messages.data.length).toBeGreaterThanOrEqual(12);
      expect(messages.data.length).toBeLessThanOrEqual(20);
      for (const m of messages.data as Raw[]) types.add(m.type);
      expect(messages.data.at(-1).fingerprint).toBe(c.preview_message.fingerprint);
    }
    expect([...types].sort()).toEqual([
      'animation',
      'audio',
      'carousel',
      'event',
      'field',
      'file',
      'note',
      'picker',
      'text',
    ]);
    const updated = (list.data as Raw[]).map((c) => c.updated_at);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });

  test('a page past the end is an empty array, and per_page widens pages up to 50', async ({
    api,
    websiteId,
  }) => {
    expect((await api('GET', `/website/${websiteId}/conversations/2`)).data).toHaveLength(10);
    expect((await api('GET', `/website/${websiteId}/conversations/3`)).data).toEqual([]);
    expect(
      (await api('GET', `/website/${websiteId}/conversations/1?per_page=50`)).data,
    ).toHaveLength(30);
    const bad = await api('GET', `/website/${websiteId}/conversations/1?per_page=10`);
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_data']);
  });

  test('state, unread, assignment and mention filters select matching conversations', async ({
    api,
    websiteId,
    sandbox,
  }) => {
    const list = async (query: string) =>
      (await api('GET', `/website/${websiteId}/conversations/1?per_page=50&${query}`))
        .data as Raw[];
    const resolved = await list('filter_resolved=1');
    const open = await list('filter_not_resolved=1');
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.every((c) => c.state === 'resolved')).toBe(true);
    expect(open.every((c) => c.state !== 'resolved')).toBe(true);
    expect(resolved.length + open.length).toBe(30);
    const unread = await list('filter_unread=1');
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.every((c) => c.unread.operator > 0)).toBe(true);
    const assignee = seeded(sandbox, websiteId, (c) => c.assigned).assigned.user_id;
    const mine = await list(`filter_assigned=${assignee}`);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.assigned.user_id === assignee)).toBe(true);
    const unassigned = await list('filter_unassigned=1');
    expect(unassigned.every((c) => c.assigned === undefined)).toBe(true);
    expect((await list('filter_mention=1')).every((c) => c.mentions.length > 0)).toBe(true);
    const bad = await api('GET', `/website/${websiteId}/conversations/1?filter_unread=yes`);
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_data']);
  });

  test('text, segment and filter searches find the conversations they describe', async ({
    api,
    websiteId,
    sandbox,
  }) => {
    const list = async (query: Record<string, string>) =>
      (
        await api(
          'GET',
          `/website/${websiteId}/conversations/1?${new URLSearchParams({ per_page: '50', ...query })}`,
        )
      ).data as Raw[];
    const target = seeded(sandbox, websiteId, (c) => c.meta.email && c.meta.segments.length > 0);
    const byText = await list({
      search_type: 'text',
      search_query: target.meta.nickname.toUpperCase(),
    });
    expect(byText.map((c) => c.session_id)).toContain(target.session_id);
    const segment = target.meta.segments[0];
    const bySegment = await list({ search_type: 'segment', search_query: segment });
    expect(bySegment.map((c) => c.session_id)).toContain(target.session_id);
    expect(bySegment.every((c) => c.meta.segments.includes(segment))).toBe(true);
    const filter = [
      { model: 'session', criterion: 'meta.email', operator: 'eq', query: [target.meta.email] },
    ];
    const byFilter = await list({ search_type: 'filter', search_query: JSON.stringify(filter) });
    expect(byFilter.length).toBeGreaterThan(0);
    expect(byFilter.every((c) => c.meta.email === target.meta.email)).toBe(true);
    const either = [
      ...filter,
      { model: 'session', criterion: 'state', operator: 'eq', query: ['pending'] },
    ];
    const byOr = await list({
      search_type: 'filter',
      search_operator: 'or',
      search_query: JSON.stringify(either),
    });
    expect(byOr.every((c) => c.meta.email === target.meta.email || c.state === 'pending')).toBe(
      true,
    );
    const bad = await api(
      'GET',
      `/website/${websiteId}/conversations/1?search_type=filter&search_query=nope`,
    );
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_data']);
  });

  test('date bounds and created-date ordering apply to the list', async ({ api, websiteId }) => {
    const all = (
      await api('GET', `/website/${websiteId}/conversations/1?per_page=50&order_date_created=1`)
    ).data as Raw[];
    const created = all.map((c) => c.created_at);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const middle = [...all].sort((a, b) => a.updated_at - b.updated_at)[15]!.updated_at;
    const since = new Date(middle).toISOString();
    const recent = (
      await api(
        'GET',
        `/website/${websiteId}/conversations/1?per_page=50&filter_date_start=${since}`,
      )
    ).data as Raw[];
    expect(recent).toHaveLength(15);
    const older = (
      await api('GET', `/website/${websiteId}/conversations/1?per_page=50&filter_date_end=${since}`)
    ).data as Raw[];
    expect(older).toHaveLength(16);
    expect(
      (await api('GET', `/website/${websiteId}/conversations/1?filter_date_start=yesterday`))
        .status,
    ).toBe(400);
  });
});
