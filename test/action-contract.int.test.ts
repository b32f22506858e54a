// action.yml, the Inputs/Outputs enums of src/constants.ts and the README's tables name the same
// inputs and outputs (and the README states action.yml's defaults). action.yml is read with a real
// YAML parser; the README tables are found by their header (`| input |`, `| output |`), wherever
// they are, so the README can be reorganised freely.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs, Outputs } from '../src/constants.js';

const ROOT = join(import.meta.dirname, '..');

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: string | number | boolean } | null>;
  outputs?: Record<string, { description?: string } | null>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Rows of every Markdown table whose first header cell is `name`: the first cell's `names`, and the cells. */
function tableRows(markdown: string, name: string): { names: string[]; cells: string[]; header: string[] }[] {
  const rows: { names: string[]; cells: string[]; header: string[] }[] = [];
  const lines = markdown.split('\n');
  const cellsOf = (line: string): string[] =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i] ?? '');
    if (!(lines[i] ?? '').trim().startsWith('|') || header[0]?.toLowerCase() !== name) continue;
    for (let j = i + 2; j < lines.length && (lines[j] ?? '').trim().startsWith('|'); j++) {
      const cells = cellsOf(lines[j] ?? '');
      // `postgres-user` / `postgres-password`: one row may name several.
      const names = [...(cells[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
      rows.push({ names, cells, header });
    }
  }
  return rows;
}

/** Names only in `a`, and only in `b`: what a failure prints. */
function difference(a: Iterable<string>, b: Iterable<string>): { onlyIn1: string[]; onlyIn2: string[] } {
  const [x, y] = [new Set(a), new Set(b)];
  return {
    onlyIn1: [...x].filter((n) => !y.has(n)).sort(),
    onlyIn2: [...y].filter((n) => !x.has(n)).sort(),
  };
}

const same = { onlyIn1: [], onlyIn2: [] };
const inputRows = tableRows(readme, 'input');
const outputRows = tableRows(readme, 'output');

describe('action.yml, src/constants.ts and README.md agree', () => {
  it('action.yml has inputs and outputs, and the README has an input and an output table', () => {
    expect(Object.keys(action.inputs ?? {}).length).toBeGreaterThan(10);
    expect(Object.keys(action.outputs ?? {}).length).toBeGreaterThan(5);
    expect(inputRows.length, 'README.md has no table headed `| input |`').toBeGreaterThan(0);
    expect(outputRows.length, 'README.md has no table headed `| output |`').toBeGreaterThan(0);
  });

  it('the same inputs in action.yml (1) and the Inputs enum (2)', () => {
    expect(difference(Object.keys(action.inputs ?? {}), Object.values(Inputs))).toEqual(same);
  });

  it('the same inputs in action.yml (1) and the README input table (2)', () => {
    expect(
      difference(
        Object.keys(action.inputs ?? {}),
        inputRows.flatMap((r) => r.names),
      ),
    ).toEqual(same);
  });

  it('the same outputs in action.yml (1) and the Outputs enum (2)', () => {
    expect(difference(Object.keys(action.outputs ?? {}), Object.values(Outputs))).toEqual(same);
  });

  it('the same outputs in action.yml (1) and the README output table (2)', () => {
    expect(
      difference(
        Object.keys(action.outputs ?? {}),
        outputRows.flatMap((r) => r.names),
      ),
    ).toEqual(same);
  });

  it('every input and output has a description in action.yml', () => {
    const bare = [
      ...Object.entries(action.inputs ?? {}).filter(([, v]) => !v?.description?.trim()),
      ...Object.entries(action.outputs ?? {}).filter(([, v]) => !v?.description?.trim()),
    ].map(([name]) => name);
    expect(bare).toEqual([]);
  });

  it("the README's default column states action.yml's literal defaults", () => {
    // An empty or expression default (`${{ … }}`) is described in words ("none", "random, masked",
    // "the job's matrix values"); a literal default must appear as itself, in backticks.
    const wrong: string[] = [];
    for (const row of inputRows) {
      const column = row.header.findIndex((h) => h.toLowerCase() === 'default');
      if (column < 0 || row.names.length !== 1) continue;
      const name = row.names[0] ?? '';
      const documented = row.cells[column] ?? '';
      const actual = String(action.inputs?.[name]?.default ?? '');
      if (actual === '' || actual.startsWith('${{')) {
        if (documented.trim() === '') wrong.push(`${name}: README gives no default`);
        continue;
      }
      if (!documented.includes(`\`${actual}\``))
        wrong.push(`${name}: README says ${documented}, action.yml has \`${actual}\``);
    }
    expect(wrong).toEqual([]);
  });
});
