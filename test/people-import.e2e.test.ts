import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { test as base, describe, expect } from './support/fixtures.ts';
import { closeClients, subscribed, subscribeWs } from './support/live.ts';
import { callsOf } from './support/rest.ts';
import { waitFor } from './support/wait-for.ts';

const SECRET = 'people-import-hook-secret';

// Imports and their events are open to user tokens only; the events come here by web hook.
const test = base.extend({
  sandboxOptions: { tier: 'user' as const },
  gatewayEnv: async ({ sandbox }, use) =>
    use({
      CRISP_RTM_MODE: 'webhooks',
      CRISP_WEBHOOK_SECRET: SECRET,
      GATEWAY_CACHE: 'off',
      CRISP_WEBSITE_ID: sandbox.seed.websiteIds[0]!,
    }),
});

/** Serves one CSV file on loopback, where the sandbox (as Crisp) downloads it from. */
async function serveCsv(text: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/people.csv`, server };
}

const Import = `mutation($i: ImportPeopleProfilesInput!) { importPeopleProfiles(input: $i) { website { id } importId userErrors { code field } } }`;

const Events = `subscription($w: ID) { peopleImportEvents(websiteId: $w) {
  __typename name importId website { id }
  ... on PeopleImportProgressEvent { progress total skipped remaining skippedRows { identifier reason } }
  ... on PeopleImportDoneEvent { hasFailed }
} }`;

afterEach(closeClients);

describe('importing and exporting contacts', () => {
  test('an import posts the file and mapping, and its progress reaches peopleImportEvents', async ({
    gateway,
    sandbox,
  }) => {
    const websiteId = sandbox.seed.websiteIds[0]!;
    sandbox.addHook({ url: `${gateway.origin}/webhooks/crisp`, secret: SECRET });
    const csv = await serveCsv(
      'email,name\nada.import@example.com,Ada Import\nnot-an-email,Nobody\ngrace.import@example.com,Grace\n',
    );
    try {
      const sub = subscribeWs<{ peopleImportEvents: Record<string, unknown> }>(
        gateway.url,
        Events,
        { w: websiteId },
      );
      await subscribed(gateway.gateway, websiteId);
      const data = await gateway.executeOk(Import, {
        i: {
          url: csv.url,
          mapping: [
            { column: 1, field: 'email' },
            { column: 2, field: 'person.nickname' },
          ],
          skipHeader: true,
        },
      });
      const { importId } = data.importPeopleProfiles;
      expect(data.importPeopleProfiles).toEqual({
        website: { id: `Website:${websiteId}` },
        importId: expect.any(String),
        userErrors: [],
      });
      expect(callsOf(sandbox, 'website.people.import_profiles')).toMatchObject([
        {
          method: 'POST',
          path: `/website/${websiteId}/people/import/profiles`,
          body: {
            url: csv.url,
            mapping: [
              { column: 1, field: 'email' },
              { column: 2, field: 'person.nickname' },
            ],
            options: { skip_header: true },
          },
        },
      ]);

      await waitFor(() => sub.data.length === 3);
      const events = sub.data.map((d) => d.peopleImportEvents);
      const scope = { importId, website: { id: `Website:${websiteId}` } };
      expect(events).toEqual([
        {
          __typename: 'PeopleImportProgressEvent',
          name: 'PEOPLE_IMPORT_PROGRESS',
          ...scope,
          progress: 0,
          total: 3,
          skipped: 0,
          remaining: 3,
          skippedRows: [],
        },
        {
          __typename: 'PeopleImportProgressEvent',
          name: 'PEOPLE_IMPORT_PROGRESS',
          ...scope,
          progress: 100,
          total: 3,
          skipped: 1,
          remaining: 0,
          skippedRows: [{ identifier: 'not-an-email', reason: 'invalid_email' }],
        },
        {
          __typename: 'PeopleImportDoneEvent',
          name: 'PEOPLE_IMPORT_DONE',
          ...scope,
          hasFailed: false,
        },
      ]);
      const emails = [...sandbox.seed.websites[0]!.people.values()].map((p) => p.profile.email);
      expect(emails).toEqual(
        expect.arrayContaining(['ada.import@example.com', 'grace.import@example.com']),
      );
    } finally {
      csv.server.close();
    }
  });

  test('a failed import is sent once and reported in userErrors', async ({ gateway, sandbox }) => {
    sandbox.failNext('POST /website/:website_id/people/import/profiles', {
      status: 500,
      reason: 'error',
    });
    const data = await gateway.executeOk(Import, {
      i: { url: 'https://files.example/people.csv', mapping: [{ column: 1, field: 'email' }] },
    });
    expect(data.importPeopleProfiles.importId).toBeNull();
    expect(data.importPeopleProfiles.userErrors).toHaveLength(1);
    expect(callsOf(sandbox, 'website.people.import_profiles')).toHaveLength(1);
  });

  test('bad input is refused before any call', async ({ gateway, sandbox }) => {
    for (const [i, field] of [
      [{ url: 'ftp://files.example/p.csv', mapping: [{ column: 1, field: 'email' }] }, 'url'],
      [{ url: 'https://files.example/p.csv', mapping: [] }, 'mapping'],
      [{ url: 'https://files.example/p.csv', mapping: [{ column: 0, field: 'email' }] }, 'mapping'],
    ] as const) {
      const res = await gateway.execute(Import, { i });
      const errors = res.data?.importPeopleProfiles?.userErrors ?? res.errors;
      expect(JSON.stringify(errors), field).toContain('BAD_USER_INPUT');
    }
    expect(sandbox.calls).toEqual([]);
  });

  test('an export is one POST without a body', async ({ gateway, sandbox }) => {
    const websiteId = sandbox.seed.websiteIds[0]!;
    const data = await gateway.executeOk(
      `mutation($i: ExportPeopleProfilesInput!) { exportPeopleProfiles(input: $i) { website { id } userErrors { code } } }`,
      { i: { websiteId } },
    );
    expect(data.exportPeopleProfiles).toEqual({
      website: { id: `Website:${websiteId}` },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.people.export_profiles')).toMatchObject([
      { method: 'POST', path: `/website/${websiteId}/people/export/profiles`, status: 200 },
    ]);
  });
});

base(
  'with a plugin token, peopleImportEvents fails at once with FORBIDDEN',
  async ({ gateway, sandbox }) => {
    const sub = subscribeWs<unknown>(gateway.url, Events, { w: sandbox.seed.websiteIds[0]! });
    await sub.done;
    expect(sub.results[0]!.errors?.[0]).toMatchObject({
      message:
        '`people:import:progress` reaches user tokens only; this gateway uses a plugin token.',
      extensions: { code: 'FORBIDDEN', requiredTiers: ['user'] },
    });
    expect(sandbox.calls).toEqual([]);
  },
);
