/**
 * Reader of lcov tracefiles (`lcov.info`) from any producer: istanbul/c8/jest/vitest, lcov/geninfo
 * (1.x and 2.x with FNL/FNA), coverage.py, grcov, tarpaulin …
 *
 * Lines come from DA, functions from FN/FNDA (or FNL/FNA), branch outcomes from BRDA (`-` = never
 * evaluated = 0 hits). lcov has no statements. A metric is `null` for the whole report when no
 * record of it appears at all (the producer did not measure it), and an empty map otherwise.
 * The text is walked with indexOf, without a regex or split per line, for large files; DA and BRDA
 * lines are read in place (lcov-file.ts).
 */
import { CoverageFormatError } from '../errors.js';
import {
  addBranchHit,
  addLineHits,
  closeFile,
  functionIndex,
  newOpenFile,
  readBrdaInPlace,
  readDaInPlace,
  type OpenFile,
} from './lcov-file.js';
import type { FileCoverage, FunctionHit } from './model.js';
import { describeBadHits, describeBadLine, isHitCount, isLineNumber } from './validate.js';
import { addFileCoverage, toCoverageData } from './merge.js';
import { createRepoPathResolver } from './paths.js';
import type { ParsedCoverage, ReadOptions } from './read.js';

const RECORD_KEY = /^[A-Z_]+$/;
const FUNCTION_KEYS = new Set(['FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA']);
const BRANCH_KEYS = new Set(['BRDA', 'BRF', 'BRH']);

const DIGITS = /^\d+$/;

/** A line number (digits, 1 to 2^53), else NaN. */
function int(s: string | undefined): number {
  const n = s !== undefined && DIGITS.test(s) ? Number(s) : NaN;
  return isLineNumber(n) ? n : NaN;
}

/** A hit count (a whole number from 0 to 2^53), else NaN. */
function count(s: string | undefined): number {
  const n = s === undefined || s.trim() === '' ? NaN : Number(s);
  return isHitCount(n) ? n : NaN;
}

/** Why `<line>,<hits>` was refused: which of the two is bad, and how. */
function whyBad(l: string | undefined, h: string | undefined, line: number, hits: number): string {
  if (Number.isNaN(line)) return describeBadLine(l ?? '');
  return Number.isNaN(hits) ? describeBadHits(h ?? '') : '';
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
  const { byName } = functionIndex(file);
  const list = byName.get(name) ?? [];
  const fn: FunctionHit = { name, line, hits: 0 };
  list.push(fn);
  byName.set(name, list);
  (file.functions ??= new Map()).set(list.length === 1 ? name : `${name}#${list.length}`, fn);
  return fn;
}

/** Applies one record to the open file; returns an error text for a malformed value. */
function applyRecord(file: OpenFile, key: string, value: string): string | null {
  switch (key) {
    case 'DA': {
      const [l, h] = fields(value, 2);
      const line = int(l);
      const hits = count(h);
      if (Number.isNaN(line) || Number.isNaN(hits)) {
        return `DA needs <line>,<hits>: ${whyBad(l, h, line, hits)}`;
      }
      addLineHits(file, line, hits);
      return null;
    }
    case 'FN': {
      const [l, second = '', third] = fields(value, 2);
      const line = int(l);
      if (Number.isNaN(line)) return `FN needs <line>,<name>: ${describeBadLine(l)}`;
      if (second === '') return 'FN needs <line>,<name>';
      // lcov 2: FN:<start>,<end>,<name>
      const name =
        third !== undefined && DIGITS.test(second) ? third : `${second}${third ? `,${third}` : ''}`;
      addFunction(file, name, line);
      return null;
    }
    case 'FNDA': {
      const [h, name = ''] = fields(value, 1);
      const hits = count(h);
      if (Number.isNaN(hits)) return `FNDA needs <hits>,<name>: ${describeBadHits(h)}`;
      if (name === '') return 'FNDA needs <hits>,<name>';
      const { fndaSeen, byName } = functionIndex(file);
      const k = fndaSeen.get(name) ?? 0;
      fndaSeen.set(name, k + 1);
      const fn = byName.get(name)?.[k] ?? addFunction(file, name, 0);
      fn.hits += hits;
      return null;
    }
    case 'FNL': {
      const [index = '', l] = fields(value, 2);
      const line = int(l);
      if (index === '' || Number.isNaN(line)) return `FNL needs <index>,<line>: ${describeBadLine(l ?? '')}`;
      const fn: FunctionHit = { name: `#${index}`, line, hits: 0 };
      functionIndex(file).byIndex.set(index, fn);
      (file.functions ??= new Map()).set(`FNL#${index}`, fn);
      return null;
    }
    case 'FNA': {
      const [index = '', h, name = ''] = fields(value, 2);
      const hits = count(h);
      const fn = functionIndex(file).byIndex.get(index);
      if (!fn) return 'FNA needs <index of an FNL>,<hits>,<name>';
      if (Number.isNaN(hits)) return `FNA needs <index>,<hits>,<name>: ${describeBadHits(h ?? '')}`;
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
        const why = block === '' ? '' : `: ${whyBad(l, takenText, line, taken)}`;
        return `BRDA needs <line>,<block>,<branch>,<taken>${why}`;
      }
      addBranchHit(file, line, block, taken);
      return null;
    }
    default:
      return null; // TN, LF, LH, FNF, FNH, BRF, BRH, VER and future records carry nothing we need
  }
}

/**
 * The metric of a count record at `start` (LF/LH, FNF/FNH, BRF/BRH: counts lcov writes per file,
 * which are recomputed, so only their presence matters), else null.
 */
function countRecord(text: string, start: number): 'lines' | 'functions' | 'branches' | null {
  let i = start + 1;
  let metric: 'lines' | 'functions' | 'branches';
  const c0 = text.charCodeAt(start);
  if (c0 === 76) {
    metric = 'lines'; // L
  } else if (c0 === 70 && text.charCodeAt(i) === 78) {
    metric = 'functions'; // FN
    i += 1;
  } else if (c0 === 66 && text.charCodeAt(i) === 82) {
    metric = 'branches'; // BR
    i += 1;
  } else {
    return null;
  }
  const c = text.charCodeAt(i);
  return (c === 70 || c === 72) && text.charCodeAt(i + 1) === 58 ? metric : null; // F or H, then :
}

/** An lcov reader fed the text in pieces (lcov-stream.ts reads a big file so). */
export interface LcovReader {
  /** Reads the next piece of the text: whole lines (the last piece may end without a line end). */
  read(text: string): void;
  /** The report, once every piece is read. Throws CoverageFormatError as {@link readLcov}. */
  finish(): ParsedCoverage;
}

/** Parses lcov text. Throws CoverageFormatError naming `source` and the line of a bad record. */
export function readLcov(text: string, source: string, opts: ReadOptions): ParsedCoverage {
  const reader = createLcovReader(source, opts);
  reader.read(text);
  return reader.finish();
}

/** A reader of one lcov report, see {@link LcovReader}. */
export function createLcovReader(source: string, opts: ReadOptions): LcovReader {
  const files = new Map<string, FileCoverage>();
  const dropped: string[] = [];
  const toRepoPath = createRepoPathResolver(opts);
  let blocks = 0;
  const close = (f: OpenFile): void => {
    blocks += 1;
    const path = toRepoPath(f.raw);
    if (path === null) dropped.push(f.raw);
    else addFileCoverage(files, closeFile(f, path));
  };
  let current: OpenFile | null = null;
  let sawFunctions = false;
  let sawBranches = false;
  let lineNo = 0;
  const fail = (what: string): never => {
    throw new CoverageFormatError(`${source}:${lineNo}: ${what}; is this an lcov tracefile (lcov.info)?`);
  };

  const read = (text: string): void => {
    let pos = 0;
    while (pos < text.length) {
      const start = pos;
      lineNo += 1;
      if (current !== null) {
        const c0 = text.charCodeAt(start);
        const next =
          c0 === 68
            ? readDaInPlace(current, text, start)
            : c0 === 66
              ? readBrdaInPlace(current, text, start)
              : -1;
        if (next !== -1) {
          pos = next;
          sawBranches ||= c0 === 66;
          continue;
        }
      }
      let end = text.indexOf('\n', pos);
      if (end === -1) end = text.length;
      pos = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end -= 1; // CRLF
      if (current !== null) {
        // The other records of every file, without slicing the line.
        const counted = countRecord(text, start);
        if (counted !== null) {
          sawFunctions ||= counted === 'functions';
          sawBranches ||= counted === 'branches';
          continue;
        }
        if (end - start === 13 && text.startsWith('end_of_record', start)) {
          close(current);
          current = null;
          continue;
        }
      }
      const line = text.slice(start, end);
      if (line.trim() === '') continue;
      if (line === 'end_of_record') {
        if (!current) fail('end_of_record without SF');
        else close(current);
        current = null;
        continue;
      }
      const colon = line.indexOf(':');
      const key = colon === -1 ? '' : line.slice(0, colon);
      if (!RECORD_KEY.test(key)) fail(`"${line.slice(0, 40)}" is not an lcov record`);
      const value = line.slice(colon + 1);
      if (key === 'SF') {
        if (current) fail('SF before the previous end_of_record');
        current = newOpenFile(value);
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
  };
  const finish = (): ParsedCoverage => {
    if (current) fail('the last SF record has no end_of_record (truncated file?)');
    if (blocks === 0) fail('no SF record');
    // A metric the report has at all is an empty map, not null, in the files without it.
    if (sawFunctions || sawBranches) {
      for (const f of files.values()) {
        if (sawFunctions) f.functions ??= new Map();
        if (sawBranches) f.branches ??= new Map();
      }
    }
    return { data: toCoverageData(files, ['lcov']), dropped };
  };
  return { read, finish };
}
