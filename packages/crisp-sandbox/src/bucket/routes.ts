import type { Routes } from '../http/handler.ts';
import { invalidData } from '../http/reply.ts';
import { SIZE_LIMIT, signUpload } from './storage.ts';

/** Namespaces that have a `bucket:url:<namespace>:generated` event (rtm-events.json). */
const NAMESPACES = new Set([
  'upload',
  'avatar',
  'website',
  'campaign',
  'helpdesk',
  'status',
  'processing',
]);

export const bucketRoutes: Routes = {
  // Crisp answers `{}` and delivers the signed URL over RTM, keyed by the caller's id.
  'bucket.url.generate': ({ body, store, token }) => {
    const namespace = String(body.namespace ?? '');
    if (!NAMESPACES.has(namespace))
      throw invalidData(`namespace must be one of ${[...NAMESPACES].join(', ')}`);
    if (typeof body.id !== 'string' || !body.id)
      throw invalidData("data must have required property 'id'");
    const file = {
      name: String(body.file?.name || 'file'),
      type: String(body.file?.type || 'application/octet-stream'),
    };
    const payload = {
      id: body.id,
      // Who asked: the relay delivers the reply to this token's sockets only.
      identifier: token.identifier,
      type: namespace,
      ...(body.resource ? { resource: body.resource } : {}),
      policy: { size_limit: SIZE_LIMIT },
      url: signUpload(store, namespace, file),
    };
    // Not website-scoped (docs/crisp/RTM.md §8): no website_id, routed by `identifier` instead.
    store.emit('', `bucket:url:${namespace}:generated`, payload);
    return {};
  },
};
