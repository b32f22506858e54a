/**
 * One lcov SF ... end_of_record block while it is read, the FileCoverage it becomes, and
 * the in-place readers of DA and BRDA, nearly every line of a tracefile. Pure.
 */
import { findLine, LineHits } from './line-hits.js';
import type { BranchHit, FileCoverage, FunctionHit } from './model.js';

/** One SF ... end_of_record block while it is read. */
export interface OpenFile {
  raw: string;
  /** `[line, hits, …]` in ascending line order, the pairs of its {@link LineHits} once closed. */
  lines: number[];
  /** Largest line number in `lines` (-1 when empty): a DA line above it is a new entry. */
  maxLine: number;
  /** Made on the first function record (most files of big reports have none). */
  functions: Map<string, FunctionHit> | null;
  /** Made by {@link functionIndex} on the first function record. */
  index: FunctionIndex | null;
  /** Made on the first BRDA record. */
  branches: Map<string, BranchHit> | null;
  /** Largest line number of a branch id in `branches` (-1 when empty): a BRDA above it is new. */
  maxBranchLine: number;
  /**
   * The branch point of the last BRDA, with its line and block: the next outcomes of a branch
   * point nearly always follow, and then need neither an id string nor a map lookup.
   */
  lastBranch: BranchHit | null;
  lastLine: number;
  lastBlock: string;
}

/** How function records find their function again. */
export interface FunctionIndex {
  /** Functions per name in FN order, so the k-th FNDA of a name updates the k-th FN of it. */
  byName: Map<string, FunctionHit[]>;
  fndaSeen: Map<string, number>;
  /** FNL index -> function (lcov 2.2). */
  byIndex: Map<string, FunctionHit>;
}

/** The function index of `file`, made on first use (most files of big reports have none). */
export function functionIndex(file: OpenFile): FunctionIndex {
  file.index ??= { byName: new Map(), fndaSeen: new Map(), byIndex: new Map() };
  return file.index;
}

/** An empty file of the SF record `raw`. */
export function newOpenFile(raw: string): OpenFile {
  return {
    raw,
    lines: [],
    maxLine: -1,
    functions: null,
    index: null,
    branches: null,
    maxBranchLine: -1,
    lastBranch: null,
    lastLine: -1,
    lastBlock: '',
  };
}

/** Adds `hits` to line `line`; a line above every line seen so far (nearly all) is appended. */
export function addLineHits(file: OpenFile, line: number, hits: number): void {
  const { lines } = file;
  if (line > file.maxLine) {
    file.maxLine = line;
    lines.push(line, 0 + hits); // as the sum below: a `-0` (DA:1,-0) counts as 0
    return;
  }
  const at = findLine(lines, line);
  if (at >= 0) lines[at + 1] = (lines[at + 1] ?? 0) + hits;
  else lines.splice(-at - 1, 0, line, 0 + hits);
}

/**
 * The file of a block whose end_of_record is read, its path made repo-relative (in report order,
 * as the resolver learns other checkouts' roots in that order). Its maps stay `null` when empty
 * until the end: a report of a million files must not make (or keep) two million empty maps.
 */
export function closeFile(f: OpenFile, path: string): FileCoverage {
  return {
    path: ownCopy(path),
    lines: closeLines(f),
    statements: null,
    functions: f.functions,
    branches: f.branches,
  };
}

/**
 * `text` as a string of its own. A repo path is a substring of the absolute path it was made from
 * (or of the report's text), and V8 keeps a substring's whole parent alive: ~80 bytes a path
 * instead of ~40, for as long as the model lives.
 */
function ownCopy(text: string): string {
  const copy: unknown = JSON.parse(JSON.stringify(text));
  return typeof copy === 'string' ? copy : text;
}

/** The line hits of a closed block, in an array of their exact size (a push leaves spare room). */
export function closeLines(file: OpenFile): LineHits {
  return new LineHits(file.lines.slice());
}

/** Appends one outcome to the branch point `line`:`block`, creating it on its first outcome. */
export function addBranchHit(file: OpenFile, line: number, block: string, taken: number): void {
  const id = `${line}:${block}`;
  const branches = (file.branches ??= new Map<string, BranchHit>());
  const known = line > file.maxBranchLine ? undefined : branches.get(id);
  if (line > file.maxBranchLine) file.maxBranchLine = line;
  let branch = known;
  if (branch === undefined) {
    branch = { line, hits: [taken] };
    branches.set(id, branch);
  } else {
    pushHit(branch, taken);
  }
  file.lastBranch = branch;
  file.lastLine = line;
  file.lastBlock = block;
}

/**
 * Appends an outcome. An array literal has its exact size, a push adds 16 spare slots: most branch
 * points have two outcomes, so the second one makes a new pair.
 */
function pushHit(branch: BranchHit, taken: number): void {
  const hits = branch.hits;
  if (hits.length === 1) branch.hits = [hits[0] ?? 0, taken];
  else hits.push(taken);
}

/** Start of the next line when a line ends at `i` (a line feed, CRLF or the end), else -1. */
function nextLine(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 10) return i + 1;
  if (c === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return i === text.length ? i + 1 : -1;
}

/**
 * DA and BRDA are nearly every line of a tracefile: their common form (all-digit numbers of up to
 * 15 digits, no blank) is read in place, numbers and all, without slicing the line or searching
 * its end first. These return the start of the next line, or -1 to let the general path handle
 * (or reject) the line, which reads that form to the same result.
 */
export function readDaInPlace(file: OpenFile, text: string, start: number): number {
  // DA:<line>,<hits>[,<checksum>]
  if (text.charCodeAt(start + 1) !== 65 || text.charCodeAt(start + 2) !== 58) return -1;
  let i = start + 3;
  let line = 0;
  for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48) line = line * 10 + d;
  // Line 0 is left to the general path, which refuses it with a message.
  if (i === start + 3 || i - start - 3 > 15 || line === 0 || text.charCodeAt(i) !== 44) return -1;
  const from = ++i;
  let hits = 0;
  for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48) hits = hits * 10 + d;
  if (i === from || i - from > 15) return -1;
  let next = nextLine(text, i);
  if (next === -1 && text.charCodeAt(i) === 44) {
    const eol = text.indexOf('\n', i);
    next = eol === -1 ? text.length + 1 : eol + 1;
  }
  if (next !== -1) addLineHits(file, line, hits);
  return next;
}

/**
 * BRDA:<line>,<block>,<branch>,<taken> (<taken> digits or `-`) in place, as {@link readDaInPlace};
 * a further outcome of the branch point of the last BRDA needs neither an id nor a lookup.
 */
export function readBrdaInPlace(file: OpenFile, text: string, start: number): number {
  if (!text.startsWith('RDA:', start + 1)) return -1;
  let i = start + 5;
  let line = 0;
  for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48) line = line * 10 + d;
  if (i === start + 5 || i - start - 5 > 15 || line === 0 || text.charCodeAt(i) !== 44) return -1;
  const c1 = i;
  const c2 = endOfField(text, c1 + 1);
  const c3 = c2 === -1 ? -1 : endOfField(text, c2 + 1);
  if (c2 === c1 + 1 || c3 === -1) return -1;
  i = c3 + 1;
  let taken = 0;
  if (text.charCodeAt(i) === 45) {
    i += 1;
  } else {
    for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
      taken = taken * 10 + d;
    if (i === c3 + 1 || i - c3 - 1 > 15) return -1;
  }
  const next = nextLine(text, i);
  if (next === -1) return -1;
  const last = file.lastBranch;
  const blockLength = c2 - c1 - 1;
  if (
    last !== null &&
    file.lastLine === line &&
    file.lastBlock.length === blockLength &&
    text.startsWith(file.lastBlock, c1 + 1)
  ) {
    pushHit(last, taken);
  } else {
    addBranchHit(file, line, text.slice(c1 + 1, c2), taken);
  }
  return next;
}

/** Index of the comma ending the field that starts at `from`, or -1 when the line ends first. */
function endOfField(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return i;
    if (c === 10) return -1;
  }
  return -1;
}
