import type { NodeRef } from '../request/node-id.ts';
import { payloadRef } from './user-error.ts';
import { Website } from './website.ts';

/** What a delete of a website-scoped node returns: the node's website and Crisp id. */
export interface Removed {
  websiteId: string;
  id: string;
}

/**
 * The payload of a mutation deleting a node of a website: `removed<Type>Id` (for Relay's
 * `@deleteRecord` or a cache eviction) and the website, both null when the write failed.
 */
export function removalPayload(
  mutation: string,
  ref: Pick<NodeRef<[]>, 'typename'> & { globalId: (websiteId: string, id: string) => string },
) {
  const noun = ref.typename.toLowerCase();
  return payloadRef<{ removed?: Removed }>(mutation, (t) => ({
    [`removed${ref.typename}Id`]: t.id({
      nullable: true,
      description: `The global id of the ${noun} deleted; null when the write failed.`,
      resolve: (p) => (p.removed ? ref.globalId(p.removed.websiteId, p.removed.id) : null),
    }),
    website: t.field({
      type: Website,
      nullable: true,
      description: `The website the ${noun} was deleted from; null when the write failed.`,
      resolve: (p) => (p.removed ? { id: p.removed.websiteId } : null),
    }),
  }));
}
