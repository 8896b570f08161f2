import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import { type ASTNode, parse, visit } from 'graphql';
import { expect, test } from 'vitest';

// The rules and options are the table in docs/schema-design.md ("What enforces the rules");
// change both together.
const rules: Linter.RulesRecord = {
  '@graphql-eslint/require-description': [
    'error',
    {
      types: true,
      rootField: true,
      FieldDefinition: true,
      InputValueDefinition: true,
      EnumValueDefinition: true,
      DirectiveDefinition: true,
    },
  ],
  '@graphql-eslint/description-style': ['error', { style: 'block' }],
  '@graphql-eslint/naming-convention': [
    'error',
    {
      types: 'PascalCase',
      FieldDefinition: 'camelCase',
      InputValueDefinition: 'camelCase',
      Argument: 'camelCase',
      EnumValueDefinition: 'UPPER_CASE',
      'FieldDefinition[parent.name.value=Query]': { forbiddenPatterns: [/^(get|query|list)[A-Z]/] },
      'FieldDefinition[parent.name.value=Mutation]': { forbiddenPatterns: [/Mutation$/] },
      'FieldDefinition[parent.name.value=Subscription]': { forbiddenPatterns: [/^subscri/i] },
    },
  ],
  '@graphql-eslint/no-typename-prefix': 'error',
  '@graphql-eslint/input-name': [
    'error',
    {
      checkInputType: true,
      caseSensitiveInputType: false,
      checkMutations: true,
      checkQueries: false,
    },
  ],
  '@graphql-eslint/no-scalar-result-type-on-mutation': 'error',
  '@graphql-eslint/strict-id-in-types': [
    'error',
    {
      acceptedIdNames: ['id'],
      acceptedIdTypes: ['ID'],
      exceptions: {
        suffixes: ['Payload', 'Connection', 'Edge', 'Event', 'Content', 'Settings', 'Error'],
        // Value objects: no identity of their own, cached inside their parent node (§ 1). A new
        // output type is a node or joins this list on purpose.
        types: [
          'Animation',
          'AnimationList',
          'BucketUrl',
          'CarouselAction',
          'CarouselTarget',
          'Company',
          'CompanyMetrics',
          'ConversationDevice',
          'ConversationFile',
          'ConversationMetas',
          'ConversationPage',
          'ConversationParticipant',
          'ConversationPreview',
          'ConversationRelations',
          'ConversationUnread',
          'ConversationVerification',
          'Coordinates',
          'CrispResponse',
          'DeviceGeolocation',
          'Employment',
          'Geolocation',
          'InboxCondition',
          'Helpdesk',
          'HelpdeskChangeFile',
          'HelpdeskContentStatistics',
          'HelpdeskDomain',
          'HelpdeskFeedback',
          'HelpdeskFeedbackRatings',
          'HelpdeskMetadata',
          'HelpdeskPage',
          'IdentityVerification',
          'LastActiveOperator',
          'MessageOriginal',
          'MessageReceipt',
          'MessageUser',
          'OperatorAvailability',
          'OperatorInvite',
          'PageInfo',
          'PeopleStatistics',
          'PersonActivity',
          'PersonSubscription',
          'PickerChoice',
          'SocialProfile',
          'SoftwareVersion',
          'SuggestedDataKey',
          'SuggestedSegment',
          'VisitorCount',
          'VisitorPage',
          'VisitorSession',
          'WebsiteAvailability',
          'WidgetAction',
        ],
      },
    },
  ],
  '@graphql-eslint/relay-connection-types': 'error',
  '@graphql-eslint/relay-edge-types': [
    'error',
    { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
  ],
  '@graphql-eslint/relay-page-info': 'error',
  '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
  '@graphql-eslint/require-nullable-result-in-root': 'error',
  '@graphql-eslint/require-nullable-fields-with-oneof': 'error',
  '@graphql-eslint/require-deprecation-reason': 'error',
  '@graphql-eslint/no-hashtag-description': 'error',
  '@graphql-eslint/no-unreachable-types': 'error',
  '@graphql-eslint/known-type-names': 'error',
  '@graphql-eslint/unique-enum-value-names': 'error',
};

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaText = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
const baselineUrl = new URL('./schema-lint-baseline.json', import.meta.url);

const document = parse(schemaText);
const lineStarts = [0];
for (let i = 0; i < schemaText.length; i++) if (schemaText[i] === '\n') lineStarts.push(i + 1);

/** The schema coordinate (`Type.field(arg:)`, `Enum.VALUE`, `@directive`) of the innermost
 * definition at a position: line numbers move with every schema change, coordinates do not. */
function coordinateAt(line: number, column: number): string {
  const offset = (lineStarts[line - 1] ?? 0) + column - 1;
  const contains = (node: ASTNode) =>
    node.loc !== undefined && node.loc.start <= offset && offset < node.loc.end;
  const path: string[] = [];
  visit(document, {
    enter(node) {
      if (node.kind === 'Document') return undefined;
      if (!contains(node)) return false;
      switch (node.kind) {
        case 'ObjectTypeDefinition':
        case 'InterfaceTypeDefinition':
        case 'InputObjectTypeDefinition':
        case 'EnumTypeDefinition':
        case 'UnionTypeDefinition':
        case 'ScalarTypeDefinition':
          path.push(node.name.value);
          break;
        case 'DirectiveDefinition':
          path.push(`@${node.name.value}`);
          break;
        case 'FieldDefinition':
        case 'EnumValueDefinition':
          path.push(`.${node.name.value}`);
          break;
        case 'InputValueDefinition':
          // An argument of a field or directive, or a field of an input type.
          path.push(
            path.length > 1 || path[0]?.startsWith('@')
              ? `(${node.name.value}:)`
              : `.${node.name.value}`,
          );
          break;
      }
      return undefined;
    },
  });
  return path.join('') || `${line}:${column}`;
}

test('schema.graphql keeps the design rules: no lint violation outside the shrink-only baseline', async () => {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.graphql'],
        languageOptions: {
          parser: graphqlPlugin.parser,
          parserOptions: { graphQLConfig: { schema: 'schema.graphql' } },
        },
        plugins: { '@graphql-eslint': graphqlPlugin as unknown as ESLint.Plugin },
        rules,
      },
    ],
  });
  const [result] = await eslint.lintText(schemaText, { filePath: `${root}schema.graphql` });
  const found = [
    ...new Set(
      (result?.messages ?? []).map(
        (m) =>
          `${(m.ruleId ?? 'parse').replace('@graphql-eslint/', '')}: ${coordinateAt(m.line, m.column)}/${m.message}`,
      ),
    ),
  ].sort();

  const perRule = new Map<string, number>();
  for (const entry of found) {
    const rule = entry.slice(0, entry.indexOf(':'));
    perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
  }
  console.log(
    `schema lint: ${found.length} known violations\n${[...perRule].map(([r, n]) => `  ${r}: ${n}`).join('\n')}`,
  );

  const baseline: string[] = JSON.parse(readFileSync(baselineUrl, 'utf8'));
  const current = new Set(found);
  const known = new Set(baseline);
  // SCHEMA_LINT_PRUNE=1 drops the fixed entries from the baseline; it never adds one.
  if (process.env.SCHEMA_LINT_PRUNE === '1') {
    const kept = baseline.filter((entry) => current.has(entry));
    writeFileSync(baselineUrl, `${JSON.stringify(kept, null, 2)}\n`);
  }
  // Both lists empty: a new violation is fixed, not added; a fixed one leaves the baseline.
  expect({
    notInBaseline: found.filter((entry) => !known.has(entry)),
    fixedButStillInBaseline: baseline.filter((entry) => !current.has(entry)),
  }).toEqual({ notInBaseline: [], fixedButStillInBaseline: [] });
});
