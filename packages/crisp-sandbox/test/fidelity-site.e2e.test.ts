import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { siteScope } from './fidelity-scope.ts';
import {
  acme,
  acmeId,
  events,
  failure,
  plugin,
  testClientCoverage,
  useFidelitySandbox,
  user,
  websiteClient,
} from './support/fidelity-directory.ts';

/**
 * The official Node client (`crisp-api`) calls the website routes beyond the seed scope (people
 * suggestions, campaigns, import and export, visitors, verification, analytics, connect) through
 * its own resource methods, and the data it gets back is checked against the store.
 */
useFidelitySandbox();

describe('people suggestions, campaigns, import and export', () => {
  test('suggested data keys and events are listed and deleted', async () => {
    const keys = await plugin.website.listSuggestedPeopleDataKeys(acmeId, 1);
    expect(keys[0]).toMatchObject({ key: expect.any(String), count: expect.any(Number) });
    const texts = await plugin.website.listSuggestedPeopleEvents(acmeId, 1);
    expect(texts[0]).toMatchObject({ text: expect.any(String), count: expect.any(Number) });
    const [segment] = await plugin.website.listSuggestedPeopleSegments(acmeId, 1);

    await plugin.website.deleteSuggestedPeopleSegment(acmeId, segment!.segment!);
    await plugin.website.deleteSuggestedPeopleDataKey(acmeId, keys[0]!.key!);
    await plugin.website.deleteSuggestedPeopleEvent(acmeId, texts[0]!.text!);
    const all = async <T>(list: (page: number) => Promise<T[]>) => {
      const out: T[] = [];
      for (let n = 1; ; n += 1) {
        const items = await list(n);
        if (items.length === 0) return out;
        out.push(...items);
      }
    };
    const segmentsAfter = await all((n) => plugin.website.listSuggestedPeopleSegments(acmeId, n));
    expect(segmentsAfter.map((s) => s.segment)).not.toContain(segment!.segment);
    const keysAfter = await all((n) => plugin.website.listSuggestedPeopleDataKeys(acmeId, n));
    expect(keysAfter.map((k) => k.key)).not.toContain(keys[0]!.key);
    // The contacts keep the value; only the suggestion goes.
    expect([...acme.people.values()].some((p) => keys[0]!.key! in p.data)).toBe(true);
    expect(
      await failure(plugin.website.deleteSuggestedPeopleEvent(acmeId, texts[0]!.text!)),
    ).toEqual({ message: 'not_found', code: 404 });
  });

  test('listPeopleCampaigns lists the campaigns a contact received', async () => {
    const person = [...acme.people.values()][0]!.profile;
    const campaigns = await user.website.listPeopleCampaigns(acmeId, person.people_id, 1);
    // The seeded welcome campaign, and the first website's newsletter sent to every contact.
    expect(campaigns).toHaveLength(2);
    for (const campaign of campaigns)
      expect(campaign).toMatchObject({
        campaign_id: expect.any(String),
        name: expect.any(String),
        statistics: expect.arrayContaining(['delivered']),
      });
    expect(await user.website.listPeopleCampaigns(acmeId, person.people_id, 2)).toEqual([]);
  });

  test('importPeopleProfiles creates the contacts and reports progress; exportPeopleProfiles answers', async () => {
    const server = createServer((_, res) => res.end('email;name\nlin.fidelity@example.com;Lin\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/people.csv`;
      const answer = (await user.website.importPeopleProfiles(acmeId, {
        url,
        mapping: [
          { column: 1, field: 'email' },
          { column: 2, field: 'person.nickname' },
        ],
        options: { column_separator: ';', skip_header: true },
      })) as { import_id: string };
      expect(answer.import_id).toEqual(expect.any(String));
      const done = () =>
        events.find(
          (e) => e.event === 'people:import:done' && e.data.import_id === answer.import_id,
        );
      await expect.poll(done).toBeDefined();
      expect(done()!.data.error).toBe(false);
      const imported = [...acme.people.values()].find(
        (p) => p.profile.email === 'lin.fidelity@example.com',
      );
      expect(imported?.profile.person.nickname).toBe('Lin');
    } finally {
      server.close();
    }
    await user.website.exportPeopleProfiles(acmeId);
  });
});

describe('visitors map and blocked visitors', () => {
  test('pinpointVisitorsOnMap, world-wide and zoomed', async () => {
    const world = await plugin.website.pinpointVisitorsOnMap(
      acmeId,
      undefined!,
      undefined!,
      undefined!,
    );
    const total = world.reduce((n, p) => n + (p.visitors?.count ?? 0), 0);
    expect(total).toBe(acme.visitors.length);
    const at = acme.visitors[0]!.geolocation;
    const zoomed = await plugin.website.pinpointVisitorsOnMap(
      acmeId,
      at.coordinates.longitude,
      at.coordinates.latitude,
      5,
    );
    expect(zoomed.map((p) => p.geolocation?.city)).toEqual([at.city]);
    const sessions = zoomed[0]!.visitors!.sessions!.map((s) => s.session_id);
    const here = acme.visitors.filter((v) => v.geolocation.city === at.city);
    expect(sessions).toEqual(here.map((v) => v.session_id));
  });

  test('countBlockedVisitors, countBlockedVisitorsInRule and clearBlockedVisitorsInRule', async () => {
    const blocked = [...acme.conversations.values()].filter((r) => r.blocked).length;
    // The wire carries one row per rule and `{rule, blocked}` for one rule, as the Go client reads
    // it; the Node client types an object and a bare number.
    expect(await user.website.countBlockedVisitors(acmeId)).toEqual([
      { rule: ['session'], blocked },
    ]);
    expect(await user.website.countBlockedVisitorsInRule(acmeId, 'session')).toEqual({
      rule: ['session'],
      blocked,
    });
    await user.website.clearBlockedVisitorsInRule(acmeId, 'session');
    expect(await user.website.countBlockedVisitorsInRule(acmeId, 'session')).toMatchObject({
      blocked: 0,
    });
    expect(await failure(user.website.clearBlockedVisitorsInRule(acmeId, 'nope'))).toEqual({
      message: 'not_found',
      code: 404,
    });
  });
});

describe('verification, deletion, analytics and connect endpoints', () => {
  test('getVerifySettings, updateVerifySettings, getVerifyKey and rollVerifyKey', async () => {
    expect(await plugin.website.getVerifySettings(acmeId)).toEqual({ enabled: false });
    await plugin.website.updateVerifySettings(acmeId, { enabled: true });
    expect(await plugin.website.getVerifySettings(acmeId)).toEqual({ enabled: true });
    const { secret } = await plugin.website.getVerifyKey(acmeId);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await plugin.website.rollVerifyKey(acmeId);
    expect((await plugin.website.getVerifyKey(acmeId)).secret).not.toBe(secret);
  });

  test('abortWebsiteDeletion cancels a deletion the website had scheduled', async () => {
    acme.deletionScheduledAt = Date.now();
    await user.website.abortWebsiteDeletion(acmeId);
    expect(acme.deletionScheduledAt).toBeUndefined();
  });

  test('generateAnalytics counts the conversations created per day', async () => {
    const created = [...acme.conversations.values()].map(
      (r) => r.conversation.created_at as number,
    );
    const series = (await user.website.generateAnalytics(acmeId, {
      metric: 'conversation',
      type: 'new',
      date: {
        from: new Date(Math.min(...created)).toISOString(),
        to: new Date(Math.max(...created)).toISOString(),
        split: 'day',
        timezone: 'UTC',
      },
    })) as { period: string; value: number }[];
    expect(series.reduce((n, p) => n + p.value, 0)).toBe(created.length);
  });

  test('getConnectEndpoints answers a website token with the relay', async () => {
    const endpoints = await websiteClient.website.getConnectEndpoints(acmeId);
    expect(endpoints.socket?.app).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/rtm\/$/);
  });
});

testClientCoverage('siteScope', siteScope);
