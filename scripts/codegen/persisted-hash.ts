import { createHash } from 'node:crypto';
import {
  type ASTNode,
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  print,
  visit,
} from 'graphql';

/** The fragments `node` spreads, in the order they appear, each once. */
function spreadsOf(node: ASTNode): string[] {
  const names = new Set<string>();
  visit(node, { FragmentSpread: (spread) => void names.add(spread.name.value) });
  return [...names];
}

/**
 * A document's definitions in the order of the typed document node the client preset writes:
 * the operation, then the fragments it reaches, each fragment's own dependencies (depth first,
 * dependencies before dependents) ahead of the fragments the operation names (in the order met,
 * nested ones right after their parent). The preset's persisted text lists the same definitions
 * sorted by name instead, and Apollo hashes the document it sends, so the hash is taken over
 * this order.
 */
function inTypedDocumentOrder(definitions: readonly DefinitionNode[]): DefinitionNode[] {
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const named = new Set<string>();
  const collect = (node: ASTNode) => {
    for (const name of spreadsOf(node)) {
      named.add(name);
      collect(fragments.get(name)!);
    }
  };
  operations.forEach(collect);
  const order = new Set<string>();
  const dependencies = (name: string, seen = new Set<string>()) => {
    for (const dependency of spreadsOf(fragments.get(name)!)) {
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      dependencies(dependency, seen);
      order.add(dependency);
    }
  };
  for (const name of named) dependencies(name);
  for (const name of named) order.add(name);
  return [...operations, ...[...order].map((name) => fragments.get(name)!)];
}

/**
 * The id Apollo's persisted-query link computes: sha256 of the document as graphql-js prints it.
 * The preset hands over its one-line text of the document; printed back in the typed document's
 * order, it is the typed document node exactly, since that is already sorted and carries its
 * `__typename`s (string literals aside: the preset's text collapses their whitespace).
 */
export function apolloHash(text: string): string {
  const document = parse(text);
  const sent = print({ ...document, definitions: inTypedDocumentOrder(document.definitions) });
  return `sha256:${createHash('sha256').update(sent).digest('hex')}`;
}
