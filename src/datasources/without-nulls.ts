/** GraphQL gives an absent optional input field as null; Crisp wants it left out of the body. */
export type Nullable<T> = { [K in keyof T]?: T[K] | null };

/** `T` with null allowed wherever a key is optional, at every depth: what an input may hold. */
export type NullableDeep<T> = T extends Date | string | number | boolean
  ? T
  : T extends readonly (infer U)[]
    ? NullableDeep<U>[]
    : T extends object
      ? { [K in keyof T]: undefined extends T[K] ? NullableDeep<T[K]> | null : NullableDeep<T[K]> }
      : T;

/** Drops null and undefined entries, at every depth of objects and arrays. */
export function withoutNulls<T>(value: NullableDeep<T>): T {
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as T;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutNulls(v)]),
  ) as T;
}
