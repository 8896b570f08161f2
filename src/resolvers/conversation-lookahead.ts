import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** What a page of conversations will read next, known from the query before any node resolves. */

export type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields of this name in a selection set, through fragments; `@skip`/`@include` are not evaluated. */
function fieldsNamed(
  info: Selection,
  set: SelectionSetNode | undefined,
  name: string,
): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(info, s.selectionSet, name);
    // Validation has refused fragment cycles before any resolver runs.
    return fieldsNamed(info, info.fragments[s.name.value]?.selectionSet, name);
  });
}

/** The fields of this name a connection field asks of each node (`edges { node { name } }`). */
function nodeFields(info: Selection, name: string): FieldNode[] {
  return info.fieldNodes
    .flatMap((f) => fieldsNamed(info, f.selectionSet, 'edges'))
    .flatMap((e) => fieldsNamed(info, e.selectionSet, 'node'))
    .flatMap((n) => fieldsNamed(info, n.selectionSet, name));
}

/** The reads a conversation page can start as soon as it is in hand, by what its nodes select. */
export interface ListPrefetch {
  /** `assignee` (or `assignedOperator`): the website's operator list. */
  operators?: boolean;
  /** `person`: each listed conversation's profile. */
  people?: boolean;
  /** `messages` paging back from the latest: each listed conversation's latest history batch. */
  history?: boolean;
}

/** Arguments that make a history start elsewhere than the latest batch. */
const ELSEWHERE = new Set(['before', 'after', 'first']);

/**
 * What a `conversations` field's nodes will read, known from the query alone. At worst (a field
 * under `@skip`, an invalid `last`) a read is started that no field then uses; a cursor or a
 * forward walk makes the history start elsewhere than the latest batch, so none is started for it.
 */
export function prefetchFor(info: Selection): ListPrefetch {
  const history = nodeFields(info, 'messages');
  return {
    operators: ['assignee', 'assignedOperator'].some((name) => nodeFields(info, name).length > 0),
    people: nodeFields(info, 'person').length > 0,
    history:
      history.length > 0 &&
      history.every((f) => !f.arguments?.some((a) => ELSEWHERE.has(a.name.value))),
  };
}
