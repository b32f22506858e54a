/**
 * Reader of lcov tracefiles (`lcov.info`) from any producer: istanbul/c8/jest/vitest, lcov/geninfo
 * (1.x and 2.x with FNL/FNA), coverage.py, grcov, tarpaulin …
 *
 * Lines come from DA, functions from FN/FNDA (or FNL/FNA), branch outcomes from BRDA (`-` = never
 * evaluated = 0 hits). lcov has no statements. A metric is `null` for the whole report when no
 * record of it appears at all (the producer did not measure it), and an empty map otherwise.
 * The text is walked with indexOf, without a regex or split per line, for large files.
 */
import { CoverageFormatError } from '../errors.js';
import type { BranchHit, FileCoverage, FunctionHit } from './model.js';
import { addFileCoverage, toCoverageData } from './merge.js';
import { createRepoPathResolver } from './paths.js';
import type { ParsedCoverage, ReadOptions } from './read.js';

interface OpenFile {
  raw: string;
  lines: Map<number, number>;
  functions: Map<string, FunctionHit>;
  /** Functions per name in FN order, so the k-th FNDA of a name updates the k-th FN of it. */
  byName: Map<string, FunctionHit[]>;
  fndaSeen: Map<string, number>;
  /** FNL index -> function (lcov 2.2). */
  byIndex: Map<string, FunctionHit>;
  branches: Map<string, BranchHit>;
}

const RECORD_KEY = /^[A-Z_]+$/;
const FUNCTION_KEYS = new Set(['FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA']);
const BRANCH_KEYS = new Set(['BRDA', 'BRF', 'BRH']);

const DIGITS = /^\d+$/;

/** A non-negative integer (line number), else NaN. */
function int(s: string | undefined): number {
  return s !== undefined && DIGITS.test(s) ? Number(s) : NaN;
}

/** A non-negative finite hit count, else NaN. */
function count(s: string | undefined): number {
  const n = s === undefined || s.trim() === '' ? NaN : Number(s);
  return Number.isFinite(n) && n >= 0 ? n : NaN;
}

/** Digits in text[from, to) as a number; -1 when empty, not all digits, or too long to be exact. */
function readUint(text: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * DA and BRDA are nearly every line of a tracefile: read the common all-digits form in place,
 * without slicing the line. Returns false to let the general path handle (or reject) the line.
 */
function applyFast(file: OpenFile, text: string, start: number, end: number): boolean {
  if (text.startsWith('DA:', start)) {
    const comma = text.indexOf(',', start + 3);
    if (comma === -1 || comma >= end) return false;
    const next = text.indexOf(',', comma + 1);
    const line = readUint(text, start + 3, comma);
    const hits = readUint(text, comma + 1, next === -1 || next > end ? end : next);
    if (line < 0 || hits < 0) return false;
    file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
    return true;
  }
  if (text.startsWith('BRDA:', start)) {
    const c1 = text.indexOf(',', start + 5);
    const c2 = c1 === -1 ? -1 : text.indexOf(',', c1 + 1);
    const c3 = c2 === -1 ? -1 : text.indexOf(',', c2 + 1);
    if (c3 === -1 || c3 >= end || (text.indexOf(',', c3 + 1) !== -1 && text.indexOf(',', c3 + 1) < end)) {
      return false;
    }
    const line = readUint(text, start + 5, c1);
    const taken = end === c3 + 2 && text.charCodeAt(c3 + 1) === 45 ? 0 : readUint(text, c3 + 1, end);
    if (line < 0 || taken < 0 || c2 === c1 + 1) return false;
    const id = `${line}:${text.slice(c1 + 1, c2)}`;
    const br = file.branches.get(id);
    if (br) br.hits.push(taken);
    else file.branches.set(id, { line, hits: [taken] });
    return true;
  }
  return false;
}

function newFile(raw: string): OpenFile {
  return {
    raw,
    lines: new Map(),
    functions: new Map(),
    byName: new Map(),
    fndaSeen: new Map(),
    byIndex: new Map(),
    branches: new Map(),
  };
}

/** Splits `text` at the first `count` commas; the last part keeps any further commas. */
function fields(text: string, count: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const comma = text.indexOf(',', from);
    if (comma === -1) break;
    out.push(text.slice(from, comma));
    from = comma + 1;
  }
  out.push(text.slice(from));
  return out;
}

function addFunction(file: OpenFile, name: string, line: number): FunctionHit {
  const list = file.byName.get(name) ?? [];
  const fn: FunctionHit = { name, line, hits: 0 };
  list.push(fn);
  file.byName.set(name, list);
  file.functions.set(list.length === 1 ? name : `${name}#${list.length}`, fn);
  return fn;
}

/** Applies one record to the open file; returns an error text for a malformed value. */
function applyRecord(file: OpenFile, key: string, value: string): string | null {
  switch (key) {
    case 'DA': {
      const [l, h] = fields(value, 2);
      const line = int(l);
      const hits = count(h);
      if (Number.isNaN(line) || Number.isNaN(hits)) return 'DA needs <line>,<hits>';
      file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
      return null;
    }
    case 'FN': {
      const [l, second = '', third] = fields(value, 2);
      const line = int(l);
      if (Number.isNaN(line) || second === '') return 'FN needs <line>,<name>';
      // lcov 2: FN:<start>,<end>,<name>
      const name =
        third !== undefined && DIGITS.test(second) ? third : `${second}${third ? `,${third}` : ''}`;
      addFunction(file, name, line);
      return null;
    }
    case 'FNDA': {
      const [h, name = ''] = fields(value, 1);
      const hits = count(h);
      if (Number.isNaN(hits) || name === '') return 'FNDA needs <hits>,<name>';
      const k = file.fndaSeen.get(name) ?? 0;
      file.fndaSeen.set(name, k + 1);
      const fn = file.byName.get(name)?.[k] ?? addFunction(file, name, 0);
      fn.hits += hits;
      return null;
    }
    case 'FNL': {
      const [index = '', l] = fields(value, 2);
      const line = int(l);
      if (index === '' || Number.isNaN(line)) return 'FNL needs <index>,<line>';
      const fn: FunctionHit = { name: `#${index}`, line, hits: 0 };
      file.byIndex.set(index, fn);
      file.functions.set(`FNL#${index}`, fn);
      return null;
    }
    case 'FNA': {
      const [index = '', h, name = ''] = fields(value, 2);
      const hits = count(h);
      const fn = file.byIndex.get(index);
      if (!fn || Number.isNaN(hits)) return 'FNA needs <index of an FNL>,<hits>,<name>';
      if (fn.name.startsWith('#')) fn.name = name;
      fn.hits += hits;
      return null;
    }
    case 'BRDA': {
      // BRDA:<line>,<block>,<branch>,<taken>; lcov 2 branch expressions may contain commas.
      const [l, block = '', rest = ''] = fields(value, 2);
      const comma = rest.lastIndexOf(',');
      const line = int(l);
      const takenText = comma === -1 ? '' : rest.slice(comma + 1);
      const taken = takenText === '-' ? 0 : count(takenText);
      if (Number.isNaN(line) || block === '' || Number.isNaN(taken)) {
        return 'BRDA needs <line>,<block>,<branch>,<taken>';
      }
      const id = `${line}:${block}`;
      const br = file.branches.get(id);
      if (br) br.hits.push(taken);
      else file.branches.set(id, { line, hits: [taken] });
      return null;
    }
    default:
      return null; // TN, LF, LH, FNF, FNH, BRF, BRH, VER and future records carry nothing we need
  }
}

/** Parses lcov text. Throws CoverageFormatError naming `source` and the line of a bad record. */
export function readLcov(text: string, source: string, opts: ReadOptions): ParsedCoverage {
  const files = new Map<string, FileCoverage>();
  const dropped: string[] = [];
  const open: OpenFile[] = [];
  let current: OpenFile | null = null;
  let sawFunctions = false;
  let sawBranches = false;
  let lineNo = 0;
  const fail = (what: string): never => {
    throw new CoverageFormatError(`${source}:${lineNo}: ${what}; is this an lcov tracefile (lcov.info)?`);
  };

  let pos = 0;
  while (pos < text.length) {
    const start = pos;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    pos = end + 1;
    lineNo += 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1; // CRLF
    if (current && applyFast(current, text, start, end)) {
      sawBranches ||= text.charCodeAt(start) === 66; // 'B'RDA
      continue;
    }
    const line = text.slice(start, end);
    if (line.trim() === '') continue;
    if (line === 'end_of_record') {
      if (!current) fail('end_of_record without SF');
      current = null;
      continue;
    }
    const colon = line.indexOf(':');
    const key = colon === -1 ? '' : line.slice(0, colon);
    if (!RECORD_KEY.test(key)) fail(`"${line.slice(0, 40)}" is not an lcov record`);
    const value = line.slice(colon + 1);
    if (key === 'SF') {
      if (current) fail('SF before the previous end_of_record');
      current = newFile(value);
      open.push(current);
      continue;
    }
    if (key === 'TN' || key === 'VER') continue;
    if (FUNCTION_KEYS.has(key)) sawFunctions = true;
    if (BRANCH_KEYS.has(key)) sawBranches = true;
    if (!current) {
      fail(`${key} record outside an SF ... end_of_record block`);
      continue;
    }
    const problem = applyRecord(current, key, value);
    if (problem) fail(`bad record "${line.slice(0, 40)}" (${problem})`);
  }
  if (current) fail('the last SF record has no end_of_record (truncated file?)');
  if (open.length === 0) fail('no SF record');

  const toRepoPath = createRepoPathResolver(opts);
  for (const f of open) {
    const path = toRepoPath(f.raw);
    if (path === null) {
      dropped.push(f.raw);
      continue;
    }
    addFileCoverage(files, {
      path,
      lines: f.lines,
      statements: null,
      functions: sawFunctions ? f.functions : null,
      branches: sawBranches ? f.branches : null,
    });
  }
  return { data: toCoverageData(files, ['lcov']), dropped };
}
