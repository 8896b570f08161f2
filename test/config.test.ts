import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { configTable, configTableIn } from '../src/server/config/readme-table.ts';
import { variablesOf } from '../src/server/config/variable.ts';
import { variables } from '../src/server/config/variables.ts';
import { ConfigError, loadConfig } from '../src/server/config.ts';
import { waitFor } from './support/wait-for.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const WEBSITE_ID = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';

const configError = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

/** `npm start` without npm: the same entry point, with exactly the environment given. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (c: Buffer) => (output.stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output.stderr += c.toString()));
  return { child, output };
}

describe('loadConfig', () => {
  test('defaults: loopback port 4000, the Crisp API, plugin tier, no token (sandbox mode)', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      crisp: undefined,
      crispApiUrl: 'https://api.crisp.chat/v1',
      defaultWebsiteId: undefined,
      crispTimeoutMs: 10_000,
      sandboxActivityMs: 4000,
    });
  });

  test('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      CRISP_IDENTIFIER: 'id',
      CRISP_KEY: 'key',
      CRISP_TIER: 'website',
      CRISP_API_URL: 'http://127.0.0.1:4010/v1/',
      CRISP_WEBSITE_ID: WEBSITE_ID,
      CRISP_TIMEOUT_MS: '5000',
      SANDBOX_ACTIVITY_MS: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      crisp: { identifier: 'id', key: 'key', tier: 'website' },
      crispApiUrl: 'http://127.0.0.1:4010/v1',
      defaultWebsiteId: WEBSITE_ID,
      crispTimeoutMs: 5000,
      sandboxActivityMs: 0,
    });
  });

  test('empty variables count as unset', () => {
    expect(loadConfig({ PORT: '', CRISP_IDENTIFIER: '', CRISP_KEY: ' ' }).port).toBe(4000);
  });

  test('bad values are listed by name in one ConfigError', () => {
    const error = configError({
      PORT: 'abc',
      CRISP_TIER: 'admin',
      CRISP_API_URL: 'ftp://x',
      CRISP_WEBSITE_ID: 'nope',
      SANDBOX_ACTIVITY_MS: '-1',
    });
    expect(error.problems).toEqual([
      'PORT must be an integer from 0 to 65535',
      'CRISP_TIER must be one of plugin, website, user',
      'CRISP_API_URL must be an http(s) URL, e.g. https://api.crisp.chat/v1',
      'CRISP_WEBSITE_ID must be a website UUID',
      'SANDBOX_ACTIVITY_MS must be an integer >= 0 (milliseconds; 0 turns activity off)',
    ]);
    expect(error.message).toMatch(/^Invalid configuration:\n {2}- PORT/);
  });

  test('an identifier without a key (or the reverse) is an error that never shows the key', () => {
    expect(configError({ CRISP_IDENTIFIER: 'id' }).problems).toEqual([
      'CRISP_KEY is required when CRISP_IDENTIFIER is set',
    ]);
    const error = configError({ CRISP_KEY: 'very-secret-key', CRISP_TIER: 'nope' });
    expect(error.problems).toContain('CRISP_IDENTIFIER is required when CRISP_KEY is set');
    expect(`${error.message}${error.stack}`).not.toContain('very-secret-key');
  });

  test('a bad value in every variable at once names each variable it breaks, and no value', () => {
    const secret = 'not-a-valid-value-s3cret';
    const names = variablesOf(variables).map((v) => v.name);
    const error = configError(Object.fromEntries(names.map((name) => [name, secret])));
    const named = error.problems.map((p) => p.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(named).toEqual(
      expect.arrayContaining([
        'PORT',
        'CRISP_API_URL',
        'CRISP_RATE_PER_SECOND',
        'GATEWAY_API_KEYS',
        'GATEWAY_CORS_ORIGINS',
        'GATEWAY_JWT_SECRET',
      ]),
    );
    expect(names).toEqual(expect.arrayContaining(named));
    expect(`${error.message}${error.stack}`).not.toContain(secret);
  });

  test('a website token needs CRISP_WEBSITE_ID', () => {
    expect(
      configError({ CRISP_IDENTIFIER: 'id', CRISP_KEY: 'k', CRISP_TIER: 'website' }).problems,
    ).toEqual(['CRISP_WEBSITE_ID is required with CRISP_TIER=website']);
  });
});

describe('README', () => {
  test('its configuration table lists every variable with its default and meaning, in the order of the configuration', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    // `npm run docs:config` rewrites the README's table from the configuration.
    expect(configTableIn(readme)).toBe(configTable());
  });
});

describe('npm start', () => {
  test('a bad PORT exits 1 with the message and no stack trace', async () => {
    const { child, output } = startMain({ PORT: 'abc', CRISP_KEY: 'very-secret-key' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output.stderr).toContain('PORT must be an integer from 0 to 65535');
    expect(output.stderr).toContain('CRISP_IDENTIFIER is required when CRISP_KEY is set');
    expect(output.stderr).not.toMatch(/^\s+at /m);
    expect(output.stderr + output.stdout).not.toContain('very-secret-key');
  });

  test('without credentials it serves the sandbox, then stops on SIGTERM', async () => {
    const { child, output } = startMain({ PORT: '0', HOST: '127.0.0.1', SANDBOX_ACTIVITY_MS: '0' });
    try {
      const url = await waitFor(() => /(http:\/\/\S+\/graphql)/.exec(output.stdout)?.[1], {
        timeout: 15_000,
      });
      expect(output.stdout).toContain('sandbox');
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ websites { id } }' }),
      });
      const body = (await res.json()) as { data: { websites: { id: string }[] } };
      expect(body.data.websites.length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
