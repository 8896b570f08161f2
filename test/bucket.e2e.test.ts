import type { Sandbox } from 'crisp-sandbox';
import { test as base, expect } from './support/fixtures.ts';

const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);

test('generateBucketUrl posts the request and names the RTM event that will carry the URL', async ({
  gateway,
  sandbox,
}) => {
  const data = await gateway.executeOk(
    `mutation($input: GenerateBucketUrlInput!) { generateBucketUrl(input: $input) {
      ... on MutationGenerateBucketUrlSuccess { data { id namespace event } }
    } }`,
    {
      input: {
        namespace: 'upload',
        id: 'req-1',
        file: { name: 'invoice.pdf', type: 'application/pdf' },
        resource: { type: 'conversation', id: 'session_1' },
      },
    },
  );
  expect(data.generateBucketUrl.data).toEqual({
    id: 'req-1',
    namespace: 'upload',
    event: 'bucket:url:upload:generated',
  });
  expect(callsOf(sandbox, 'bucket.url.generate')).toMatchObject([
    {
      method: 'POST',
      path: '/bucket/url/generate',
      body: {
        namespace: 'upload',
        id: 'req-1',
        file: { name: 'invoice.pdf', type: 'application/pdf' },
        resource: { type: 'conversation', id: 'session_1' },
      },
      status: 200,
    },
  ]);
});

test('a file type that is not a MIME type is refused with zero calls', async ({
  gateway,
  sandbox,
}) => {
  const { errors } = await gateway.execute(
    `mutation($input: GenerateBucketUrlInput!) { generateBucketUrl(input: $input) { __typename } }`,
    {
      input: { namespace: 'avatar', id: 'req-2', file: { name: 'me.png', type: 'png' } },
    },
  );
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(String(errors?.[0]?.extensions?.field)).toContain('type');
  expect(sandbox.calls).toEqual([]);
});
