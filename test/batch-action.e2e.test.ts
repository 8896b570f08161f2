import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { userTest } from './support/rest.ts';

/** The batch mutations that carry a value, each one Crisp call whose effect the sandbox keeps. */
describe('conversation batch actions', () => {
  const run = (field: string, input: Record<string, unknown>) => ({
    query: `mutation($i: ${field[0]!.toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $i) { conversations { id } userErrors { code field } } }`,
    variables: { i: input },
  });

  userTest(
    'unresolve and unread send the sessions and change the conversations',
    async ({ gateway, sandbox }) => {
      const { websiteId, website, records } = acme(sandbox);
      const resolved = records.filter((r) => r.conversation.state === 'resolved').slice(0, 2);
      const sessions = resolved.map((r) => r.conversation.session_id as string);
      const unresolve = run('batchUnresolveConversations', {
        websiteId,
        conversationIds: sessions,
      });
      const data = await gateway.executeOk(unresolve.query, unresolve.variables);
      expect(data.batchUnresolveConversations).toEqual({
        conversations: sessions.map((s) => ({ id: `Conversation:${websiteId}:${s}` })),
        userErrors: [],
      });
      expect(sandbox.calls).toMatchObject([
        {
          id: 'website.batch.unresolve_conversations',
          method: 'PATCH',
          path: `/website/${websiteId}/batch/unresolve`,
          body: { sessions },
        },
      ]);
      for (const s of sessions)
        expect(website.conversations.get(s)!.conversation.state).toBe('unresolved');

      sandbox.resetCalls();
      const unread = run('batchUnreadConversations', { websiteId, conversationIds: sessions });
      await gateway.executeOk(unread.query, unread.variables);
      expect(sandbox.calls).toMatchObject([
        { id: 'website.batch.unread_conversations', path: `/website/${websiteId}/batch/unread` },
      ]);
    },
  );

  userTest('report, block, assign and move each send their value', async ({ gateway, sandbox }) => {
    const { websiteId, website, records } = acme(sandbox);
    const sessions = records.slice(0, 2).map((r) => r.conversation.session_id as string);
    const operator = [...website.operators.values()][0]!.details.user_id as string;
    const inboxId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
    const cases = [
      ['batchReportConversations', { flag: 'spam' }, 'POST', 'report', { flag: 'spam' }],
      ['batchBlockConversations', { blocked: true }, 'PATCH', 'block', { blocked: true }],
      [
        'batchAssignConversations',
        { assigneeId: `Operator:${websiteId}:${operator}` },
        'PATCH',
        'routing',
        { assigned: { user_id: operator } },
      ],
      ['batchAssignConversations', {}, 'PATCH', 'routing', { assigned: null }],
      [
        'batchMoveConversationsToInbox',
        { inboxId: inboxId.toUpperCase() },
        'PATCH',
        'inbox',
        { inbox_id: inboxId },
      ],
    ] as const;
    for (const [field, extra, method, path, body] of cases) {
      sandbox.resetCalls();
      const op = run(field, { websiteId, conversationIds: sessions, ...extra });
      const data = await gateway.executeOk(op.query, op.variables);
      expect(data[field].userErrors, field).toEqual([]);
      expect(data[field].conversations).toHaveLength(2);
      expect(sandbox.calls, field).toMatchObject([
        { method, path: `/website/${websiteId}/batch/${path}`, body: { sessions, ...body } },
      ]);
    }
    for (const s of sessions) {
      const { conversation } = website.conversations.get(s)!;
      expect(conversation).toMatchObject({ is_blocked: true, inbox_id: inboxId });
      expect(conversation.assigned).toBeUndefined();
    }
  });

  userTest('data and segments merge into each conversation', async ({ gateway, sandbox }) => {
    const { websiteId, website, records } = acme(sandbox);
    const sessions = records.slice(0, 2).map((r) => r.conversation.session_id as string);
    const data = run('batchUpdateConversationsData', {
      websiteId,
      conversationIds: sessions,
      data: { plan: 'pro', seats: 3 },
    });
    await gateway.executeOk(data.query, data.variables);
    const segments = run('batchUpdateConversationsSegments', {
      websiteId,
      conversationIds: sessions,
      segments: ['vip'],
    });
    await gateway.executeOk(segments.query, segments.variables);
    expect(sandbox.calls).toMatchObject([
      {
        id: 'website.batch.update_conversations_data',
        method: 'PATCH',
        path: `/website/${websiteId}/batch/data`,
        body: { sessions, data: { plan: 'pro', seats: 3 } },
      },
      {
        id: 'website.batch.update_conversations_segments',
        path: `/website/${websiteId}/batch/segments`,
        body: { sessions, segments: ['vip'] },
      },
    ]);
    for (const s of sessions) {
      const meta = website.conversations.get(s)!.conversation.meta;
      expect(meta.data).toMatchObject({ plan: 'pro', seats: 3 });
      expect(meta.segments).toContain('vip');
    }
  });

  userTest('bad values are refused in userErrors before any call', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const bad = [
      ['batchReportConversations', { flag: ' ' }, 'flag'],
      ['batchUpdateConversationsData', { data: { nested: { no: 1 } } }, 'data'],
      ['batchUpdateConversationsSegments', { segments: [] }, 'segments'],
      ['batchAssignConversations', { assigneeId: 'Inbox:x:y' }, 'assigneeId'],
    ] as const;
    for (const [field, extra, at] of bad) {
      const op = run(field, { websiteId, conversationIds: [sessionId], ...extra });
      const data = await gateway.executeOk(op.query, op.variables);
      expect(data[field].conversations, field).toBeNull();
      expect(data[field].userErrors[0], field).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(data[field].userErrors[0].field.slice(0, 2), field).toEqual(['input', at]);
    }
    expect(sandbox.calls).toEqual([]);
  });
});

describe('contact batch actions', () => {
  const UpdateData = `mutation($i: BatchUpdatePeopleDataInput!) { batchUpdatePeopleData(input: $i) { website { id } personIds userErrors { code field } } }`;
  const UpdateSegments = `mutation($i: BatchUpdatePeopleSegmentsInput!) { batchUpdatePeopleSegments(input: $i) { personIds userErrors { code } } }`;

  userTest('data and segments by id reach the named contacts', async ({ gateway, sandbox }) => {
    const { websiteId, website } = acme(sandbox);
    const people = [...website.people.values()].slice(0, 2);
    const ids = people.map((p) => p.profile.people_id as string);
    const data = await gateway.executeOk(UpdateData, {
      i: { websiteId, personIds: ids, data: { plan: 'pro' } },
    });
    expect(data.batchUpdatePeopleData).toEqual({
      website: { id: `Website:${websiteId}` },
      personIds: ids.map((p) => `Person:${websiteId}:${p}`),
      userErrors: [],
    });
    await gateway.executeOk(UpdateSegments, {
      i: { websiteId, personIds: ids, segments: ['vip'] },
    });
    expect(sandbox.calls).toMatchObject([
      {
        id: 'website.batch.update_people_data',
        method: 'PATCH',
        path: `/website/${websiteId}/batch/data`,
        body: { people: { profiles: ids }, data: { plan: 'pro' } },
      },
      {
        id: 'website.batch.update_people_segments',
        path: `/website/${websiteId}/batch/segments`,
        body: { people: { profiles: ids }, segments: ['vip'] },
      },
    ]);
    for (const p of people) {
      expect(p.data.plan).toBe('pro');
      expect(p.profile.segments).toContain('vip');
    }
  });

  userTest('a filter selects the contacts and names none back', async ({ gateway, sandbox }) => {
    const { websiteId, website } = acme(sandbox);
    const target = [...website.people.values()][3]!;
    const filter = [
      { model: 'people', criterion: 'email', operator: 'EQ', query: [target.profile.email] },
    ];
    const data = await gateway.executeOk(UpdateSegments, {
      i: { websiteId, filter, segments: ['filtered'] },
    });
    expect(data.batchUpdatePeopleSegments).toEqual({ personIds: null, userErrors: [] });
    expect(sandbox.calls[0]!.body).toEqual({
      people: { search: { filter: expect.any(Array), operator: 'and' } },
      segments: ['filtered'],
    });
    expect(target.profile.segments).toContain('filtered');
  });

  userTest(
    'ids and a filter together are refused before any call',
    async ({ gateway, sandbox }) => {
      const { websiteId, website } = acme(sandbox);
      const id = [...website.people.keys()][0]!;
      const data = await gateway.executeOk(UpdateData, {
        i: { websiteId, personIds: [id], filter: [], data: { a: 1 } },
      });
      expect(data.batchUpdatePeopleData).toMatchObject({
        website: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'personIds'] }],
      });
      expect(sandbox.calls).toEqual([]);
    },
  );
});
