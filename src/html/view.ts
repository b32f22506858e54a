/**
 * What the HTML report shows, as plain data: index rows per directory and per file (with base
 * deltas), and per source line its hits, untaken branch outcomes and whether the PR changed it.
 * Pure: built from covgate's model and report, so every input format renders the same way.
 */
import type { FileDelta, FullReport, ReportDelta, ReportTotals } from '../analysis/types.js';
import { computeDelta } from '../analysis/compare.js';
import { METRICS, type BranchHit, type Counts, type FileCoverage } from '../coverage/model.js';
import { makeCounts } from '../coverage/summary.js';

/** One row of the index: a file or a directory. */
export interface IndexRow {
  /** Repo-relative path of the file, or the directory with a trailing `/` (`./` for the root). */
  path: string;
  totals: ReportTotals;
  /** head − base in points, per metric; `null` without a base (or for a file new in the PR). */
  delta: ReportDelta | null;
  /** Executable lines with no hits. */
  missing: number;
  /** Relative link of the file's page, or `null` (a directory, or a file whose source is absent). */
  href: string | null;
}

/** One untaken outcome of a branch point on a line. */
export interface UntakenOutcome {
  /** 1-based position of the outcome in the producer's order. */
  index: number;
  /** How many outcomes the branch point has. */
  of: number;
  /** Where the outcome goes when the report says (coverage.py's destination line, `exit`), else `null`. */
  destination: string | null;
}

/** What one source line shows. */
export interface LineView {
  /** Hits of the line, or `null` when it is not executable. */
  hits: number | null;
  /** Branch outcomes on this line: taken / total; `null` when the line has no branch point. */
  branches: { taken: number; total: number } | null;
  untaken: UntakenOutcome[];
  changed: boolean;
}

/** The destinations of a branch's outcomes when a reader recorded them (coverage.py's Cobertura). */
function destinationsOf(branch: BranchHit): readonly unknown[] | null {
  const value: unknown = (branch as BranchHit & { destinations?: unknown }).destinations;
  return Array.isArray(value) && value.length === branch.hits.length ? value : null;
}

/** Branch points by line. */
function branchesByLine(file: FileCoverage): Map<number, BranchHit[]> {
  const byLine = new Map<number, BranchHit[]>();
  for (const branch of file.branches?.values() ?? []) {
    const list = byLine.get(branch.line);
    if (list === undefined) byLine.set(branch.line, [branch]);
    else list.push(branch);
  }
  return byLine;
}

/**
 * The view of every line that has something to show (hits, branches or a change), by line number.
 * Lines absent from the map are plain, non-executable source.
 */
export function buildLineViews(file: FileCoverage, changedLines: ReadonlySet<number>): Map<number, LineView> {
  const views = new Map<number, LineView>();
  const view = (line: number): LineView => {
    let v = views.get(line);
    if (v === undefined) {
      v = { hits: null, branches: null, untaken: [], changed: changedLines.has(line) };
      views.set(line, v);
    }
    return v;
  };
  for (const [line, hits] of file.lines) view(line).hits = hits;
  for (const [line, branches] of branchesByLine(file)) {
    const v = view(line);
    let taken = 0;
    let total = 0;
    for (const branch of branches) {
      const destinations = destinationsOf(branch);
      branch.hits.forEach((hits, i) => {
        total += 1;
        if (hits > 0) taken += 1;
        else {
          const to = destinations?.[i];
          v.untaken.push({
            index: i + 1,
            of: branch.hits.length,
            destination: typeof to === 'number' || typeof to === 'string' ? String(to) : null,
          });
        }
      });
    }
    v.branches = { taken, total };
  }
  for (const line of changedLines) view(line);
  return views;
}

/** The CSS class of a line: `miss` (not run), `part` (run, a branch outcome never taken), `hit`, or ''. */
export function lineClass(v: LineView | undefined): string {
  if (v === undefined) return '';
  if (v.hits === 0) return 'miss';
  if (v.untaken.length > 0) return v.hits === null && v.branches?.taken === 0 ? 'miss' : 'part';
  return v.hits === null && v.branches === null ? '' : 'hit';
}

function addCounts(a: Counts | null, b: Counts | null): Counts | null {
  if (a === null) return b === null ? null : makeCounts(b.covered, b.total);
  if (b === null) return a;
  return makeCounts(a.covered + b.covered, a.total + b.total);
}

function addTotals(a: ReportTotals, b: ReportTotals): ReportTotals {
  return {
    lines: addCounts(a.lines, b.lines) ?? a.lines,
    statements: addCounts(a.statements, b.statements),
    functions: addCounts(a.functions, b.functions),
    branches: addCounts(a.branches, b.branches),
  };
}

const ZERO: ReportTotals = { lines: makeCounts(0, 0), statements: null, functions: null, branches: null };

/** The directory of a repo-relative path, with a trailing `/` (`./` for the root). */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? './' : path.slice(0, slash + 1);
}

/**
 * Index rows: one per file of the report and one per directory (its files summed), each with its
 * delta against the base. A file not in `fileChanges` has the base's coverage unchanged.
 */
export function buildIndexRows(
  report: FullReport,
  hrefOf: (path: string) => string | null,
): { files: IndexRow[]; directories: IndexRow[] } {
  const hasBase = report.base !== null;
  const changes = new Map<string, FileDelta>(report.fileChanges.map((c) => [c.path, c]));
  const dirs = new Map<string, { head: ReportTotals; base: ReportTotals | null; missing: number }>();
  const entryOf = (dir: string): { head: ReportTotals; base: ReportTotals | null; missing: number } => {
    let entry = dirs.get(dir);
    if (entry === undefined) dirs.set(dir, (entry = { head: ZERO, base: null, missing: 0 }));
    return entry;
  };
  // A directory's base is the base of its files that existed there (new files add nothing to it).
  const addBase = (dir: string, base: ReportTotals): void => {
    const entry = entryOf(dir);
    entry.base = entry.base === null ? base : addTotals(entry.base, base);
  };
  const files: IndexRow[] = [];
  for (const f of report.files) {
    const totals: ReportTotals = {
      lines: f.lines,
      statements: f.statements,
      functions: f.functions,
      branches: f.branches,
    };
    const change = changes.get(f.path);
    const base = !hasBase ? null : change === undefined ? totals : change.base;
    files.push({
      path: f.path,
      totals,
      delta: base === null ? null : change === undefined ? computeDelta(totals, base) : change.delta,
      missing: f.missingLines.length,
      href: hrefOf(f.path),
    });
    const entry = entryOf(directoryOf(f.path));
    entry.head = addTotals(entry.head, totals);
    entry.missing += f.missingLines.length;
    if (base !== null) addBase(directoryOf(f.path), base);
  }
  for (const c of report.fileChanges) {
    if (c.kind === 'removed' && c.base !== null && dirs.has(directoryOf(c.path)))
      addBase(directoryOf(c.path), c.base);
  }
  const directories = [...dirs].map(([path, d]) => ({
    path,
    totals: d.head,
    delta: d.base === null ? null : computeDelta(d.head, d.base),
    missing: d.missing,
    href: null,
  }));
  directories.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, directories };
}

/** The metrics the report carries (lines always), in display order. */
export function presentMetrics(totals: ReportTotals): (typeof METRICS)[number][] {
  return METRICS.filter((m) => totals[m] !== null);
}
