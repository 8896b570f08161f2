import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { buildGateway } from '../src/server/gateway.ts';
import { describe, expect, test, testConfig } from './support/fixtures.ts';
import { auth, KEY, useKeyedGateways } from './support/limits.ts';
import { post, quiet, websiteIds } from './support/secure.ts';

const { running, secured } = useKeyedGateways();

describe('introspection and GraphiQL', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  test('off by default with real credentials, field suggestions hidden too', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const { status, body } = await post(gateway.url, { query: INTROSPECTION }, auth);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/introspection/i);
    const typo = await post(gateway.url, { query: '{ websitez { id } }' }, auth);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('Crisp GraphQL gateway');
    // __typename is not introspection.
    expect((await post(gateway.url, { query: '{ __typename }' }, auth)).body).toEqual({
      data: { __typename: 'Query' },
    });
  });

  test('with introspection off, no error suggests a name or an enum value, over HTTP or graphql-ws', async ({
    sandbox,
  }) => {
    const gateway = await secured(sandbox);
    const [a] = websiteIds(sandbox);
    const change = '{ userErrors { code } }';
    const invalid = 'GRAPHQL_VALIDATION_FAILED';
    const mistakes: { query: string; variables?: Record<string, unknown>; code: string }[] = [
      { query: '{ websitez { id } }', code: invalid },
      {
        query: `query ($w: ID!) { website(id: $w) { conversations(firts: 1) { edges { cursor } } } }`,
        variables: { w: a },
        code: invalid,
      },
      {
        query: `mutation { changeConversationState(input: { conversationId: "s", websiteId: "${a}", state: RESOLVD }) ${change} }`,
        code: invalid,
      },
      {
        query: `mutation ($s: ConversationState!) { changeConversationState(input: { conversationId: "s", websiteId: "${a}", state: $s }) ${change} }`,
        variables: { s: 'RESOLVD' },
        code: 'BAD_USER_INPUT',
      },
      {
        query: `mutation ($i: ChangeConversationStateInput!) { changeConversationState(input: $i) ${change} }`,
        variables: { i: { conversationId: 's', websiteId: a, state: 'RESOLVD', stat: 1 } },
        code: 'BAD_USER_INPUT',
      },
    ];
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { apiKey: KEY },
    });
    try {
      for (const { code, ...mistake } of mistakes) {
        const http = await post(gateway.url, mistake, auth);
        // graphql-ws sends validation errors as an `error` message (an array), others in `next`.
        const ws = await new Promise<unknown>((resolve) =>
          client.subscribe(mistake, { next: resolve, error: resolve, complete: () => undefined }),
        );
        const wsErrors = (Array.isArray(ws) ? ws : (ws as { errors: unknown[] }).errors) as {
          message: string;
          extensions?: { code?: string };
        }[];
        for (const [transport, errors] of [
          ['HTTP', http.body.errors],
          ['graphql-ws', wsErrors],
        ] as const) {
          expect(errors[0]?.extensions?.code, `${transport}: ${mistake.query}`).toBe(code);
          expect(JSON.stringify(errors), `${transport}: ${mistake.query}`).not.toMatch(
            /Did you mean/,
          );
        }
      }
    } finally {
      await client.dispose();
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('with introspection on, suggestions help', async ({ sandbox }) => {
    const gateway = await secured(sandbox, { GATEWAY_INTROSPECTION: 'true' });
    const [a] = websiteIds(sandbox);
    const { body } = await post(
      gateway.url,
      {
        query: `mutation ($s: ConversationState!) { changeConversationState(input: { conversationId: "s", websiteId: "${a}", state: $s }) { __typename } }`,
        variables: { s: 'RESOLVD' },
      },
      auth,
    );
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/Did you mean the enum value "RESOLVED"/),
      extensions: { code: 'BAD_USER_INPUT', field: 's' },
    });
    const typo = await post(gateway.url, { query: '{ websitez { id } }' }, auth);
    expect(typo.body.errors[0].message).toMatch(/Did you mean "website"/);
  });

  test('GATEWAY_INTROSPECTION=true and GATEWAY_GRAPHIQL=true turn them on', async ({ sandbox }) => {
    const gateway = await secured(sandbox, {
      GATEWAY_INTROSPECTION: 'true',
      GATEWAY_GRAPHIQL: 'true',
    });
    expect((await post(gateway.url, { query: INTROSPECTION }, auth)).body).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Crisp GraphQL gateway');
  });

  test('on in sandbox mode; GATEWAY_INTROSPECTION=false turns it off', async ({
    gateway,
    sandbox,
  }) => {
    expect((await post(gateway.url, { query: INTROSPECTION })).body).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const off = buildGateway(
      testConfig(sandbox, { GATEWAY_INTROSPECTION: 'false', CRISP_RTM_MODE: 'off' }),
      { logger: quiet },
    );
    running.push(off);
    await off.start();
    expect((await post(off.url, { query: INTROSPECTION })).status).toBe(400);
  });
});
