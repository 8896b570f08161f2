import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { expect, test } from 'vitest';
import * as client from '../client/graphql.ts';
import { schema } from '../src/schema/index.ts';

const documents = Object.entries(client).filter(([name]) => name.endsWith('Document')) as [
  string,
  DocumentNode,
][];

/** The field names a selection set asks for, through its fragment spreads and inline fragments. */
function fieldNames(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.alias?.value ?? s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldNames(s.selectionSet, fragments);
    return fieldNames(fragments.get(s.name.value)!.selectionSet, fragments);
  });
}

test('every node the shipped documents reach is selected with its id and __typename', () => {
  const nodes = new Set(schema.getImplementations(schema.getType('Node') as never).objects);
  const reached: string[] = [];
  const missing: string[] = [];
  for (const [name, document] of documents) {
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    const info = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(info, {
        Field(field) {
          const type = getNamedType(info.getType());
          const node = type?.name === 'Node' || (isObjectType(type) && nodes.has(type));
          if (!field.selectionSet || !node) return;
          reached.push(`${name}: ${type!.name}`);
          const selected = fieldNames(field.selectionSet, fragments);
          for (const key of ['id', '__typename'])
            if (!selected.includes(key)) missing.push(`${name}: ${type!.name}.${key}`);
        },
      }),
    );
  }
  console.info(`nodes reached: ${reached.join(', ')}`);
  expect(reached.length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
