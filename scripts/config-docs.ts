/**
 * Writes the configuration table of README.md from src/server/config/variables.ts
 * (`npm run docs:config`); test/config.test.ts fails while the two disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configTable, configTableIn } from '../src/server/config/readme-table.ts';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const readme = readFileSync(path, 'utf8');
const updated = readme.replace(configTableIn(readme), () => configTable());
writeFileSync(path, updated);
console.log(
  updated === readme
    ? 'README.md: configuration table already up to date'
    : 'README.md: configuration table rewritten',
);
