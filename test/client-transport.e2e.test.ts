import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { WebsitesDocument } from '../client/graphql.ts';
import { test as base, describe, expect } from './support/fixtures.ts';
import { startSecured, stopAfterEach, websiteIds } from './support/secure.ts';
import { wire } from './support/wire.ts';

const running = stopAfterEach();

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

describe('urql with its default settings', () => {
  const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

  test('a short query goes as a GET without any extra header, and succeeds against the sandbox gateway', async ({
    gateway,
    sandbox,
  }) => {
    const seen = wire(gateway.gateway);
    const client = new Client({ url: gateway.url, exchanges: [cacheExchange, fetchExchange] });
    const result = await client.query(WebsitesDocument, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.websites?.map((w) => w.domain)).toContain('acme.example');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.url).toContain('query=');
    expect(Object.keys(seen[0]!.headers).filter((name) => name.startsWith('x-'))).toEqual([]);
    expect(sandbox.calls.length).toBeGreaterThan(0);
  });
});

describe('cross-site requests to an open gateway (GATEWAY_AUTH=none)', () => {
  async function open(sandbox: Parameters<typeof startSecured>[0]) {
    const gateway = await startSecured(sandbox, { GATEWAY_AUTH: 'none', CRISP_RTM_MODE: 'off' });
    running.push(gateway);
    return gateway;
  }

  base(
    'a form, multipart or text/plain POST of a mutation is refused with CSRF_HEADER_MISSING and reaches no Crisp route',
    async ({ sandbox }) => {
      const gateway = await open(sandbox);
      const [a] = websiteIds(sandbox);
      const mutation = `mutation { createConversation(input: { websiteId: "${a}" }) { userErrors { code } } }`;
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: mutation }));
      form.set('map', '{}');
      const bodies: [string | undefined, BodyInit][] = [
        ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
        ['text/plain', JSON.stringify({ query: mutation })],
        [undefined, form],
      ];
      for (const [type, body] of bodies) {
        const headers: Record<string, string> = { origin: 'https://elsewhere.example' };
        if (type) headers['content-type'] = type;
        const res = await fetch(gateway.url, { method: 'POST', headers, body });
        expect(res.status).toBe(403);
        expect(codeOf(await res.json())).toBe('CSRF_HEADER_MISSING');
      }
      // A GET cannot carry a mutation: Yoga answers 405, with a code.
      const get = await fetch(`${gateway.url}?query=${encodeURIComponent(mutation)}`, {
        headers: { origin: 'https://elsewhere.example' },
      });
      expect(get.status).toBe(405);
      expect(codeOf(await get.json())).toBe('BAD_REQUEST');
      expect(sandbox.calls).toEqual([]);
      // A page of the gateway's own origin sends the header, a form cannot.
      const allowed = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-graphql-yoga-csrf': '1',
        },
        body: `query=${encodeURIComponent(mutation)}`,
      });
      expect(allowed.status).toBe(200);
      expect((await allowed.json()).data.createConversation).toEqual({ userErrors: [] });
    },
  );

  base(
    'every refused HTTP request answers JSON errors with an extensions.code',
    async ({ sandbox }) => {
      const gateway = await open(sandbox);
      const url = gateway.url;
      const json = { 'content-type': 'application/json' };
      const q = (query: string, rest = '') => `${url}?query=${encodeURIComponent(query)}${rest}`;
      const cases: [string, string, RequestInit, number, string][] = [
        ['GET without a query', url, {}, 400, 'BAD_REQUEST'],
        [
          'GET with variables that are not JSON',
          q('{ __typename }', '&variables=nope'),
          {},
          400,
          'BAD_REQUEST',
        ],
        ['GET of a mutation', q('mutation { __typename }'), {}, 405, 'BAD_REQUEST'],
        [
          'PUT',
          url,
          { method: 'PUT', headers: json, body: '{"query":"{ __typename }"}' },
          405,
          'BAD_REQUEST',
        ],
        ['DELETE', url, { method: 'DELETE' }, 405, 'BAD_REQUEST'],
        [
          'POST of XML',
          url,
          { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<q/>' },
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
        [
          'POST of text/plain without the CSRF header',
          url,
          { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' },
          403,
          'CSRF_HEADER_MISSING',
        ],
        [
          'POST of bad JSON',
          url,
          { method: 'POST', headers: json, body: '{"query":' },
          400,
          'BAD_REQUEST',
        ],
        ['POST of a batch', url, { method: 'POST', headers: json, body: '[]' }, 400, 'BAD_REQUEST'],
        [
          'POST without a query',
          url,
          { method: 'POST', headers: json, body: '{}' },
          400,
          'BAD_REQUEST',
        ],
        [
          'POST with an unknown parameter',
          url,
          { method: 'POST', headers: json, body: '{"query":"{ __typename }","x":1}' },
          400,
          'BAD_REQUEST',
        ],
        [
          'POST over GATEWAY_MAX_BODY_BYTES',
          url,
          {
            method: 'POST',
            headers: json,
            body: JSON.stringify({
              query: '{ __typename }',
              variables: { pad: 'x'.repeat(110_000) },
            }),
          },
          413,
          'REQUEST_ENTITY_TOO_LARGE',
        ],
        [
          'a syntax error',
          url,
          { method: 'POST', headers: json, body: '{"query":"{"}' },
          400,
          'GRAPHQL_PARSE_FAILED',
        ],
        [
          'an unknown field',
          url,
          { method: 'POST', headers: json, body: '{"query":"{ nope }"}' },
          400,
          'GRAPHQL_VALIDATION_FAILED',
        ],
        [
          'an unknown operationName',
          url,
          {
            method: 'POST',
            headers: json,
            body: '{"query":"query A { __typename }","operationName":"B"}',
          },
          400,
          'OPERATION_RESOLUTION_FAILURE',
        ],
      ];
      const answers: string[] = [];
      for (const [name, target, init, status, code] of cases) {
        const res = await fetch(target, {
          ...init,
          headers: {
            accept: 'application/graphql-response+json',
            ...(init.headers as Record<string, string>),
          },
        });
        const body = await res.json();
        answers.push(`${name}: ${res.status} ${codeOf(body)}`);
        expect({ name, status: res.status, code: codeOf(body) }).toEqual({ name, status, code });
      }
      console.info(answers.join('\n'));
      expect(sandbox.calls).toEqual([]);
    },
  );
});
