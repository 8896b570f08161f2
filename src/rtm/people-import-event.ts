import { base, type EventModel } from './event-models.ts';
import type { RtmEvent } from './topics.ts';

/**
 * `people:import:progress` and `people:import:done` → the models of `peopleImportEvents`. The
 * Node and Go clients disagree on the payload (catalogue rtm-events.json): the import is named by
 * `import_id` (Go) or `people_id` (Node), and skipped rows come as an array (Go) or under
 * `items.skipped` (Node). Both shapes are read.
 */

type Data = Record<string, unknown>;

const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (v: unknown): number | null => (Number.isInteger(v) ? (v as number) : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export const peopleImportEventNames = ['people:import:progress', 'people:import:done'];

/** A CSV row Crisp did not import, and why. */
export interface SkippedRowModel {
  identifier: string | null;
  reason: string;
}

export interface PeopleImportProgressModel extends EventModel {
  importId: string | null;
  /** Percent done, 0 to 100. */
  progress: number;
  total: number | null;
  skipped: number | null;
  remaining: number | null;
  skippedRows: SkippedRowModel[];
}

export interface PeopleImportDoneModel extends EventModel {
  importId: string | null;
  failed: boolean;
}

export type PeopleImportEventModel = PeopleImportProgressModel | PeopleImportDoneModel;

function skippedRows(items: unknown): SkippedRowModel[] {
  const rows = Array.isArray(items) ? items : isData(items) ? items.skipped : undefined;
  if (!Array.isArray(rows)) return [];
  return rows.filter(isData).map((r) => ({
    identifier: text(r.identifier),
    reason: text(r.reason) ?? 'unknown',
  }));
}

export function toPeopleImportEvent(e: RtmEvent): PeopleImportEventModel | undefined {
  const importId = text(e.data.import_id) ?? text(e.data.people_id);
  if (e.name === 'people:import:done') {
    if (typeof e.data.error !== 'boolean') return undefined;
    return { ...base(e, 'PeopleImportDoneEvent'), importId, failed: e.data.error };
  }
  const progress = int(e.data.progress);
  if (e.name !== 'people:import:progress' || progress === null) return undefined;
  const count = isData(e.data.count) ? e.data.count : {};
  return {
    ...base(e, 'PeopleImportProgressEvent'),
    importId,
    progress,
    total: int(count.total),
    skipped: int(count.skipped),
    remaining: int(count.remaining),
    skippedRows: skippedRows(e.data.items),
  };
}
