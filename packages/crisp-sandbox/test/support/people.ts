import type { Raw } from 'crisp-sandbox';
import { acmeId } from './directory.ts';

/** A path under the first seeded website's people routes. */
export const people = (path = '') => `/website/${acmeId}/people${path}`;

/** A new contact's body: its email, a nickname and any other card fields. */
export const newContact = (email: string, extra: Raw = {}) => ({
  email,
  person: { nickname: 'Dana Quinn', ...extra },
});
