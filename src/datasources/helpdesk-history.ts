import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { HelpdeskContentType } from './helpdesk.ts';
import {
  type TreeMetadataModel,
  type TreeMetadataRaw,
  toTreeMetadata,
} from './helpdesk-metadata.ts';

/** Catalogue `HelpdeskHistoryChange`. */
interface ChangeRaw {
  change_id?: string;
  message?: string;
  author?: { email?: string; name?: string };
  edits?: { insertions?: number; deletions?: number };
  created_at?: number;
  files?: { change?: string; path?: string; metadata?: TreeMetadataRaw; content?: string }[];
}

export interface ChangeFileModel {
  change: string | null;
  /** `<locale>/<content type>/<tree path>`, as Crisp gives it. */
  path: string | null;
  metadata: TreeMetadataModel | null;
  content: string | null;
}

/** A revision of the helpdesk's content. */
export interface ChangeModel {
  websiteId: string;
  changeId: string;
  message: string | null;
  authorName: string | null;
  authorEmail: string | null;
  insertions: number | null;
  deletions: number | null;
  createdAt: Date | null;
  files: ChangeFileModel[];
}

export const toChange = (websiteId: string, raw: ChangeRaw): ChangeModel => ({
  websiteId,
  changeId: String(raw.change_id).toLowerCase(),
  message: raw.message ?? null,
  authorName: raw.author?.name ?? null,
  authorEmail: raw.author?.email ?? null,
  insertions: raw.edits?.insertions ?? null,
  deletions: raw.edits?.deletions ?? null,
  createdAt: typeof raw.created_at === 'number' ? new Date(raw.created_at) : null,
  files: (raw.files ?? []).map((f) => ({
    change: f.change ?? null,
    path: f.path ?? null,
    metadata: f.metadata ? toTreeMetadata(websiteId, f.metadata) : null,
    content: f.content ?? null,
  })),
});

/** What the revision log is narrowed to. */
export interface ChangeFilter {
  locale?: string | null;
  contentType?: HelpdeskContentType | null;
  path?: string | null;
}

/** GET /website/{website_id}/helpdesk/history/changes/{page_number}, newest first. */
export async function listHelpdeskHistoryChanges(
  crisp: CrispClient,
  websiteId: string,
  page: number,
  filter: ChangeFilter,
): Promise<ChangeModel[]> {
  const rows = await crisp.get<ChangeRaw[]>(
    route`/website/${websiteId}/helpdesk/history/changes/${page}`,
    {
      filter_locale: filter.locale,
      filter_type: filter.contentType,
      filter_tree_path: filter.path,
    },
  );
  return rows.map((raw) => toChange(websiteId, raw));
}

/** GET /website/{website_id}/helpdesk/history/change/{change_id}: one revision with its files. */
export async function resolveHelpdeskHistoryChange(
  crisp: CrispClient,
  websiteId: string,
  changeId: string,
): Promise<ChangeModel> {
  const raw = await crisp.get<ChangeRaw>(
    route`/website/${websiteId}/helpdesk/history/change/${changeId}`,
  );
  return toChange(websiteId, raw);
}

/** DELETE /website/{website_id}/helpdesk/history/change/{change_id}: undoes the revision. */
export async function cancelHelpdeskHistoryChange(
  crisp: CrispClient,
  websiteId: string,
  changeId: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/helpdesk/history/change/${changeId}`, {
    action: 'revert',
  });
}
