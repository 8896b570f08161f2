import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cliEnvTable, readCliEnv } from '../src/cli-env.ts';

describe('npm run sandbox settings', () => {
  test('unset or blank variables take the defaults', () => {
    expect(readCliEnv({ SANDBOX_PORT: ' ' })).toEqual({
      port: 4010,
      host: '127.0.0.1',
      identifier: 'sandbox-identifier',
      key: 'sandbox-key',
      tier: 'plugin',
      activityMs: 0,
      hookUrl: undefined,
      hookSecret: undefined,
    });
  });

  test('bad values are named in one error that never shows them', () => {
    const read = () =>
      readCliEnv({
        SANDBOX_PORT: 'port-s3cret',
        SANDBOX_TIER: 'tier-s3cret',
        SANDBOX_ACTIVITY_MS: '-1',
      });
    expect(read).toThrow(
      'SANDBOX_PORT must be a port number; SANDBOX_TIER must be one of plugin, website, user; SANDBOX_ACTIVITY_MS must be a number of milliseconds, 0 for off',
    );
    expect(read).not.toThrow(/s3cret/);
  });

  test("the package README's table lists every variable with its default and meaning, in order", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`${cliEnvTable()}\n\n`);
  });
});
