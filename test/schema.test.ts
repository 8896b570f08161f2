import { readFileSync } from 'node:fs';
import { buildSchema, parse, printSchema, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { graphiqlExamples } from '../src/server/graphiql-examples.ts';

describe('schema', () => {
  test('schema.graphql matches the schema the code builds (run `npm run codegen` after a change)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    // Both sides go through printSchema, so only the contract is compared, not the layout.
    expect(printSchema(buildSchema(committed))).toBe(printSchema(schema));
  });

  test("GraphiQL's example operations are valid against the schema", () => {
    expect(validate(schema, parse(graphiqlExamples)).map((e) => e.message)).toEqual([]);
  });
});
