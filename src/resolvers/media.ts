import { randomInt } from 'node:crypto';
import {
  type AnimationListedRaw,
  type AnimationListModel,
  type AnimationListRequestModel,
  listAnimationMedias,
  toAnimationList,
} from '../datasources/media.ts';
import type { GatewayContext } from '../request/context.ts';
import { replyKey } from '../rtm/replies.ts';
import { awaitReply } from './reply.ts';

/** Crisp's list id is an integer, and `requestId` a GraphQL Int: generated ones fit in 31 bits. */
const MAX_GENERATED_ID = 2 ** 31 - 1;

export type AnimationsArgs = Omit<AnimationListRequestModel, 'listId'> & {
  requestId?: number | null;
};

/**
 * Searches animations and waits for the `media:animation:listed` reply carrying the request's
 * list id (generated when the client gives none).
 */
export async function animations(
  ctx: GatewayContext,
  { requestId, ...args }: AnimationsArgs,
): Promise<AnimationListModel> {
  const listId = requestId ?? randomInt(1, MAX_GENERATED_ID);
  const reply = await awaitReply(
    ctx,
    replyKey('media', listId),
    listAnimationMedias({ ...args, listId }),
    'requestId',
  );
  return toAnimationList(reply.data as unknown as AnimationListedRaw, args.page);
}
