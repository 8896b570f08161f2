import { type FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';

/**
 * GraphiQL sends the operation it runs with every fragment of its document, and a fragment that
 * operation does not use makes the request invalid ("Fragment … is never used", a rule of the
 * spec). So GraphiQL's document spells each operation out, the shared fragments inlined as
 * `... on Type { … }`, while client/ keeps the named fragments. graphql-js has no such transform;
 * it is a visitor of a few lines.
 */
export function inlinedOperations(operations: string[], fragments: string[]): string {
  const byName = new Map(
    parse(fragments.join('\n')).definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  return operations
    .map((text) => {
      // The comment lines above an operation tell what it does and which variables it takes.
      const comments = text
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('#'));
      const [operation] = parse(text).definitions;
      const inlined = visit(operation!, {
        FragmentSpread(spread) {
          const fragment = byName.get(spread.name.value) as FragmentDefinitionNode;
          return {
            kind: Kind.INLINE_FRAGMENT,
            typeCondition: fragment.typeCondition,
            selectionSet: fragment.selectionSet,
          };
        },
      });
      const heading = comments.length > 0 ? `${comments.join('\n')}\n` : '';
      return `${heading}${print(inlined)}\n`;
    })
    .join('\n');
}
