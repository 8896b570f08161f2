// The two variables that hold lists: client API keys and CORS origins.
import { z } from 'zod';
import { websiteIdSchema } from '../../datasources/crisp-id.ts';

export interface ApiKeyConfig {
  /** Shown in logs instead of the key. */
  name: string;
  key: string;
  /** Website ids (lower case) the key may use, or `*` for every website the Crisp token reaches. */
  websites: string[] | '*';
  write: boolean;
}

const KEY = /^[A-Za-z0-9_~+/=-]{16,}$/;

const apiKeysJson = z.array(
  z.object({
    key: z.string().regex(KEY),
    name: z.string().min(1).optional(),
    websites: z.union([z.literal('*'), z.array(websiteIdSchema)]),
    write: z.boolean().optional(),
  }),
);

/**
 * GATEWAY_API_KEYS: a JSON array (`[{ "key", "name"?, "websites": [...] | "*", "write"? }]`) or
 * entries `key:websites:r|rw` separated by spaces, newlines or `;`, websites being `*` or ids
 * joined by commas. Undefined when malformed; the message never quotes the value.
 */
export function parseApiKeys(value: string): ApiKeyConfig[] | undefined {
  const keys: ApiKeyConfig[] = [];
  if (value.trim().startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      return undefined;
    }
    const parsed = apiKeysJson.safeParse(json);
    if (!parsed.success) return undefined;
    for (const [i, k] of parsed.data.entries()) {
      keys.push({
        name: k.name ?? `key-${i + 1}`,
        key: k.key,
        websites: k.websites,
        write: k.write ?? false,
      });
    }
  } else {
    const entries = value.split(/[\s;]+/).filter(Boolean);
    for (const [i, entry] of entries.entries()) {
      const [key, websites, mode, ...rest] = entry.split(':');
      if (rest.length > 0 || !key || !KEY.test(key) || !websites || (mode !== 'r' && mode !== 'rw'))
        return undefined;
      const ids = websites === '*' ? '*' : z.array(websiteIdSchema).safeParse(websites.split(','));
      if (ids !== '*' && !ids.success) return undefined;
      keys.push({
        name: `key-${i + 1}`,
        key,
        websites: ids === '*' ? '*' : ids.data,
        write: mode === 'rw',
      });
    }
  }
  if (keys.length === 0 || new Set(keys.map((k) => k.key)).size !== keys.length) return undefined;
  return keys;
}

/** GATEWAY_CORS_ORIGINS: `*`, or origins joined by commas (a trailing slash dropped). Undefined when malformed. */
export function parseOrigins(value: string): string[] | '*' | undefined {
  if (value.trim() === '*') return '*';
  const origins = value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const valid = origins.every((o) => {
    try {
      return new URL(o).origin === o.replace(/\/$/, '');
    } catch {
      return false;
    }
  });
  return valid && origins.length > 0 ? origins.map((o) => o.replace(/\/$/, '')) : undefined;
}

/** A zod schema from a parser that answers undefined for a bad value. */
export const parsedBy = <T>(parse: (value: string) => T | undefined) =>
  z.string().transform((value, ctx) => {
    const parsed = parse(value);
    if (parsed !== undefined) return parsed;
    ctx.addIssue({ code: 'custom', message: 'invalid' });
    return z.NEVER;
  });
