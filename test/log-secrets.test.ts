import { Writable } from 'node:stream';
import { createSandbox } from 'crisp-sandbox';
import { buildGateway } from '../src/server/gateway.ts';
import { createLogger } from '../src/server/logger.ts';
import { expect, test, testConfig } from './support/fixtures.ts';
import { subscribeWs } from './support/live.ts';
import { waitFor } from './support/wait-for.ts';

const IDENTIFIER = 'ident-7f3a9c1e-log-scan';
const KEY = 'key-b41d52e8c0a5-log-scan';
const MESSAGE = 'Private visitor text 4c1f7';

test('no log line of a gateway run holds the Crisp identifier, key, a verification key or a message body', {
  timeout: 30_000,
}, async () => {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      raw.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  // `trace`: every line the gateway can write, down to the noisiest.
  const log = createLogger({ level: 'trace', destination });
  const sandbox = await createSandbox({ identifier: IDENTIFIER, key: KEY });
  const website = sandbox.seed.websites[0]!;
  const websiteId = website.website.website_id as string;
  const sessionId = [...website.conversations.values()][0]!.conversation.session_id as string;
  const gateway = buildGateway(
    testConfig(sandbox, { CRISP_TIMEOUT_MS: '500', LOG_LEVEL: 'trace' }),
    { logger: log },
  );
  const wrong = buildGateway(
    testConfig(sandbox, { CRISP_KEY: `${KEY}-wrong`, CRISP_RTM_MODE: 'off' }),
    { logger: log },
  );
  let verifySecret = '';
  try {
    await gateway.start();
    await wrong.start();
    await waitFor(() => gateway.live?.state === 'connected');
    const post = (url: string, query: string, variables?: Record<string, unknown>) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${btoa(`${IDENTIFIER}:${KEY}`)}`,
        },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>);

    const stream = subscribeWs(
      gateway.url,
      `subscription($w: ID!) { messageEvents(websiteId: $w) { name } }`,
      { w: websiteId },
    );
    await post(
      gateway.url,
      `query($w: ID!) { website(id: $w) { name conversations { edges { node { sessionId state } } } } }`,
      { w: websiteId },
    );
    await post(gateway.url, `{ website(id: "00000000-0000-4000-8000-000000000000") { name } }`);
    await post(gateway.url, `{ nope }`);
    for (const fault of [
      { kind: 'reset' },
      { kind: 'malformed' },
      { kind: 'timeout', ms: 800 },
    ] as const) {
      sandbox.faultNext('website.conversation.get', fault, 3);
      await post(
        gateway.url,
        `query($w: ID!, $s: String!) { website(id: $w) { conversation(sessionId: $s) { state } } }`,
        { w: websiteId, s: sessionId },
      );
    }
    sandbox.failNext('website.conversation.send_message', { status: 500, reason: 'error' });
    const sent = await post(
      gateway.url,
      `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { fingerprint } userErrors { code } } }`,
      { i: { websiteId, conversationId: sessionId, from: 'OPERATOR', content: { text: MESSAGE } } },
    );
    expect(sent.data?.sendMessage).toMatchObject({
      message: { fingerprint: expect.any(Number) },
      userErrors: [],
    });
    await waitFor(() => stream.data.length > 0);
    await post(
      gateway.url,
      `query($i: CrispRequestInput!) { crispRequest(input: $i) { status } }`,
      {
        i: {
          path: `/website/${websiteId}/conversation/${sessionId}/messages`,
          headers: { 'X-Request-Id': KEY },
        },
      },
    );
    await post(wrong.url, `query($w: ID!) { website(id: $w) { name } }`, { w: websiteId });
    // The identity verification key: a secret the answer carries and no log line may.
    const read = await post(gateway.url, `query($w: ID!) { website(id: $w) { verifySecret } }`, {
      w: websiteId,
    });
    verifySecret = String(
      (read.data?.website as { verifySecret?: string } | undefined)?.verifySecret,
    );
    expect(verifySecret).toMatch(/^[0-9a-f]{64}$/);
    stream.close();
  } finally {
    await gateway.stop();
    await wrong.stop();
    await sandbox.close();
  }

  const lines = raw.map((l) => JSON.parse(l) as Record<string, unknown>);
  // The run was logged: operations, upstream calls, retries, and the refused token.
  expect(lines.filter((l) => l.msg === 'graphql operation').length).toBeGreaterThan(5);
  expect(lines.filter((l) => l.msg === 'crisp call retried').length).toBeGreaterThan(3);
  expect(lines).toContainEqual(expect.objectContaining({ msg: 'crisp refused the credentials' }));
  const basic = Buffer.from(`${IDENTIFIER}:${KEY}`).toString('base64');
  for (const line of raw) {
    for (const secret of [IDENTIFIER, KEY, basic, MESSAGE, verifySecret])
      expect(line).not.toContain(secret);
  }
});
