import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { waitFor } from '../../../test/support/wait-for.ts';
import { relayTestSite, sandbox, stateEvent, useRtmSandbox } from './support/rtm.ts';

useRtmSandbox();

describe('web hooks', () => {
  interface Delivery {
    headers: IncomingHttpHeaders;
    raw: string;
  }
  let receiver: Server;
  let deliveries: Delivery[];
  /** Statuses to answer, in order; 200 once it runs out. */
  let answers: number[];
  let hookUrl: string;

  beforeEach(async () => {
    deliveries = [];
    answers = [];
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = answers.shift() ?? 200;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });

  afterEach(async () => {
    receiver.closeAllConnections();
    await new Promise((r) => receiver.close(r));
  });

  const sign = (secret: string, timestamp: string, raw: string) =>
    createHmac('sha256', secret).update(`[${timestamp};${raw}]`).digest('hex');

  test('each event is POSTed as a JSON envelope signed over the raw body', async () => {
    sandbox.addHook({ url: hookUrl, secret: 'hook-secret' });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    const payload = stateEvent(website);
    sandbox.emit(website, 'session:set_state', payload);
    const [delivery] = await waitFor(() => deliveries.length === 1 && deliveries);
    const { headers, raw } = delivery!;
    expect(headers['content-type']).toBe('application/json');
    const timestamp = headers['x-crisp-request-timestamp'] as string;
    expect(timestamp).toMatch(/^\d{13}$/);
    const expected = Buffer.from(sign('hook-secret', timestamp, raw));
    const signature = Buffer.from(String(headers['x-crisp-signature']));
    expect(signature.length === expected.length && timingSafeEqual(signature, expected)).toBe(true);
    expect(headers['x-delivery-attempt-count']).toBe('1');
    expect(JSON.parse(raw)).toEqual({
      website_id: website,
      event: 'session:set_state',
      data: payload,
      timestamp: expect.any(Number),
    });
  });

  test('a target without a secret gets unsigned deliveries', async () => {
    sandbox.addHook({ url: hookUrl });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    sandbox.emit(website, 'session:set_state', stateEvent(website));
    await waitFor(() => deliveries.length === 1);
    expect(deliveries[0]?.headers['x-crisp-signature']).toBeUndefined();
  });

  test('a 500 is retried with attempt headers, and later events wait their turn', async () => {
    answers = [500, 500];
    sandbox.addHook({ url: hookUrl, secret: 's', retryDelays: [10, 10, 10] });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    sandbox.emit(website, 'session:set_state', stateEvent(website, 'pending'));
    sandbox.emit(website, 'session:set_state', stateEvent(website, 'resolved'));
    await waitFor(() => deliveries.length === 4);
    const stateOf = (d: Delivery) => (JSON.parse(d.raw) as { data: { state: string } }).data.state;
    const states = deliveries.map(stateOf);
    expect(states).toEqual(['pending', 'pending', 'pending', 'resolved']);
    const attempts = deliveries.map((d) => d.headers['x-delivery-attempt-count']);
    expect(attempts).toEqual(['1', '2', '3', '1']);
    expect(deliveries.every((d) => d.headers['x-delivery-attempt-limit'] === '4')).toBe(true);
    for (const { headers, raw } of deliveries) {
      const timestamp = String(headers['x-crisp-request-timestamp']);
      expect(headers['x-crisp-signature']).toBe(sign('s', timestamp, raw));
    }
  });

  test('closing the sandbox cancels pending retries', async () => {
    answers = [500, 500, 500];
    sandbox.addHook({ url: hookUrl, retryDelays: [60_000] });
    const website = sandbox.addWebsite({ ...relayTestSite, grant: sandbox.token.identifier });
    sandbox.emit(website, 'session:set_state', stateEvent(website));
    await waitFor(() => deliveries.length === 1);
    const started = Date.now();
    await sandbox.close(); // afterEach closes again; close must tolerate that
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(deliveries).toHaveLength(1);
  });
});
