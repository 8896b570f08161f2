import { describe, expect, test } from 'vitest';
import { waitFor } from '../../../test/support/wait-for.ts';
import { namesOf, replaceSandbox, sandbox, subscriber, useRtmSandbox } from './support/rtm.ts';

useRtmSandbox();

describe('RTM events caused by REST writes', () => {
  const call = async (method: string, path: string, body?: object) => {
    const { identifier, key, tier } = sandbox.token;
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${identifier}:${key}`).toString('base64')}`,
        'x-crisp-tier': tier,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as { data: Record<string, unknown> };
  };
  /** A seeded conversation of the first website and a state it is not in. */
  const aConversation = () => {
    const [websiteId, website] = [sandbox.seed.websiteIds[0]!, sandbox.seed.websites[0]!];
    const [sessionId, record] = [...website.conversations][0]!;
    const state = record.conversation.state === 'resolved' ? 'unresolved' : 'resolved';
    return { websiteId, sessionId, state };
  };

  test('changing a conversation state through REST pushes session:set_state', async () => {
    const { websiteId, sessionId, state } = aConversation();
    const client = await subscriber(['session:set_state']);
    await call('PATCH', `/website/${websiteId}/conversation/${sessionId}/state`, { state });
    await waitFor(() => client.received.length === 2);
    expect(client.received[1]).toEqual([
      'session:set_state',
      expect.objectContaining({ website_id: websiteId, session_id: sessionId, state }),
    ]);
  });

  test('a message the team sends through REST comes back as message:received', async () => {
    const { websiteId, sessionId } = aConversation();
    const client = await subscriber(['message:send', 'message:received']);
    const { data } = await call('POST', `/website/${websiteId}/conversation/${sessionId}/message`, {
      type: 'text',
      from: 'operator',
      origin: 'chat',
      content: 'Hello from the relay test',
    });
    await waitFor(() => namesOf(client).includes('message:received'));
    expect(client.received.at(-1)?.[1]).toMatchObject({
      session_id: sessionId,
      fingerprint: data.fingerprint,
      content: 'Hello from the relay test',
    });
  });

  test('a bucket URL request is answered over RTM to the calling token', async () => {
    const client = await subscriber(['bucket:url:upload:generated']);
    await call('POST', '/bucket/url/generate', {
      namespace: 'upload',
      from: 'rest',
      id: 'correlation-1',
      file: { name: 'photo.png', type: 'image/png' },
    });
    await waitFor(() => client.received.length === 2);
    expect(client.received[1]?.[1]).toMatchObject({ id: 'correlation-1' });
  });

  test('demo activity types and sends visitor messages on a seeded conversation', async () => {
    await replaceSandbox({ activityMs: 10 });
    const client = await subscriber(['message:compose:send', 'message:send']);
    await waitFor(() => namesOf(client).includes('message:send'));
    const typing = client.received.find(([name]) => name === 'message:compose:send');
    expect(typing?.[1]).toMatchObject({ type: 'start', excerpt: expect.any(String) });
    expect(client.received.find(([name]) => name === 'message:send')?.[1]).toMatchObject({
      from: 'user',
      type: 'text',
      content: expect.any(String),
    });
  });
});
