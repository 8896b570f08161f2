import { z } from 'zod';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import type {
  DeleteDataKeyInput,
  DeleteSegmentInput,
} from '../resolvers/conversation-suggestion.ts';
import * as suggestion from '../resolvers/conversation-suggestion.ts';
import { builder } from './builder.ts';
import { websiteIdField } from './conversation-mutation-input.ts';
import { pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { SuggestedDataKeyConnection, SuggestedSegmentConnection } from './suggestion.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** Autocomplete for conversations: the segments and data keys in use, and their removal. */

builder.objectFields(Website, (t) => ({
  suggestedConversationSegments: t.field({
    nullable: true,
    type: SuggestedSegmentConnection,
    description: `Segments in use on the website’s conversations, with their conversation counts (\`List Suggested Conversation Segments\`); null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'segments'),
    resolve: (w, args, ctx) => suggestion.segments(ctx, w.id, args),
  }),
  suggestedConversationDataKeys: t.field({
    nullable: true,
    type: SuggestedDataKeyConnection,
    description: `Custom data keys in use on the website’s conversations, with their counts (\`List Suggested Conversation Data Keys\`); null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'data keys'),
    resolve: (w, args, ctx) => suggestion.dataKeys(ctx, w.id, args),
  }),
}));

const DeleteSuggestedConversationSegmentInput = builder
  .inputRef<DeleteSegmentInput>('DeleteSuggestedConversationSegmentInput')
  .implement({
    description: 'The segment to drop from the conversation segment suggestions.',
    fields: (t) => ({
      websiteId: websiteIdField(t, 'the suggestions'),
      segment: t.string({
        required: true,
        description: 'The segment’s name, as `suggestedConversationSegments` gives it.',
        validate: z.string().min(1).max(256),
      }),
    }),
  });

const DeleteSuggestedConversationDataKeyInput = builder
  .inputRef<DeleteDataKeyInput>('DeleteSuggestedConversationDataKeyInput')
  .implement({
    description: 'The custom data key to drop from the conversation data key suggestions.',
    fields: (t) => ({
      websiteId: websiteIdField(t, 'the suggestions'),
      key: t.string({
        required: true,
        description: 'The data key, as `suggestedConversationDataKeys` gives it.',
        validate: z.string().min(1).max(64),
      }),
    }),
  });

/** `<Name>Payload { website, deleted… }`: what was dropped, and from which website's list. */
const deletedPayload = (mutation: string, deletedField: string, what: string) =>
  payloadRef<{ website?: { id: string }; deleted?: string }>(mutation, (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website whose suggestions changed; null when the deletion failed.',
      resolve: (p) => p.website ?? null,
    }),
    [deletedField]: t.string({
      nullable: true,
      description: `The ${what} dropped from the suggestions, for a cache to evict; null when the deletion failed.`,
      resolve: (p) => p.deleted ?? null,
    }),
  }));

builder.mutationField('deleteSuggestedConversationSegment', (t) =>
  t.field({
    type: deletedPayload('deleteSuggestedConversationSegment', 'deletedSegment', 'segment'),
    nullable: true,
    description:
      'Drops a segment from the conversation segment suggestions (`Delete Suggested Conversation Segment`); conversations keep it.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: DeleteSuggestedConversationSegmentInput,
        required: true,
        description: 'The segment to drop.',
      }),
    },
    resolve: (_, { input }, ctx) => suggestion.deleteSegment(ctx, input),
  }),
);

builder.mutationField('deleteSuggestedConversationDataKey', (t) =>
  t.field({
    type: deletedPayload('deleteSuggestedConversationDataKey', 'deletedKey', 'data key'),
    nullable: true,
    description:
      'Drops a custom data key from the conversation data key suggestions (`Delete Suggested Conversation Data Key`); conversations keep their data.',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: DeleteSuggestedConversationDataKeyInput,
        required: true,
        description: 'The data key to drop.',
      }),
    },
    resolve: (_, { input }, ctx) => suggestion.deleteDataKey(ctx, input),
  }),
);
