import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';

/** Catalogue `PeopleImportSetup`: where the CSV is, and which column fills which profile field. */
export interface PeopleImportSetupRaw {
  url: string;
  mapping: { column: number; field: string }[];
  options?: { column_separator?: string; skip_header?: boolean };
}

/**
 * POST /website/{website_id}/people/import/profiles — starts an import; its progress arrives as
 * `people:import:progress` and `people:import:done`. Not retried: a second call imports twice.
 */
export async function importPeopleProfiles(
  crisp: CrispClient,
  websiteId: string,
  setup: PeopleImportSetupRaw,
): Promise<{ importId: string | null }> {
  const raw = await crisp.post<{ import_id?: string } | null>(
    route`/website/${websiteId}/people/import/profiles`,
    setup,
  );
  return { importId: raw?.import_id ?? null };
}

/** POST /website/{website_id}/people/export/profiles — Crisp emails the export; no body. */
export async function exportPeopleProfiles(crisp: CrispClient, websiteId: string): Promise<void> {
  await crisp.post(route`/website/${websiteId}/people/export/profiles`);
}
