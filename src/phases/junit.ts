/**
 * Test counts and failed tests from JUnit XML, in the dialects real runners write: jest-junit,
 * Vitest's `junit` reporter, node:test's `junit` reporter and `pytest --junitxml`.
 *
 * A phase owns the JUnit files that appeared or changed while it ran (see `snapshotFiles`), so a
 * unit phase and a full phase that write to the same glob are still counted apart.
 */
import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { describeError, InputError } from '../errors.js';
import type { TestResults } from '../report/context.js';
import { scanJunitXml } from './junit-xml.js';
import type { JunitAttributes, JunitCase, JunitOutcome } from './junit-xml.js';

/** Parses one JUnit XML document; `source` names the file in errors. */
export function parseJunit(xml: string, source: string): TestResults {
  const results = emptyResults();
  const reasons = new Map<string, number>();
  const root = scanJunitXml(xml, source, (testcase) => countCase(testcase, results, reasons));
  if (root !== 'testsuites' && root !== 'testsuite') {
    throw new InputError(
      `JUnit file ${source} has no <testsuites> or <testsuite> element; junit-files must point at JUnit XML reports`,
    );
  }
  return withSkipReasons(results, reasons);
}

/** Adds the grouped skip reasons (most frequent first, then by text) when there are any. */
function withSkipReasons(results: TestResults, reasons: Map<string, number>): TestResults {
  if (reasons.size === 0) return results;
  const skipReasons = [...reasons]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  return { ...results, skipReasons };
}

/** Adds several results together, failures in order. */
export function mergeTestResults(parts: TestResults[]): TestResults {
  const out = emptyResults();
  const reasons = new Map<string, number>();
  for (const p of parts) {
    out.passed += p.passed;
    out.failed += p.failed;
    out.skipped += p.skipped;
    out.failures.push(...p.failures);
    for (const r of p.skipReasons ?? []) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + r.count);
  }
  return withSkipReasons(out, reasons);
}

/** Modification stamps of the files matching `globs`, taken before a phase runs. */
export type FileSnapshot = Map<string, string>;

/** Records which files match `globs` now, and their size and mtime. */
export async function snapshotFiles(globs: string[], cwd: string): Promise<FileSnapshot> {
  const snapshot: FileSnapshot = new Map();
  if (globs.length === 0) return snapshot;
  for (const file of await glob(globs, { cwd, absolute: true, dot: true })) {
    snapshot.set(file, await stampOf(file));
  }
  return snapshot;
}

/** The test results of the JUnit files read, and one line per file that could not be read. */
export interface JunitReading {
  /** `null` when no file was read. */
  results: TestResults | null;
  problems: string[];
}

/**
 * Reads the JUnit files matching `globs` that are new or changed since `before` (all of them
 * without a snapshot). A file that cannot be read is a problem line, and the others still count:
 * test counts are a detail of the report, which must go out anyway.
 */
export async function readJunitResults(
  globs: string[],
  options: { cwd: string; before?: FileSnapshot },
): Promise<JunitReading> {
  if (globs.length === 0) return { results: null, problems: [] };
  const files: string[] = [];
  for (const file of (await glob(globs, { cwd: options.cwd, absolute: true, dot: true })).sort()) {
    if (options.before?.get(file) === (await stampOf(file).catch(() => ''))) continue;
    files.push(file);
  }
  const parts: TestResults[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      parts.push(parseJunit(await readFile(file, 'utf8'), file));
    } catch (error) {
      problems.push(
        error instanceof InputError
          ? error.message
          : `JUnit file ${file} cannot be read (${describeError(error)})`,
      );
    }
  }
  return { results: parts.length > 0 ? mergeTestResults(parts) : null, problems };
}

async function stampOf(file: string): Promise<string> {
  const s = await stat(file);
  return `${s.size}:${s.mtimeMs}`;
}

function emptyResults(): TestResults {
  return { passed: 0, failed: 0, skipped: 0, failures: [] };
}

/** The skip's reason: its message, else the last line of its text without pytest's `path:line: `. */
function skipReason(skipped: JunitOutcome): string | null {
  const message = attr(skipped.attributes, 'message')?.trim();
  if (message) return message;
  const tail = lines(textOf(skipped)).at(-1);
  return tail === undefined ? null : tail.replace(/^\S+:\d+: /, '');
}

function countCase(testcase: JunitCase, results: TestResults, reasons: Map<string, number>): void {
  const problem = testcase.failure ?? testcase.error;
  // node:test also writes the failure as an attribute of the case; present, even empty, it failed.
  const failedAttr = testcase.attributes.failure !== undefined;
  if (problem !== null || failedAttr) {
    results.failed += 1;
    const failure: TestResults['failures'][number] = {
      name: caseName(testcase),
      file: caseFile(testcase, problem),
      message: failureMessage(problem, testcase),
    };
    const line = caseLine(testcase, problem);
    if (line !== null) failure.line = line;
    results.failures.push(failure);
  } else if (testcase.skipped !== null) {
    results.skipped += 1;
    const reason = skipReason(testcase.skipped);
    if (reason !== null) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  } else {
    results.passed += 1;
  }
}

function caseName(testcase: JunitCase): string {
  const name = attr(testcase.attributes, 'name')?.trim() ?? '(unnamed test)';
  const classname = attr(testcase.attributes, 'classname')?.trim() ?? null;
  // node:test writes classname="test"; Vitest writes the file; jest-junit repeats it in the name.
  if (classname === null || classname === 'test' || looksLikePath(classname) || name.startsWith(classname)) {
    return name;
  }
  return `${classname}.${name}`;
}

function caseFile(testcase: JunitCase, problem: JunitOutcome | null): string | null {
  const file = attr(testcase.attributes, 'file');
  if (file !== null) return file;
  const classname = attr(testcase.attributes, 'classname');
  if (classname !== null && looksLikePath(classname)) return classname;
  // pytest's xunit2 has no file attribute, but its traceback ends with "path/to/test_x.py:12: Error".
  const tail = lines(textOf(problem)).at(-1) ?? '';
  return /^([^\s:]+\.py):\d+: /.exec(tail)?.[1] ?? null;
}

/**
 * The failing line: the XML's `line` attribute, else the test file's line in the failure text
 * (pytest's traceback entries `tests/unit/test_security.py:14: AssertionError`; the last one in the
 * test file is where the test itself failed).
 */
function caseLine(testcase: JunitCase, problem: JunitOutcome | null): number | null {
  const attrLine = Number(attr(testcase.attributes, 'line'));
  if (Number.isInteger(attrLine) && attrLine > 0) return attrLine;
  const file = caseFile(testcase, problem);
  const entries = lines(textOf(problem))
    .map((l) => /^([^\s:]+):(\d+):/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null);
  const own = entries.filter((m) => file !== null && m[1] === file).at(-1) ?? entries.at(-1);
  const line = Number(own?.[2]);
  return Number.isInteger(line) && line > 0 ? line : null;
}

function failureMessage(problem: JunitOutcome | null, testcase: JunitCase): string {
  const body = lines(textOf(problem));
  // node:test's message attribute loses its newlines; its body starts with the real message.
  const nodeTest = /^\[Error \[ERR_TEST_FAILURE\]: (.*)$/.exec(body[0] ?? '');
  if (nodeTest?.[1] !== undefined) return nodeTest[1].trim();
  const message =
    problem === null ? attr(testcase.attributes, 'failure') : attr(problem.attributes, 'message');
  const first = lines(message ?? '')[0] ?? body[0];
  return first ?? 'failed';
}

function looksLikePath(value: string): boolean {
  return /\.(?:[cm]?[jt]sx?|py)$/.test(value) || value.includes('/');
}

function attr(attributes: JunitAttributes, name: string): string | null {
  // saxes' records have no prototype: a name such as `constructor` is only ever an attribute.
  const value = attributes[name];
  return value !== undefined && value !== '' ? value : null;
}

function textOf(outcome: JunitOutcome | null): string {
  return outcome?.text ?? '';
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
