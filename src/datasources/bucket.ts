import { route, type CrispClient } from './crisp-client.ts';

/** Catalogue `BucketURLRequest` (rest/website-extra.json). */
export interface BucketUrlRequestRaw {
  namespace: string;
  id: string;
  file: { name: string; type: string };
  resource?: { type: string; id: string };
}

/**
 * POST /bucket/url/generate. Crisp answers an empty object: the signed URL arrives later as the
 * RTM event `bucket:url:<namespace>:generated`, carrying the caller's `id`.
 */
export async function generateBucketURL(crisp: CrispClient, request: BucketUrlRequestRaw): Promise<void> {
  await crisp.post(route`/bucket/url/generate`, request);
}
