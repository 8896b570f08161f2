import SchemaBuilder, { PothosValidationError } from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { GatewayContext } from '../request/context.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { decodeNodeId, encodeNodeId } from '../request/node-id.ts';
import { userErrorsPlugin } from './user-errors-plugin.ts';

const MAX_IDS = 100;
// More ids than allowed are refused as bad input before any call, so the estimate stops at the cap.
const idCount = (args: Record<string, unknown>) =>
  Math.min((args.ids as unknown[]).length, MAX_IDS);

export interface GatewaySchemaTypes {
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Fingerprint: { Input: number; Output: number };
    DateTime: { Input: Date; Output: Date | number };
    EmailAddress: { Input: string; Output: string };
    URL: { Input: string; Output: string };
    CountryCode: { Input: string; Output: string };
    Locale: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    JSONObject: { Input: Record<string, unknown>; Output: object };
  };
}

/**
 * Validation rejects bad input before any resolver (and so before any Crisp call) runs. Loaders
 * are plain per-request DataLoaders (src/datasources/loaders.ts), built with the context.
 */
export const builder = new SchemaBuilder<GatewaySchemaTypes>({
  // userErrors wraps the validation plugin's checks, so a mutation's bad input lands in its payload.
  plugins: [userErrorsPlugin, ValidationPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A page is at most 100 items on every connection (Website.conversations checks its own).
    firstArgOptions: {
      description: 'How many items after `after` (paging forwards); at most 100.',
      validate: z.number().int().min(0).max(100),
    },
    lastArgOptions: {
      description: 'How many items before `before` (paging backwards); at most 100.',
      validate: z.number().int().min(0).max(100),
    },
    afterArgOptions: { description: 'An `endCursor` of this field: the items after it.' },
    beforeArgOptions: { description: 'A `startCursor` of this field: the items before it.' },
    cursorFieldOptions: { description: 'Where this item stands, for `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Cursors, and whether more items exist.' },
    pageInfoTypeOptions: {
      description: 'Where a page stands in its list (Relay cursor connections).',
    },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: {
      description: 'The cursor of the first item; null on an empty page.',
    },
    endCursorFieldOptions: { description: 'The cursor of the last item; null on an empty page.' },
    // Each id can cost a Crisp call; what the node holds comes with it.
    nodeQueryOptions: {
      description:
        'Any node by its global id (`Type:<websiteId>:…`); null with NOT_FOUND when it does not exist.',
      args: { id: { description: 'The global id of the node.' } },
      extensions: crispCalls({ calls: 1, loaded: true }),
    },
    nodeTypeOptions: {
      description: 'An object with a global id: a client caches, refetches and follows it by `id`.',
    },
    idFieldOptions: {
      description:
        'Global id (`Type:<websiteId>[:<crispId>…]`); pass it to `node(id:)` or to any input that names it.',
    },
    nodesQueryOptions: {
      description: 'Several nodes by their global ids, at most 100; a missing one is a null item.',
      args: { ids: { description: 'The global ids, in the order of the answer.' } },
      // Root fields are nullable (docs/schema-design.md §3); a missing node is a null item.
      nullable: { list: true, items: true },
      validate: z.looseObject({ ids: z.array(z.unknown()).max(MAX_IDS, `at most ${MAX_IDS} ids`) }),
      extensions: crispCalls({ calls: idCount, items: idCount, loaded: true }),
    },
    encodeGlobalID: encodeNodeId,
    // A global id naming no type of the schema is bad input, like any other malformed id.
    decodeGlobalID: (globalID: string) => {
      const decoded = decodeNodeId(globalID);
      if (!builder.configStore.hasConfig(decoded.typename))
        throw new PothosValidationError(`Invalid global ID: ${globalID}`);
      return decoded;
    },
  },
  validation: {
    validationError: (failure) => {
      const issue = failure.issues[0];
      const field =
        issue?.path?.map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.') ??
        '';
      return new GraphQLError(
        `Invalid input${field ? ` for ${field}` : ''}: ${issue?.message ?? 'invalid value'}`,
        {
          extensions: { code: 'BAD_USER_INPUT', field },
        },
      );
    },
  },
});

/** The builder's resolved types, for helpers that take a field builder. */
export type SchemaTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** The field builder of an input type, for helpers that give many inputs the same fields. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

builder.queryType({ description: 'What a client reads: websites, and any node by its id.' });
builder.mutationType({
  description:
    'What a client writes. Each mutation returns its payload; failures are in `userErrors`.',
});
