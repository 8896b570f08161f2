import { messageKey } from '../datasources/message.ts';
import { removeMessageInConversation } from '../datasources/message-removal.ts';
import type { GatewayContext } from '../request/context.ts';
import { forget } from './conversation-mutation.ts';
import { type MessageInput, type MessageKeyModel, messageKeyOf } from './message.ts';

/** Deletes the message, then drops what the request read of it and of its conversation. */
export async function remove(ctx: GatewayContext, input: MessageInput): Promise<MessageKeyModel> {
  const key = messageKeyOf(ctx, input);
  await removeMessageInConversation(ctx.crisp, key, key.fingerprint);
  ctx.loaders.message.clear(messageKey(key, key.fingerprint));
  forget(ctx, key);
  return key;
}
