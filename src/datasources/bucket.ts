import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { withoutNulls } from './without-nulls.ts';

/** Catalogue `BucketURLRequest` (rest/website-extra.json). */
interface BucketUrlRequestRaw {
  namespace: string;
  id: string;
  file: { name: string; type: string };
  resource?: { type: string; id: string };
}

/** A request for a signed upload URL, as a client writes it (the wire's keys); null means not given. */
export interface BucketUrlRequestModel {
  namespace: string;
  id: string;
  file: { name: string; type: string };
  resource?: { type: string; id: string } | null;
}

/**
 * POST /bucket/url/generate. Crisp answers an empty object: the signed URL arrives later as the
 * RTM event `bucket:url:<namespace>:generated`, carrying the caller's `id`.
 */
export async function generateBucketURL(
  crisp: CrispClient,
  request: BucketUrlRequestModel,
): Promise<void> {
  const { namespace, id, file, resource } = request;
  await crisp.post(
    route`/bucket/url/generate`,
    withoutNulls<BucketUrlRequestRaw>({ namespace, id, file, resource }),
  );
}
