import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { createSandbox } from 'crisp-sandbox';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { buildGateway } from '../../src/server/gateway.ts';
import { quiet } from '../support/log.ts';
import { waitFor } from '../support/wait-for.ts';

/**
 * README's "Sending a file" from a browser page: a small static page (upload-page.html), served on
 * loopback from another origin than the gateway's, asks the gateway for an upload URL, PUTs the
 * file to the sandbox's storage and sends it as a file message, with plain fetch. Debian's
 * chromium, driven by playwright-core.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];
const SCREENSHOT = join(tmpdir(), 'crisp-gateway-upload.png');

/** A PNG of `size`×`size` pixels in four coloured squares, so the page's preview shows something. */
function png(size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const colours = [
    [25, 114, 245],
    [20, 144, 75],
    [245, 166, 35],
    [179, 38, 30],
  ];
  const rows = Array.from({ length: size }, (_, y) =>
    Buffer.from([
      0, // no filter
      ...Array.from(
        { length: size },
        (_, x) => colours[(y < size / 2 ? 0 : 2) + (x < size / 2 ? 0 : 1)]!,
      ).flat(),
    ]),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Serves the page on a loopback port of its own: another origin than the gateway's. */
async function servePage(): Promise<{ server: Server; origin: string }> {
  const html = readFileSync(new URL('./upload-page.html', import.meta.url));
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a page uploads a file chosen in its file input and sends it as a file message', async () => {
  const page$ = await servePage();
  const sandbox = await createSandbox({ strict: true });
  const websiteId = sandbox.seed.websiteIds[0]!;
  const sessionId = [...sandbox.seed.websites[0]!.conversations.keys()][0]!;
  // CORS open to the page's origin only (sandbox mode would allow any), as a deployment lists its app's.
  const config = {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', GATEWAY_CORS_ORIGINS: page$.origin }),
    crisp: sandbox.token,
    sandbox: true,
  };
  const gateway = buildGateway(config, { crispBaseUrl: sandbox.url, logger: quiet });
  await gateway.start();
  await waitFor(() => gateway.live?.state === 'connected');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const query = new URLSearchParams({ gateway: gateway.url, websiteId, sessionId });
    await page.goto(`${page$.origin}/?${query}`);

    const bytes = png(64);
    await page
      .locator('#file')
      .setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: bytes });
    await page.getByRole('button', { name: 'Upload and send' }).click();
    await page
      .locator('#fingerprint')
      .waitFor({ timeout: 15_000 })
      .catch((err: unknown) => {
        throw new Error(`the page did not finish: ${JSON.stringify(errors)}`, { cause: err });
      });
    await page.locator('#preview').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: SCREENSHOT });
    console.log(`screenshot: ${SCREENSHOT}`);

    // The message is in the sandbox's conversation, with the uploaded file's resource URL.
    const fingerprint = Number(await page.locator('#fingerprint').textContent());
    const messages = sandbox.seed.website(websiteId)!.conversations.get(sessionId)!.messages;
    const sent = messages.find((m) => m.fingerprint === fingerprint);
    expect(sent).toMatchObject({
      type: 'file',
      from: 'operator',
      content: {
        name: 'chart.png',
        type: 'image/png',
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/bucket\/file\//),
      },
    });
    // That URL serves the very bytes the page uploaded.
    const served = await fetch(sent!.content.url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    expect(await page.locator('#steps li.done').allInnerTexts()).toHaveLength(3);
    expect(errors).toEqual([]);
    expect(sandbox.violations).toEqual([]);
  } finally {
    await browser.close();
    await gateway.stop({ timeoutMs: 1000 });
    await sandbox.close();
    page$.server.close();
  }
});
