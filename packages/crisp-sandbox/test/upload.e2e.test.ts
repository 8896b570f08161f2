import { describe, expect } from 'vitest';
import { type Api, named, test } from './support/api.ts';

/** Asks for an upload URL and returns the `bucket:url:upload:generated` reply's URLs. */
async function signed(api: Api, events: Parameters<typeof named>[0], id: string) {
  const answer = await api('POST', '/bucket/url/generate', {
    namespace: 'upload',
    id,
    file: { name: 'notes.txt', type: 'text/plain' },
  });
  expect(answer).toMatchObject({ status: 200, data: {} });
  const reply = named(events, 'bucket:url:upload:generated').find((e) => e.id === id);
  return reply!.url as { signed: string; resource: string };
}

describe('the storage behind signed URLs', () => {
  test('a PUT to the signed URL stores the bytes once, and the resource URL serves them', async ({
    api,
    events,
  }) => {
    const url = await signed(api, events, 'u-1');
    expect((await fetch(url.resource)).status).toBe(404);
    const put = (body: string) =>
      fetch(url.signed, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body });
    expect((await put('first')).status).toBe(200);
    // The URL is single-use, like an upload policy: a second PUT cannot replace the file.
    expect((await put('second')).status).toBe(403);
    const file = await fetch(url.resource);
    expect(file.status).toBe(200);
    expect(file.headers.get('access-control-allow-origin')).toBe('*');
    expect(await file.text()).toBe('first');
  });

  test('a PUT whose signature does not match is refused and stores nothing', async ({
    api,
    events,
  }) => {
    const url = await signed(api, events, 'u-2');
    const forged = url.signed.replace(/signature=\w+/, 'signature=forged');
    expect((await fetch(forged, { method: 'PUT', body: 'x' })).status).toBe(403);
    expect((await fetch(url.resource)).status).toBe(404);
  });

  test("a browser's preflight is answered for any origin, PUT and content-type", async ({
    api,
    events,
  }) => {
    const url = await signed(api, events, 'u-3');
    const preflight = await fetch(url.signed, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:1234',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
  });
});

describe('animation lists', () => {
  test.scoped({ tier: 'user' });

  test('a list answers {} and sends the page as media:animation:listed with the list id', async ({
    api,
    events,
  }) => {
    expect(await api('GET', '/media/animation/list/1?list_id=7&search_query=wave')).toMatchObject({
      status: 200,
      data: {},
    });
    expect(await api('GET', '/media/animation/list/3?list_id=8')).toMatchObject({ status: 200 });
    expect((await api('GET', '/media/animation/list/1?list_id=x')).reason).toBe('invalid_data');
    const [waves, past] = named(events, 'media:animation:listed');
    expect(waves).toMatchObject({ id: 7, results: [{ type: 'gif' }, { type: 'gif' }] });
    expect(waves!.results.map((r: { url: string }) => r.url.split('/').pop())).toEqual([
      'wave-hello.gif',
      'wave-goodbye.gif',
    ]);
    expect(past).toMatchObject({ id: 8, results: [] });
  });
});
