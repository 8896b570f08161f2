import type { OutputType } from '@pothos/core';
import type { ConnectionShapeForType } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder, type SchemaTypes } from './builder.ts';

/**
 * The one way to declare a list (docs/schema-design.md §5): one `<Item>Connection` and
 * `<Item>Edge` per item type, every field described, and the paging arguments their fields take.
 */

type ArgBuilder = Pick<PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'Arg'>, 'int' | 'string'>;
type ConnectionOptions = Parameters<typeof builder.connectionObject>[0];

/** How the descriptions speak of the items: `a contact`, `contacts`, `in Crisp’s sort order`. */
export interface ConnectionWords {
  item: string;
  items: string;
  order: string;
}

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

const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/**
 * The connection of `type` and its edge, named after the type. `fields` adds connection-level
 * fields (a `totalCount`), described by the caller; the model of the connection is what the
 * field's resolver returns.
 */
export function itemConnection<
  Type extends OutputType<SchemaTypes>,
  T extends object = ConnectionShapeForType<
    SchemaTypes,
    Type,
    false,
    SchemaTypes['DefaultEdgesNullability'],
    SchemaTypes['DefaultNodeNullability']
  >,
>(type: Type, { item, items, order }: ConnectionWords, fields?: ConnectionOptions['fields']) {
  const name = (type as { name: string }).name;
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      description: `A page of ${items}.`,
      edgesField: { description: `The ${items} of this page, ${order}.` },
      fields,
    } as ConnectionOptions,
    {
      name: `${name}Edge`,
      description: `${capital(item)} and its cursor.`,
      nodeField: { description: `The ${item.replace(/^(a|an) /, '')}.` },
    },
  ) as unknown as PothosSchemaTypes.ObjectRef<SchemaTypes, T>;
}
