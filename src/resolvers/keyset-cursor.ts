import { createHash } from 'node:crypto';
import { z } from 'zod';
import { badInput } from '../request/bad-input.ts';

/**
 * Keyset cursors over Crisp's page-numbered lists (docs/schema-design.md §5): base64url JSON
 * `{ v: 1, k: [sortValue, crispId], p, f }`. `k` is the item's place in the list's order, `p`
 * where it stood when read (its 0-based position, from which the page to read is worked out
 * for whatever page size the next request uses), and `f` a hash of the connection and its
 * filter and sort arguments.
 */

export interface Keyset {
  /** The item's sort value (milliseconds for dates; null when the item has none) and Crisp id. */
  k: [number | null, string];
  p: number;
  f: string;
}

const cursorSchema = z.object({
  v: z.literal(1),
  k: z.tuple([z.number().nullable(), z.string().min(1).max(200)]),
  p: z.number().int().min(0).max(1_000_000),
  f: z.string().min(1).max(64),
});

export const encodeKeyset = ({ k, p, f }: Keyset) =>
  Buffer.from(JSON.stringify({ v: 1, k, p, f })).toString('base64url');

/** The cursor's parts, or undefined when it is not a keyset cursor at all. */
export function decodeKeyset(cursor: string): Keyset | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** JSON with object keys sorted and empty values left out, so equal arguments hash equally. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** `f`: names the connection (field and parent) and its filter and sort arguments. */
export const filterHash = (connection: string, parentId: string, args: unknown) =>
  createHash('sha256')
    .update(JSON.stringify([connection, parentId, canonical(args)]))
    .digest('base64url')
    .slice(0, 16);

/** The cursor (the `field` argument), checked against the field's current arguments before any Crisp call. */
export function keysetCursor(
  cursor: string,
  f: string,
  field: 'after' | 'before' = 'after',
): Keyset {
  const keyset = decodeKeyset(cursor);
  if (!keyset || keyset.f !== f) {
    throw badInput(field, 'the cursor comes from another list, filter or sort order');
  }
  return keyset;
}
