import { type CrispRequest, route } from './crisp-request.ts';
import { withoutNulls } from './without-nulls.ts';

/** Namespaces that have a `bucket:url:<namespace>:generated` event (rtm-events.json). */
export type BucketNamespaceName =
  | 'upload'
  | 'avatar'
  | 'website'
  | 'campaign'
  | 'helpdesk'
  | 'status'
  | 'processing';

/** Catalogue `BucketURLRequest` (rest/website-extra.json). */
interface BucketUrlRequestRaw {
  namespace: string;
  id: string;
  file: { name: string; type: string };
  resource?: { type: string; id: string };
}

/** A request for a signed upload URL; `id` correlates Crisp's RTM reply. Null means not given. */
export interface BucketUrlRequestModel {
  namespace: BucketNamespaceName;
  id: string;
  file: { name: string; type: string };
  resource?: { type: string; id: string } | null;
}

/**
 * POST /bucket/url/generate, as a request to send. Crisp answers an empty object: the signed URL
 * arrives later as the RTM event `bucket:url:<namespace>:generated`, carrying the request's `id`.
 */
export function generateBucketURL(request: BucketUrlRequestModel): CrispRequest {
  const { namespace, id, file, resource } = request;
  return {
    method: 'POST',
    path: route`/bucket/url/generate`,
    body: withoutNulls<BucketUrlRequestRaw>({ namespace, id, file, resource }),
  };
}

/** `bucket:url:<namespace>:generated` (rtm-events.json `BucketUrlGeneratedPayload`). */
export interface BucketUrlGeneratedRaw {
  id: string;
  from?: string;
  identifier?: string;
  /** The namespace. */
  type?: string;
  resource?: { type?: string; id?: string };
  policy?: { size_limit?: number };
  url: { signed?: string; resource?: string };
}

/** Where to PUT a file, and where it is served from afterwards. */
export interface BucketUrlModel {
  requestId: string;
  namespace: BucketNamespaceName;
  signedUrl: string;
  resourceUrl: string;
  /** Largest upload in bytes, when Crisp states one. */
  sizeLimit: number | null;
}

/** The reply to a request of `namespace`; undefined when it lacks either URL (it cannot be used). */
export function toBucketUrl(
  raw: BucketUrlGeneratedRaw,
  namespace: BucketNamespaceName,
): BucketUrlModel | undefined {
  const { signed, resource } = raw.url ?? {};
  if (typeof signed !== 'string' || typeof resource !== 'string') return undefined;
  const sizeLimit = raw.policy?.size_limit;
  return {
    requestId: String(raw.id),
    namespace,
    signedUrl: signed,
    resourceUrl: resource,
    sizeLimit: typeof sizeLimit === 'number' ? sizeLimit : null,
  };
}
