/**
 * Reader of istanbul `coverage-final.json` (c8, nyc, jest, vitest: reporter "json").
 *
 * Counts exactly as istanbul-lib-coverage does: statements from `s`, functions from `f`, branch
 * outcomes from `b`, and lines from the statements (a line's hits are the max over the statements
 * starting on it: `getLineCoverage`). It walks the parsed JSON directly instead of building
 * istanbul `FileCoverage` objects, because reports of tens of MB must be read fast.
 */
import { CoverageFormatError } from '../errors.js';
import type { BranchHit, FileCoverage, FunctionHit } from './model.js';
import { addFileCoverage, locationId, markPlaceholder, toCoverageData } from './merge.js';
import { createRepoPathResolver } from './paths.js';
import type { ParsedCoverage, ReadOptions } from './read.js';
import { describeBadLine, isHitCount, isLineNumber, showValue } from './validate.js';

type Json = Record<string, unknown>;

interface Position {
  line: number;
  column: number;
}
interface Range {
  start: Position;
  end: Position;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function isRange(v: unknown): v is Range {
  return isObject(v) && isObject(v.start) && isObject(v.end) && typeof v.start.line === 'number';
}

/** Location id of a range; ids that repeat within one file get a `#n` suffix so nothing is lost. */
function idOf(range: Range | undefined, fallback: string, seen: Set<string>): string {
  let id = range ? locationId(range.start.line, range.start.column, range.end.line, range.end.column) : '';
  if (id === '' || seen.has(id)) id = `${id}#${fallback}`;
  seen.add(id);
  return id;
}

/** True when `value` looks like a file entry of coverage-final.json. */
export function isIstanbulFile(value: unknown): boolean {
  return isObject(value) && isObject(value.statementMap) && isObject(value.s) && isObject(value.fnMap);
}

/**
 * The line a function or branch is at: 0 when the report gives none (the model's "unknown"), the
 * line when it is a real one, else the error `fail` makes of the reason.
 */
function lineOf(given: unknown, fail: (why: string) => CoverageFormatError): number {
  if (given === undefined) return 0;
  if (isLineNumber(given)) return given;
  throw fail(describeBadLine(given));
}

function readFile(raw: Json, key: string, source: string): Omit<FileCoverage, 'path'> {
  const bad = (what: string): CoverageFormatError =>
    new CoverageFormatError(
      `${source}: entry "${key}" has ${what}; regenerate it with the "json" reporter (coverage-final.json)`,
    );
  const statementMap = raw.statementMap as Json;
  const s = raw.s as Json;
  const fnMap = isObject(raw.fnMap) ? raw.fnMap : {};
  const f = isObject(raw.f) ? raw.f : {};
  const branchMap = isObject(raw.branchMap) ? raw.branchMap : {};
  const b = isObject(raw.b) ? raw.b : {};

  const lines = new Map<number, number>();
  const statements = new Map<string, number>();
  let seen = new Set<string>();
  for (const id in s) {
    const hits = s[id];
    if (!isHitCount(hits))
      throw bad(`statement count s["${id}"] = ${showValue(hits)}, not a whole number ≥ 0`);
    const loc = statementMap[id];
    // istanbul counts every key of `s` as a statement, but getLineCoverage skips unlocated ones.
    if (isRange(loc)) {
      const line = loc.start.line;
      if (!isLineNumber(line)) throw bad(`statementMap["${id}"] starting at ${describeBadLine(line)}`);
      const prev = lines.get(line);
      if (prev === undefined || prev < hits) lines.set(line, hits);
      statements.set(idOf(loc, id, seen), hits);
    } else {
      statements.set(idOf(undefined, id, seen), hits);
    }
  }

  const functions = new Map<string, FunctionHit>();
  seen = new Set<string>();
  for (const id in f) {
    const hits = f[id];
    if (!isHitCount(hits))
      throw bad(`function count f["${id}"] = ${showValue(hits)}, not a whole number ≥ 0`);
    const fn = fnMap[id];
    const meta = isObject(fn) ? fn : {};
    const loc = isRange(meta.loc) ? meta.loc : undefined;
    const decl = isRange(meta.decl) ? meta.decl : loc;
    const line = lineOf(decl?.start.line ?? meta.line, (why) => bad(`fnMap["${id}"] at ${why}`));
    const name = typeof meta.name === 'string' ? meta.name : `(function ${id})`;
    functions.set(idOf(loc, id, seen), { name, line, hits });
  }

  const branches = new Map<string, BranchHit>();
  seen = new Set<string>();
  for (const id in b) {
    const hits = b[id];
    if (!Array.isArray(hits) || !hits.every(isHitCount)) {
      throw bad(`branch counts b["${id}"] = ${showValue(hits)}, not an array of whole numbers ≥ 0`);
    }
    const br = branchMap[id];
    const meta = isObject(br) ? br : {};
    const first: unknown = Array.isArray(meta.locations) ? meta.locations[0] : undefined;
    const loc = isRange(first) ? first : isRange(meta.loc) ? meta.loc : undefined;
    const line = lineOf(meta.line ?? loc?.start.line, (why) => bad(`branchMap["${id}"] at ${why}`));
    branches.set(idOf(loc, id, seen), { line, hits });
  }
  return { lines, statements, functions, branches };
}

/**
 * Reads a parsed coverage-final.json. `value` must already be the result of JSON.parse; the
 * caller detected the format. Paths outside the root are returned in `dropped`.
 */
export function readIstanbul(value: Json, source: string, opts: ReadOptions): ParsedCoverage {
  const files = new Map<string, FileCoverage>();
  const dropped: string[] = [];
  const toRepoPath = createRepoPathResolver(opts);
  for (const key in value) readIstanbulEntry(files, dropped, key, value[key], source, toRepoPath);
  return { data: toCoverageData(files, ['istanbul']), dropped };
}

/**
 * Adds one entry (`key`: its parsed value) of coverage-final.json to `files`, or its path to
 * `dropped` when it lies outside the root (shared with the streaming reader, istanbul-stream.ts).
 */
export function readIstanbulEntry(
  files: Map<string, FileCoverage>,
  dropped: string[],
  key: string,
  value: unknown,
  source: string,
  toRepoPath: (raw: string) => string | null,
): void {
  let entry = value;
  // Old istanbul serialised FileCoverage objects as { data: {...} }.
  if (isObject(entry) && !isIstanbulFile(entry)) {
    const inner = entry.data;
    if (isIstanbulFile(inner)) entry = inner;
  }
  if (!isObject(entry) || !isIstanbulFile(entry)) {
    throw new CoverageFormatError(
      `${source}: entry "${key}" is not istanbul file coverage (statementMap, s, fnMap, f, branchMap, b); ` +
        'point covgate at coverage-final.json from the "json" reporter',
    );
  }
  const raw = typeof entry.path === 'string' && entry.path !== '' ? entry.path : key;
  const path = toRepoPath(raw);
  if (path === null) {
    dropped.push(raw);
    return;
  }
  const file: FileCoverage = { path, ...readFile(entry, key, source) };
  addFileCoverage(files, entry.all === true ? markPlaceholder(file) : file);
}
