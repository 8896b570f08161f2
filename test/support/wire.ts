import type { IncomingHttpHeaders } from 'node:http';
import type { Gateway } from '../../src/server/gateway.ts';

/** Each request the gateway's HTTP server receives: method, path with query string, headers. */
export function wire(gateway: Gateway) {
  const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
  gateway.server.on('request', (req) =>
    seen.push({ method: req.method!, url: req.url!, headers: req.headers }),
  );
  return seen;
}
