import { PAGE_SIZE } from '../resolvers/page-connection.ts';

export type Args = Record<string, unknown>;
export type Count = number | ((args: Args) => number);

/**
 * What a field costs in Crisp calls, where the field is defined (`extensions: crispCalls(…)`).
 * A field without one is served from its parent's payload (0), except the root fields of Query
 * and Mutation, which make one call unless they say otherwise.
 */
export interface CrispCost {
  /** Calls for each parent item. @default 0 */
  calls?: Count;
  /** Items a list field gives each parent: what its selection costs is multiplied by it. */
  items?: Count;
  /**
   * The loader this read goes through: fields naming the same loader count it once per parent
   * item, or once per item of the nearest `per` ancestor (the operator list: once per website).
   */
  loader?: string;
  per?: string;
  /** No call when the parent came with its Crisp payload (a listed conversation), only for a bare key. */
  unlessLoaded?: boolean;
  /** The items come with their payload (true) or as bare keys (false); absent: as the parent's. */
  loaded?: boolean;
}

export const CRISP_CALLS = 'crispCalls';

/** `extensions: crispCalls({ calls: 1 })`; several parts add up (two loaders behind one field). */
export const crispCalls = (...cost: CrispCost[]) => ({ [CRISP_CALLS]: cost });

/** A list whose length Crisp decides (the websites of a plugin token) counts as one Crisp page. */
export const UNKNOWN_LIST_ITEMS = PAGE_SIZE;

/** The plugin token's websites, read page by page until a short one: once per operation. */
export const websiteList: CrispCost = {
  calls: Math.floor(UNKNOWN_LIST_ITEMS / PAGE_SIZE) + 1,
  loader: 'connectWebsites',
};

/**
 * A Relay connection over Crisp's numbered pages: the pages its window spans, one more after a
 * cursor (the window need not start on a page), and after an `after` cursor one more again (the
 * page before the cursor's, read when its item moved up).
 */
export function pagedCalls(args: Args): number {
  const size = pageSize(args) ?? PAGE_SIZE;
  return Math.ceil(size / PAGE_SIZE) + (args.after ? 2 : args.before ? 1 : 0);
}

/** Arguments that size a list: armor's cost multiplies by the first two, the call estimate by all. */
export const COST_PAGE_ARGS = ['first', 'last'];
const PAGE_ARGS = [...COST_PAGE_ARGS, 'limit'];

export const count = (c: Count | undefined, args: Args, fallback: number) =>
  c === undefined ? fallback : typeof c === 'number' ? c : c(args);

/** The page size a field's arguments ask for, variables and defaults applied. */
export function pageSize(args: Args, names = PAGE_ARGS): number | undefined {
  for (const name of names) if (typeof args[name] === 'number') return args[name] as number;
  return undefined;
}
