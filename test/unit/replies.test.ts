import { describe, expect, test } from 'vitest';
import { createBridge } from '../../src/rtm/bridge.ts';
import { createMemoryPubSub } from '../../src/rtm/pubsub.ts';
import { createReplies, toRtmReply } from '../../src/rtm/replies.ts';
import type { RtmReply } from '../../src/rtm/topics.ts';

const about = { route: 'POST /bucket/url/generate', field: 'input.requestId' };
const generated = (id: string) => ({
  id,
  url: { signed: 'https://s.example/', resource: 'https://r.example/' },
});

describe('reply routing', () => {
  test('bucket and media events are replies keyed by group and id; nothing else is', () => {
    expect(toRtmReply('bucket:url:avatar:generated', generated('a'))?.key).toBe('bucket:a');
    expect(toRtmReply('media:animation:listed', { id: 41, results: [] })?.key).toBe('media:41');
    expect(toRtmReply('media:animation:listed', { results: [] })).toBeUndefined();
    expect(toRtmReply('message:send', { id: 'a', website_id: 'w' })).toBeUndefined();
  });

  test('the bridge publishes a reply on the reply topic, not on a website', async () => {
    const pubsub = createMemoryPubSub();
    const seen: RtmReply[] = [];
    await pubsub.subscribe('reply', 'all', (r) => void seen.push(r));
    const bridge = createBridge(pubsub);
    expect(
      await bridge.ingest('bucket:url:upload:generated', generated('x'), { source: 'socket' }),
    ).toBe(true);
    expect(seen.map((r) => r.key)).toEqual(['bucket:x']);
  });

  test('a reply that arrives before the HTTP answer still reaches its request', async () => {
    const pubsub = createMemoryPubSub();
    const replies = createReplies({ pubsub, timeoutMs: 1000 });
    await pubsub.subscribe('reply', 'all', replies.receive);
    const reply = await replies.request(
      'bucket:early',
      async () => {
        await pubsub.publish('reply', 'all', { name: 'n', key: 'bucket:other', data: {} });
        await pubsub.publish('reply', 'all', {
          name: 'n',
          key: 'bucket:early',
          data: { id: 'early' },
        });
      },
      about,
    );
    expect(reply.data).toEqual({ id: 'early' });
  });

  test('a key still waiting is refused, and a stopping replica fails what waits', async () => {
    const replies = createReplies({ pubsub: createMemoryPubSub(), timeoutMs: 5000 });
    const waiting = replies.request('bucket:k', async () => undefined, about);
    await expect(replies.request('bucket:k', async () => undefined, about)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', field: 'input.requestId' },
    });
    replies.close();
    await expect(waiting).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});
