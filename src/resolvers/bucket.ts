import { randomUUID } from 'node:crypto';
import {
  type BucketUrlGeneratedRaw,
  type BucketUrlModel,
  type BucketUrlRequestModel,
  generateBucketURL,
  toBucketUrl,
} from '../datasources/bucket.ts';
import type { GatewayContext } from '../request/context.ts';
import { replyKey } from '../rtm/replies.ts';
import { awaitReply, unusableReply } from './reply.ts';

export type GenerateBucketUrlInput = Omit<BucketUrlRequestModel, 'id'> & {
  requestId?: string | null;
};

/**
 * Asks Crisp for a signed upload URL and waits for the `bucket:url:<namespace>:generated` reply
 * carrying the request's id (generated when the client gives none).
 */
export async function generate(
  ctx: GatewayContext,
  { requestId, ...input }: GenerateBucketUrlInput,
): Promise<BucketUrlModel> {
  const id = requestId ?? randomUUID();
  const req = generateBucketURL({ ...input, id });
  const reply = await awaitReply(ctx, replyKey('bucket', id), req, 'input.requestId');
  const url = toBucketUrl(reply.data as unknown as BucketUrlGeneratedRaw, input.namespace);
  if (!url) throw unusableReply(req);
  return url;
}
