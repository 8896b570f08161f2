import {
  type DirectiveNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../request/context.ts';
import {
  type Args,
  COST_PAGE_ARGS,
  CRISP_CALLS,
  type CrispCost,
  count,
  pageSize,
} from '../request/crisp-cost.ts';

/** graphql-armor's cost weights, kept so GATEWAY_MAX_COST keeps its meaning. */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;

export interface Estimate {
  /** Crisp calls the operation can make at most (loaders deduplicate, so fewer usually go out). */
  crispCalls: number;
  /** Objects 2, scalars 1, ×1.5 per level, each list × its page size. */
  cost: number;
}

interface Frame {
  type: string;
  /** How many items of this object the whole operation can reach. */
  items: number;
  loaded: boolean;
  /** Loaders already counted for these items. */
  shared: Set<string>;
  parent?: Frame;
}

/**
 * The Crisp calls and the cost of one operation, from its document and variables, before it runs:
 * list sizes (page sizes, variables included, defaults when absent) multiply what each item's
 * fields cost. `@skip`/`@include` are applied; each fragment of an abstract type counts as if
 * every item matched it, so the figure stays an upper bound.
 */
export function estimate(
  schema: GraphQLSchema,
  args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>,
): Estimate | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return undefined;
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Args,
  );
  // Variables that do not fit: execution refuses them before any resolver runs.
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of args.document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const rootIsBilled = operation.operation !== 'subscription';
  let crispCalls = 0;

  const included = (node: { directives?: readonly DirectiveNode[] }) =>
    !getDirectiveValues(GraphQLSkipDirective, node, variables)?.if &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  /** The fields of a selection set with the type each is asked on, through fragments. */
  function* fields(
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    seen: Set<string>,
  ): Generator<[FieldNode, GraphQLCompositeType]> {
    for (const s of set.selections) {
      if (!included(s)) continue;
      if (s.kind === Kind.FIELD) yield [s, type];
      else {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
        if (!fragment || (s.kind === Kind.FRAGMENT_SPREAD && seen.has(s.name.value))) continue;
        const on = fragment.typeCondition
          ? (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined)
          : type;
        yield* fields(
          fragment.selectionSet,
          on ?? type,
          s.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, s.name.value]) : seen,
        );
      }
    }
  }

  /** Counts the Crisp calls of a selection set into `crispCalls`; returns its armor-style cost. */
  function walk(
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    frame: Frame,
    isRoot: boolean,
  ): number {
    let cost = 0;
    for (const [node, on] of fields(set, type, new Set())) {
      const name = node.name.value;
      if (name === '__schema' || name === '__type') continue;
      // Validation has checked every other field exists; a union has only __typename.
      const def = isObjectType(on) || isInterfaceType(on) ? on.getFields()[name] : undefined;
      if (!def) {
        cost += SCALAR_COST;
        continue;
      }
      const fieldArgs = getArgumentValues(def, node, variables) as Args;
      const parts =
        (def.extensions[CRISP_CALLS] as CrispCost[] | undefined) ??
        (isRoot && rootIsBilled ? [{ calls: 1 }] : []);
      for (const part of parts) crispCalls += callsOf(part, fieldArgs, frame);
      if (!node.selectionSet) {
        cost += SCALAR_COST;
        continue;
      }
      const size = pageSize(fieldArgs);
      const sized = parts.find((p) => p.items !== undefined);
      // Other lists (a connection's edges, a payload's entries) were counted by the field that read them.
      const items = sized ? count(sized.items, fieldArgs, 1) : (size ?? 1);
      const loaded = parts.find((p) => p.loaded !== undefined)?.loaded ?? frame.loaded;
      const child: Frame = {
        type: getNamedType(def.type).name,
        items: frame.items * items,
        loaded,
        shared: new Set(),
        parent: frame,
      };
      const inner = walk(
        node.selectionSet,
        getNamedType(def.type) as GraphQLCompositeType,
        child,
        false,
      );
      // armor multiplies by `first`/`last` written in the query; here by their values, variables included.
      cost += (OBJECT_COST + DEPTH_FACTOR * inner) * (pageSize(fieldArgs, COST_PAGE_ARGS) ?? 1);
    }
    return cost;
  }

  function callsOf(part: CrispCost, fieldArgs: Args, frame: Frame): number {
    if (part.unlessLoaded && frame.loaded) return 0;
    const calls = count(part.calls, fieldArgs, 0);
    if (calls === 0 || !part.loader) return calls * frame.items;
    let owner: Frame | undefined = frame;
    if (part.per) while (owner && owner.type !== part.per) owner = owner.parent;
    // No such ancestor: each parent item may stand for a different one.
    owner ??= frame;
    if (owner.shared.has(part.loader)) return 0;
    owner.shared.add(part.loader);
    return calls * owner.items;
  }

  const top: Frame = { type: root.name, items: 1, loaded: false, shared: new Set() };
  const cost = walk(operation.selectionSet, root, top, true);
  return { crispCalls, cost };
}

export interface BudgetOptions {
  /** GATEWAY_MAX_CRISP_CALLS. */
  maxCrispCalls: number;
  /** GATEWAY_MAX_COST. */
  maxCost: number;
  /** Every estimate, for metrics. */
  onEstimate?: (estimate: Estimate) => void;
  /** A refused operation and which limit it passed, for metrics. */
  onRefuse?: (limit: 'crisp_calls' | 'cost') => void;
}

const refusal = (message: string, extensions: Record<string, unknown>): ExecutionResult => ({
  errors: [
    new GraphQLError(message, {
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', http: { status: 400 }, ...extensions },
    }),
  ],
});

/**
 * Refuses, before it runs (so before any Crisp call), an operation estimated to make more than
 * GATEWAY_MAX_CRISP_CALLS calls or to cost more than GATEWAY_MAX_COST. It runs where variables
 * are known (execute and subscribe, HTTP and graphql-ws alike): a page size passed as a variable
 * counts like one written in the query. graphql-armor's cost rule runs at validation, without
 * variables, so it is not used.
 */
export function useCrispBudget(options: BudgetOptions): Plugin<GatewayContext> {
  const check = (args: ExecutionArgs): ExecutionResult | undefined => {
    const found = estimate(args.schema, args);
    if (!found) return undefined;
    options.onEstimate?.(found);
    if (found.crispCalls > options.maxCrispCalls) {
      options.onRefuse?.('crisp_calls');
      return refusal(
        `Operation estimated at ${found.crispCalls} Crisp calls, over the limit of ${options.maxCrispCalls}: ask for smaller pages or fewer nested fields.`,
        {
          crispCalls: found.crispCalls,
          limit: options.maxCrispCalls,
        },
      );
    }
    if (found.cost > options.maxCost) {
      options.onRefuse?.('cost');
      return refusal(
        `Query cost limit of ${options.maxCost} exceeded, found ${Math.round(found.cost)}.`,
        { cost: Math.round(found.cost), limit: options.maxCost },
      );
    }
    return undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
