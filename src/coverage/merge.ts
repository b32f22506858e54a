/**
 * Merges coverage reports by adding hit counts — per line, statement, function and branch outcome —
 * never by averaging percentages (the way `nyc merge` / istanbul-lib-coverage combine runs).
 *
 * Items are matched by id. Readers of istanbul JSON use the source location as id
 * (`line|col|line|col`, istanbul's own key), as istanbul's own merge does, because V8-based tools (c8, vitest) number
 * functions and branches differently from run to run. Like istanbul, an item that only one side
 * reports also receives the hits of the narrowest item of the other side that contains it: V8 omits
 * a block whose count equals its parent's, so "absent" there means "ran as often as the parent".
 */
import type { BranchHit, CoverageData, CoverageFormat, FileCoverage, FunctionHit } from './model.js';

interface Loc {
  sl: number;
  sc: number;
  el: number;
  ec: number;
}

/** Parses an id made by {@link locationId} (an optional `#n` suffix is ignored), else null. */
function parseLoc(id: string): Loc | null {
  const hash = id.indexOf('#');
  const text = hash === -1 ? id : id.slice(0, hash);
  const parts = text.split('|');
  if (parts.length !== 4 || parts.some((p) => p === '')) return null;
  const [sl, sc, el, ec] = parts.map(Number);
  if ([sl, sc, el, ec].some((n) => n === undefined || !Number.isFinite(n))) return null;
  return { sl: sl ?? 0, sc: sc ?? 0, el: el ?? 0, ec: ec ?? 0 };
}

/** The id istanbul readers give an item: its location, `startLine|startCol|endLine|endCol`. */
export function locationId(sl: number, sc: number, el: number, ec: number): string {
  return `${sl}|${sc}|${el}|${ec}`;
}

/** Key of the narrowest item of `ids` whose location contains `id`'s, as istanbul's merge picks it. */
function findContainer(id: string, ids: Iterable<string>): string | null {
  const item = parseLoc(id);
  if (!item) return null;
  let best: string | null = null;
  let bestDist: number[] = [];
  for (const key of ids) {
    const loc = parseLoc(key);
    if (!loc) continue;
    const d = [item.sl - loc.sl, item.sc - loc.sc, loc.el - item.el, loc.ec - item.ec] as const;
    if (d[0] < 0 || d[2] < 0 || (d[0] === 0 && d[1] < 0) || (d[2] === 0 && d[3] < 0)) continue;
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bestDist;
    const closer =
      best === null || d[0] < b0 || (d[0] === 0 && d[1] < b1) || d[2] < b2 || (d[2] === 0 && d[3] < b3);
    if (closer) {
      best = key;
      bestDist = [...d];
    }
  }
  return best;
}

/** Merges two id-keyed maps with `add`, filling one-sided items from their container. */
function mergeKeyed<T>(a: Map<string, T>, b: Map<string, T>, add: (x: T, y: T) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [id, item] of a) {
    const other = b.get(id);
    if (other !== undefined) {
      out.set(id, add(item, other));
      continue;
    }
    const container = findContainer(id, b.keys());
    const fill = container === null ? undefined : b.get(container);
    out.set(id, fill === undefined ? item : add(item, fill));
  }
  for (const [id, item] of b) {
    if (a.has(id)) continue;
    const container = findContainer(id, a.keys());
    const fill = container === null ? undefined : a.get(container);
    out.set(id, fill === undefined ? item : add(item, fill));
  }
  return out;
}

function mergeMetric<T>(a: Map<string, T> | null, b: Map<string, T> | null, add: (x: T, y: T) => T) {
  if (a === null) return b === null ? null : new Map(b);
  if (b === null) return new Map(a);
  return mergeKeyed(a, b, add);
}

const addNumbers = (x: number, y: number): number => x + y;
// The container filling a function/branch keeps the item's own name, line and outcome count.
const addFunctions = (x: FunctionHit, y: FunctionHit): FunctionHit => ({ ...x, hits: x.hits + y.hits });
const addBranches = (x: BranchHit, y: BranchHit): BranchHit =>
  x.missing !== undefined && y.missing !== undefined && x.hits.length === y.hits.length
    ? addBranchesByDestination(x, y, x.missing, y.missing)
    : { line: x.line, hits: x.hits.map((h, i) => h + (y.hits[i] ?? 0)) };

/**
 * `coverage combine` for one branch line: an outcome stays untaken only when both runs missed
 * that destination (the arcs a line can take are fixed by the source, so the counts agree).
 */
function addBranchesByDestination(x: BranchHit, y: BranchHit, xm: string[], ym: string[]): BranchHit {
  const left = [...ym];
  const missing: string[] = [];
  for (const dest of xm) {
    const at = left.indexOf(dest);
    if (at === -1) continue;
    left.splice(at, 1);
    missing.push(dest);
  }
  const hit = Math.max(1, ...x.hits, ...y.hits);
  const taken = x.hits.length - missing.length;
  return { line: x.line, hits: x.hits.map((_, i) => (i < taken ? hit : 0)), missing };
}

/**
 * How many branch lines were partly covered in two merged parts that do not say which outcome was
 * taken (Cobertura other than coverage.py's): their merged count may be lower than the truth.
 */
export function countInexactBranchMerges(parts: CoverageData[]): number {
  const partial = new Map<string, number>();
  for (const part of parts) {
    if (!part.formats.includes('cobertura')) continue;
    for (const file of part.files.values()) {
      for (const br of file.branches?.values() ?? []) {
        const taken = br.hits.filter((h) => h > 0).length;
        if (br.missing !== undefined || taken === 0 || taken === br.hits.length) continue;
        const key = `${file.path}:${br.line}`;
        partial.set(key, (partial.get(key) ?? 0) + 1);
      }
    }
  }
  return [...partial.values()].filter((n) => n > 1).length;
}

/**
 * Files a tool listed without running them (`all: true` in istanbul JSON: c8/nyc `--all`). Kept
 * beside the model, by identity, so the shared FileCoverage type stays as it is.
 */
const placeholders = new WeakSet<FileCoverage>();

/** Marks `file` as an "all files" placeholder (every count 0, made without running the file). */
export function markPlaceholder(file: FileCoverage): FileCoverage {
  placeholders.add(file);
  return file;
}

/** True when `file` is an "all files" placeholder (see {@link markPlaceholder}). */
export function isPlaceholder(file: FileCoverage): boolean {
  return placeholders.has(file);
}

/**
 * Merges two coverages of the same file (same `path`). As in istanbul, a placeholder yields to
 * real data: its made-up structure (c8 lists one "(empty-report)" function) must not be added.
 */
function mergeFiles(a: FileCoverage, b: FileCoverage): FileCoverage {
  if (placeholders.has(b)) return a;
  if (placeholders.has(a)) return b;
  const lines = new Map(a.lines);
  for (const [line, hits] of b.lines) lines.set(line, (lines.get(line) ?? 0) + hits);
  return {
    path: a.path,
    lines,
    statements: mergeMetric(a.statements, b.statements, addNumbers),
    functions: mergeMetric(a.functions, b.functions, addFunctions),
    branches: mergeMetric(a.branches, b.branches, addBranches),
  };
}

/** Adds `file` to `files`, merging with an earlier entry of the same path. */
export function addFileCoverage(files: Map<string, FileCoverage>, file: FileCoverage): void {
  const existing = files.get(file.path);
  files.set(file.path, existing ? mergeFiles(existing, file) : file);
}

/**
 * Builds a CoverageData whose file map iterates in path order: `files` itself when it does already
 * (callers hand over a map of their own), else a sorted copy.
 */
export function toCoverageData(
  files: Map<string, FileCoverage>,
  formats: CoverageFormat[],
  producer?: CoverageData['producer'],
): CoverageData {
  const unique = [...new Set(formats)];
  const tool = producer === undefined ? {} : { producer };
  if (isSorted(files.keys())) return { files, formats: unique, ...tool };
  // The default order compares UTF-16 code units, as `<` does; paths are unique.
  const paths = [...files.keys()].sort();
  const out = new Map<string, FileCoverage>();
  for (const path of paths) {
    const file = files.get(path);
    if (file) out.set(path, file);
  }
  return { files: out, formats: unique, ...tool };
}

/** True when `paths` come in ascending order already (a report merged or read before). */
function isSorted(paths: Iterable<string>): boolean {
  let previous: string | null = null;
  for (const path of paths) {
    if (previous !== null && previous > path) return false;
    previous = path;
  }
  return true;
}

/**
 * Merges several reports into one by adding hits. Files present in only some parts are kept as
 * they are; a metric one part lacks (lcov has no statements) comes from the parts that have it.
 */
export function mergeCoverage(parts: CoverageData[]): CoverageData {
  // One part is already merged and sorted: copying a million-file map would only cost memory.
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) return only;
  const files = new Map<string, FileCoverage>();
  const formats: CoverageFormat[] = [];
  for (const part of parts) {
    formats.push(...part.formats);
    for (const file of part.files.values()) addFileCoverage(files, file);
  }
  const producer = parts[0]?.producer;
  return toCoverageData(files, formats, parts.every((p) => p.producer === producer) ? producer : undefined);
}
