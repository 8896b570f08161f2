import type { z } from 'zod';

/** What the README's configuration table and a ConfigError say about one variable. */
interface Described {
  /** The README's "Meaning" column. */
  doc: string;
  /** Completes `<NAME> …` in a ConfigError; it never quotes the value, which may be a secret. */
  expect: string;
  /** The README's "Default" column, when the default depends on other settings. */
  shown?: string;
}

/** One environment variable: its name, how its value is parsed, its default and its documentation. */
export class Variable<T> {
  constructor(
    readonly name: string,
    /** Parses a value that is set (a blank one counts as unset). */
    readonly schema: z.ZodType<NonNullable<T>>,
    /** Taken when the variable is unset. */
    readonly fallback: T,
    readonly described: Described,
  ) {}

  /** The README's "Default" cell. */
  get shownDefault(): string {
    if (this.described.shown) return this.described.shown;
    return this.fallback === undefined ? 'none' : `\`${String(this.fallback)}\``;
  }
}

export function variable<T>(
  name: string,
  schema: z.ZodType<T>,
  described: Described & { default: NoInfer<T> },
): Variable<T>;
export function variable<T>(
  name: string,
  schema: z.ZodType<T>,
  described: Described,
): Variable<T | undefined>;
export function variable<T>(
  name: string,
  schema: z.ZodType<T>,
  { default: fallback, ...described }: Described & { default?: T },
): Variable<T | undefined> {
  return new Variable<T | undefined>(
    name,
    schema as z.ZodType<NonNullable<T>>,
    fallback,
    described,
  );
}

/** Variables, grouped as the settings they become. */
export interface Group {
  readonly [key: string]: Variable<unknown> | Group;
}

/** The settings a group of variables becomes: each variable replaced by its parsed type. */
export type Settings<G> = {
  -readonly [K in keyof G]: G[K] extends Variable<infer T> ? T : Settings<G[K]>;
};

/** Every variable of a group, in the order written (the README's order). */
export function variablesOf(group: Group): Variable<unknown>[] {
  return Object.values(group).flatMap((entry) =>
    entry instanceof Variable ? [entry] : variablesOf(entry),
  );
}

const blankToUndefined = (v: string | undefined) =>
  v === undefined || v.trim() === '' ? undefined : v;

/** Whether a variable holds a value; blank counts as unset. */
export const isSet = (env: Record<string, string | undefined>, name: string) =>
  blankToUndefined(env[name]) !== undefined;

/** Reads a group from the environment; each variable that does not parse adds its message to `problems`. */
export function readGroup<G extends Group>(
  group: G,
  env: Record<string, string | undefined>,
  problems: Map<string, string>,
): Settings<G> {
  const read = (entry: Variable<unknown> | Group): unknown => {
    if (!(entry instanceof Variable)) return readGroup(entry, env, problems);
    const raw = blankToUndefined(env[entry.name]);
    if (raw === undefined) return entry.fallback;
    const parsed = entry.schema.safeParse(raw);
    if (!parsed.success) problems.set(entry.name, `${entry.name} ${entry.described.expect}`);
    return parsed.data;
  };
  return Object.fromEntries(
    Object.entries(group).map(([key, entry]) => [key, read(entry)]),
  ) as Settings<G>;
}
