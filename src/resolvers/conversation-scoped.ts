import type { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import { assertWebsite } from '../request/access.ts';
import { badInput } from '../request/bad-input.ts';
import type { GatewayContext } from '../request/context.ts';
import { isGlobalId, type NodeRef } from '../request/node-id.ts';
import { keyOf } from './conversation-mutation.ts';

/** The inputs that name something living inside one conversation: a co-browsing session, a call. */
export interface ConversationPartInput {
  websiteId?: string | null;
  conversationId?: string | null;
}

/**
 * The conversation key and the part's Crisp id an input names: the part's global id alone, or its
 * raw id with `conversationId` (and `websiteId`). The caller needs write access to the website.
 */
export function partKeyOf(
  ctx: GatewayContext,
  ref: Pick<NodeRef<readonly z.ZodType<string>[]>, 'fromInput' | 'typename'>,
  value: string,
  field: string,
  input: ConversationPartInput,
): [ConversationKey, string] {
  if (!isGlobalId(value) && !input.conversationId)
    throw badInput(field, `a raw ${ref.typename} id needs its conversationId`);
  const scope = input.conversationId
    ? keyOf(ctx, { conversationId: input.conversationId, websiteId: input.websiteId })
    : undefined;
  const [websiteId, sessionId, id] = ref.fromInput(
    value,
    field,
    [scope?.websiteId ?? input.websiteId, scope?.sessionId],
    [ctx.defaultWebsiteId],
  );
  return [{ websiteId: assertWebsite(ctx, websiteId!, 'write'), sessionId: sessionId! }, id!];
}
