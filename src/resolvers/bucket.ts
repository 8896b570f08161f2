import { generateBucketURL, type BucketUrlRequestRaw } from '../datasources/bucket.ts';
import type { GatewayContext } from '../server/context.ts';

/** Crisp answers nothing useful: the client waits for the RTM event this names. */
export async function generateUrl(ctx: GatewayContext, input: BucketUrlRequestRaw) {
  await generateBucketURL(ctx.crisp, input);
  return { id: input.id, namespace: input.namespace, event: `bucket:url:${input.namespace}:generated` };
}
