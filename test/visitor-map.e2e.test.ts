import type { Sandbox } from 'crisp-sandbox';
import { crispRead } from './support/crisp-read.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test, userTest } from './support/rest.ts';

const first = (sandbox: Sandbox) => sandbox.seed.websites[0]!;
const idOf = (sandbox: Sandbox) => first(sandbox).website.website_id as string;

describe('the visitors map', () => {
  const VisitorMap = `query($w: ID, $area: VisitorMapAreaInput) { website(id: $w) {
    visitorMap(area: $area) { count threshold conversations { id } geolocation { country city } }
  } }`;

  test('world-wide points list each city’s visitors as conversations', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = idOf(sandbox);
    const data = await gateway.executeOk(VisitorMap, { w: websiteId });
    expect(callsOf(sandbox, 'website.visitors.pinpoint_on_map')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/visitors/map`, query: {} },
    ]);
    const raw = await crispRead<
      {
        visitors: { count: number; sessions: { session_id: string }[] };
        geolocation: { city: string };
      }[]
    >(sandbox, `/website/${websiteId}/visitors/map`);
    expect(data.website.visitorMap).toEqual(
      raw.map((p) => ({
        count: p.visitors.count,
        threshold: 10,
        conversations: p.visitors.sessions.map((s) => ({
          id: `Conversation:${websiteId}:${s.session_id}`,
        })),
        geolocation: expect.objectContaining({ city: p.geolocation.city }),
      })),
    );
    const total = data.website.visitorMap.reduce(
      (n: number, p: { count: number }) => n + p.count,
      0,
    );
    expect(total).toBe(first(sandbox).visitors.length);
  });

  test('an area travels as the centre and radius of the query', async ({ gateway, sandbox }) => {
    const websiteId = idOf(sandbox);
    const at = first(sandbox).visitors[0]!.geolocation;
    const data = await gateway.executeOk(VisitorMap, {
      w: websiteId,
      area: { latitude: at.coordinates.latitude, longitude: at.coordinates.longitude, radius: 5 },
    });
    expect(callsOf(sandbox, 'website.visitors.pinpoint_on_map')[0]!.query).toEqual({
      center_latitude: String(at.coordinates.latitude),
      center_longitude: String(at.coordinates.longitude),
      center_radius: '5',
    });
    expect(
      data.website.visitorMap.map((p: { geolocation: { city: string } }) => p.geolocation.city),
    ).toEqual([at.city]);
  });

  test('an area out of range is refused before any call', async ({ gateway, sandbox }) => {
    const res = await gateway.execute(VisitorMap, {
      w: idOf(sandbox),
      area: { latitude: 91, longitude: 0, radius: 5 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sandbox.calls).toEqual([]);
  });
});

describe('blocked visitors', () => {
  const Counts = `query($w: ID) { website(id: $w) {
    blockedVisitorCounts { rule blocked } blockedVisitorCount(rule: "session") { rule blocked }
  } }`;
  const Clear = `mutation($i: ClearBlockedVisitorsInput!) { clearBlockedVisitors(input: $i) { website { id } rule userErrors { code field } } }`;

  userTest('counts per rule and in one rule, then clears one', async ({ gateway, sandbox }) => {
    const websiteId = idOf(sandbox);
    const blocked = [...first(sandbox).conversations.values()].filter((r) => r.blocked).length;
    const before = await gateway.executeOk(Counts, { w: websiteId });
    expect(before.website).toEqual({
      blockedVisitorCounts: [{ rule: ['session'], blocked }],
      blockedVisitorCount: { rule: ['session'], blocked },
    });
    expect(callsOf(sandbox, 'website.visitors.count_blocked')[0]!.path).toBe(
      `/website/${websiteId}/visitors/blocked`,
    );
    expect(callsOf(sandbox, 'website.visitors.count_blocked_in_rule')[0]!.path).toBe(
      `/website/${websiteId}/visitors/blocked/session`,
    );
    const cleared = await gateway.executeOk(Clear, { i: { websiteId, rule: 'session' } });
    expect(cleared.clearBlockedVisitors).toEqual({
      website: { id: `Website:${websiteId}` },
      rule: 'session',
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.visitors.clear_blocked_in_rule')).toMatchObject([
      { method: 'DELETE', path: `/website/${websiteId}/visitors/blocked/session` },
    ]);
    const after = await gateway.executeOk(Counts, { w: websiteId });
    expect(after.website.blockedVisitorCount.blocked).toBe(0);
  });

  userTest(
    'an unknown rule is NOT_FOUND; an empty one costs no call',
    async ({ gateway, sandbox }) => {
      const websiteId = idOf(sandbox);
      const missing = await gateway.executeOk(Clear, { i: { websiteId, rule: 'nope' } });
      expect(missing.clearBlockedVisitors.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
      sandbox.resetCalls();
      const empty = await gateway.executeOk(Clear, { i: { websiteId, rule: ' ' } });
      expect(empty.clearBlockedVisitors.userErrors).toEqual([
        { code: 'BAD_USER_INPUT', field: ['input', 'rule'] },
      ]);
      expect(sandbox.calls).toEqual([]);
    },
  );
});
