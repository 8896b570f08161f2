import { builder } from './builder.ts';

/**
 * The two sides of a conversation, as Crisp's `from` names them (`user`, `operator`); one enum for
 * every field that says who wrote, typed, read or receives something (docs/schema-design.md §7).
 */
export const ConversationSideEnum = builder.enumType('ConversationSide', {
  description: 'A side of a conversation: the visitor, or the team.',
  values: {
    VISITOR: {
      value: 'user',
      description: 'The visitor or contact side (Crisp `user`).',
    },
    OPERATOR: {
      value: 'operator',
      description: 'The team side: operators, bots and plugins (Crisp `operator`).',
    },
  } as const,
});
