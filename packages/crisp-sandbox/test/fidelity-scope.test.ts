import { readFileSync } from 'node:fs';
import { catalogueUrl } from 'crisp-catalogue';
import { describe, expect, test } from 'vitest';
import { endpointById } from '../src/catalogue.ts';
import { handlers } from '../src/http/routes.ts';
import {
  conversationMoreScope,
  conversationScope,
  conversationToolScope,
  directoryScope,
  helpdeskScope,
  messageScope,
  peopleScope,
  pluginConnectScope,
  uploadScope,
  workspaceScope,
} from './fidelity-scope.ts';

/** The current ids of crisp-catalogue/seed-scope.txt: one per line; `#` lines (legacy ids) left out. */
const seedScope = readFileSync(catalogueUrl('seed-scope.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

const lists = {
  conversationScope,
  conversationMoreScope,
  conversationToolScope,
  messageScope,
  directoryScope,
  peopleScope,
  pluginConnectScope,
  uploadScope,
  workspaceScope,
  helpdeskScope,
};
const listed: string[] = Object.values(lists).flat();

describe('fidelity scope', () => {
  test('the seed scope names 63 current catalogue ids', () => {
    expect(seedScope).toHaveLength(63);
    expect(new Set(seedScope).size).toBe(seedScope.length);
  });

  test('the fidelity lists together cover the seed scope, the plugin connect and media routes', () => {
    const pluginConnect = [
      'plugin.connect.account.get',
      'plugin.connect.session.check',
      'plugin.connect.websites.list_all',
      'plugin.connect.websites.list_since',
      'plugin.connect.endpoints.get',
    ];
    const required = [...seedScope, ...pluginConnect, 'media.animation.list'];
    expect(required.filter((id) => !listed.includes(id))).toEqual([]);
  });

  test('each id belongs to one fidelity list only', () => {
    const owners = new Map<string, string[]>();
    for (const [name, ids] of Object.entries(lists)) {
      for (const id of ids) owners.set(id, [...(owners.get(id) ?? []), name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  test('every listed id is a current catalogue endpoint the sandbox serves', () => {
    expect(listed.filter((id) => !endpointById.has(id) || endpointById.get(id)!.legacy)).toEqual(
      [],
    );
    expect(listed.filter((id) => !(id in handlers))).toEqual([]);
  });
});
