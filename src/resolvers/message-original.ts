import {
  type ConversationOriginalModel,
  getOriginalMessageInConversation,
} from '../datasources/conversation-original.ts';
import type { MessageModel } from '../datasources/message.ts';
import type { GatewayContext } from '../request/context.ts';

/** `Message.original`: the raw original a message was made from; null when it has none. */
export async function original(
  ctx: GatewayContext,
  m: MessageModel,
): Promise<ConversationOriginalModel | null> {
  if (!m.originalId) return null;
  return getOriginalMessageInConversation(ctx.crisp, m, m.originalId);
}
