import { z } from 'zod';
import { crispCalls } from '../request/crisp-cost.ts';
import * as conversation from '../resolvers/conversation.ts';
import * as message from '../resolvers/message.ts';
import { HISTORY_PAGE, history, historyReads } from '../resolvers/message-history.ts';
import { builder } from './builder.ts';
import { Conversation, conversationRead } from './conversation.ts';
import { ConversationFile } from './conversation-detail.ts';
import { itemConnection } from './item-connection.ts';
import { ConversationPreview, Message } from './message.ts';
import { replacedBy } from './replaced-by.ts';

/** A conversation's messages: its history as a connection, one message, the last one. */

/** The one connection of messages, shared by every field that lists them (docs/schema-design.md §5). */
export const MessageConnection = itemConnection(Message, {
  item: 'a message',
  items: 'messages',
  order: 'oldest first',
});

const size = z.number().int().min(1).max(100);

builder.objectFields(Conversation, (t) => ({
  lastMessage: t.field({
    type: ConversationPreview,
    nullable: true,
    description:
      'The last message, as the inbox shows it; null when the conversation has none (or its read fails).',
    extensions: crispCalls(conversationRead),
    resolve: async (c, _, ctx) => {
      const { preview } = await conversation.loaded(ctx, c);
      return preview ? { ...preview, websiteId: c.websiteId, sessionId: c.sessionId } : null;
    },
  }),
  messages: t.field({
    nullable: true,
    type: MessageConnection,
    description:
      'The history of the conversation, oldest first, ordered by time then fingerprint. Pages ' +
      'backwards from the latest message with `last`/`before` (Crisp’s `timestamp_before`), or ' +
      'forwards from the oldest with `first`/`after` (Crisp’s `timestamp_after`, to catch up after ' +
      'a reconnection). Cursors are keys in that order, so messages that arrive meanwhile are ' +
      'neither repeated nor skipped, and messages sharing a millisecond are not lost at a page ' +
      'boundary: a page may then hold fewer messages than asked for, and `hasPreviousPage` ' +
      '(backwards, from Crisp’s 206 answer) or `hasNextPage` (forwards, from a full batch) says ' +
      'more remain. Crisp serves history in batches of 20, each its own call; null when a read fails.',
    extensions: crispCalls({ calls: historyReads }),
    args: {
      last: t.arg.int({
        defaultValue: HISTORY_PAGE,
        description: `How many messages before \`before\` (default: the latest). Default: ${HISTORY_PAGE}; 1 to 100. Ignored when \`first\` or \`after\` is given.`,
        validate: size,
      }),
      before: t.arg.string({
        description:
          'A cursor of this field (`pageInfo.startCursor`): the messages older than it. Not with `first`/`after`.',
      }),
      first: t.arg.int({
        description: 'How many messages after `after` (default: the oldest); 1 to 100.',
        validate: size,
      }),
      after: t.arg.string({
        description: 'A cursor of this field (`pageInfo.endCursor`): the messages newer than it.',
      }),
    },
    resolve: (c, args, ctx) => history(ctx, c, args),
  }),
  message: t.field({
    type: Message,
    // Nullable, so a missing message leaves the operation's other fields intact.
    nullable: true,
    description: 'One message of the conversation; null with NOT_FOUND when there is none.',
    extensions: crispCalls({ calls: 1 }),
    args: {
      id: t.arg.id({
        description:
          "The message: its global id, or Crisp's fingerprint within this conversation. Exactly one of `id` and `fingerprint`.",
      }),
      fingerprint: t.arg({
        type: 'Fingerprint',
        description: "Crisp's fingerprint of the message.",
        deprecationReason: replacedBy('`id`'),
      }),
    },
    resolve: (c, args, ctx) => message.byInput(ctx, c, args),
  }),
}));

builder.objectField(ConversationFile, 'message', (t) =>
  t.field({
    type: Message,
    nullable: true,
    description:
      'The message that carried the file (its own read); null when Crisp names none, or when the read fails.',
    extensions: crispCalls({ calls: 1, loader: 'message' }),
    resolve: (f, _, ctx) =>
      f.fingerprint === undefined ? null : message.get(ctx, f, f.fingerprint),
  }),
);
