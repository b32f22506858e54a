// What the GitHub Actions runner does with an action's files, shared by the e2e test harness
// (test/support/runner.ts) and `npm run demo`, so the two cannot drift apart: the INPUT_* name of
// an input, action.yml's input defaults, and the parsing of GITHUB_OUTPUT / GITHUB_ENV /
// GITHUB_STATE file commands.
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by runner-files.d.mts */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The env var the runner sets for an input: `INPUT_` + name upper-cased, spaces to `_` (dashes kept). */
export function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** A YAML scalar as action.yml writes defaults: plain, 'single' ('' escapes ') or "double" quoted. */
function unquote(value) {
  if (/^'.*'$/.test(value)) return value.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(value)) return JSON.parse(value);
  return value;
}

/** Every input of `<root>/action.yml` with its default ('' when it has none), as the runner sets them. */
export function readActionDefaults(root) {
  const text = readFileSync(join(root, 'action.yml'), 'utf8');
  const block = text.split(/^inputs:\s*$/m)[1]?.split(/^\S/m)[0] ?? '';
  const defaults = {};
  let current;
  for (const line of block.split('\n')) {
    const name = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line)?.[1];
    if (name !== undefined) {
      current = name;
      defaults[name] = '';
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line)?.[1];
    if (value !== undefined && current !== undefined) defaults[current] = unquote(value.trim());
  }
  // What the runner makes of `${{ toJSON(matrix) }}` (shard-name's default) in a job without a matrix.
  for (const [name, value] of Object.entries(defaults)) {
    if (value === '${{ toJSON(matrix) }}') defaults[name] = 'null';
  }
  return defaults;
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file as the runner does: `name=value` lines and
 * `name<<DELIMITER` heredocs ending at a line that is exactly the delimiter; a later entry of a name
 * wins. Throws on a heredoc without its end, which the runner rejects too.
 */
export function parseFileCommands(text) {
  const out = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (heredoc < 0) throw new Error(`file command line without '=' or '<<': ${line}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const value = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    if (i >= lines.length) throw new Error(`heredoc for '${name}' has no closing delimiter ${delimiter}`);
    out[name] = value.join('\n');
  }
  return out;
}
