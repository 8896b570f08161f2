import type { CrispClient } from './crisp-client.ts';
import { listHelpdeskLocales, resolveHelpdesk, resolveHelpdeskLocale } from './helpdesk.ts';
import { resolveHelpdeskTreeMetadata } from './helpdesk-metadata.ts';
import { resolveHelpdeskRedirection } from './helpdesk-redirection.ts';
import {
  listHelpdeskPages,
  listHelpdeskTree,
  parseTreeKey,
  resolveHelpdeskTreeContent,
  resolveHelpdeskTreePage,
  resolveHelpdeskTreePath,
} from './helpdesk-tree.ts';
import { createLimiter, limitedLoader, READS_IN_FLIGHT } from './limiter.ts';

/** `<key>#<page>`: a page of a list (a tree key or a locale key has no `#`). */
export const pageKey = (key: string, page: number) => `${key}#${page}`;

function splitPage(key: string): [string, number] {
  const hash = key.lastIndexOf('#');
  return [key.slice(0, hash), Number(key.slice(hash + 1))];
}

export function createHelpdeskLoaders(crisp: CrispClient) {
  // Crisp has no batch read for helpdesk content: these loaders de-duplicate within a request
  // (a home page naming one tree in several fields reads it once) and share one cap in flight.
  const limit = createLimiter(READS_IN_FLIGHT);
  const tree = <V>(
    read: (crisp: CrispClient, key: ReturnType<typeof parseTreeKey>) => Promise<V>,
  ) => limitedLoader(limit, (key) => read(crisp, parseTreeKey(key)));
  return {
    /** By website id. */
    helpdesk: limitedLoader(limit, (websiteId) => resolveHelpdesk(crisp, websiteId)),
    /** By `<websiteId>:<locale>`. */
    helpdeskLocale: limitedLoader(limit, (key) => {
      const [websiteId, locale] = key.split(':') as [string, string];
      return resolveHelpdeskLocale(crisp, websiteId, locale);
    }),
    /** By `pageKey(websiteId, n)`. */
    helpdeskLocalePage: limitedLoader(limit, (key) =>
      listHelpdeskLocales(crisp, ...splitPage(key)),
    ),
    /** By `pageKey(treeKey(<directory or root>), n)`: the entries below it, with their children. */
    helpdeskTreeList: limitedLoader(limit, (key) => {
      const [under, page] = splitPage(key);
      return listHelpdeskTree(crisp, parseTreeKey(under), page);
    }),
    /** By `pageKey(treeKey(<root>), n)`: the published articles. */
    helpdeskPages: limitedLoader(limit, (key) => {
      const [under, page] = splitPage(key);
      const { websiteId, locale, contentType } = parseTreeKey(under);
      return listHelpdeskPages(crisp, { websiteId, locale, contentType }, page);
    }),
    /** By `<websiteId>:<redirectionId>`. */
    helpdeskRedirection: limitedLoader(limit, (key) => {
      const [websiteId, redirectionId] = key.split(':') as [string, string];
      return resolveHelpdeskRedirection(crisp, websiteId, redirectionId);
    }),
    /** The rest by `treeKey`: one node's entry (with its children), body, metadata and page. */
    helpdeskTreeEntry: tree(resolveHelpdeskTreePath),
    helpdeskContent: tree(resolveHelpdeskTreeContent),
    helpdeskMetadata: tree(resolveHelpdeskTreeMetadata),
    helpdeskPage: tree(resolveHelpdeskTreePage),
  };
}
