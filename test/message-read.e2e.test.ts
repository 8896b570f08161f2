import { describe, expect } from './support/fixtures.ts';
import { acme } from './support/message.ts';
import { test } from './support/rest.ts';

const History = /* GraphQL */ `
  query History($id: ID, $s: ID!, $before: String, $last: Int) {
    website(id: $id) { conversation(id: $s) {
      messages(before: $before, last: $last) {
        edges { cursor node { id crispId timestamp } }
        pageInfo { hasPreviousPage hasNextPage startCursor }
      }
    } }
  }
`;

type Edge = { cursor: string; node: { id: string; crispId: string; timestamp: string } };
const crispIds = (edges: Edge[]) => edges.map((e) => e.node.crispId);

describe('reading messages', () => {
  test('messages(last) reads the latest batch once when it holds enough', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const data = await gateway.executeOk(History, { id: websiteId, s: sessionId, last: 10 });
    const { edges, pageInfo } = data.website.conversation.messages;
    expect(crispIds(edges)).toEqual(long.messages.slice(-10).map((m) => String(m.fingerprint)));
    expect(edges[0].node.id).toBe(
      `Message:${websiteId}:${sessionId}:${long.messages.at(-10)!.fingerprint}`,
    );
    expect(pageInfo).toMatchObject({
      hasPreviousPage: true,
      hasNextPage: false,
      startCursor: edges[0].cursor,
    });
    const reads = sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversation/${sessionId}/messages`,
      query: {},
    });
  });

  test('a page beyond one batch walks back with timestamp_before, only as far as needed', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    expect(long.messages.length).toBeGreaterThan(20);
    const data = await gateway.executeOk(History, { id: websiteId, s: sessionId, last: 100 });
    const { edges, pageInfo } = data.website.conversation.messages;
    expect(crispIds(edges)).toEqual(long.messages.map((m) => String(m.fingerprint)));
    expect(pageInfo.hasPreviousPage).toBe(false);
    const reads = sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages');
    // The first batch holds the latest 20 and answers 206; its oldest millisecond is read again
    // whole with the rest (200): Crisp's timestamp_before is strict.
    const oldestOfFirst = long.messages.at(-20)!.timestamp;
    expect(reads.map((c) => [c.status, c.query.timestamp_before])).toEqual([
      [206, undefined],
      [200, String(oldestOfFirst + 1)],
    ]);
  });

  test('before pages back from a cursor', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const first = await gateway.executeOk(History, { id: websiteId, s: sessionId, last: 5 });
    sandbox.resetCalls();
    const before = first.website.conversation.messages.pageInfo.startCursor;
    const older = await gateway.executeOk(History, {
      id: websiteId,
      s: sessionId,
      before,
      last: 5,
    });
    expect(crispIds(older.website.conversation.messages.edges)).toEqual(
      long.messages.slice(-10, -5).map((m) => String(m.fingerprint)),
    );
    expect(older.website.conversation.messages.pageInfo.hasNextPage).toBe(true);
    const read = sandbox.calls.find((c) => c.id === 'website.conversation.get_messages')!;
    // The cursor's own millisecond is asked for too, so messages sharing it are not skipped.
    expect(read.query.timestamp_before).toBe(String(long.messages.at(-5)!.timestamp + 1));
  });

  test('a cursor of another list, or before with first, is BAD_USER_INPUT with no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, records } = acme(sandbox);
    const other = records.find((r) => r.conversation.session_id !== sessionId)!;
    const page = await gateway.executeOk(History, {
      id: websiteId,
      s: other.conversation.session_id,
      last: 1,
    });
    sandbox.resetCalls();
    const before = page.website.conversation.messages.pageInfo.startCursor;
    const foreign = await gateway.execute(History, { id: websiteId, s: sessionId, before });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    const mixed = await gateway.execute(
      `query($s: ID!, $w: ID) { website(id: $w) { conversation(id: $s) { messages(first: 2, before: "x") { edges { cursor } } } } }`,
      { s: sessionId, w: websiteId },
    );
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages')).toEqual([]);
  });

  test('identical message reads within one operation happen once', async ({ gateway, sandbox }) => {
    const { websiteId, sessionId } = acme(sandbox);
    await gateway.executeOk(
      `query($id: ID, $s: ID!) { website(id: $id) {
        a: conversation(id: $s) { messages(last: 5) { edges { node { crispId } } } }
        b: conversation(id: $s) { messages(last: 8) { edges { node { text } } } }
      } }`,
      { id: websiteId, s: sessionId },
    );
    expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get_messages')).toHaveLength(
      1,
    );
    expect(sandbox.calls.filter((c) => c.id === 'website.conversation.get')).toHaveLength(1);
  });

  test('message(id) reads one message with its typed content, by raw fingerprint or global id', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.messages.some((m) => m.type === 'file'))!;
    const file = record.messages.find((m) => m.type === 'file')!;
    const sessionId = record.conversation.session_id as string;
    const globalId = `Message:${websiteId}:${sessionId}:${file.fingerprint}`;
    const data = await gateway.executeOk(
      `query($id: ID, $s: ID!, $m: ID!, $g: ID!) { website(id: $id) { conversation(id: $s) {
        raw: message(id: $m) {
          id crispId type from origin text isEdited timestamp user { type nickname }
          conversation { id crispId }
          content { __typename ... on FileContent { name url mimeType } }
        }
        global: message(id: $g) { id }
      } } }`,
      { id: websiteId, s: sessionId, m: String(file.fingerprint), g: globalId },
    );
    expect(data.website.conversation.raw).toMatchObject({
      id: globalId,
      crispId: String(file.fingerprint),
      type: 'FILE',
      from: String(file.from).toUpperCase(),
      conversation: { id: `Conversation:${websiteId}:${sessionId}`, crispId: sessionId },
      content: {
        __typename: 'FileContent',
        name: file.content.name,
        url: file.content.url,
        mimeType: file.content.type,
      },
    });
    expect(data.website.conversation.global).toEqual({ id: globalId });
    // Both name one message: one read.
    const reads = sandbox.calls.filter((c) => c.id === 'website.conversation.get_message');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversation/${sessionId}/message/${file.fingerprint}`,
    });
  });

  test('a missing message is NOT_FOUND on its field, the conversation stays', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const res = await gateway.execute(
      `query($id: ID, $s: ID!) { website(id: $id) { conversation(id: $s) { crispId message(id: "1") { text } } } }`,
      { id: websiteId, s: sessionId },
    );
    expect(res.data.website.conversation).toEqual({ crispId: sessionId, message: null });
    expect(res.errors?.[0]).toMatchObject({
      path: ['website', 'conversation', 'message'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  test('the deprecated message(fingerprint) still reads the message', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId, long } = acme(sandbox);
    const last = long.messages.at(-1)!;
    const data = await gateway.executeOk(
      `query($id: ID, $s: ID!, $f: Fingerprint!) { website(id: $id) { conversation(id: $s) { message(fingerprint: $f) { fingerprint crispId } } } }`,
      { id: websiteId, s: sessionId, f: last.fingerprint },
    );
    expect(data.website.conversation.message).toEqual({
      fingerprint: last.fingerprint,
      crispId: String(last.fingerprint),
    });
  });
});

test('picker and field content name their question pickerId and fieldId, never id', async ({
  gateway,
  sandbox,
}) => {
  const { websiteId, sessionId } = acme(sandbox);
  const choices = [
    { value: 'great', label: 'Great', selected: true },
    { value: 'bad', label: 'Bad', selected: false },
  ];
  const base = { from: 'operator' as const, origin: 'chat' };
  sandbox.appendMessage(websiteId, sessionId, {
    ...base,
    type: 'picker',
    content: { id: 'satisfaction', text: 'How was it?', required: true, choices },
  });
  sandbox.appendMessage(websiteId, sessionId, {
    ...base,
    type: 'field',
    content: {
      id: 'email',
      text: 'Your email?',
      explain: 'Email address',
      value: 'jo@acme.example',
    },
  });
  const data = await gateway.executeOk(
    `query($w: ID, $s: ID!) { website(id: $w) { conversation(id: $s) { messages(last: 2) { edges { node {
      content {
        __typename
        ... on PickerContent { pickerId text isRequired choices { value label isSelected } }
        ... on FieldContent { fieldId text explain value isRequired }
      }
    } } } } } }`,
    { w: websiteId, s: sessionId },
  );
  const contents = data.website.conversation.messages.edges.map(
    (e: { node: { content: unknown } }) => e.node.content,
  );
  expect(contents).toEqual([
    {
      __typename: 'PickerContent',
      pickerId: 'satisfaction',
      text: 'How was it?',
      isRequired: true,
      choices: choices.map(({ value, label, selected }) => ({
        value,
        label,
        isSelected: selected,
      })),
    },
    {
      __typename: 'FieldContent',
      fieldId: 'email',
      text: 'Your email?',
      explain: 'Email address',
      value: 'jo@acme.example',
      isRequired: null,
    },
  ]);
});
