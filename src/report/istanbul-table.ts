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

/** A file's summary and path: a row of the JSON report is one. */
type FileSummary = Summary & { path: string };

interface Row {
  name: string;
  depth: number;
  summary: Summary;
  missing: string;
}

const pct = (c: Counts | null, empty: boolean): string => (c === null ? '-' : empty ? '0' : String(c.pct));

/** The directory part of a path ('' at the top). */
const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * What the rows need besides each file: the files by directory, the common directory, each
 * directory's summary, each file's uncovered lines (in row order) and the column widths. Made in
 * one pass; the rows are then made one at a time while they are written, so a million-file table
 * never holds a million rows.
 */
interface Layout {
  dirs: string[];
  byDir: Map<string, FileSummary[]>;
  /** The "Uncovered Line #s" of each file, in the order of the rows. */
  missing: string[];
  common: string;
  dirSummaries: Map<string, Summary>;
  total: Summary;
  nameWidth: number;
  missingWidth: number;
}

function layOut(data: CoverageData, files: Iterable<FileSummary>): Layout {
  // Files by directory in one pass (a filter per directory is quadratic on monorepos).
  const byDir = new Map<string, FileSummary[]>();
  for (const f of files) {
    const dir = dirOf(f.path);
    const list = byDir.get(dir);
    if (list === undefined) byDir.set(dir, [f]);
    else list.push(f);
  }
  const dirs = [...byDir.keys()].sort();
  const common = dirs.length === 0 ? '' : commonDir(dirs);
  const flat = dirs.length <= 1;
  const dirSummaries = new Map<string, Summary>();
  let nameWidth = Math.max(MIN_NAME, 'All files'.length);
  let missingWidth = MIN_MISSING;
  const missing: string[] = [];
  for (const dir of dirs) {
    const inDir = byDir.get(dir) ?? [];
    if (!flat) nameWidth = Math.max(nameWidth, 1 + dirName(dir, common).length);
    for (const f of inDir) {
      nameWidth = Math.max(nameWidth, (flat ? 1 : 2) + fileName(f.path, dir, common, flat).length);
      const text = missingText(data, f);
      missing.push(text);
      missingWidth = Math.max(missingWidth, text.length);
    }
    dirSummaries.set(dir, sumSummaries(inDir));
  }
  const total = sumSummaries(dirSummaries.values());
  return { dirs, byDir, missing, common, dirSummaries, total, nameWidth, missingWidth };
}

/** The "Uncovered Line #s" of a file of the table. */
function missingText(data: CoverageData, f: FileSummary): string {
  const file = data.files.get(f.path);
  return file === undefined ? '' : uncoveredText(file, f);
}

/** A directory's row name: relative to the common directory, `.` for the common one itself. */
function dirName(dir: string, common: string): string {
  if (dir === common) return '.';
  return common === '' ? dir : dir.slice(common.length + 1);
}

/** A file's row name: its path under the common directory (one level), else its base name. */
function fileName(path: string, dir: string, common: string, flat: boolean): string {
  if (flat) return common === '' ? path : path.slice(common.length + 1);
  return path.slice(dir === '' ? 0 : dir.length + 1);
}

/** Rows in the `pkg` layout: one directory level under "All files", relative to the common directory. */
function* tableRows(layout: Layout): Generator<Row> {
  const { dirs, byDir, common } = layout;
  const flat = dirs.length <= 1;
  let index = 0;
  yield { name: 'All files', depth: 0, summary: layout.total, missing: '' };
  for (const dir of dirs) {
    const summary = layout.dirSummaries.get(dir);
    if (!flat && summary !== undefined) yield { name: dirName(dir, common), depth: 1, summary, missing: '' };
    for (const f of byDir.get(dir) ?? []) {
      const name = fileName(f.path, dir, common, flat);
      yield { name, depth: flat ? 1 : 2, summary: f, missing: layout.missing[index++] ?? '' };
    }
  }
}

function commonDir(dirs: string[]): string {
  const parts = dirs.map((d) => (d === '' ? [] : d.split('/')));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join('/');
}

/**
 * The table's lines, without line ends, made one at a time (see {@link Layout}). `files` are the
 * summaries of `data`'s files (the report's rows carry them), in path order.
 */
export function* istanbulTableLines(data: CoverageData, files: Iterable<FileSummary>): Generator<string> {
  const layout = layOut(data, files);
  const { nameWidth, missingWidth } = layout;
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
  yield rule;
  yield cells('File', ['% Stmts', '% Branch', '% Funcs', '% Lines'], 'Uncovered Line #s');
  yield rule;
  for (const r of tableRows(layout)) {
    const empty = r.summary.lines.total === 0;
    const s = r.summary;
    const values = [
      pct(s.statements, empty),
      pct(s.branches, empty),
      pct(s.functions, empty),
      pct(s.lines, empty),
    ];
    yield cells(`${' '.repeat(r.depth)}${r.name}`, values, r.missing);
  }
  yield rule;
}

/** The whole table, ending with a newline. */
export function renderIstanbulTable(data: CoverageData): string {
  const files = [...data.files.values()].map((f) => ({ path: f.path, ...summarizeFile(f) }));
  return [...istanbulTableLines(data, files)].join('\n') + '\n';
}
