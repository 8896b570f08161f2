import type { Sandbox } from 'crisp-sandbox';

/** A read straight from the sandbox with its own token, as Crisp answers it: the envelope's data. */
export async function crispRead<T = unknown>(sandbox: Sandbox, path: string): Promise<T> {
  const { identifier, key, tier } = sandbox.token;
  const res = await fetch(`${sandbox.url}${path}`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${identifier}:${key}`).toString('base64')}`,
      'x-crisp-tier': tier,
    },
  });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: T }).data;
}
