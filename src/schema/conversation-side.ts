import { builder } from './builder.ts';

/**
 * The side of a conversation: one enum for who wrote, who is typing, who read and who receives
 * (docs/schema-design.md §7). Values are Crisp's `from` strings.
 */
export const ConversationSide = builder.enumType('ConversationSide', {
  description: 'A side of a conversation: the visitor, or the team.',
  values: {
    VISITOR: { value: 'user', description: "The visitor (Crisp's `user`)." },
    OPERATOR: {
      value: 'operator',
      description: 'The team side: operators, bots and plugins (`operator`).',
    },
  } as const,
});
