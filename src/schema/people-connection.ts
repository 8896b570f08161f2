import { crispCalls } from '../request/crisp-cost.ts';
import type { PeoplePage } from '../resolvers/people.ts';
import * as people from '../resolvers/people.ts';
import { itemConnection } from './item-connection.ts';
import { Person } from './people.ts';
import { PersonEvent } from './people-profile.ts';

/**
 * The connections over a contact's lists (docs/schema-design.md §5): one `<Item>Connection` and
 * `<Item>Edge` per item type, and the paging arguments their fields take, each described.
 */

export const PersonEventConnection = itemConnection(PersonEvent, {
  item: 'a timeline event',
  items: 'timeline events',
  order: 'in Crisp’s order',
});

export const PersonConnection = itemConnection(
  Person,
  { item: 'a contact', items: 'contacts', order: 'in Crisp’s sort order' },
  (t) => ({
    totalCount: t.int({
      nullable: true,
      description:
        'How many contacts the website has (Crisp’s people statistics); null when `search` or ' +
        '`filter` narrows the list, as Crisp gives no total for a search.',
      extensions: crispCalls({ calls: 1 }),
      resolve: (c, _, ctx) => people.totalCount(ctx, c as unknown as PeoplePage),
    }),
  }),
);
