import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type DefinitionNode, Kind, type OperationDefinitionNode, print } from 'graphql';
import { describe, expect, test } from 'vitest';
import * as client from '../client/graphql.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const relayCompiler = join(root, 'node_modules/.bin/relay-compiler');

/** Relay names an operation `<module><Kind>`: the Inbox query becomes InboxQuery in Inbox.ts. */
const suffix = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** An operation without the `__typename` codegen adds to its root, which Relay refuses there. */
const withoutRootTypename = (operation: OperationDefinitionNode): OperationDefinitionNode => ({
  ...operation,
  selectionSet: {
    ...operation.selectionSet,
    selections: operation.selectionSet.selections.filter(
      (s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'),
    ),
  },
});

/**
 * The shipped documents as Relay wants them: one module per definition, named after it, each
 * operation renamed `<Module><Kind>` and without its root `__typename`, every fragment once (a
 * fragment's name is its module's).
 */
function relayModules(): Map<string, DefinitionNode> {
  const modules = new Map<string, DefinitionNode>();
  const documents = Object.entries(client).filter(([name]) => name.endsWith('Document'));
  for (const [, document] of documents) {
    for (const definition of (document as { definitions: readonly DefinitionNode[] }).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        modules.set(definition.name.value, definition);
      } else if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
        const name = definition.name.value;
        modules.set(name, {
          ...withoutRootTypename(definition),
          name: { ...definition.name, value: `${name}${suffix[definition.operation]}` },
        });
      }
    }
  }
  return modules;
}

describe('Relay', () => {
  test('relay-compiler compiles every shipped document against schema.graphql', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relay-kit-'));
    try {
      await mkdir(join(dir, 'src'));
      const modules = relayModules();
      for (const [name, definition] of modules) {
        // Relay reads `graphql` tagged templates; `@relay/…` imports are not needed to compile.
        const text = print(definition).replaceAll('`', '\\`');
        await writeFile(join(dir, 'src', `${name}.ts`), `graphql\`\n${text}\n\`;\n`);
      }
      await writeFile(
        join(dir, 'relay.config.json'),
        JSON.stringify({
          src: './src',
          schema: join(root, 'schema.graphql'),
          language: 'typescript',
        }),
      );
      const { stdout, stderr } = await run(relayCompiler, [], { cwd: dir }).catch(
        (error: { stdout: string; stderr: string }) => {
          throw new Error(`relay-compiler failed:\n${error.stdout}\n${error.stderr}`);
        },
      );
      console.info(`relay-compiler: ${modules.size} modules\n${stdout}${stderr}`);
      expect(`${stdout}${stderr}`).not.toMatch(/error/i);
      // One artifact per operation and fragment: nothing was left out.
      const artifacts = await readdir(join(dir, 'src', '__generated__'));
      const names = [...modules.values()].map((d) => (d as { name: { value: string } }).name.value);
      expect(artifacts.sort()).toEqual(names.map((name) => `${name}.graphql.ts`).sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
