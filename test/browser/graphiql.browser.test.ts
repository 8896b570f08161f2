import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from 'crisp-sandbox';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { test as base, describe } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { buildGateway, type Gateway } from '../../src/server/gateway.ts';
import { graphiqlExamples } from '../../src/server/graphiql-examples.ts';
import { quiet } from '../support/log.ts';
import { waitFor } from '../support/wait-for.ts';

/**
 * GraphiQL in a real Chromium against `npm start`'s sandbox mode: Debian's chromium
 * (`apt-get install chromium`), driven by playwright-core, which never downloads a browser.
 * `npm run test:browser`; `npm test` leaves this directory out.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Screenshots of the last run, for a look when a test fails; overwritten every run. */
const SCREENSHOTS = join(tmpdir(), 'crisp-gateway-graphiql');
/** Demo visitor activity, much faster than `npm start`'s 4 s so a subscription test is short. */
const ACTIVITY_MS = 300;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The example operations GraphiQL opens with, by name, and which of them are subscriptions. */
const examples = parse(graphiqlExamples).definitions.flatMap((d) =>
  d.kind === Kind.OPERATION_DEFINITION && d.name
    ? [{ name: d.name.value, operation: d.operation }]
    : [],
);

interface Demo {
  sandbox: Sandbox;
  gateway: Gateway;
  /** The sandbox's first website: the default one, and the one its demo visitors write on. */
  websiteId: string;
}

interface GraphiQL {
  page: Page;
  /** `console.error` lines and uncaught exceptions of the page. */
  errors: string[];
  /** Requests to anything but loopback, refused: GraphiQL must work offline, as the sandbox does. */
  offLoopback: string[];
  /** Opens GraphiQL on /graphql and waits for the editor with the examples. */
  open(): Promise<void>;
  /** Presses Run and picks `name` from the menu of the document's operations. */
  run(name: string): Promise<void>;
  /** The names the Run menu offers (open it first with the execute button). */
  menu(): Promise<string[]>;
  /** The result pane's visible text, spaces as typed. */
  result(): Promise<string>;
  setVariables(variables: Record<string, unknown>): Promise<void>;
  screenshot(name: string): Promise<void>;
}

const test = base.extend<{ browser: Browser; demo: Demo; graphiql: GraphiQL }>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      if (!existsSync(CHROMIUM))
        throw new Error(
          `${CHROMIUM} is missing: apt-get install chromium (Debian), as .ci/run does.`,
        );
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  // As src/main.ts without CRISP_IDENTIFIER: a sandbox with demo activity, its first website the
  // default one, and the gateway open with GraphiQL on.
  demo: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const sandbox = await createSandbox({ activityMs: ACTIVITY_MS });
      const websiteId = sandbox.seed.websiteIds[0]!;
      const config = {
        ...loadConfig({ PORT: '0', HOST: '127.0.0.1' }),
        crisp: sandbox.token,
        defaultWebsiteId: websiteId,
        sandbox: true,
      };
      const gateway = buildGateway(config, { crispBaseUrl: sandbox.url, logger: quiet });
      await gateway.start();
      await waitFor(() => gateway.live?.state === 'connected');
      await use({ sandbox, gateway, websiteId });
      await gateway.stop({ timeoutMs: 1000 });
      await sandbox.close();
    },
    { scope: 'file' },
  ],
  graphiql: async ({ browser, demo }, use) => {
    // A context per test: GraphiQL keeps its tabs in localStorage.
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
    });
    const offLoopback: string[] = [];
    const refuse = (url: URL) =>
      ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOOPBACK.has(url.hostname);
    await context.route(refuse, (route) => {
      offLoopback.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(refuse, (ws) => {
      offLoopback.push(ws.url());
      return ws.close();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
    const operationEditor = page.locator(
      '.graphiql-editor [data-uri$="operation.graphql"] .view-lines',
    );
    await use({
      page,
      errors,
      offLoopback,
      async open() {
        await page.goto(demo.gateway.url);
        await operationEditor
          .getByText('Welcome to the Crisp GraphQL gateway')
          .waitFor({ timeout: 15_000 })
          .catch((err: unknown) => {
            const why =
              offLoopback.length > 0
                ? `; refused requests off loopback: ${offLoopback.join(', ')}`
                : '';
            throw new Error(
              `GraphiQL did not show its examples${why}; page errors: ${JSON.stringify(errors)}`,
              { cause: err },
            );
          });
      },
      async run(name) {
        await page.locator('.graphiql-execute-button').click();
        await page.getByRole('menuitem', { name, exact: true }).click();
      },
      async menu() {
        await page.getByRole('menuitem').first().waitFor();
        return page.getByRole('menuitem').allInnerTexts();
      },
      async result() {
        // Monaco draws spaces as no-break spaces.
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's, with Monaco's line breaks.
        return (await page.locator('.graphiql-response .view-lines').innerText()).replace(
          /\u00a0/g,
          ' ',
        );
      },
      async setVariables(variables) {
        await page.locator('[data-uri$="variables.json"] .view-lines').click();
        // insertText, not typing: Monaco would close every brace and quote typed key by key.
        await page.keyboard.insertText(JSON.stringify(variables));
      },
      async screenshot(name) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      },
    });
    await context.close();
  },
});

describe('GraphiQL in Chromium, in sandbox mode', () => {
  test('opens with the example operations and runs Websites against the sandbox', async ({
    graphiql,
    demo,
    expect,
  }) => {
    await graphiql.open();
    expect(await graphiql.page.title()).toBe('Crisp GraphQL gateway');

    await graphiql.page.locator('.graphiql-execute-button').click();
    expect(await graphiql.menu()).toEqual(examples.map((e) => e.name));
    await graphiql.page.getByRole('menuitem', { name: 'Websites', exact: true }).click();

    const websites = demo.sandbox.seed.websites.map((w) => ({
      id: String(w.website.website_id),
      name: String(w.website.name),
    }));
    expect(websites.length).toBeGreaterThan(1);
    await expect.poll(() => graphiql.result(), { timeout: 20_000 }).toContain('"websites": [');
    const result = await graphiql.result();
    for (const website of websites) {
      expect(result).toContain(`"id": "Website:${website.id}"`);
      expect(result).toContain(`"crispId": "${website.id}"`);
      expect(result).toContain(`"name": "${website.name}"`);
    }
    await graphiql.screenshot('websites');
    expect(graphiql.errors).toEqual([]);
    expect(graphiql.offLoopback).toEqual([]);
  });

  test('a typed query runs in a new tab', async ({ graphiql, demo, expect }) => {
    await graphiql.open();
    await graphiql.page.getByRole('button', { name: 'New tab' }).click();
    const editor = graphiql.page.locator(
      '.graphiql-editor [data-uri$="operation.graphql"] .view-lines',
    );
    // On a loaded machine the new tab's editor can take a moment to take focus: type only once it
    // has, and run only once the text is there.
    await expect
      .poll(
        async () => {
          await editor.click();
          await graphiql.page.keyboard.press('ControlOrMeta+A');
          await graphiql.page.keyboard.insertText('{ websites { id name domain } }');
          // biome-ignore lint/performance/useDomNodeTextContent: Playwright's, with Monaco's line breaks.
          return (await editor.innerText()).replace(/\u00a0/g, ' ').trim();
        },
        { timeout: 20_000 },
      )
      // The whole editor, not a part of it: text added to the tab's earlier content would make
      // several operations, and Run would open a menu instead of running.
      .toBe('{ websites { id name domain } }');
    const first = demo.sandbox.seed.website(demo.websiteId)!.website;
    // GraphiQL takes the editor's text into its state a moment after the last keystroke: a Run
    // pressed before that runs the tab's earlier (empty) text and shows nothing, so Run is
    // pressed again while the result pane is still empty.
    await expect
      .poll(
        async () => {
          const result = await graphiql.result();
          if (result.trim() === '') await graphiql.page.locator('.graphiql-execute-button').click();
          return result;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toContain(`"domain": "${String(first.domain)}"`);
    await graphiql.screenshot('typed-query');
    expect(graphiql.errors).toEqual([]);
    expect(graphiql.offLoopback).toEqual([]);
  });

  test('the WebsiteMessages example shows the demo visitors’ messages as they arrive, over SSE', async ({
    graphiql,
    demo,
    expect,
  }) => {
    // The example a newcomer finds: a subscription among GraphiQL's operations.
    expect(examples).toContainEqual({
      name: 'WebsiteMessages',
      operation: OperationTypeNode.SUBSCRIPTION,
    });
    await graphiql.open();
    await graphiql.setVariables({ websiteId: demo.websiteId });
    const subscribed = graphiql.page.waitForRequest(
      (r) => r.headers().accept === 'text/event-stream',
    );
    await graphiql.run('WebsiteMessages');
    // Yoga's GraphiQL subscribes with SSE: a GET with Accept: text/event-stream.
    const request = await subscribed;
    expect(request.method()).toBe('GET');
    expect(new URL(request.url()).searchParams.get('operationName')).toBe('WebsiteMessages');

    const event =
      /"id":\s*"Conversation:[^"]*?(session_[^"]+)",[\s\S]*"text": "([^"]*)",\s*"timestamp": "([^"]+)"/;
    const first = await waitFor(async () => event.exec(await graphiql.result()) ?? false, {
      timeout: 20_000,
    }).catch(async (err: unknown) => {
      await graphiql.screenshot('subscription-failed');
      throw new Error(`no event in the result pane: ${await graphiql.result()}`, { cause: err });
    });
    await graphiql.screenshot('subscription');
    // The message shown is one the demo activity wrote in the sandbox, on that conversation.
    // The pane wraps a long id over lines.
    const [, wrapped, text] = first;
    const sessionId = wrapped!.replace(/\s+/g, '');
    const messages =
      demo.sandbox.seed.website(demo.websiteId)!.conversations.get(sessionId)?.messages ?? [];
    expect(messages.map((m) => m.content)).toContain(text);
    expect(await graphiql.result()).toContain('"name": "MESSAGE_SEND"');

    // The pane keeps updating: a later message replaces it (timestamps are unique in the sandbox).
    await waitFor(async () => (event.exec(await graphiql.result())?.[3] ?? first[3]) !== first[3], {
      timeout: 20_000,
    });
    expect(graphiql.errors).toEqual([]);
    expect(graphiql.offLoopback).toEqual([]);
  });
});
