import DataLoader from 'dataloader';

/**
 * The loader key of a resource Crisp scopes to a website (an operator, an inbox, a team):
 * `<websiteId>/<crisp id>`. Every route names the website, and no Crisp id holds a `/`.
 */
export const websiteKey = (websiteId: string, id: string) => `${websiteId}/${id}`;

export function parseWebsiteKey(key: string): [websiteId: string, id: string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/**
 * A loader of website-scoped resources read one route call per key: Crisp has no batch read, so
 * it only de-duplicates, and a failed read fills its own key's slot.
 */
export const perKeyLoader = <T>(read: (websiteId: string, id: string) => Promise<T>) =>
  new DataLoader<string, T>((keys) =>
    Promise.all(keys.map((key) => read(...parseWebsiteKey(key)).catch((e: Error) => e))),
  );
