/**
 * The log table of an istanbul JSON or lcov report in the columns of istanbul's `text` reporter
 * (what c8, nyc, Jest and Vitest print): File, % Stmts, % Branch, % Funcs, % Lines, Uncovered
 * Line #s, an "All files" row, and files grouped under their directory as the default `pkg`
 * summary groups them. Not truncated to a terminal width (a CI log has none). Pure.
 */
import type { Counts, CoverageData, FileCoverage } from '../coverage/model.js';
import { sumSummaries, summarizeFile } from '../coverage/summary.js';
import type { Summary } from '../coverage/model.js';

const PCT = 7;
const MIN_NAME = 4;
const MIN_MISSING = 17;

/** Uncovered runs of a file's line entries ("5,14-19"); for a fully covered file, its partly covered branch lines. */
function uncoveredText(file: FileCoverage, summary: Summary): string {
  let entries: Array<[number, boolean]>;
  if (summary.lines.total > 0 && summary.lines.covered === summary.lines.total) {
    const byLine = new Map<number, boolean>();
    for (const br of file.branches?.values() ?? []) {
      const full = br.hits.every((h) => h > 0);
      byLine.set(br.line, (byLine.get(br.line) ?? true) && full);
    }
    entries = [...byLine];
  } else {
    entries = [...file.lines].map(([line, hits]): [number, boolean] => [line, hits > 0]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const ranges: string[] = [];
  let start: number | null = null;
  let end = 0;
  const close = (): void => {
    if (start !== null) ranges.push(start === end ? `${start}` : `${start}-${end}`);
    start = null;
  };
  for (const [line, hit] of entries) {
    if (hit) close();
    else {
      start ??= line;
      end = line;
    }
  }
  close();
  return ranges.join(',');
}

interface Row {
  name: string;
  depth: number;
  summary: Summary;
  missing: string;
}

const pct = (c: Counts | null, empty: boolean): string => (c === null ? '-' : empty ? '0' : String(c.pct));

/** The directory part of a path ('' at the top). */
const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** Rows in the `pkg` layout: one directory level under "All files", relative to the common directory. */
function buildRows(data: CoverageData): Row[] {
  const files = [...data.files.values()];
  const summaries = new Map(files.map((f) => [f.path, summarizeFile(f)]));
  // Files by directory in one pass (a filter per directory is quadratic on monorepos).
  const byDir = new Map<string, FileCoverage[]>();
  for (const f of files) {
    const dir = dirOf(f.path);
    const list = byDir.get(dir);
    if (list === undefined) byDir.set(dir, [f]);
    else list.push(f);
  }
  const dirs = [...byDir.keys()].sort();
  const common = dirs.length === 0 ? '' : commonDir(dirs);
  const strip = (p: string): string => (common === '' ? p : p.slice(common.length + 1));
  const rows: Row[] = [
    { name: 'All files', depth: 0, summary: sumSummaries(summaries.values()), missing: '' },
  ];
  const fileRow = (f: FileCoverage, depth: number, name: string): Row => {
    const summary = summaries.get(f.path) ?? summarizeFile(f);
    return { name, depth, summary, missing: uncoveredText(f, summary) };
  };
  if (dirs.length <= 1) {
    for (const f of files) rows.push(fileRow(f, 1, strip(f.path)));
    return rows;
  }
  for (const dir of dirs) {
    const inDir = byDir.get(dir) ?? [];
    const name = dir === common ? '.' : strip(dir);
    const summary = sumSummaries(inDir.map((f) => summaries.get(f.path) ?? summarizeFile(f)));
    rows.push({ name, depth: 1, summary, missing: '' });
    for (const f of inDir) rows.push(fileRow(f, 2, f.path.slice(dir === '' ? 0 : dir.length + 1)));
  }
  return rows;
}

function commonDir(dirs: string[]): string {
  const parts = dirs.map((d) => (d === '' ? [] : d.split('/')));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join('/');
}

/** The whole table, ending with a newline. */
export function renderIstanbulTable(data: CoverageData): string {
  const rows = buildRows(data);
  // Loops, not Math.max(...spread): a spread of a million rows overflows the call stack.
  let nameWidth = MIN_NAME;
  let missingWidth = MIN_MISSING;
  for (const r of rows) {
    nameWidth = Math.max(nameWidth, r.depth + r.name.length);
    missingWidth = Math.max(missingWidth, r.missing.length);
  }
  const cells = (name: string, s: string[], missing: string): string =>
    [
      name.padEnd(nameWidth),
      (s[0] ?? '').padStart(PCT),
      (s[1] ?? '').padStart(PCT + 1),
      (s[2] ?? '').padStart(PCT),
      (s[3] ?? '').padStart(PCT),
      missing.padEnd(missingWidth),
    ].join(' | ') + ' ';
  const dash = (n: number): string => '-'.repeat(n);
  const rule =
    [dash(nameWidth), dash(PCT), dash(PCT + 1), dash(PCT), dash(PCT), dash(missingWidth)].join('-|-') + '-';
  const out = [rule, cells('File', ['% Stmts', '% Branch', '% Funcs', '% Lines'], 'Uncovered Line #s'), rule];
  for (const r of rows) {
    const empty = r.summary.lines.total === 0;
    const s = r.summary;
    const values = [
      pct(s.statements, empty),
      pct(s.branches, empty),
      pct(s.functions, empty),
      pct(s.lines, empty),
    ];
    out.push(cells(`${' '.repeat(r.depth)}${r.name}`, values, r.missing));
  }
  out.push(rule);
  return out.join('\n') + '\n';
}
