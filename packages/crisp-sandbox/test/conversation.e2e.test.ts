import { test as base, describe, expect } from 'vitest';
import { createSandbox, type Sandbox, type EmittedEvent, type Raw, type Tier } from 'crisp-sandbox';

/** One REST answer: status and the decoded envelope (`null` for HEAD). */
interface Answer {
  status: number;
  reason?: string;
  data: Raw;
}

type Api = (method: string, path: string, body?: unknown) => Promise<Answer>;

function apiFor(sandbox: Sandbox): Api {
  const auth = `Basic ${Buffer.from(`${sandbox.token.identifier}:${sandbox.token.key}`).toString('base64')}`;
  return async (method, path, body) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: {
        authorization: auth,
        'x-crisp-tier': sandbox.token.tier,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (method === 'HEAD') return { status: res.status, data: {} };
    const envelope = (await res.json()) as { reason: string; data: Raw };
    return { status: res.status, reason: envelope.reason, data: envelope.data };
  };
}

interface Fixtures {
  tier: Tier;
  sandbox: Sandbox;
  api: Api;
  /** Every event the store emitted since the sandbox started. */
  events: EmittedEvent[];
  /** The first seeded website (the one with 30 full conversations). */
  websiteId: string;
}

/** A strict sandbox per test; a test fails if any response or event broke the catalogue. */
const test = base.extend<Fixtures>({
  tier: 'plugin',
  sandbox: async ({ tier }, use) => {
    const sandbox = await createSandbox({ strict: true, tier });
    await use(sandbox);
    await sandbox.close();
    expect(sandbox.violations).toEqual([]);
  },
  api: async ({ sandbox }, use) => use(apiFor(sandbox)),
  events: async ({ sandbox }, use) => {
    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    await use(events);
  },
  websiteId: async ({ sandbox }, use) => use(sandbox.seed.websiteIds[0]!),
});

const named = (events: EmittedEvent[], name: string) => events.filter((e) => e.event === name).map((e) => e.data);

/** A conversation of the first website with an email contact and an assignee. */
function seeded(sandbox: Sandbox, websiteId: string, pick: (c: Raw) => boolean = () => true): Raw {
  const record = [...sandbox.seed.website(websiteId)!.conversations.values()].find((r) => pick(r.conversation));
  if (!record) throw new Error('no seeded conversation matches');
  return record.conversation;
}

describe('listing conversations', () => {
  test('the first page holds 20 conversations, each with a full first batch of messages', async ({ api, websiteId }) => {
    const list = await api('GET', `/website/${websiteId}/conversations/1`);
    expect(list.status).toBe(200);
    expect(list.data).toHaveLength(20);
    const types = new Set<string>();
    for (const c of list.data as Raw[]) {
      expect(c.website_id).toBe(websiteId);
      const messages = await api('GET', `/website/${websiteId}/conversation/${c.session_id}/messages`);
      expect(messages.data.length).toBeGreaterThanOrEqual(12);
      expect(messages.data.length).toBeLessThanOrEqual(20);
      for (const m of messages.data as Raw[]) types.add(m.type);
      expect(messages.data.at(-1).fingerprint).toBe(c.preview_message.fingerprint);
    }
    expect([...types].sort()).toEqual(['animation', 'audio', 'carousel', 'event', 'field', 'file', 'note', 'picker', 'text']);
    const updated = (list.data as Raw[]).map((c) => c.updated_at);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });

  test('a page past the end is an empty array, and per_page widens pages up to 50', async ({ api, websiteId }) => {
    expect((await api('GET', `/website/${websiteId}/conversations/2`)).data).toHaveLength(10);
    expect((await api('GET', `/website/${websiteId}/conversations/3`)).data).toEqual([]);
    expect((await api('GET', `/website/${websiteId}/conversations/1?per_page=50`)).data).toHaveLength(30);
    const bad = await api('GET', `/website/${websiteId}/conversations/1?per_page=10`);
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_data']);
  });

  test('state, unread, assignment and mention filters select matching conversations', async ({ api, websiteId, sandbox }) => {
    const list = async (query: string) => (await api('GET', `/website/${websiteId}/conversations/1?per_page=50&${query}`)).data as Raw[];
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

  test('text, segment and filter searches find the conversations they describe', async ({ api, websiteId, sandbox }) => {
    const list = async (query: Record<string, string>) =>
      (await api('GET', `/website/${websiteId}/conversations/1?${new URLSearchParams({ per_page: '50', ...query })}`)).data as Raw[];
    const target = seeded(sandbox, websiteId, (c) => c.meta.email && c.meta.segments.length > 0);
    const byText = await list({ search_type: 'text', search_query: target.meta.nickname.toUpperCase() });
    expect(byText.map((c) => c.session_id)).toContain(target.session_id);
    const segment = target.meta.segments[0];
    const bySegment = await list({ search_type: 'segment', search_query: segment });
    expect(bySegment.map((c) => c.session_id)).toContain(target.session_id);
    expect(bySegment.every((c) => c.meta.segments.includes(segment))).toBe(true);
    const filter = [{ model: 'session', criterion: 'meta.email', operator: 'eq', query: [target.meta.email] }];
    const byFilter = await list({ search_type: 'filter', search_query: JSON.stringify(filter) });
    expect(byFilter.length).toBeGreaterThan(0);
    expect(byFilter.every((c) => c.meta.email === target.meta.email)).toBe(true);
    const either = [...filter, { model: 'session', criterion: 'state', operator: 'eq', query: ['pending'] }];
    const byOr = await list({ search_type: 'filter', search_operator: 'or', search_query: JSON.stringify(either) });
    expect(byOr.every((c) => c.meta.email === target.meta.email || c.state === 'pending')).toBe(true);
    const bad = await api('GET', `/website/${websiteId}/conversations/1?search_type=filter&search_query=nope`);
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_data']);
  });

  test('date bounds and created-date ordering apply to the list', async ({ api, websiteId }) => {
    const all = (await api('GET', `/website/${websiteId}/conversations/1?per_page=50&order_date_created=1`)).data as Raw[];
    const created = all.map((c) => c.created_at);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const middle = [...all].sort((a, b) => a.updated_at - b.updated_at)[15]!.updated_at;
    const since = new Date(middle).toISOString();
    const recent = (await api('GET', `/website/${websiteId}/conversations/1?per_page=50&filter_date_start=${since}`)).data as Raw[];
    expect(recent).toHaveLength(15);
    const older = (await api('GET', `/website/${websiteId}/conversations/1?per_page=50&filter_date_end=${since}`)).data as Raw[];
    expect(older).toHaveLength(16);
    expect((await api('GET', `/website/${websiteId}/conversations/1?filter_date_start=yesterday`)).status).toBe(400);
  });
});

describe('a conversation’s lifecycle', () => {
  test('a created conversation exists, lists only with include_empty until initiated, and can be removed', async ({ api, websiteId, events }) => {
    const created = await api('POST', `/website/${websiteId}/conversation`, {});
    const sessionId = created.data.session_id as string;
    expect(sessionId).toMatch(/^session_[0-9a-f-]{36}$/);
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    expect((await api('HEAD', path)).status).toBe(200);
    expect((await api('GET', path)).data).toMatchObject({ session_id: sessionId, website_id: websiteId, state: 'pending' });
    const ids = async (query: string) =>
      ((await api('GET', `/website/${websiteId}/conversations/1?per_page=50&${query}`)).data as Raw[]).map((c) => c.session_id);
    expect(await ids('')).not.toContain(sessionId);
    expect(await ids('include_empty=1')).toContain(sessionId);
    await api('POST', `${path}/initiate`, {});
    expect(await ids('')).toContain(sessionId);
    expect(named(events, 'session:request:initiated')).toEqual([{ website_id: websiteId, session_id: sessionId, inbox_id: null }]);

    expect((await api('DELETE', path)).status).toBe(200);
    expect(named(events, 'session:removed')).toEqual([{ website_id: websiteId, session_id: sessionId, inbox_id: null }]);
    expect((await api('HEAD', path)).status).toBe(404);
    const gone = await api('GET', path);
    expect([gone.status, gone.reason]).toEqual([404, 'not_found']);
  });

  test('an unknown session answers 404 not_found on every conversation route', async ({ api, websiteId }) => {
    const path = `/website/${websiteId}/conversation/session_00000000-0000-4000-8000-000000000000`;
    const calls: [string, string, unknown?][] = [
      ['GET', path],
      ['GET', `${path}/messages`],
      ['POST', `${path}/message`, { type: 'text', from: 'operator', origin: 'chat', content: 'hi' }],
      ['GET', `${path}/message/1`],
      ['PATCH', `${path}/state`, { state: 'resolved' }],
      ['GET', `${path}/meta`],
      ['GET', `${path}/pages/1`],
      ['PATCH', `${path}/routing`, { assigned: null }],
      ['DELETE', path],
    ];
    for (const [method, p, body] of calls) {
      const answer = await api(method, p, body);
      expect([method, p, answer.status, answer.reason]).toEqual([method, p, 404, 'not_found']);
    }
  });

  test('state changes read back and publish session:set_state', async ({ api, websiteId, sandbox, events }) => {
    const c = seeded(sandbox, websiteId, (x) => x.state !== 'resolved');
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    expect((await api('GET', `${path}/state`)).data).toEqual({ state: c.state });
    const changed = await api('PATCH', `${path}/state`, { state: 'resolved' });
    expect([changed.status, changed.reason, changed.data]).toEqual([200, 'updated', {}]);
    expect((await api('GET', `${path}/state`)).data).toEqual({ state: 'resolved' });
    expect((await api('GET', path)).data.waiting_since).toBeUndefined();
    expect(named(events, 'session:set_state')).toEqual([{ website_id: websiteId, session_id: c.session_id, inbox_id: null, state: 'resolved' }]);
    const bad = await api('PATCH', `${path}/state`, { state: 'closed' });
    expect([bad.status, bad.reason]).toEqual([400, 'invalid_data']);
  });

  test('blocking reads back and publishes session:set_block', async ({ api, websiteId, sandbox, events }) => {
    const c = seeded(sandbox, websiteId, (x) => !x.is_blocked);
    const path = `/website/${websiteId}/conversation/${c.session_id}/block`;
    expect((await api('GET', path)).data).toEqual({ blocked: false });
    await api('PATCH', path, { blocked: true });
    expect((await api('GET', path)).data).toEqual({ blocked: true });
    expect((await api('GET', `/website/${websiteId}/conversation/${c.session_id}`)).data.is_blocked).toBe(true);
    expect(named(events, 'session:set_block')).toEqual([expect.objectContaining({ session_id: c.session_id, is_blocked: true })]);
    expect((await api('PATCH', path, {})).status).toBe(400);
  });

  test('routing assigns, reassigns and unassigns, publishing session:set_routing', async ({ api, websiteId, sandbox, events }) => {
    const operators = [...sandbox.seed.website(websiteId)!.operators.keys()];
    const c = seeded(sandbox, websiteId, (x) => x.assigned);
    const path = `/website/${websiteId}/conversation/${c.session_id}/routing`;
    const before = c.assigned.user_id as string;
    expect((await api('GET', path)).data).toEqual({ assigned: { user_id: before } });
    const next = operators.find((o) => o !== before)!;
    await api('PATCH', path, { assigned: { user_id: next } });
    expect((await api('GET', path)).data).toEqual({ assigned: { user_id: next } });
    await api('PATCH', path, { assigned: null });
    expect((await api('GET', path)).data).toEqual({ assigned: null });
    expect(named(events, 'session:set_routing').map((e) => [e.routing_id, e.previous_routing_id])).toEqual([
      [next, before],
      [null, next],
    ]);
    const stranger = await api('PATCH', path, { assigned: { user_id: '00000000-0000-4000-8000-000000000000' } });
    expect([stranger.status, stranger.reason]).toEqual([404, 'not_found']);
  });

  test('metas merge, publish one event per key, and an email of a contact links the conversation', async ({ api, websiteId, sandbox, events }) => {
    const website = sandbox.seed.website(websiteId)!;
    const c = seeded(sandbox, websiteId, (x) => !x.people_id);
    const person = [...website.people.values()].find((p) => p.profile.people_id !== c.people_id)!.profile;
    const path = `/website/${websiteId}/conversation/${c.session_id}/meta`;
    const before = (await api('GET', path)).data;
    expect(before.nickname).toBe(c.meta.nickname);
    await api('PATCH', path, { nickname: 'Renamed', email: person.email, segments: ['vip', 'vip', 'beta'], data: { plan: 'pro', seats: 12 } });
    const after = (await api('GET', path)).data;
    expect(after).toMatchObject({ nickname: 'Renamed', email: person.email, segments: ['vip', 'beta'] });
    expect(after.data).toEqual({ ...before.data, plan: 'pro', seats: 12 });
    expect(after.device).toEqual(before.device);
    expect((await api('GET', `/website/${websiteId}/conversation/${c.session_id}`)).data.people_id).toBe(person.people_id);
    expect(events.map((e) => e.event)).toEqual([
      'session:set_nickname',
      'session:set_email',
      'session:set_segments',
      'session:set_data',
      'people:bind:session',
    ]);
    expect(named(events, 'people:bind:session')[0]).toMatchObject({ session_id: c.session_id, people_id: person.people_id });
    expect((await api('PATCH', path, { data: { nested: { no: 1 } } })).status).toBe(400);
  });

  test('pages, events and files list newest first, with an empty page past the end', async ({ api, websiteId, sandbox }) => {
    const record = [...sandbox.seed.website(websiteId)!.conversations.values()].find((r) => r.files.length > 0 && r.pages.length > 0)!;
    const path = `/website/${websiteId}/conversation/${record.conversation.session_id}`;
    const pages = (await api('GET', `${path}/pages/1`)).data as Raw[];
    expect(pages).toEqual([...record.pages].reverse());
    expect(pages[0]!.page_url).toMatch(/^https:\/\//);
    expect((await api('GET', `${path}/pages/2`)).data).toEqual([]);
    expect((await api('GET', `${path}/events/1`)).data).toEqual([...record.events].reverse());
    const files = (await api('GET', `${path}/files/1`)).data as Raw[];
    const fileMessages = record.messages.filter((m) => m.type === 'file');
    expect(files.map((f) => f.fingerprint).sort()).toEqual(fileMessages.map((m) => m.fingerprint).sort());
    expect((await api('GET', `${path}/files/2`)).data).toEqual([]);
  });

  test('a transcript goes to the team, or to the visitor when an email is known', async ({ api, websiteId, sandbox }) => {
    const anonymous = seeded(sandbox, websiteId, (x) => !x.meta.email);
    const known = seeded(sandbox, websiteId, (x) => x.meta.email);
    const transcript = (c: Raw, body: Raw) => api('POST', `/website/${websiteId}/conversation/${c.session_id}/transcript`, body);
    expect((await transcript(anonymous, { to: 'operator' })).status).toBe(200);
    expect((await transcript(known, { to: 'user' })).status).toBe(200);
    expect((await transcript(anonymous, { to: 'user', email: 'someone@mail.example' })).status).toBe(200);
    expect((await transcript(anonymous, { to: 'user' })).status).toBe(400);
    expect((await transcript(anonymous, {})).status).toBe(400);
  });

  test('opening a conversation publishes session:set_opened with the operator', async ({ api, websiteId, sandbox, events }) => {
    const c = seeded(sandbox, websiteId, (x) => x.assigned);
    await api('PATCH', `/website/${websiteId}/conversation/${c.session_id}/open`, { opened: true });
    await api('PATCH', `/website/${websiteId}/conversation/${c.session_id}/open`, { opened: false });
    expect(named(events, 'session:set_opened')[0]!.operator.user_id).toBe(c.assigned.user_id);
    expect(named(events, 'session:set_closed')).toHaveLength(1);
  });
});

describe('messages', () => {
  test('an operator message is stored, read back, and published as message:received', async ({ api, websiteId, events }) => {
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const sent = await api('POST', `${path}/message`, { type: 'text', from: 'operator', origin: 'chat', content: 'Hello there' });
    expect(sent.status).toBe(200);
    const fingerprint = sent.data.fingerprint as number;
    expect(fingerprint).toBeGreaterThan(2 ** 32);
    const read = await api('GET', `${path}/message/${fingerprint}`);
    expect(read.data).toMatchObject({ type: 'text', from: 'operator', origin: 'chat', content: 'Hello there', fingerprint, session_id: sessionId });
    expect(named(events, 'message:received')).toEqual([expect.objectContaining({ fingerprint, content: 'Hello there', type: 'text' })]);
    // The team's first reply opens a pending conversation.
    expect((await api('GET', `${path}/state`)).data).toEqual({ state: 'unresolved' });
    const conversation = (await api('GET', path)).data;
    expect(conversation.preview_message).toMatchObject({ fingerprint, excerpt: 'Hello there', from: 'operator' });
    expect(conversation.unread).toEqual({ operator: 0, visitor: 1 });
  });

  test('a visitor message is published as message:send and reopens a resolved conversation', async ({ api, websiteId, sandbox, events }) => {
    const c = seeded(sandbox, websiteId, (x) => x.state === 'resolved');
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    await api('POST', `${path}/message`, { type: 'text', from: 'user', origin: 'chat', content: 'One more thing' });
    expect(named(events, 'message:send')).toEqual([expect.objectContaining({ from: 'user', content: 'One more thing', session_id: c.session_id })]);
    expect(named(events, 'session:set_state')).toEqual([expect.objectContaining({ state: 'unresolved' })]);
    const conversation = (await api('GET', path)).data;
    expect(conversation.waiting_since).toBeGreaterThan(0);
    expect(conversation.last_message).toBe('One more thing');
  });

  test('sending twice with the same fingerprint stores one message', async ({ api, websiteId, sandbox, events }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    const body = { type: 'text', from: 'user', origin: 'chat', content: 'Retried', fingerprint: 524653764345 };
    const first = await api('POST', `${path}/message`, body);
    const second = await api('POST', `${path}/message`, body);
    expect([first.data, second.data]).toEqual([{ fingerprint: 524653764345 }, { fingerprint: 524653764345 }]);
    const record = sandbox.seed.website(websiteId)!.conversations.get(c.session_id)!;
    expect(record.messages.filter((m) => m.fingerprint === 524653764345)).toHaveLength(1);
    expect(named(events, 'message:send')).toHaveLength(1);
  });

  test('every message type can be sent and read back; files and mentions follow', async ({ api, websiteId, sandbox, events }) => {
    const operator = [...sandbox.seed.website(websiteId)!.operators.keys()][0]!;
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const bodies: Raw[] = [
      { type: 'note', from: 'operator', origin: 'chat', content: 'Check billing', mentions: [operator] },
      { type: 'file', from: 'user', origin: 'chat', content: { name: 'a.png', url: 'https://files.example/a.png', type: 'image/png' } },
      { type: 'animation', from: 'operator', origin: 'chat', content: { url: 'https://media.example/a.gif', type: 'image/gif' } },
      { type: 'audio', from: 'user', origin: 'chat', content: { url: 'https://files.example/a.webm', type: 'audio/webm', duration: 4 } },
      { type: 'picker', from: 'operator', origin: 'chat', content: { id: 'p', text: 'Pick', choices: [{ value: 'a', label: 'A', selected: false }] } },
      { type: 'field', from: 'operator', origin: 'chat', content: { id: 'f', text: 'Email?', explain: 'Your email' } },
      { type: 'carousel', from: 'operator', origin: 'chat', content: { text: 'Read', targets: [{ title: 'T', description: 'D', actions: [] }] } },
      { type: 'event', from: 'operator', origin: 'chat', content: { namespace: 'state:resolved', text: 'Resolved' } },
      { type: 'text', from: 'user', origin: 'email', content: 'Hi', original: { type: 'text/html', content: '<p>Hi</p>' } },
    ];
    for (const body of bodies) {
      const { fingerprint } = (await api('POST', `${path}/message`, body)).data;
      const read = (await api('GET', `${path}/message/${fingerprint}`)).data;
      expect(read).toMatchObject({ type: body.type, from: body.from, content: body.content });
    }
    const files = (await api('GET', `${path}/files/1`)).data as Raw[];
    expect(files).toEqual([expect.objectContaining({ name: 'a.png', url: 'https://files.example/a.png' })]);
    expect((await api('GET', path)).data.mentions).toEqual([operator]);
    expect(named(events, 'session:set_mentions')).toEqual([expect.objectContaining({ mentions: [operator] })]);
    expect(named(events, 'message:send').map((e) => e.type)).toEqual(['file', 'audio', 'text']);
    const email = (await api('GET', `${path}/messages`)).data.at(-1);
    const original = await api('GET', `${path}/original/${email.original.original_id}`);
    expect(original.data).toMatchObject({ type: 'text/html', content: '<p>Hi</p>', session_id: sessionId });
    expect((await api('GET', `${path}/original/nope`)).status).toBe(404);
  });

  test('a malformed message body answers 400 invalid_data', async ({ api, websiteId, sandbox }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}/message`;
    const cases = [
      { type: 'text', from: 'operator', content: 'no origin' },
      { type: 'text', from: 'operator', origin: 'chat', content: { text: 'object for text' } },
      { type: 'file', from: 'operator', origin: 'chat', content: { name: 'missing url' } },
      { type: 'video', from: 'operator', origin: 'chat', content: 'x' },
    ];
    for (const body of cases) {
      const answer = await api('POST', path, body);
      expect([answer.status, answer.reason]).toEqual([400, 'invalid_data']);
    }
  });

  test('history walks back in batches of 20 with timestamp_before, answering 206 while more remains', async ({ api, websiteId, sandbox }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    for (let i = 0; i < 30; i++) {
      await api('POST', `${path}/message`, { type: 'text', from: i % 2 ? 'user' : 'operator', origin: 'chat', content: `line ${i}` });
    }
    const total = sandbox.seed.website(websiteId)!.conversations.get(c.session_id)!.messages.length;
    const seen: Raw[] = [];
    let before: number | undefined;
    for (;;) {
      const batch = await api('GET', `${path}/messages${before ? `?timestamp_before=${before}` : ''}`);
      seen.unshift(...(batch.data as Raw[]));
      if (batch.status === 200) break;
      expect(batch.status).toBe(206);
      expect(batch.data).toHaveLength(20);
      before = batch.data[0].timestamp;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((m) => m.fingerprint)).size).toBe(total);
    const times = seen.map((m) => m.timestamp);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const after = await api('GET', `${path}/messages?timestamp_after=${times.at(-3)}`);
    expect([after.status, after.data.map((m: Raw) => m.content)]).toEqual([200, ['line 28', 'line 29']]);
    expect((await api('GET', `${path}/messages?timestamp_before=soon`)).status).toBe(400);
  });

  test('editing a message keeps its type, marks it edited and publishes message:updated', async ({ api, websiteId, events }) => {
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const text = (await api('POST', `${path}/message`, { type: 'text', from: 'operator', origin: 'chat', content: 'Helo' })).data.fingerprint;
    const picker = (
      await api('POST', `${path}/message`, { type: 'picker', from: 'operator', origin: 'chat', content: { id: 'p', text: 'Pick', choices: [] } })
    ).data.fingerprint;
    await api('PATCH', `${path}/message/${text}`, { content: 'Hello' });
    expect((await api('GET', `${path}/message/${text}`)).data).toMatchObject({ content: 'Hello', edited: true });
    const choices = [{ value: 'a', label: 'A', selected: true }];
    await api('PATCH', `${path}/message/${picker}`, { content: { id: 'p', text: 'Pick', choices } });
    expect((await api('GET', `${path}/message/${picker}`)).data.content.choices).toEqual(choices);
    expect(named(events, 'message:updated').map((e) => e.fingerprint)).toEqual([text, picker]);
    const misfit = await api('PATCH', `${path}/message/${text}`, { content: { text: 'object' } });
    expect([misfit.status, misfit.reason]).toEqual([400, 'invalid_data']);
    expect((await api('PATCH', `${path}/message/123`, { content: 'x' })).status).toBe(404);
  });

  test('removing a message publishes message:removed and it is gone', async ({ api, websiteId, sandbox, events }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    const last = c.preview_message.fingerprint as number;
    expect((await api('DELETE', `${path}/message/${last}`)).status).toBe(200);
    expect((await api('GET', `${path}/message/${last}`)).status).toBe(404);
    expect(named(events, 'message:removed')).toEqual([expect.objectContaining({ fingerprint: last })]);
    expect((await api('GET', path)).data.preview_message.fingerprint).not.toBe(last);
  });

  test('typing indicators publish compose events for each side', async ({ api, websiteId, sandbox, events }) => {
    const c = seeded(sandbox, websiteId);
    const path = `/website/${websiteId}/conversation/${c.session_id}`;
    await api('PATCH', `${path}/compose`, { type: 'start', from: 'user', excerpt: 'I have a q' });
    await api('PATCH', `${path}/compose`, { type: 'stop', from: 'operator' });
    expect(named(events, 'message:compose:send')).toEqual([expect.objectContaining({ type: 'start', excerpt: 'I have a q' })]);
    expect(named(events, 'message:compose:receive')).toEqual([expect.objectContaining({ type: 'stop' })]);
    expect((await api('GET', path)).data.compose).toMatchObject({ visitor: { type: 'start', excerpt: 'I have a q' }, operator: { type: 'stop' } });
    expect((await api('PATCH', `${path}/compose`, { type: 'pause', from: 'user' })).status).toBe(400);
  });

  test('read, delivered and unread receipts change counters and publish acknowledgements', async ({ api, websiteId, events }) => {
    const sessionId = (await api('POST', `/website/${websiteId}/conversation`, {})).data.session_id;
    const path = `/website/${websiteId}/conversation/${sessionId}`;
    const send = async (from: string) => (await api('POST', `${path}/message`, { type: 'text', from, origin: 'chat', content: from })).data.fingerprint as number;
    const [u1, u2, o1] = [await send('user'), await send('user'), await send('operator')];
    expect((await api('GET', path)).data.unread).toEqual({ operator: 2, visitor: 1 });

    await api('PATCH', `${path}/delivered`, { from: 'user', origin: 'chat', fingerprints: [o1] });
    expect((await api('GET', `${path}/message/${o1}`)).data.delivered).toBe('chat');
    await api('PATCH', `${path}/read`, { from: 'operator', origin: 'chat', fingerprints: [u1, u2] });
    expect((await api('GET', path)).data.unread).toEqual({ operator: 0, visitor: 1 });
    await api('PATCH', `${path}/read`, { from: 'user', origin: 'chat', fingerprints: [o1] });
    expect((await api('GET', path)).data.unread).toEqual({ operator: 0, visitor: 0 });
    await api('PATCH', `${path}/unread`, { from: 'operator' });
    expect((await api('GET', path)).data.unread).toEqual({ operator: 1, visitor: 0 });

    expect(named(events, 'message:acknowledge:delivered')).toEqual([expect.objectContaining({ fingerprints: [o1], origin: 'chat' })]);
    expect(named(events, 'message:acknowledge:read:received')).toEqual([expect.objectContaining({ fingerprints: [u1, u2] })]);
    expect(named(events, 'message:acknowledge:read:send')).toEqual([expect.objectContaining({ fingerprints: [o1] })]);
    expect(named(events, 'message:acknowledge:unread:send')).toEqual([expect.objectContaining({ fingerprints: [u2] })]);
    // node-crisp-api#29: origin is required.
    const noOrigin = await api('PATCH', `${path}/read`, { from: 'operator', fingerprints: [u1] });
    expect([noOrigin.status, noOrigin.reason]).toEqual([400, 'invalid_data']);
  });
});

describe('batch operations', () => {
  const userTest = test.extend<{ tier: Tier }>({ tier: 'user' });

  userTest('resolve, unresolve, read and unread apply to the listed sessions only', async ({ api, websiteId, sandbox, events }) => {
    const website = sandbox.seed.website(websiteId)!;
    const open = [...website.conversations.values()].filter((r) => r.conversation.state !== 'resolved' && r.conversation.unread.operator > 0);
    const [a, b] = open.map((r) => r.conversation.session_id as string);
    const untouched = [...website.conversations.keys()].find((id) => id !== a && id !== b);
    expect(b).toBeDefined();
    const state = async (id: string) => (await api('GET', `/website/${websiteId}/conversation/${id}/state`)).data.state;

    expect((await api('PATCH', `/website/${websiteId}/batch/resolve`, { sessions: [a, b] })).status).toBe(200);
    expect([await state(a!), await state(b!), await state(untouched!)]).toEqual(['resolved', 'resolved', website.conversations.get(untouched!)!.conversation.state]);
    expect(named(events, 'session:set_state').map((e) => e.session_id)).toEqual([a, b]);
    await api('PATCH', `/website/${websiteId}/batch/unresolve`, { sessions: [b] });
    expect(await state(b!)).toBe('unresolved');

    await api('PATCH', `/website/${websiteId}/batch/read`, { sessions: [a] });
    expect((await api('GET', `/website/${websiteId}/conversation/${a}`)).data.unread.operator).toBe(0);
    expect(named(events, 'message:acknowledge:read:received').map((e) => e.session_id)).toEqual([a]);
    await api('PATCH', `/website/${websiteId}/batch/unread`, { sessions: [a] });
    expect((await api('GET', `/website/${websiteId}/conversation/${a}`)).data.unread.operator).toBe(1);
  });

  userTest('batch removal deletes conversations, or contacts when the body names people', async ({ api, websiteId, sandbox, events }) => {
    const website = sandbox.seed.website(websiteId)!;
    const [a, b] = [...website.conversations.keys()];
    expect((await api('PATCH', `/website/${websiteId}/batch/remove`, { sessions: [a, b, 'session_unknown'] })).status).toBe(200);
    expect((await api('HEAD', `/website/${websiteId}/conversation/${a}`)).status).toBe(404);
    expect((await api('HEAD', `/website/${websiteId}/conversation/${b}`)).status).toBe(404);
    expect(named(events, 'session:removed').map((e) => e.session_id)).toEqual([a, b]);
    expect(website.conversations.size).toBe(28);

    const person = [...website.people.values()][0]!.profile;
    expect((await api('PATCH', `/website/${websiteId}/batch/remove`, { people: { profiles: [person.people_id] } })).status).toBe(200);
    expect(website.people.has(person.people_id)).toBe(false);
    expect(website.conversations.size).toBe(28);
  });

  test('batch routes are closed to plugin tokens', async ({ api, websiteId }) => {
    const answer = await api('PATCH', `/website/${websiteId}/batch/resolve`, { sessions: [] });
    expect([answer.status, answer.reason]).toEqual([403, 'restricted_route_tier']);
  });
});
