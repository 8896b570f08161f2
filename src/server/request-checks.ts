import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../request/context.ts';

/** Headers a browser cannot send cross-site without a CORS preflight: any one passes CSRF checks. */
export const csrfHeaders = ['x-graphql-yoga-csrf', 'authorization', 'x-api-key'];

/** Every refusal is a JSON `errors` body with a status and an `extensions.code`. */
const httpError = (message: string, status: number, code: string) =>
  new GraphQLError(message, { extensions: { http: { status }, code } });
const CONTENT_LENGTH = /^\d+$/;

/**
 * GATEWAY_MAX_BODY_BYTES, in place of Yoga's `maxRequestBodySize`, which pipes every body through
 * a counting web stream (about 6 % of a one-call query's CPU). A Content-Length is compared as a
 * number, since node's HTTP parser never hands over more body than it announces; only a body
 * without one (chunked) is counted while it is read. Same answers: 413, or 400 for a malformed
 * length.
 */
export function useBodyLimit(max: number): Plugin<GatewayContext> {
  const tooLarge = () => httpError('Request body too large', 413, 'REQUEST_ENTITY_TOO_LARGE');
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!CONTENT_LENGTH.test(length))
          throw httpError('Content-Length header is invalid.', 400, 'BAD_REQUEST');
        if (Number(length) > max) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => {
        let read = 0;
        const counted = req.body!.pipeThrough(
          new (req.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream)<
            Uint8Array,
            Uint8Array
          >({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > max) controller.error(tooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        const init = {
          method: req.method,
          headers: req.headers,
          signal: req.signal,
          body: counted,
          duplex: 'half',
        };
        return requestParser(new fetchAPI.Request(req.url, init as RequestInit));
      });
    },
  };
}

/** The bodies a cross-site page can POST without a CORS preflight (forms, `sendBeacon`, no-cors fetch). */
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

/**
 * GATEWAY_CSRF, written here rather than with @graphql-yoga/plugin-csrf-prevention, which also
 * refuses GETs (urql sends short queries as GET by default) and answers without a code.
 *
 * Clients authenticate by header, never by cookie, so a cross-site request can carry no
 * credentials; what remains is a page making a visitor's browser POST a mutation to an open
 * gateway it can reach (sandbox, GATEWAY_AUTH=none, often on loopback). A GET cannot run a
 * mutation (Yoga answers 405), so only a POST a page can send without a preflight must carry
 * one of `csrfHeaders`: a form-encoded, multipart, text/plain or untyped body. JSON needs a
 * preflight, which CORS decides. With client authentication the credential header is itself
 * one of `csrfHeaders`, and a request without credentials is refused (401) before this check.
 */
export function useCsrfPrevention(): Plugin<GatewayContext> {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (type && !SIMPLE_CONTENT_TYPES.includes(type)) return;
      if (csrfHeaders.some((name) => request.headers.has(name))) return;
      throw httpError(
        'A form or text/plain POST needs an x-graphql-yoga-csrf header (any value), or send application/json.',
        403,
        'CSRF_HEADER_MISSING',
      );
    },
  };
}

/**
 * Codes for two refusals Yoga makes without a body or a code: a POST of a media type no parser
 * reads (415, empty), and `variables` or `extensions` that are not JSON in a GET's URL or a form
 * (JSON.parse's SyntaxError, masked as "Unexpected error."). Other methods get Yoga's 405.
 */
export function useRequestFormat(): Plugin<GatewayContext> {
  const badJson = () =>
    httpError('The variables or extensions parameter is not valid JSON.', 400, 'BAD_REQUEST');
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== 'POST' && request.method !== 'GET') return;
      if (!requestParser)
        throw httpError(
          'Unsupported media type: POST application/json, or use GET.',
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        );
      // JSON bodies: Yoga's parser answers 400 BAD_REQUEST itself, and needs no extra promise.
      if (request.method === 'POST' && request.headers.get('content-type')?.includes('json'))
        return;
      setRequestParser(async (req) => {
        try {
          return await requestParser(req);
        } catch (err) {
          throw err instanceof SyntaxError ? badJson() : err;
        }
      });
    },
  };
}
