/**
 * Entry point of the coverage readers: detects a report's format from its content (never its
 * name), parses it into the common model, and loads + merges the files that globs match.
 *
 * Formats: istanbul `coverage-final.json` (c8, nyc, jest, vitest), lcov (any producer), Cobertura
 * XML (istanbul's reporter and coverage.py's). Every problem is a one-line CoverageFormatError or
 * InputError that names the file and says what to do.
 */
import { existsSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CoverageFormatError, InputError, describeError } from '../errors.js';
import { parseCoberturaXml, readCobertura } from './cobertura.js';
import { isIstanbulFile, readIstanbul } from './istanbul.js';
import { readIstanbulStreaming } from './istanbul-stream.js';
import { readLcov } from './lcov.js';
import { readLcovStreaming } from './lcov-stream.js';
import { mergeCoverage } from './merge.js';
import type { CoverageData } from './model.js';
import {
  dropDuplicateFormats,
  firstLine,
  isLcovStart,
  pickRichestPerDirectory,
  sniffFormat,
} from './one-count.js';

/** Options shared by the readers. */
export interface ReadOptions {
  /** Absolute repository root; report paths are made relative to it. */
  root: string;
  /** Absolute directory relative report paths start from (the tool's cwd); default `root`. */
  baseDir?: string;
  /** Optional check that a repo-relative path exists (disambiguates Cobertura sources). */
  exists?: (repoPath: string) => boolean;
}

/** One parsed report. */
export interface ParsedCoverage {
  data: CoverageData;
  /** Raw paths of files outside the root, each once, in report order. */
  dropped: string[];
}

/** Several report files, read and merged. */
export interface LoadedCoverage {
  data: CoverageData;
  /** Report files read, absolute, in the order they were merged. */
  files: string[];
  /** Raw paths outside the root over all files, each once. */
  dropped: string[];
  /** What was not counted and why (a second format of one run), for the log. */
  notes: string[];
}

function parseJson(text: string, source: string, opts: ReadOptions): ParsedCoverage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CoverageFormatError(
      `${source}: invalid JSON (${describeError(error)}); is the file truncated?`,
    );
  }
  const hint = (what: string, fix: string): CoverageFormatError =>
    new CoverageFormatError(`${source}: this is ${what}, not istanbul coverage-final.json; ${fix}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw hint(
      'a JSON value',
      'use the "json" reporter of c8/nyc/jest/vitest (coverage/coverage-final.json)',
    );
  }
  const obj = value as Record<string, unknown>;
  const first = Object.values(obj)[0];
  const wrapped =
    typeof first === 'object' && first !== null && isIstanbulFile((first as { data?: unknown }).data);
  if (first === undefined || isIstanbulFile(first) || wrapped) {
    return readIstanbul(obj, source, opts);
  }
  if ('total' in obj) {
    throw hint(
      'a json-summary (percentages only)',
      'add the "json" reporter and point at coverage-final.json',
    );
  }
  if (Array.isArray(obj.result)) throw hint('raw V8 coverage', 'run `c8 report --reporter=json` first');
  if ('meta' in obj && 'files' in obj && 'totals' in obj) {
    throw hint('coverage.py JSON', 'write `coverage xml` (pytest --cov-report=xml) instead');
  }
  // `{"src/a.js": null}` and the like: the reader names the entry that is not file coverage.
  if (typeof first !== 'object' || first === null || Array.isArray(first))
    return readIstanbul(obj, source, opts);
  throw hint('JSON of another kind', 'use the "json" reporter of c8/nyc/jest/vitest (coverage-final.json)');
}

/**
 * Parses one report. `source` names it in error messages. Throws CoverageFormatError for an empty
 * or malformed file, an unknown format, or a report whose every file lies outside `opts.root`.
 */
export function parseCoverage(text: string, source: string, opts: ReadOptions): ParsedCoverage {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = firstLine(body);
  let parsed: ParsedCoverage;
  if (start === '') {
    throw new CoverageFormatError(`${source}: the file is empty; check that the test command wrote coverage`);
  } else if (start.startsWith('{') || start.startsWith('[')) {
    parsed = parseJson(body, source, opts);
  } else if (start.startsWith('<')) {
    parsed = readCobertura(parseCoberturaXml(body, source), source, opts);
  } else if (isLcovStart(start)) {
    parsed = readLcov(body, source, opts);
  } else {
    throw new CoverageFormatError(
      `${source}: unknown coverage format (starts with "${start.slice(0, 30)}"); ` +
        'use istanbul coverage-final.json, lcov.info or Cobertura XML',
    );
  }
  return checkDropped(parsed, source, opts);
}

/** Lists each dropped path once; a report with every file outside the root is an error. */
function checkDropped(parsed: ParsedCoverage, source: string, opts: ReadOptions): ParsedCoverage {
  parsed.dropped = [...new Set(parsed.dropped)];
  if (parsed.data.files.size === 0 && parsed.dropped.length > 0) {
    throw new CoverageFormatError(
      `${source}: all ${parsed.dropped.length} files lie outside the root ${opts.root} ` +
        `(e.g. ${parsed.dropped[0]}) and none is found in this checkout under a shorter path; is it a report ` +
        'of this repository? (The CLI takes --root for the directory the report was made in.)',
    );
  }
  return parsed;
}

/** Absolute files a glob matches, sorted; a literal path is taken as is (brackets and all). */
async function matchGlob(pattern: string, cwd: string, inputName: string): Promise<string[]> {
  const literal = resolve(cwd, pattern);
  if (existsSync(literal)) {
    if (statSync(literal).isDirectory()) {
      throw new InputError(
        `${inputName}: "${pattern}" is a directory; give the report file or a glob such as ${pattern}/*.json`,
      );
    }
    return [literal];
  }
  if (!isDynamicPattern(pattern)) return [];
  const found = await glob([pattern], { cwd, absolute: true, dot: true, onlyFiles: true });
  return found.map((f) => resolve(f)).sort();
}

/**
 * Reads and merges every report the globs match (resolved against `cwd`). With `requireEach`
 * (default true) a glob that matches nothing is an InputError; with `requireEach: false` (the
 * default globs) only "nothing matched at all" is, naming the globs searched.
 */
export async function loadCoverage(
  globs: string[],
  opts: { cwd: string; root: string; inputName: string; requireEach?: boolean },
): Promise<LoadedCoverage> {
  const requireEach = opts.requireEach ?? true;
  const files: string[] = [];
  for (const pattern of globs) {
    const matches = await matchGlob(pattern, opts.cwd, opts.inputName);
    if (matches.length === 0 && requireEach) {
      throw new InputError(
        `${opts.inputName}: no file matches "${pattern}" in ${opts.cwd}; ` +
          'check the path and that the test command writes its coverage report there',
      );
    }
    for (const m of matches) if (!files.includes(m)) files.push(m);
  }
  if (files.length === 0) {
    throw new InputError(
      `${opts.inputName}: no coverage report found in ${opts.cwd} (searched ${globs.join(', ')}); ` +
        `set ${opts.inputName} to your report's path or make the test command write one`,
    );
  }
  const notes: string[] = [];
  let chosen = files;
  if (!requireEach && files.length > 1) {
    // The default globs: one directory's several formats are one run, read once.
    const sniffed = await Promise.all(
      files.map(async (file) => ({
        file: reportName(file, opts.cwd),
        format: sniffFormat(await readStart(file).catch(() => '')),
      })),
    );
    const picked = pickRichestPerDirectory(sniffed);
    chosen = files.filter((f) => picked.keep.includes(reportName(f, opts.cwd)));
    notes.push(...picked.notes);
  }
  const parts: { name: string; data: CoverageData }[] = [];
  const dropped = new Set<string>();
  for (const file of chosen) {
    const parsed = await readReportFile(file, opts, opts.inputName);
    parts.push({ name: reportName(file, opts.cwd), data: parsed.data });
    for (const d of parsed.dropped) dropped.add(d);
  }
  const once = dropDuplicateFormats(parts);
  notes.push(...once.notes);
  const data = mergeCoverage(once.parts);
  if (data.files.size === 0) throw new CoverageFormatError(describeNoData(parts, opts.inputName));
  return { data, files: chosen, dropped: [...dropped], notes };
}

/**
 * Reads one report file: istanbul JSON entry by entry (istanbul-stream.ts), lcov in chunks of lines
 * (lcov-stream.ts), the rest — or a file they leave to the ordinary reader — as one text. A file
 * that cannot be read is an InputError naming `inputName`; a report that is not valid says why in
 * its own words (CoverageFormatError).
 */
export async function readReportFile(
  file: string,
  opts: { cwd: string; root: string },
  inputName: string,
): Promise<ParsedCoverage> {
  const name = reportName(file, opts.cwd);
  const options = readOptions(file, opts);
  let streamed: ParsedCoverage | null;
  let text = '';
  try {
    streamed = readIstanbulStreaming(file, name, options) ?? readLcovStreaming(file, name, options);
    if (streamed === null) text = await readTextFile(file);
  } catch (error) {
    if (error instanceof CoverageFormatError) throw error;
    throw new InputError(`${inputName}: cannot read ${name} (${describeError(error)})`);
  }
  return streamed ? checkDropped(streamed, name, options) : parseCoverage(text, name, options);
}

/**
 * Reports that hold no file at all (Jest or c8 writing `{}` when nothing matched their coverage
 * include) would otherwise be 0 of 0 lines: 100 %, a pass on no data.
 */
function describeNoData(parts: { name: string }[], inputName: string): string {
  const names = parts.map((p) => p.name).join(', ');
  return (
    `${inputName}: ${names} ${parts.length === 1 ? 'holds' : 'hold'} the coverage of no file; ` +
    'make the test command measure your sources (pytest-cov --cov=PACKAGE, Jest collectCoverageFrom, ' +
    'Vitest coverage.include, c8 --include)'
  );
}

/** The first bytes of a file, enough to tell its format. */
async function readStart(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The text of a UTF-8 file. Decoded in one piece: `readFile(path, 'utf8')` joins the decoded
 * chunks of a big file into a string that is copied again when first read.
 */
export async function readTextFile(path: string): Promise<string> {
  return (await readFile(path)).toString('utf8');
}

/** How messages name a report file: relative to `cwd` when inside it, else absolute. */
function reportName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/**
 * Parses the text of the report file `file` (absolute) as {@link loadCoverage} does for each file
 * it reads, for a caller that has read the file already.
 */
export function parseReportFile(
  text: string,
  file: string,
  opts: { cwd: string; root: string },
): ParsedCoverage {
  return parseCoverage(text, reportName(file, opts.cwd), readOptions(file, opts));
}

/** The reader options of report file `file`. */
function readOptions(file: string, opts: { cwd: string; root: string }): ReadOptions {
  const exists = (repoPath: string): boolean => existsSync(join(opts.root, repoPath));
  // Relative paths in a report are relative to where the tool ran: the working directory.
  return { root: opts.root, baseDir: opts.cwd, exists };
}
