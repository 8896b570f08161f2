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
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]).toMatchObject({
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

testClientCoverage('siteScope', siteScope);
