import type { Tier } from 'crisp-sandbox';
import { describe, expect } from 'vitest';
import { named, test } from './support/api.ts';

describe('batch operations', () => {
  const userTest = test.extend<{ tier: Tier }>({ tier: 'user' });

  userTest(
    'resolve, unresolve, read and unread apply to the listed sessions only',
    async ({ api, websiteId, sandbox, events }) => {
      const website = sandbox.seed.website(websiteId)!;
      const open = [...website.conversations.values()].filter(
        (r) => r.conversation.state !== 'resolved' && r.conversation.unread.operator > 0,
      );
      const [a, b] = open.map((r) => r.conversation.session_id as string);
      const untouched = [...website.conversations.keys()].find((id) => id !== a && id !== b);
      expect(b).toBeDefined();
      const state = async (id: string) =>
        (await api('GET', `/website/${websiteId}/conversation/${id}/state`)).data.state;

      expect(
        (await api('PATCH', `/website/${websiteId}/batch/resolve`, { sessions: [a, b] })).status,
      ).toBe(200);
      expect([await state(a!), await state(b!), await state(untouched!)]).toEqual([
        'resolved',
        'resolved',
        website.conversations.get(untouched!)!.conversation.state,
      ]);
      expect(named(events, 'session:set_state').map((e) => e.session_id)).toEqual([a, b]);
      await api('PATCH', `/website/${websiteId}/batch/unresolve`, { sessions: [b] });
      expect(await state(b!)).toBe('unresolved');

      await api('PATCH', `/website/${websiteId}/batch/read`, { sessions: [a] });
      expect(
        (await api('GET', `/website/${websiteId}/conversation/${a}`)).data.unread.operator,
      ).toBe(0);
      expect(named(events, 'message:acknowledge:read:received').map((e) => e.session_id)).toEqual([
        a,
      ]);
      await api('PATCH', `/website/${websiteId}/batch/unread`, { sessions: [a] });
      expect(
        (await api('GET', `/website/${websiteId}/conversation/${a}`)).data.unread.operator,
      ).toBe(1);
    },
  );

  userTest(
    'batch removal deletes conversations, or contacts when the body names people',
    async ({ api, websiteId, sandbox, events }) => {
      const website = sandbox.seed.website(websiteId)!;
      const [a, b] = [...website.conversations.keys()];
      expect(
        (
          await api('PATCH', `/website/${websiteId}/batch/remove`, {
            sessions: [a, b, 'session_unknown'],
          })
        ).status,
      ).toBe(200);
      expect((await api('HEAD', `/website/${websiteId}/conversation/${a}`)).status).toBe(404);
      expect((await api('HEAD', `/website/${websiteId}/conversation/${b}`)).status).toBe(404);
      expect(named(events, 'session:removed').map((e) => e.session_id)).toEqual([a, b]);
      expect(website.conversations.size).toBe(28);

      const person = [...website.people.values()][0]!.profile;
      expect(
        (
          await api('PATCH', `/website/${websiteId}/batch/remove`, {
            people: { profiles: [person.people_id] },
          })
        ).status,
      ).toBe(200);
      expect(website.people.has(person.people_id)).toBe(false);
      expect(website.conversations.size).toBe(28);
    },
  );

  test('batch routes are closed to plugin tokens', async ({ api, websiteId }) => {
    const answer = await api('PATCH', `/website/${websiteId}/batch/resolve`, { sessions: [] });
    expect([answer.status, answer.reason]).toEqual([403, 'restricted_route_tier']);
  });
});
