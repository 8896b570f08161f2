import { randomUUID } from 'node:crypto';
import type { Routes } from '../http/handler.ts';
import type { PersonRecord, Raw, SandboxStore, WebsiteRecord } from '../store.ts';
import { createPerson, writeProfile } from './profile.ts';
import { findPerson } from './record.ts';
import { profileUpdated } from './routes.ts';

/**
 * Contact imports and exports. An import answers at once with its `import_id`, then downloads
 * the CSV (any URL the sandbox can reach, its own bucket included), creates or merges one contact
 * per row by email, and reports `people:import:progress` (0, then 100) and `people:import:done`.
 * An export answers and does nothing more: Crisp emails the file, the sandbox sends no mail.
 */

interface Setup {
  url: string;
  mapping: { column: number; field: string }[];
  options?: { column_separator?: string; skip_header?: boolean };
}

/** Rows of a CSV text: fields split on `separator`, double quotes around a field honoured. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === separator) endField();
    else if (c === '\n') {
      endField();
      rows.push([]);
    } else if (c !== '\r') field += c;
  }
  endField();
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** `person.nickname` → `{ person: { nickname } }`; `segments` splits on commas. */
function cardOf(row: string[], mapping: Setup['mapping']): Raw {
  const card: Raw = {};
  for (const { column, field } of mapping) {
    const value = row[column - 1]?.trim();
    if (!value) continue;
    const path = field.split('.');
    let at = card;
    for (const key of path.slice(0, -1)) at = at[key] ??= {};
    at[path.at(-1)!] =
      field === 'segments'
        ? value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : value;
  }
  return card;
}

function importRow(store: SandboxStore, website: WebsiteRecord, card: Raw): PersonRecord {
  const websiteId = website.website.website_id as string;
  const existing = findPerson(website, card.email);
  if (existing) {
    writeProfile(existing, card, 'merge', store.now());
    profileUpdated(store, website, existing);
    return existing;
  }
  const nickname = card.person?.nickname ?? card.email.split('@')[0];
  const person = createPerson({ ...card, person: { ...card.person, nickname } }, store.now());
  website.people.set(person.profile.people_id, person);
  store.emit(websiteId, 'people:profile:created', {
    website_id: websiteId,
    people_id: person.profile.people_id,
    email: person.profile.email,
  });
  return person;
}

async function runImport(store: SandboxStore, website: WebsiteRecord, id: string, setup: Setup) {
  const websiteId = website.website.website_id as string;
  const scope = { website_id: websiteId, import_id: id };
  let rows: string[][];
  try {
    const res = await fetch(setup.url);
    if (!res.ok) throw new Error(`download answered ${res.status}`);
    rows = parseCsv(await res.text(), setup.options?.column_separator ?? ',');
  } catch {
    store.emit(websiteId, 'people:import:done', { ...scope, error: true });
    return;
  }
  if (setup.options?.skip_header) rows = rows.slice(1);
  const count = { total: rows.length, skipped: 0, remaining: rows.length };
  store.emit(websiteId, 'people:import:progress', { ...scope, progress: 0, count });
  const skipped: { identifier: string | null; reason: string }[] = [];
  for (const row of rows) {
    const card = cardOf(row, setup.mapping);
    if (typeof card.email !== 'string' || !card.email.includes('@'))
      skipped.push({ identifier: card.email ?? null, reason: 'invalid_email' });
    else importRow(store, website, card);
  }
  store.emit(websiteId, 'people:import:progress', {
    ...scope,
    progress: 100,
    count: { total: rows.length, skipped: skipped.length, remaining: 0 },
    items: { skipped },
  });
  store.emit(websiteId, 'people:import:done', { ...scope, error: false });
}

export const peopleImportRoutes: Routes = {
  'website.people.import_profiles': ({ website, body, store }) => {
    const importId = randomUUID();
    // Crisp answers before the work starts; the events follow the answer.
    setImmediate(() => void runImport(store, website, importId, body as Setup));
    return { import_id: importId };
  },

  'website.people.export_profiles': () => ({}),
};
