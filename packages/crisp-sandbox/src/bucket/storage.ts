import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxStore } from '../store.ts';

/** What a signed URL lets its holder PUT, until it expires. */
interface Slot {
  signature: string;
  expires: number;
  /** The MIME type the URL was asked for; the PUT's own `content-type` wins when it sends one. */
  type: string;
}

interface StoredFile {
  type: string;
  bytes: Buffer;
}

interface Bucket {
  slots: Map<string, Slot>;
  files: Map<string, StoredFile>;
}

/** Largest upload, announced as `policy.size_limit` in `bucket:url:*:generated`. */
export const SIZE_LIMIT = 20 * 1024 * 1024;
/** How long a signed URL accepts its PUT. */
const SIGNED_TTL_MS = 5 * 60_000;
const UPLOAD_PATH = '/bucket/upload/';
const FILE_PATH = '/bucket/file/';

const buckets = new WeakMap<SandboxStore, Bucket>();

function bucketOf(store: SandboxStore): Bucket {
  let bucket = buckets.get(store);
  if (!bucket) {
    bucket = { slots: new Map(), files: new Map() };
    buckets.set(store, bucket);
  }
  return bucket;
}

/**
 * Opens an upload slot for one file: the signed URL a client PUTs the bytes to, and the resource
 * URL that serves them afterwards, both on the sandbox itself (Crisp's point at its storage).
 */
export function signUpload(
  store: SandboxStore,
  namespace: string,
  file: { name: string; type: string },
): { signed: string; resource: string } {
  const key = `${namespace}/${randomUUID()}/${encodeURIComponent(file.name)}`;
  const slot = {
    signature: randomUUID().replaceAll('-', ''),
    expires: store.now() + SIGNED_TTL_MS,
    type: file.type,
  };
  bucketOf(store).slots.set(key, slot);
  return {
    signed: `${store.origin}${UPLOAD_PATH}${key}?expires=${slot.expires}&signature=${slot.signature}`,
    resource: `${store.origin}${FILE_PATH}${key}`,
  };
}

// Browsers PUT from their page's origin with the file's own content type, so they send a
// preflight first; a storage bucket's CORS rule answers it for any origin, without credentials.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

function answer(res: ServerResponse, status: number, text = ''): void {
  res.writeHead(status, { ...CORS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function upload(store: SandboxStore, req: IncomingMessage, res: ServerResponse, url: URL) {
  const key = url.pathname.slice(UPLOAD_PATH.length);
  const bucket = bucketOf(store);
  const slot = bucket.slots.get(key);
  if (!slot || url.searchParams.get('signature') !== slot.signature)
    return answer(res, 403, 'the signature does not match');
  if (Date.now() > slot.expires) return answer(res, 403, 'the signed URL has expired');
  const bytes = await readLimited(req, SIZE_LIMIT);
  if (!bytes) return answer(res, 413, `the file is larger than ${SIZE_LIMIT} bytes`);
  // One PUT per signed URL, like a single-use upload policy.
  bucket.slots.delete(key);
  bucket.files.set(key, { type: req.headers['content-type'] || slot.type, bytes });
  answer(res, 200);
}

/** Stores a file as if it had been uploaded, for the sandbox's own media (animations). */
export function putFile(store: SandboxStore, key: string, type: string, bytes: Buffer): string {
  bucketOf(store).files.set(key, { type, bytes });
  return `${store.origin}${FILE_PATH}${key}`;
}

/**
 * The storage behind the signed URLs: `PUT /bucket/upload/<key>?…&signature=…` stores the body
 * once, `GET /bucket/file/<key>` serves it. Returns false for any other path.
 */
export function storageListener(store: SandboxStore) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const isUpload = url.pathname.startsWith(UPLOAD_PATH);
    const isFile = url.pathname.startsWith(FILE_PATH);
    if (!isUpload && !isFile) return false;
    if (req.method === 'OPTIONS') answer(res, 204);
    else if (isUpload && req.method === 'PUT') {
      upload(store, req, res, url).catch(() => answer(res, 500, 'upload failed'));
    } else if (isFile && (req.method === 'GET' || req.method === 'HEAD')) {
      const file = bucketOf(store).files.get(url.pathname.slice(FILE_PATH.length));
      if (!file) answer(res, 404, 'no such file');
      else {
        res.writeHead(200, {
          ...CORS,
          'content-type': file.type,
          'content-length': file.bytes.length,
        });
        res.end(req.method === 'HEAD' ? undefined : file.bytes);
      }
    } else answer(res, 405, 'method not allowed');
    return true;
  };
}
