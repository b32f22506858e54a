/**
 * Reads the JSON report of an earlier run for `mode: publish`. In the fork-safe workflow_run set-up
 * that file was produced by a PR's code, so it is untrusted data: every field the renderers touch is
 * checked for its type here, and anything else is rejected with one line naming the file and field.
 * (Markdown escaping of its strings is the renderers' job, as for any PR-provided text.)
 */
import type { ComponentsReport } from './analysis/components.js';
import type { FullReport } from './analysis/types.js';
import type { Counts } from './coverage/model.js';
import type { PartialLine } from './coverage/summary.js';
import { InputError } from './errors.js';
import type { PhaseResult, Provenance, TestResults } from './report/context.js';

/** A report file larger than this is not one covgate wrote. */
export const REPORT_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** What a published report carries besides the JSON report itself. */
export interface PublishedContext {
  phases: PhaseResult[];
  provenance: Provenance | null;
  errors: string[];
}

type Check<T> = (value: unknown, at: string) => T;

class ShapeError extends Error {}

const fail = (at: string, expected: string): never => {
  throw new ShapeError(`${at} should be ${expected}`);
};
const str: Check<string> = (v, at) => (typeof v === 'string' ? v : fail(at, 'a string'));
const num: Check<number> = (v, at) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'a number');
const bool: Check<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'true or false'));
const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, at) =>
    v === null || v === undefined ? null : check(v, at);
const list =
  <T>(check: Check<T>): Check<T[]> =>
  (v, at) =>
    Array.isArray(v) ? v.map((item, i) => check(item, `${at}[${i}]`)) : fail(at, 'a list');
const record = (v: unknown, at: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : fail(at, 'an object');
const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v, at) =>
    values.includes(v as T) ? (v as T) : fail(at, `one of ${values.join(', ')}`);

const counts: Check<Counts> = (v, at) => {
  const o = record(v, at);
  return {
    covered: num(o.covered, `${at}.covered`),
    total: num(o.total, `${at}.total`),
    pct: num(o.pct, `${at}.pct`),
  };
};
const totals = (v: unknown, at: string): FullReport['totals'] => {
  const o = record(v, at);
  const out: FullReport['totals'] = {
    lines: counts(o.lines, `${at}.lines`),
    statements: nullable(counts)(o.statements, `${at}.statements`),
    functions: nullable(counts)(o.functions, `${at}.functions`),
    branches: nullable(counts)(o.branches, `${at}.branches`),
  };
  // Reports written before `total` existed have none.
  if (o.total !== undefined) out.total = nullable(counts)(o.total, `${at}.total`);
  return out;
};
/** `partialLines` when the report has them (optional: older reports lack them). */
const partialLines = (v: unknown, at: string): { partialLines?: PartialLine[] } =>
  v === undefined
    ? {}
    : {
        partialLines: list((p, pat): PartialLine => {
          const r = record(p, pat);
          const line: PartialLine = {
            line: num(r.line, `${pat}.line`),
            taken: num(r.taken, `${pat}.taken`),
            total: num(r.total, `${pat}.total`),
          };
          if (r.missing !== undefined) line.missing = list(str)(r.missing, `${pat}.missing`);
          if (r.untaken !== undefined) line.untaken = list(num)(r.untaken, `${pat}.untaken`);
          return line;
        })(v, at),
      };
const delta = (v: unknown, at: string): NonNullable<FullReport['delta']> => {
  const o = record(v, at);
  const n = nullable(num);
  return {
    lines: n(o.lines, `${at}.lines`),
    statements: n(o.statements, `${at}.statements`),
    functions: n(o.functions, `${at}.functions`),
    branches: n(o.branches, `${at}.branches`),
  };
};
// Line numbers index a file: a fractional, negative or unsafe one cannot come from a coverage tool.
const lineNumber: Check<number> = (v, at) =>
  Number.isSafeInteger(v) && (v as number) >= 1
    ? (v as number)
    : fail(at, 'a line number (a whole number from 1)');
const lineList = list(lineNumber);
const thresholdList = list((t, at) => {
  const r = record(t, at);
  return {
    name: str(r.name, `${at}.name`),
    required: num(r.required, `${at}.required`),
    actual: nullable(num)(r.actual, `${at}.actual`),
    ok: bool(r.ok, `${at}.ok`),
    ...(r.note === undefined ? {} : { note: str(r.note, `${at}.note`) }),
    ...(r.suggested === undefined ? {} : { suggested: num(r.suggested, `${at}.suggested`) }),
  };
});

/** `components` (monorepo components), so a published report renders its components table too. */
const components = (v: unknown, at: string): ComponentsReport => {
  const out: ComponentsReport = {};
  for (const [name, value] of Object.entries(record(v, at))) {
    const c = record(value, `${at}.${name}`);
    const where = `${at}.${name}`;
    const patch = nullable((p, pat) => {
      const r = record(p, pat);
      return {
        covered: num(r.covered, `${pat}.covered`),
        total: num(r.total, `${pat}.total`),
        pct: nullable(num)(r.pct, `${pat}.pct`),
      };
    })(c.patch, `${where}.patch`);
    out[name] = {
      files: num(c.files, `${where}.files`),
      totals: totals(c.totals, `${where}.totals`),
      base: nullable(totals)(c.base, `${where}.base`),
      delta: nullable(delta)(c.delta, `${where}.delta`),
      patch,
      thresholds: thresholdList(c.thresholds, `${where}.thresholds`),
      passed: bool(c.passed, `${where}.passed`),
    };
  }
  return out;
};

function readReport(o: Record<string, unknown>): FullReport {
  const patch = nullable((v, at) => {
    const p = record(v, at);
    return {
      covered: num(p.covered, `${at}.covered`),
      total: num(p.total, `${at}.total`),
      pct: nullable(num)(p.pct, `${at}.pct`),
      files: list((f, fat) => {
        const r = record(f, fat);
        return {
          path: str(r.path, `${fat}.path`),
          covered: num(r.covered, `${fat}.covered`),
          total: num(r.total, `${fat}.total`),
          uncoveredLines: lineList(r.uncoveredLines, `${fat}.uncoveredLines`),
          ...partialLines(r.partialLines, `${fat}.partialLines`),
        };
      })(p.files, `${at}.files`),
    };
  })(o.patch, 'patch');
  return {
    totals: totals(o.totals, 'totals'),
    files: list((f, at) => {
      const r = record(f, at);
      return {
        path: str(r.path, `${at}.path`),
        ...totals(r, at),
        missingLines: lineList(r.missingLines, `${at}.missingLines`),
        ...partialLines(r.partialLines, `${at}.partialLines`),
      };
    })(o.files, 'files'),
    base: nullable((v, at) => ({ totals: totals(record(v, at).totals, `${at}.totals`) }))(o.base, 'base'),
    delta: nullable(delta)(o.delta, 'delta'),
    patch,
    thresholds: thresholdList(o.thresholds, 'thresholds'),
    passed: bool(o.passed, 'passed'),
    fileChanges: list((f, at) => {
      const r = record(f, at);
      return {
        path: str(r.path, `${at}.path`),
        kind: oneOf(['added', 'removed', 'changed', 'indirect'] as const)(r.kind, `${at}.kind`),
        base: nullable(totals)(r.base, `${at}.base`),
        head: nullable(totals)(r.head, `${at}.head`),
        delta: delta(r.delta, `${at}.delta`),
      };
    })(o.fileChanges ?? [], 'fileChanges'),
    patchBranches: nullable(counts)(o.patchBranches, 'patchBranches'),
    patchNote: nullable(str)(o.patchNote, 'patchNote'),
    ...(o.components === undefined || o.components === null
      ? {}
      : { components: components(o.components, 'components') }),
    ...(o.producer === undefined
      ? {}
      : { producer: oneOf(['coverage.py'] as const)(o.producer, 'producer') }),
  };
}

const tests: Check<TestResults> = (v, at) => {
  const o = record(v, at);
  return {
    passed: num(o.passed, `${at}.passed`),
    failed: num(o.failed, `${at}.failed`),
    skipped: num(o.skipped, `${at}.skipped`),
    failures: list((f, fat) => {
      const r = record(f, fat);
      return {
        name: str(r.name, `${fat}.name`),
        file: nullable(str)(r.file, `${fat}.file`),
        message: str(r.message, `${fat}.message`),
        ...(r.line === undefined ? {} : { line: num(r.line, `${fat}.line`) }),
      };
    })(o.failures, `${at}.failures`),
    ...(o.skipReasons === undefined
      ? {}
      : {
          skipReasons: list((k, kat) => {
            const r = record(k, kat);
            return { reason: str(r.reason, `${kat}.reason`), count: num(r.count, `${kat}.count`) };
          })(o.skipReasons, `${at}.skipReasons`),
        }),
  };
};

const phaseList = list((p, at): PhaseResult => {
  const r = record(p, at);
  const shard = nullable(str)(r.shard, `${at}.shard`);
  return {
    name: oneOf(['unit', 'full', 'rest'] as const)(r.name, `${at}.name`),
    command: str(r.command, `${at}.command`),
    exitCode: nullable(num)(r.exitCode, `${at}.exitCode`),
    signal: nullable(str)(r.signal, `${at}.signal`),
    timedOut: bool(r.timedOut, `${at}.timedOut`),
    skipped: bool(r.skipped, `${at}.skipped`),
    durationMs: num(r.durationMs, `${at}.durationMs`),
    tests: nullable(tests)(r.tests, `${at}.tests`),
    ...(shard === null ? {} : { shard }),
  };
});

/**
 * Validates a list of phase results written by another covgate run (a report or a shard file);
 * returns the message of the first bad field (`<at>[1].exitCode should be a number`) or the list.
 */
export function checkPhaseList(value: unknown, at: string): PhaseResult[] | string {
  try {
    return phaseList(value, at);
  } catch (error) {
    if (error instanceof ShapeError) return error.message;
    throw error;
  }
}

function readContext(v: unknown): PublishedContext {
  if (v === undefined || v === null) return { phases: [], provenance: null, errors: [] };
  const o = record(v, 'context');
  const phases = phaseList(o.phases ?? [], 'context.phases');
  const provenance = nullable((p, at): Provenance => {
    const r = record(p, at);
    return {
      headSha: nullable(str)(r.headSha, `${at}.headSha`),
      baseSha: nullable(str)(r.baseSha, `${at}.baseSha`),
      baselineSha: nullable(str)(r.baselineSha, `${at}.baselineSha`),
      baselineExact: bool(r.baselineExact, `${at}.baselineExact`),
      baselineSource: oneOf(['cache', 'file', 'none'] as const)(r.baselineSource, `${at}.baselineSource`),
      note: nullable(str)(r.note, `${at}.note`),
    };
  })(o.provenance, 'context.provenance');
  return { phases, provenance, errors: list(str)(o.errors ?? [], 'context.errors') };
}

/** Parses and validates report-file text; throws InputError naming the file and the bad field. */
export function parsePublishedReport(
  text: string,
  source: string,
): { report: FullReport; context: PublishedContext } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `report-file ${source} is not JSON (${(error as Error).message}); give the report-json file of the run`,
    );
  }
  try {
    const o = record(value, 'the report');
    return { report: readReport(o), context: readContext(o.context) };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new InputError(`report-file ${source} is not a covgate report: ${error.message}`);
  }
}
