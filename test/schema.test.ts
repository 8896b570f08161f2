import { readFileSync } from 'node:fs';
import { buildSchema, isNonNullType, isObjectType, parse, printSchema, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { CRISP_CALLS, type CrispCost } from '../src/request/crisp-cost.ts';
import { schema } from '../src/schema/index.ts';
import { graphiqlExamples } from '../src/server/graphiql-examples.ts';

/** Fields whose value needs a Crisp call of its own (docs/schema-design.md §3) yet are non-null. */
function nonNullFieldsWithTheirOwnCall(): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getMutationType())
      continue;
    const root = type === schema.getQueryType();
    for (const field of Object.values(type.getFields())) {
      const cost = (field.extensions?.[CRISP_CALLS] ?? []) as CrispCost[];
      const ownCall = cost.some((c) => (c.calls !== undefined && c.calls !== 0) || c.unlessLoaded);
      if ((root || ownCall) && isNonNullType(field.type))
        found.push(`${type.name}.${field.name}: ${String(field.type)}`);
    }
  }
  return found;
}

describe('schema', () => {
  test('schema.graphql matches the schema the code builds (run `npm run codegen` after a change)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    // Both sides go through printSchema, so only the contract is compared, not the layout.
    expect(printSchema(buildSchema(committed))).toBe(printSchema(schema));
  });

  test("GraphiQL's example operations are valid against the schema", () => {
    expect(validate(schema, parse(graphiqlExamples)).map((e) => e.message)).toEqual([]);
  });

  test('every root query field and every field that makes its own Crisp call is nullable', () => {
    expect(nonNullFieldsWithTheirOwnCall()).toEqual([]);
  });
});
