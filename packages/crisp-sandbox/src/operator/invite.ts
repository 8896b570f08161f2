import type { Raw, WebsiteRecord } from '../store.ts';

// Pending invitations are listed with the operators (OperatorListItem `type: 'invite'`) but are
// not operators yet: they have no user_id, so they stay out of `website.operators`, which other
// routes read as "people who can be assigned conversations".
const invites = new WeakMap<WebsiteRecord, Map<string, Raw>>();

/** Pending invitations by email, as OperatorListItem entries. */
export function operatorInvites(website: WebsiteRecord): Map<string, Raw> {
  let map = invites.get(website);
  if (!map) {
    map = new Map();
    invites.set(website, map);
  }
  return map;
}
