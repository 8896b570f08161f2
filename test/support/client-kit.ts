import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { Sandbox } from 'crisp-sandbox';
import { vi } from 'vitest';

/** A response body as the gateway sent it. */
export interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** The global fetch, watched: every GraphQL body the client received, as it came off the wire. */
export function watchedFetch() {
  const bodies: Body[] = [];
  const watched: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    bodies.push(await res.clone().json());
    return res;
  };
  return { fetch: watched, bodies, last: () => bodies.at(-1)! };
}

/** Apollo Client 4 over HTTP, with `cache` (default: the default `InMemoryCache`). */
export function apollo(
  url: string,
  options: Partial<ConstructorParameters<typeof ApolloClient>[0]> = {},
) {
  const wire = watchedFetch();
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: url, fetch: wire.fetch }),
    ...options,
  });
  return { client, ...wire };
}

/**
 * What the clients print while `run` runs: Apollo's invariant warnings and errors ("Cache data may
 * be lost…", "Missing field…", "Cannot match inline fragment…") and Graphcache's go to the
 * console.
 */
export async function consoleOutput(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const spies = (['debug', 'log', 'warn', 'error'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(`${level}: ${args.map(String).join(' ')}`);
    }),
  );
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines;
}

/**
 * The first website's conversations whose latest `last` messages hold, together, every message
 * type the seed has (text, note, file, animation, audio, picker, field, carousel, event): the
 * fewest found greedily.
 */
export function everyContentType(sandbox: Sandbox, last: number) {
  const website = sandbox.seed.websites[0]!;
  const typesOf = (messages: { type?: unknown }[]) =>
    new Set(messages.slice(-last).map((m) => String(m.type)));
  const records = [...website.conversations.values()].map((r) => ({
    sessionId: r.conversation.session_id as string,
    types: typesOf(r.messages as { type?: unknown }[]),
  }));
  const wanted = new Set(records.flatMap((r) => [...r.types]));
  const types = [...wanted].sort();
  const chosen: string[] = [];
  while (wanted.size) {
    const best = records.reduce((a, b) =>
      [...b.types].filter((t) => wanted.has(t)).length >
      [...a.types].filter((t) => wanted.has(t)).length
        ? b
        : a,
    );
    chosen.push(best.sessionId);
    for (const t of best.types) wanted.delete(t);
  }
  return { websiteId: website.website.website_id as string, sessionIds: chosen, types };
}
