import type { Tier } from './store.ts';

/**
 * The variables of `npm run sandbox`, once each: default, parsing, the README's words and the
 * error for a bad value, in the README's order. The gateway keeps the same kind of table in its
 * src/server/config/; this one is apart because the sandbox is its own package, and its eight
 * checks are simple enough to write without a schema library.
 */
interface Variable<T> {
  name: string;
  fallback: T;
  /** The value, or undefined when it is not valid. */
  parse(raw: string): T | undefined;
  expect: string;
  doc: string;
  /** The README's "Default" cell, when the plain value says too little. */
  shown?: string;
}

const text = (raw: string) => raw;
const tiers: readonly Tier[] = ['plugin', 'website', 'user'];
const port = (raw: string) => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 65_535 ? n : undefined;
};
const milliseconds = (raw: string) => {
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

export const cliVariables = {
  port: {
    name: 'SANDBOX_PORT',
    fallback: 4010,
    parse: port,
    expect: 'must be a port number',
    doc: 'Port to listen on (`0` for any free port)',
  },
  host: {
    name: 'SANDBOX_HOST',
    fallback: '127.0.0.1',
    parse: text,
    expect: 'must not be empty',
    doc: 'Address to listen on',
  },
  identifier: {
    name: 'SANDBOX_IDENTIFIER',
    fallback: 'sandbox-identifier',
    parse: text,
    expect: 'must not be empty',
    doc: 'Token identifier (Basic auth user, RTM `username`)',
  },
  key: {
    name: 'SANDBOX_KEY',
    fallback: 'sandbox-key',
    parse: text,
    expect: 'must not be empty',
    doc: 'Token key (Basic auth password, RTM `password`)',
  },
  tier: {
    name: 'SANDBOX_TIER',
    fallback: 'plugin' as Tier,
    parse: (raw: string) => tiers.find((t) => t === raw),
    expect: `must be one of ${tiers.join(', ')}`,
    doc: 'Token tier: `plugin`, `website` or `user`',
  },
  activityMs: {
    name: 'SANDBOX_ACTIVITY_MS',
    fallback: 0,
    shown: '`0` (off)',
    parse: milliseconds,
    expect: 'must be a number of milliseconds, 0 for off',
    doc: 'Simulated visitor activity every this many milliseconds',
  },
  hookUrl: {
    name: 'SANDBOX_HOOK_URL',
    fallback: undefined as string | undefined,
    parse: text,
    expect: 'must not be empty',
    doc: 'Web Hook target that receives every event',
  },
  hookSecret: {
    name: 'SANDBOX_HOOK_SECRET',
    fallback: undefined as string | undefined,
    parse: text,
    expect: 'must not be empty',
    doc: 'Signs those deliveries (`X-Crisp-Signature`); unsigned without it',
  },
} satisfies Record<string, Variable<unknown>>;

type CliSettings = {
  [K in keyof typeof cliVariables]: (typeof cliVariables)[K] extends Variable<infer T> ? T : never;
};

/** Reads the environment; one Error names every bad variable (never its value). Blank counts as unset. */
export function readCliEnv(env: Record<string, string | undefined>): CliSettings {
  const problems: string[] = [];
  const read = (v: Variable<unknown>) => {
    const raw = env[v.name];
    if (raw === undefined || raw.trim() === '') return v.fallback;
    const value = v.parse(raw);
    if (value === undefined) problems.push(`${v.name} ${v.expect}`);
    return value;
  };
  const settings = Object.fromEntries(
    Object.entries(cliVariables).map(([key, v]) => [key, read(v)]),
  );
  if (problems.length > 0) throw new Error(problems.join('; '));
  return settings as CliSettings;
}

/** The README's table of these variables. */
export function cliEnvTable(): string {
  const rows = Object.values(cliVariables).map((v: Variable<unknown>) => {
    const shown = v.shown ?? (v.fallback === undefined ? 'none' : `\`${String(v.fallback)}\``);
    return `| \`${v.name}\` | ${shown} | ${v.doc} |`;
  });
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}
