import { z } from 'zod';
import type { SuggestedSegmentModel } from '../datasources/people-detail.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import type { PeoplePage } from '../resolvers/people.ts';
import * as people from '../resolvers/people.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { Person } from './people.ts';
import { PersonEvent } from './people-profile.ts';

/**
 * The connections over a contact's lists (docs/schema-design.md §5): one `<Item>Connection` and
 * `<Item>Edge` per item type, and the paging arguments their fields take, each described.
 */

type ArgBuilder = Pick<PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'Arg'>, 'int' | 'string'>;

const pageSize = z.number().int().min(1).max(100).nullish();

/** `first`/`after` and `last`/`before`: Crisp's numbered pages are read in either direction. */
export const pagingArgs = (t: ArgBuilder, items: string) => ({
  first: t.int({
    description: `How many ${items} to return after \`after\`, from 1 to 100. Default: 20.`,
    validate: pageSize,
  }),
  after: t.string({
    description: `An \`endCursor\` of this field with the same arguments: the ${items} after it.`,
  }),
  last: t.int({
    description: `How many ${items} to return before \`before\`, from 1 to 100.`,
    validate: pageSize,
  }),
  before: t.string({
    description: `A \`startCursor\` of this field with the same arguments: the ${items} before it.`,
  }),
});

const PAGE_INFO =
  'Cursors, and whether more pages exist (true when Crisp’s last page read was full).';

/** A connection type and its edge type, every field described. */
function connection<T extends object>(
  type: Parameters<typeof builder.connectionObject>[0]['type'],
  item: string,
  items: string,
) {
  const name = `${(type as { name: string }).name}Connection`;
  return builder.connectionObject(
    {
      type,
      name,
      description: `A page of ${items}.`,
      edgesField: { description: `The ${items} of this page, in Crisp’s order.` },
      fields: (t) => ({
        pageInfo: t.field({
          type: builder.pageInfoRef(),
          description: PAGE_INFO,
          resolve: (c) => c.pageInfo,
        }),
      }),
    },
    {
      description: `${item[0]!.toUpperCase()}${item.slice(1)} and its cursor.`,
      nodeField: { description: `The ${item.replace(/^(a|an) /, '')}.` },
      fields: (t) => ({
        cursor: t.exposeString('cursor', {
          description: `Where ${item} stands in the list: pass it as \`after\` or \`before\`.`,
        }),
      }),
    },
  ) as unknown as PothosSchemaTypes.ObjectRef<SchemaTypes, T>;
}

export const PersonEventConnection = connection(PersonEvent, 'a timeline event', 'timeline events');

const SuggestedSegment = builder.objectRef<SuggestedSegmentModel>('SuggestedSegment').implement({
  description: 'A segment in use on the website’s contacts (Crisp suggested people segment).',
  fields: (t) => ({
    segment: t.exposeString('segment', { description: 'The segment’s name.' }),
    count: t.exposeInt('count', { description: 'How many contacts are in the segment.' }),
  }),
});

export const SuggestedSegmentConnection = connection(SuggestedSegment, 'a segment', 'segments');

export const PersonConnection = builder.connectionObject(
  {
    type: Person,
    name: 'PersonConnection',
    description: 'A page of contacts.',
    edgesField: { description: 'The contacts of this page, in Crisp’s sort order.' },
    fields: (t) => ({
      pageInfo: t.field({
        type: builder.pageInfoRef(),
        description: PAGE_INFO,
        resolve: (c) => c.pageInfo,
      }),
      totalCount: t.int({
        nullable: true,
        description:
          'How many contacts the website has (Crisp’s people statistics); null when `search` or ' +
          '`filter` narrows the list, as Crisp gives no total for a search.',
        extensions: crispCalls({ calls: 1 }),
        resolve: (c, _, ctx) => people.totalCount(ctx, c as unknown as PeoplePage),
      }),
    }),
  },
  {
    description: 'A contact and its cursor.',
    nodeField: { description: 'The contact.' },
    fields: (t) => ({
      cursor: t.exposeString('cursor', {
        description: 'Where the contact stands in the list: pass it as `after` or `before`.',
      }),
    }),
  },
);
