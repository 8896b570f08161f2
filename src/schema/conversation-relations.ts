import type { ConversationRelationsModel } from '../datasources/conversation-relations.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { relations } from '../resolvers/conversation-relations.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';

/** `Conversation.relations`: the conversations one was split from and into. */

const ConversationRelations = builder
  .objectRef<ConversationRelationsModel>('ConversationRelations')
  .implement({
    description: 'The conversations linked to one, as when Crisp splits a thread.',
    fields: (t) => ({
      parent: t.field({
        type: Conversation,
        nullable: true,
        description: 'The conversation this one was split from; null when there is none.',
        resolve: (r) => r.parent,
      }),
      children: t.field({
        type: [Conversation],
        description: 'The conversations split from this one; empty when there are none.',
        resolve: (r) => r.children,
      }),
    }),
  });

builder.objectFields(Conversation, (t) => ({
  relations: t.field({
    type: ConversationRelations,
    nullable: true,
    description:
      'The conversations this one was split from and into (`Get Conversation Relations`); null when the read fails.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (c, _, ctx) => relations(ctx, c),
  }),
}));
