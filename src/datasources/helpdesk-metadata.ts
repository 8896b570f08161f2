import type { CrispClient } from './crisp-client.ts';
import { route, Segments } from './crisp-request.ts';
import type { TreeKey, TreeStateRaw } from './helpdesk-tree.ts';
import { withoutNulls } from './without-nulls.ts';

/** Catalogue `HelpdeskTreeMetadata`: what an article, section or category says of itself. */
export interface TreeMetadataRaw {
  format?: string;
  title?: string;
  description?: string;
  state?: TreeStateRaw;
  author?: { user_id?: string };
  color?: string;
  image?: string;
}

export interface TreeMetadataModel {
  websiteId: string;
  format: string | null;
  title: string | null;
  description: string | null;
  isPublished: boolean | null;
  isHidden: boolean | null;
  isFeatured: boolean | null;
  authorUserId: string | null;
  color: string | null;
  image: string | null;
}

export const toTreeMetadata = (websiteId: string, raw: TreeMetadataRaw): TreeMetadataModel => ({
  websiteId,
  format: raw.format ?? null,
  title: raw.title ?? null,
  description: raw.description ?? null,
  isPublished: raw.state?.published ?? null,
  isHidden: raw.state?.hidden ?? null,
  isFeatured: raw.state?.featured ?? null,
  authorUserId: raw.author?.user_id ?? null,
  color: raw.color || null,
  image: raw.image || null,
});

/** What an editor changes of the metadata; null and absent fields stay as they are. */
export interface TreeMetadataPatch {
  title?: string | null;
  description?: string | null;
  isPublished?: boolean | null;
  isHidden?: boolean | null;
  isFeatured?: boolean | null;
  color?: string | null;
  image?: string | null;
}

/** GET /website/{website_id}/helpdesk/tree/metadata/{locale}/{content_type}/{tree_path} */
export async function resolveHelpdeskTreeMetadata(
  crisp: CrispClient,
  k: TreeKey,
): Promise<TreeMetadataModel> {
  const tree = new Segments(k.path);
  return toTreeMetadata(
    k.websiteId,
    await crisp.get<TreeMetadataRaw>(
      route`/website/${k.websiteId}/helpdesk/tree/metadata/${k.locale}/${k.contentType}/${tree}`,
    ),
  );
}

/** PATCH …/helpdesk/tree/metadata/…: a partial update; Crisp merges the state's flags. */
export async function updateHelpdeskTreeMetadata(
  crisp: CrispClient,
  k: TreeKey,
  patch: TreeMetadataPatch,
): Promise<void> {
  const state = withoutNulls<TreeStateRaw>({
    published: patch.isPublished,
    hidden: patch.isHidden,
    featured: patch.isFeatured,
  });
  const tree = new Segments(k.path);
  await crisp.patch(
    route`/website/${k.websiteId}/helpdesk/tree/metadata/${k.locale}/${k.contentType}/${tree}`,
    withoutNulls<TreeMetadataRaw>({
      title: patch.title,
      description: patch.description,
      color: patch.color,
      image: patch.image,
      state: Object.keys(state).length > 0 ? state : undefined,
    }),
  );
}
