import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { expect, test } from 'vitest';

/**
 * What docs/schema-design.md asks and no @graphql-eslint rule expresses, checked on
 * schema.graphql (which test/schema.test.ts keeps equal to the built schema).
 */
const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const outputTypes = types.filter(
  (t): t is Extract<GraphQLNamedType, { getFields: unknown }> & GraphQLNamedType =>
    isObjectType(t) || isInterfaceType(t),
);
const fieldsOf = (t: (typeof outputTypes)[number]) =>
  Object.values(t.getFields()) as GraphQLField<unknown, unknown>[];
const isNode = (t: GraphQLNamedType) =>
  isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node');

test('every mutation returns its own <Name>Payload: entity fields plus userErrors', () => {
  const wrong = Object.values(schema.getMutationType()!.getFields()).flatMap((m) => {
    const type = getNamedType(m.type);
    const expected = `${m.name[0]!.toUpperCase()}${m.name.slice(1)}Payload`;
    if (type.name !== expected || !isObjectType(type)) return [`${m.name}: ${type.name}`];
    const fields = type.getFields();
    const userErrors = fields.userErrors ? String(fields.userErrors.type) : 'none';
    const entities = Object.keys(fields).filter((f) => f !== 'userErrors');
    return userErrors === '[UserError!]!' && entities.length > 0
      ? []
      : [`${m.name}: userErrors ${userErrors}, ${entities.length} entity fields`];
  });
  expect(wrong).toEqual([]);
});

test('only nodes have a field named id, and every node has crispId: ID!', () => {
  const idOutsideNodes = outputTypes
    .filter((t) => t.name !== 'Node' && !isNode(t) && 'id' in t.getFields())
    .map((t) => t.name);
  const withoutCrispId = outputTypes
    .filter((t) => isNode(t) && String(t.getFields().crispId?.type) !== 'ID!')
    .map((t) => t.name);
  expect({ idOutsideNodes, withoutCrispId }).toEqual({ idOutsideNodes: [], withoutCrispId: [] });
});

test('connections are named <Item>Connection, one per item type', () => {
  const byItem = new Map<string, string[]>();
  for (const t of outputTypes.filter((t) => t.name.endsWith('Connection'))) {
    const edge = getNamedType(t.getFields().edges!.type);
    const item = isObjectType(edge) ? getNamedType(edge.getFields().node!.type).name : '?';
    byItem.set(item, [...(byItem.get(item) ?? []), t.name]);
  }
  const wrong = [...byItem].filter(([item, names]) => names.join() !== `${item}Connection`);
  expect(wrong).toEqual([]);
});

test('subscriptions are <noun>Events; no field or argument uses a time scalar but DateTime', () => {
  const subscriptions = Object.keys(schema.getSubscriptionType()!.getFields()).filter(
    (name) => !name.endsWith('Events'),
  );
  const timeScalars = outputTypes.flatMap((t) =>
    fieldsOf(t).flatMap((f) =>
      [f.type, ...f.args.map((a) => a.type)]
        .map((type) => getNamedType(type).name)
        .filter((name) => /^(Timestamp|Date|Time)$/.test(name))
        .map((name) => `${t.name}.${f.name}: ${name}`),
    ),
  );
  expect({ subscriptions, timeScalars }).toEqual({ subscriptions: [], timeScalars: [] });
});

test('every deprecation names its replacement and the earliest removal date', () => {
  const reasons = outputTypes.flatMap((t) =>
    fieldsOf(t)
      .flatMap((f) => [f, ...f.args])
      .filter((f) => f.deprecationReason != null)
      .map((f) => `${t.name}.${f.name}: ${f.deprecationReason}`),
  );
  console.info(`${reasons.length} deprecated fields and arguments`);
  expect(reasons.filter((r) => !/Removal on or after \d{4}-\d{2}-\d{2}\./.test(r))).toEqual([]);
});

/**
 * Settings toggles keep Crisp's setting names (`hideOnAway`), the pass-through `Crisp*` types keep
 * Crisp's envelope keys, and `…Exists` lookups are questions by name (docs/schema-design.md §2).
 */
const namedByCrisp = (t: GraphQLNamedType) =>
  t.name.endsWith('Settings') || t.name.startsWith('Crisp');

test('boolean output fields read as predicates (is…, has…, can…)', () => {
  const named = outputTypes
    .filter((t) => !namedByCrisp(t))
    .flatMap((t) =>
      fieldsOf(t)
        .filter((f) => getNamedType(f.type).name === 'Boolean' && f.deprecationReason == null)
        .filter((f) => !/^(is|has|can)[A-Z]/.test(f.name) && !f.name.endsWith('Exists'))
        .map((f) => `${t.name}.${f.name}`),
    );
  expect(named).toEqual([]);
});

test('a value carries the same scalar on input and output (`FileContentInput.url` and `FileContent.url`)', () => {
  const scalarOf = (type: Parameters<typeof getNamedType>[0]) => {
    const named = getNamedType(type);
    return isScalarType(named) ? named.name : undefined;
  };
  let pairs = 0;
  const differ = types.filter(isInputObjectType).flatMap((input) => {
    const output = schema.getType(input.name.replace(/Input$/, ''));
    if (!output || !(isObjectType(output) || isInterfaceType(output))) return [];
    return Object.values(input.getFields()).flatMap((f) => {
      const out = output.getFields()[f.name];
      const [inScalar, outScalar] = [scalarOf(f.type), out && scalarOf(out.type)];
      if (!inScalar || !outScalar) return [];
      pairs += 1;
      return inScalar === outScalar
        ? []
        : [`${input.name}.${f.name}: ${inScalar} in, ${outScalar} out`];
    });
  });
  console.info(`${pairs} input fields compared with their output field`);
  expect(differ).toEqual([]);
});
