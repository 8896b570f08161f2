/**
 * The reads behind one keyset page over a Crisp page-numbered list (docs/schema-design.md §5):
 * the page a cursor's hint points to, the page before while the lowest page read starts past the
 * key (items ahead of it left the list), then further pages until `first` items after the key
 * are in hand or the list ends, within `budget` reads so the call estimate holds.
 */

export interface KeysetRead<T> {
  first: number;
  perPage: number;
  /** The page to read first: the cursor's, or 1. */
  page: number;
  /** Pages read at most. */
  budget: number;
  readPage: (page: number) => Promise<T[]>;
  idOf: (item: T) => string;
  /** Whether the item comes strictly after the cursor's key; absent without a cursor. */
  isAfter?: (item: T) => boolean;
}

export interface Kept<T> {
  /** Where the item stood in Crisp's list when read. */
  position: number;
  node: T;
}

export async function keysetRead<T>(r: KeysetRead<T>) {
  const read = new Map<number, T[]>();
  const load = async (page: number) => {
    const items = await r.readPage(page);
    read.set(page, items);
    return items;
  };
  // Pages are read one after another while the list may change: an item is kept once.
  const kept = () => {
    const seen = new Set<string>();
    const out: Kept<T>[] = [];
    for (const page of [...read.keys()].sort((a, b) => a - b)) {
      read.get(page)!.forEach((node, i) => {
        const id = r.idOf(node);
        if (seen.has(id) || (r.isAfter && !r.isAfter(node))) return;
        seen.add(id);
        out.push({ position: (page - 1) * r.perPage + i, node });
      });
    }
    return out;
  };

  let last = await load(r.page);
  let lowest = r.page;
  let highest = r.page;
  while (r.isAfter && lowest > 1 && read.size < r.budget) {
    const head = read.get(lowest)![0];
    if (head && !r.isAfter(head)) break;
    await load(--lowest);
  }
  while (kept().length < r.first && last.length === r.perPage && read.size < r.budget) {
    last = await load(++highest);
  }
  const all = kept();
  const lastPageFull = last.length === r.perPage;
  return {
    window: all.slice(0, r.first),
    hasNextPage: all.length > r.first || lastPageFull,
    /** The last position read, where a page emptied by items moving ahead of the key resumes. */
    lastPosition: highest * r.perPage - 1,
  };
}
