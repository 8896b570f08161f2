import type { ConversationKey } from '../datasources/conversation.ts';
import {
  type ConversationRelationsModel,
  getConversationRelations,
} from '../datasources/conversation-relations.ts';
import type { GatewayContext } from '../request/context.ts';

/** `Conversation.relations`: the conversations it was split from and into. */
export function relations(
  ctx: GatewayContext,
  c: ConversationKey,
): Promise<ConversationRelationsModel> {
  return getConversationRelations(ctx.crisp, c);
}
