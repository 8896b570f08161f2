import { randomUUID } from 'node:crypto';
import type { EmittedEvent, Sandbox } from 'crisp-sandbox';
import { Redis } from 'ioredis';
import { buildGateway, type Gateway } from '../src/server/gateway.ts';
import { createTestGateway, describe, expect, test, testConfig } from './support/fixtures.ts';
import { quiet } from './support/log.ts';
import { waitFor } from './support/wait-for.ts';

const Generate = `mutation($input: GenerateBucketUrlInput!) { generateBucketUrl(input: $input) {
  bucketUrl { requestId namespace signedUrl resourceUrl sizeLimit }
  userErrors { code message field }
} }`;

const invoice = { name: 'invoice.txt', type: 'text/plain' };
const callsOf = (sandbox: Sandbox) => sandbox.calls.filter((c) => c.id === 'bucket.url.generate');

/** The `bucket:url:*:generated` replies the sandbox sent, by request id. */
function replies(sandbox: Sandbox) {
  const byId = new Map<string, EmittedEvent['data']>();
  sandbox.onEvent((e) => {
    if (e.event.startsWith('bucket:url:')) byId.set(e.data.id, e.data);
  });
  return byId;
}

describe('generateBucketUrl over the RTM socket', () => {
  test('returns the signed and resource URLs of the reply to the request it sent, which take the upload', async ({
    gateway,
    sandbox,
  }) => {
    const sent = replies(sandbox);
    const data = await gateway.executeOk(Generate, {
      input: {
        namespace: 'UPLOAD',
        file: invoice,
        resource: { type: 'conversation', id: 'session_1' },
      },
    });
    const url = data.generateBucketUrl.bucketUrl;
    // The gateway generated the correlation id and sent it to Crisp.
    const [call] = callsOf(sandbox);
    expect(callsOf(sandbox)).toHaveLength(1);
    expect(call).toMatchObject({
      method: 'POST',
      path: '/bucket/url/generate',
      body: {
        namespace: 'upload',
        file: invoice,
        resource: { type: 'conversation', id: 'session_1' },
      },
      status: 200,
    });
    const id = (call!.body as { id: string }).id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(url).toEqual({
      requestId: id,
      namespace: 'UPLOAD',
      signedUrl: sent.get(id)!.url.signed,
      resourceUrl: sent.get(id)!.url.resource,
      sizeLimit: sent.get(id)!.policy.size_limit,
    });

    const put = await fetch(url.signedUrl, {
      method: 'PUT',
      headers: { 'content-type': invoice.type },
      body: 'Total: 42 EUR',
    });
    expect(put.status).toBe(200);
    expect(await (await fetch(url.resourceUrl)).text()).toBe('Total: 42 EUR');
  });

  test('two concurrent requests each get the URL of their own reply', async ({
    gateway,
    sandbox,
  }) => {
    const sent = replies(sandbox);
    // A stray reply for nobody first: it is dropped, and takes no waiting request's place.
    sandbox.emit('', 'bucket:url:upload:generated', {
      id: 'req-a-stray',
      url: { signed: 'https://stray.example/s', resource: 'https://stray.example/r' },
    });
    const [a, b] = await Promise.all(
      ['req-a', 'req-b'].map((requestId) =>
        gateway.executeOk(Generate, { input: { namespace: 'UPLOAD', requestId, file: invoice } }),
      ),
    );
    expect(
      callsOf(sandbox)
        .map((c) => (c.body as { id: string }).id)
        .sort(),
    ).toEqual(['req-a', 'req-b']);
    for (const [answer, id] of [
      [a, 'req-a'],
      [b, 'req-b'],
    ] as const) {
      expect(answer.generateBucketUrl.bucketUrl).toMatchObject({
        requestId: id,
        signedUrl: sent.get(id)!.url.signed,
        resourceUrl: sent.get(id)!.url.resource,
      });
    }
    expect(a.generateBucketUrl.bucketUrl.signedUrl).not.toBe(
      b.generateBucketUrl.bucketUrl.signedUrl,
    );
  });

  test('a file type that is not a MIME type is refused with zero calls', async ({
    gateway,
    sandbox,
  }) => {
    const data = await gateway.executeOk(Generate, {
      input: { namespace: 'AVATAR', file: { name: 'me.png', type: 'png' } },
    });
    expect(data.generateBucketUrl.bucketUrl).toBeNull();
    expect(data.generateBucketUrl.userErrors).toMatchObject([
      { code: 'BAD_USER_INPUT', field: ['input', 'file', 'type'] },
    ]);
    expect(sandbox.calls).toEqual([]);
  });
});

// Web Hooks mode with no hook configured: Crisp's replies never arrive.
const unanswered = test.extend({
  gatewayEnv: {
    CRISP_RTM_MODE: 'webhooks',
    CRISP_WEBHOOK_SECRET: 'bucket-hook-secret',
    CRISP_RTM_REPLY_TIMEOUT_MS: '400',
  },
});

describe('generateBucketUrl without a reply', () => {
  unanswered(
    'times out with UPSTREAM_UNAVAILABLE after one call, never a second',
    async ({ gateway, sandbox }) => {
      const started = Date.now();
      const data = await gateway.executeOk(Generate, {
        input: { namespace: 'UPLOAD', requestId: 'late', file: invoice },
      });
      const waited = Date.now() - started;
      console.log(`no reply: answered after ${waited} ms (timeout 400 ms)`);
      expect(data.generateBucketUrl).toEqual({
        bucketUrl: null,
        userErrors: [
          {
            code: 'UPSTREAM_UNAVAILABLE',
            message: 'Crisp sent no reply within 400 ms.',
            field: null,
          },
        ],
      });
      expect(waited).toBeGreaterThanOrEqual(400);
      expect(callsOf(sandbox)).toHaveLength(1);
    },
  );

  unanswered(
    'a requestId still waiting is a CONFLICT, and only the first one is sent',
    async ({ gateway, sandbox }) => {
      const input = { namespace: 'UPLOAD', requestId: 'twice', file: invoice };
      const first = gateway.executeOk(Generate, { input });
      await waitFor(() => callsOf(sandbox).length === 1);
      const second = await gateway.executeOk(Generate, { input });
      expect(second.generateBucketUrl).toEqual({
        bucketUrl: null,
        userErrors: [
          {
            code: 'CONFLICT',
            message:
              'A request with this requestId is still waiting for its reply; send another requestId.',
            field: ['input', 'requestId'],
          },
        ],
      });
      expect((await first).generateBucketUrl.userErrors).toMatchObject([
        { code: 'UPSTREAM_UNAVAILABLE' },
      ]);
      expect(callsOf(sandbox)).toHaveLength(1);
    },
  );
});

test.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } })(
  'with live events off, generateBucketUrl fails at once and calls nothing',
  async ({ gateway, sandbox }) => {
    const data = await gateway.executeOk(Generate, {
      input: { namespace: 'UPLOAD', file: invoice },
    });
    expect(data.generateBucketUrl.userErrors).toMatchObject([
      { code: 'UPSTREAM_UNAVAILABLE', message: expect.stringContaining('CRISP_RTM_MODE=off') },
    ]);
    expect(sandbox.calls).toEqual([]);
  },
);

describe('replicas sharing Redis', () => {
  const REDIS_URL = 'redis://127.0.0.1:6379';
  const prefix = `crisp-gateway-test:${randomUUID()}:`;
  const started: Gateway[] = [];

  test.afterEach(async () => {
    await Promise.all(started.splice(0).map((g) => g.stop()));
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  test('the reply reaches the replica that asked although another one holds the RTM socket', async ({
    sandbox,
  }) => {
    const replica = async () => {
      const gateway = buildGateway(
        testConfig(sandbox, {
          REDIS_URL,
          REDIS_KEY_PREFIX: prefix,
          CRISP_RTM_LEASE_TTL_MS: '1500',
        }),
        { logger: quiet },
      );
      started.push(gateway);
      await gateway.start();
      return gateway;
    };
    const [a, b] = [await replica(), await replica()];
    const standby = await waitFor(() => {
      const states = [a, b].map((g) => g.live?.state).sort();
      return states[0] === 'connected' && states[1] === 'standby' && (a.live!.holdsSocket ? b : a);
    });
    const sent = replies(sandbox);
    const data = await createTestGateway(standby).executeOk(Generate, {
      input: { namespace: 'UPLOAD', requestId: 'via-redis', file: invoice },
    });
    expect(standby.live!.holdsSocket).toBe(false);
    expect(data.generateBucketUrl.bucketUrl).toMatchObject({
      requestId: 'via-redis',
      signedUrl: sent.get('via-redis')!.url.signed,
    });
  });
});
