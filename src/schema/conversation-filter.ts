import { z } from 'zod';
import type {
  ConversationFilter,
  ConversationFilterCriterion,
} from '../datasources/conversation-list.ts';
import { inboxIdSchema, userIdSchema } from '../datasources/crisp-id.ts';
import { builder } from './builder.ts';
import { SearchOperator } from './people-input.ts';

/** Every field of "Search for Conversation" (`website.conversation.list` query). */

const ConversationSearchType = builder.enumType('ConversationSearchType', {
  description: 'How `searchQuery` is read (Crisp `search_type`).',
  values: {
    TEXT: { value: 'text', description: 'Free text over visitor identity, subject and messages.' },
    SEGMENT: {
      value: 'segment',
      description: 'Conversations carrying the segment named in `searchQuery`.',
    },
    FILTER: {
      value: 'filter',
      description: 'The clauses of `searchFilters`, joined by `searchOperator`.',
    },
  } as const,
});

/**
 * The comparisons the Crisp inbox writes in a conversation filter. The catalogue types the field
 * as a string; these are the operators Crisp's inbox sends (`nhas`, unlike people's `has_not`).
 */
const ConversationFilterOperator = builder.enumType('ConversationFilterOperator', {
  description: 'How a conversation-filter clause compares the criterion with its `query` values.',
  values: {
    EQ: { value: 'eq', description: 'Equals one of the values (Crisp `eq`).' },
    NEQ: { value: 'neq', description: 'Equals none of the values (Crisp `neq`).' },
    HAS: { value: 'has', description: 'Contains one of the values (Crisp `has`).' },
    HAS_NOT: { value: 'nhas', description: 'Contains none of the values (Crisp `nhas`).' },
    GT: { value: 'gt', description: 'Is greater than a value (Crisp `gt`).' },
    GTE: { value: 'gte', description: 'Is greater than or equal to a value (Crisp `gte`).' },
    LT: { value: 'lt', description: 'Is less than a value (Crisp `lt`).' },
    LTE: { value: 'lte', description: 'Is less than or equal to a value (Crisp `lte`).' },
  } as const,
});

const ConversationFilterCriterionInput = builder
  .inputRef<ConversationFilterCriterion>('ConversationFilterCriterionInput')
  .implement({
    description:
      'One advanced-filter clause, e.g. `{ model: "session", criterion: "email", operator: EQ, query: ["a@b.c"] }`.',
    fields: (t) => ({
      model: t.string({
        required: true,
        description: 'The record the clause looks at (e.g. `session`).',
        validate: z.string().min(1).max(64),
      }),
      criterion: t.string({
        required: true,
        description: 'The property of that record (e.g. `email`, `segments`).',
        validate: z.string().min(1).max(128),
      }),
      operator: t.field({
        type: ConversationFilterOperator,
        required: true,
        description: 'How the criterion compares with the `query` values.',
      }),
      query: t.stringList({
        required: true,
        description: 'The values compared against.',
        validate: z.array(z.string().max(512)).max(50),
      }),
    }),
  });

export const ConversationFilterInput = builder
  .inputRef<ConversationFilter>('ConversationFilterInput')
  .implement({
    description:
      'A conversation search, as the Crisp inbox makes it (`GET /website/{website_id}/conversations/{page_number}`).',
    fields: (t) => ({
      searchQuery: t.string({
        description: 'Text to search (TEXT) or the segment name (SEGMENT).',
        validate: z.string().min(1).max(512),
      }),
      searchType: t.field({
        type: ConversationSearchType,
        description: 'How `searchQuery` is read. Default: TEXT.',
      }),
      searchFilters: t.field({
        type: [ConversationFilterCriterionInput],
        description: 'Clauses for searchType FILTER.',
      }),
      searchOperator: t.field({
        type: SearchOperator,
        description: 'How FILTER clauses combine (default AND).',
      }),
      includeEmpty: t.boolean({ description: 'Also list conversations without messages.' }),
      filterUnread: t.boolean({
        description: 'Only conversations with messages the team has not read.',
      }),
      filterResolved: t.boolean({ description: 'Only resolved conversations.' }),
      filterNotResolved: t.boolean({ description: 'Only conversations not resolved.' }),
      filterMention: t.boolean({
        description: 'Only conversations where an operator is mentioned.',
      }),
      filterAssigned: t.id({
        description: 'Only conversations assigned to this operator (user id).',
        validate: userIdSchema,
      }),
      filterUnassigned: t.boolean({ description: 'Only conversations assigned to no operator.' }),
      filterDateStart: t.field({ type: 'DateTime', description: 'Updated at or after.' }),
      filterDateEnd: t.field({ type: 'DateTime', description: 'Updated at or before.' }),
      orderDateCreated: t.boolean({ description: 'Sort by creation date instead of last update.' }),
      orderDateUpdated: t.boolean({
        description: 'Sort by last update, newest first (the default).',
      }),
      orderDateWaiting: t.boolean({ description: 'Longest-waiting first.' }),
      inboxId: t.id({
        description: 'Only conversations filed in this inbox (its UUID).',
        validate: inboxIdSchema,
      }),
      perPage: t.int({
        description: 'Crisp page size, 20 to 50 (default: `first`, within those bounds).',
        validate: z.number().int().min(20).max(50),
      }),
    }),
    // Loose: the other fields pass through untouched.
    validate: z
      .looseObject({
        searchQuery: z.string().nullish(),
        searchType: z.string().nullish(),
        searchFilters: z.array(z.unknown()).nullish(),
      })
      .refine((f) => f.searchType !== 'filter' || (f.searchFilters?.length && !f.searchQuery), {
        message: 'searchType FILTER takes searchFilters, not searchQuery',
        path: ['searchFilters'],
      })
      .refine((f) => !f.searchFilters || f.searchType === 'filter', {
        message: 'searchFilters needs searchType FILTER',
        path: ['searchType'],
      }),
  });
