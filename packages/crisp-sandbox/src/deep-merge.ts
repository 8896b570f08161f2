import type { Raw } from './store.ts';

export const isObject = (v: unknown): v is Raw =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * How Crisp applies a partial update (settings groups, profile cards): nested objects merge key
 * by key, while arrays and scalars replace what was there.
 */
export function deepMerge(target: Raw, patch: Raw): Raw {
  const out: Raw = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isObject(value) && isObject(out[key]) ? deepMerge(out[key], value) : value;
  }
  return out;
}
