/**
 * `covgate report`: the action's analysis offline. Reads coverage reports, an optional base (any
 * report or a covgate baseline) and an optional diff; prints the JSON report, the PR comment's
 * Markdown or a term-missing table. Exit 0 thresholds hold, 1 one failed, 2 bad input (one line on
 * stderr, `covgate: <message>`, never a stack trace).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport } from './analysis/build-report.js';
import { parseCommandLine, USAGE, type Format, type ReportArgs } from './cli-args.js';
import { applyComponents, parseComponents } from './analysis/components.js';
import type { FullReport } from './analysis/types.js';
import { filterCoverage, filterReport } from './coverage/filter.js';
import type { CoverageData } from './coverage/model.js';
import { loadCoverage, parseReportFile, readTextFile } from './coverage/read.js';
import { deserializeCoverage } from './coverage/serialize.js';
import type { ChangeSet } from './diff/model.js';
import { parseUnifiedDiff } from './diff/parse.js';
import { InputError, describeError } from './errors.js';
import { writeHtmlReport } from './html/write-report.js';
import { coverageOf, parseBaseline } from './github/baseline-store.js';
import type { RenderContext } from './report/context.js';
import { neutraliseJsonForLog, neutraliseWorkflowCommands } from './report/escape.js';
import { jsonPieces } from './report/json-stream.js';
import { renderComment } from './report/markdown.js';
import { lineBatches, textLines, writeInTurns } from './report/text.js';

async function readInputFile(path: string, cwd: string, flag: string): Promise<string> {
  try {
    return await readTextFile(resolve(cwd, path));
  } catch (error) {
    const why = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : describeError(error);
    throw new InputError(`${flag}: cannot read '${path}' (${why}); check the path`);
  }
}

/** A covgate baseline JSON (as the action stores it), its bare stored coverage, or null. */
function readStoredCoverage(text: string, source: string): { data: CoverageData; sha: string | null } | null {
  if (!text.trimStart().startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // not JSON: the report readers give the precise error
  }
  const v = value as Record<string, unknown>;
  if ('coverage' in v && 'sha' in v) {
    try {
      const baseline = parseBaseline(value, source);
      return { data: coverageOf(baseline, source), sha: baseline.sha };
    } catch (error) {
      throw new InputError(describeError(error));
    }
  }
  if ('version' in v && Array.isArray(v.files) && 'formats' in v) {
    return { data: deserializeCoverage(value, source), sha: null };
  }
  return null;
}

/** Head and base coverage (filtered), the base's commit when a baseline says, and the diff. */
interface Loaded {
  head: CoverageData;
  base: CoverageData | null;
  baseSha: string | null;
  changes: ChangeSet | null;
}

async function loadInputs(args: ReportArgs, cwd: string, warn: (m: string) => void): Promise<Loaded> {
  const head = await loadCoverage(args.coverage, { cwd, root: args.root, inputName: '--coverage' });
  for (const note of head.notes) warn(`note: ${note}`);
  if (head.dropped.length > 0) {
    warn(
      `warning: ${head.dropped.length} file(s) outside --root ${args.root} were dropped (e.g. ${head.dropped[0]})`,
    );
  }
  let base: CoverageData | null = null;
  let baseSha: string | null = null;
  if (args.base !== undefined) {
    const text = await readInputFile(args.base, cwd, '--base');
    const stored = readStoredCoverage(text, `--base ${args.base}`);
    base = stored?.data ?? parseReportFile(text, resolve(cwd, args.base), { cwd, root: args.root }).data;
    baseSha = stored?.sha ?? null;
  }
  let changes: ChangeSet | null = null;
  if (args.diff !== undefined) {
    const text = await readInputFile(args.diff, cwd, '--diff');
    try {
      changes = parseUnifiedDiff(text, 'file');
    } catch (error) {
      throw new InputError(
        `--diff ${args.diff}: ${describeError(error)}; give the output of 'git diff BASE...HEAD'`,
      );
    }
  }
  const filter = (data: CoverageData): CoverageData => filterCoverage(data, args.include, args.exclude);
  const filtered = filterReport(head.data, args.include, args.exclude, {
    include: '--include',
    exclude: '--exclude',
  });
  for (const warning of filtered.warnings) warn(`warning: ${warning}`);
  return { head: filtered.data, base: base === null ? null : filter(base), baseSha, changes };
}

function renderContext(loaded: Loaded): RenderContext {
  return {
    commentId: 'covgate',
    repoUrl: null,
    phases: [],
    provenance: {
      headSha: null,
      baseSha: null,
      baselineSha: loaded.baseSha,
      // A base the user named is the one they mean to compare with.
      baselineExact: loaded.base !== null,
      baselineSource: loaded.base === null ? 'none' : 'file',
      note: null,
    },
    errors: [],
    summaryUrl: null,
  };
}

/** The report in `format`: JSON and text in pieces ({@link writeInTurns}), never one string. */
async function render(
  report: FullReport,
  format: Format,
  loaded: Loaded,
  out: (s: string) => void,
): Promise<void> {
  if (format === 'markdown') out(renderComment(report, renderContext(loaded)) + '\n');
  else if (format === 'json') await writeInTurns(jsonPieces(report), out);
  else await writeInTurns(lineBatches(textLines(report, loaded.head)), (piece) => out(`${piece}\n`));
}

/** The version in the covgate package.json above the bundle (dist/cli/index.js -> ../../). */
function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'covgate' && pkg.version !== undefined) return pkg.version;
    } catch {
      // no package.json here (or dist/package.json without a name): look further up
    }
  }
  return 'unknown';
}

/** `--html DIR`: writes the HTML report and says where; a directory it cannot write is bad input. */
async function writeHtml(
  dir: string,
  run: { loaded: Loaded; report: FullReport; root: string },
  err: (s: string) => void,
): Promise<void> {
  try {
    const html = await writeHtmlReport({
      head: run.loaded.head,
      report: run.report,
      changes: run.loaded.changes,
      sourceRoot: run.root,
      outDir: dir,
      title: 'covgate',
      headSha: null,
    });
    err(`covgate: HTML report written to ${html.indexFile}\n`);
  } catch (error) {
    throw new InputError(
      `--html: cannot write the report to '${dir}' (${describeError(error)}); give a writable directory`,
    );
  }
}

/** Runs the CLI; returns the exit code. Writes the report to `out` and problems to `err`. */
export async function runCli(
  argv: string[],
  cwd: string,
  rawOut: (s: string) => void,
  rawErr: (s: string) => void,
): Promise<number> {
  // Everything printed comes from files the CLI read: in a CI log it must not issue workflow commands.
  const out = (s: string, format?: string): void =>
    rawOut(format === 'json' ? neutraliseJsonForLog(s) : neutraliseWorkflowCommands(s));
  const err = (s: string): void => rawErr(neutraliseWorkflowCommands(s));
  try {
    const parsed = parseCommandLine(argv, cwd);
    if (parsed.kind !== 'report') {
      out(parsed.kind === 'help' ? USAGE : `${readVersion()}\n`);
      return 0;
    }
    const { args } = parsed;
    const loaded = await loadInputs(args, cwd, (m) => err(`covgate: ${m}\n`));
    const components =
      args.components === undefined
        ? []
        : parseComponents(
            await readInputFile(args.components, cwd, '--components'),
            `--components ${args.components}`,
          );
    const built = buildReport({
      head: loaded.head,
      base: loaded.base,
      changes: loaded.changes,
      thresholds: args.thresholds,
      failUnderFile: args.failUnderFile,
      maxDrop: args.maxDrop,
    });
    const report = applyComponents(built, components, loaded.base, '--components');
    if (args.html !== undefined) await writeHtml(args.html, { loaded, report, root: args.root }, err);
    await render(report, args.format, loaded, (s) => out(s, args.format));
    return report.passed ? 0 : 1;
  } catch (error) {
    const prefix = error instanceof InputError ? '' : 'unexpected error: ';
    err(`covgate: ${prefix}${describeError(error)}\n`);
    return 2;
  }
}
