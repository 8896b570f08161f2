import { Crisp } from 'crisp-api';
import {
  createSandbox,
  type EmittedEvent,
  type Sandbox,
  type Tier,
  type WebsiteRecord,
} from 'crisp-sandbox';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { uncovered } from '../fidelity-scope.ts';

// `sandbox`, the clients, `acme` and the rest are live bindings, set by the hooks
// `useFidelitySandbox` registers.
export let sandbox: Sandbox;
export let plugin: Crisp;
export let user: Crisp;
export let websiteClient: Crisp;
export let acmeId: string;
export let acme: WebsiteRecord;
export const events: EmittedEvent[] = [];

function client(tier: Tier, identifier: string, key: string): Crisp {
  const crisp = new Crisp();
  crisp.setRestHost(sandbox.origin);
  crisp.authenticateTier(tier, identifier, key);
  return crisp;
}

/** The client rejects with `{ reason: 'error', message: <Crisp reason>, code: <status> }`. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (err: { message: string; code: number }) => ({ message: err.message, code: err.code }),
  );

/**
 * A strict sandbox for the calling file, shared by its tests (they run in order), with clients on
 * its plugin token and on user and website tokens reaching every seeded website.
 */
export function useFidelitySandbox() {
  beforeAll(async () => {
    sandbox = await createSandbox({ strict: true });
    const all = [...sandbox.seed.websiteIds];
    for (const [identifier, tier] of [
      ['fidelity-user', 'user'],
      ['fidelity-website', 'website'],
    ] as const) {
      sandbox.setToken({ identifier, key: 'fidelity-key', tier, websiteIds: all });
    }
    plugin = client('plugin', sandbox.token.identifier, sandbox.token.key);
    user = client('user', 'fidelity-user', 'fidelity-key');
    websiteClient = client('website', 'fidelity-website', 'fidelity-key');
    acmeId = all[0]!;
    acme = sandbox.seed.website(acmeId)!;
    sandbox.onEvent((e) => events.push(e));
  });

  afterAll(async () => {
    await sandbox.close();
  });
}

/**
 * The file's last tests (tests of a file run in order): nothing broke the catalogue schemas, and
 * every route of `scope` answered the client with a success, so a route dropped from the tests
 * above shows up here.
 */
export function testClientCoverage(name: string, scope: readonly string[]) {
  test('nothing the client received or caused broke the catalogue schemas', () => {
    expect(sandbox.violations).toEqual([]);
    expect(sandbox.calls.filter((c) => c.id === 'unknown')).toEqual([]);
  });

  test(`every route of ${name} answered the client with a success`, () => {
    const succeeded = new Set(
      sandbox.calls.filter((c) => c.status > 0 && c.status < 400).map((c) => c.id),
    );
    expect(uncovered(scope, succeeded)).toEqual([]);
  });
}
