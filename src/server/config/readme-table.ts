import { variablesOf } from './variable.ts';
import { variables } from './variables.ts';

const HEADER = '| Variable | Default | Meaning |';

/** The README's table of variables, as written in the configuration table. */
export function configTable(): string {
  const rows = variablesOf(variables).map(
    (v) => `| \`${v.name}\` | ${v.shownDefault} | ${v.described.doc} |`,
  );
  return [HEADER, '|---|---|---|', ...rows].join('\n');
}

/** The table of variables as the README has it now: its header and every table line after it. */
export function configTableIn(readme: string): string {
  const lines = readme.split('\n');
  const start = lines.indexOf(HEADER);
  if (start < 0) throw new Error(`README has no line "${HEADER}"`);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
