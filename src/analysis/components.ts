/**
 * Monorepo components: named groups of files (`api: services/api/** | lines=85, patch=90`), each
 * with its own totals, base deltas, patch coverage and thresholds, in one report. Pure: the
 * `components` input (or the CLI's `--components FILE`) is parsed here, and the groups are computed
 * from the report and the base coverage the pipeline already has.
 *
 * A file belongs to the first component whose globs match it, so the rows add up to the totals;
 * files in no component form the row "other" (which has no thresholds).
 */
import picomatch from 'picomatch';
import type { Threshold } from '../config.js';
import type { Summary } from '../coverage/model.js';
import { percent, sumSummaries } from '../coverage/summary.js';
import { InputError } from '../errors.js';
import { baseSummariesOf, type BaseCoverage } from './base-summaries.js';
import { computeDelta } from './compare.js';
import { evaluateGate, parseFailUnder } from './gate.js';
import type { FullReport, ReportDelta, ReportTotals, ThresholdResult } from './types.js';

/** One configured component. */
export interface ComponentSpec {
  name: string;
  /** Repo-relative globs (picomatch, `dot: true`), as written. */
  globs: string[];
  /** The component's own thresholds (metrics and `patch`); empty for none. */
  thresholds: Threshold[];
}

/** One component in the JSON report (`components.<name>`). */
export interface ComponentResult {
  /** Number of head files in the component. */
  files: number;
  totals: ReportTotals;
  /** Base totals of the component's files, `null` without a base (or when none of them is in it). */
  base: ReportTotals | null;
  delta: ReportDelta | null;
  /** Changed executable lines of the component; `pct` is `null` when unknown or N/A. */
  patch: { covered: number; total: number; pct: number | null } | null;
  /** The component's thresholds under their plain names (`lines`, `patch` …). */
  thresholds: ThresholdResult[];
  passed: boolean;
}

/** Components by name, in input order, then `other` when some file is in none. */
export type ComponentsReport = Record<string, ComponentResult>;

/** The name of the group of files that are in no component. */
export const OTHER_COMPONENT = 'other';

const NAME = /^[A-Za-z0-9@][A-Za-z0-9._@/-]{0,63}$/;
const EXAMPLE = "'api: services/api/** | lines=85, patch=90'";

/**
 * Parses the `components` input: one component per line, `name: glob, glob | thresholds`; blank
 * lines and `#` comments are skipped. Throws one InputError naming the line and the fix.
 */
export function parseComponents(text: string, inputName: string): ComponentSpec[] {
  const specs: ComponentSpec[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const where = `${inputName} line ${index + 1} '${line}'`;
    const colon = line.indexOf(':');
    if (colon <= 0)
      throw new InputError(`${where} has no 'name:'; write one component per line, e.g. ${EXAMPLE}`);
    const name = line.slice(0, colon).trim();
    if (!NAME.test(name)) {
      throw new InputError(
        `${where}: '${name}' is not a component name; use up to 64 letters, digits, '.', '_', '-', '/' or '@'`,
      );
    }
    if (name === OTHER_COMPONENT) {
      throw new InputError(
        `${where}: '${OTHER_COMPONENT}' is the group of files in no component; pick another name`,
      );
    }
    if (specs.some((s) => s.name === name))
      throw new InputError(`${where}: '${name}' is given twice; keep one`);
    const [globText = '', spec = '', ...extra] = line.slice(colon + 1).split('|');
    if (extra.length > 0) throw new InputError(`${where} has more than one '|'; write ${EXAMPLE}`);
    const globs = globText
      .split(',')
      .map((g) => g.trim().replace(/^\.\//, ''))
      .filter((g) => g !== '');
    if (globs.length === 0) throw new InputError(`${where} has no globs after 'name:'; write ${EXAMPLE}`);
    specs.push({ name, globs, thresholds: parseFailUnder(spec, `${inputName} (${name})`) });
  }
  return specs;
}

/** Which component each path belongs to: the first whose globs match, else `other`. */
function makeAssigner(specs: readonly ComponentSpec[]): (path: string) => string {
  const matchers = specs.map((s) => ({ name: s.name, match: picomatch(s.globs, { dot: true }) }));
  return (path) => matchers.find((m) => m.match(path))?.name ?? OTHER_COMPONENT;
}

function groupSummaries(
  entries: Iterable<[string, Summary]>,
  assign: (path: string) => string,
): Map<string, Summary[]> {
  const groups = new Map<string, Summary[]>();
  for (const [path, summary] of entries) {
    const name = assign(path);
    const list = groups.get(name);
    if (list === undefined) groups.set(name, [summary]);
    else list.push(summary);
  }
  return groups;
}

function componentPatch(
  report: FullReport,
  name: string,
  assign: (path: string) => string,
): ComponentResult['patch'] {
  if (report.patch === null) return null;
  let covered = 0;
  let total = 0;
  for (const f of report.patch.files) {
    if (assign(f.path) !== name) continue;
    covered += f.covered;
    total += f.total;
  }
  // Unknown for the whole diff (a partial diff) is unknown for every part of it.
  const pct = report.patch.pct === null || total === 0 ? null : percent(covered, total);
  return { covered, total, pct };
}

/**
 * Computes every component of `report` (head files) against `base`. Throws an InputError when a
 * component's globs match no head file — like an include that leaves nothing, it is a typo.
 */
function evaluateComponents(
  specs: readonly ComponentSpec[],
  report: FullReport,
  base: BaseCoverage | null,
  inputName: string,
): ComponentsReport {
  const assign = makeAssigner(specs);
  const head = groupSummaries(
    report.files.map((f) => [f.path, f] as [string, Summary]),
    assign,
  );
  const baseGroups = base === null ? null : groupSummaries(baseSummariesOf(base).entries(), assign);
  const out: ComponentsReport = {};
  const groups = [
    ...specs,
    ...(head.has(OTHER_COMPONENT) ? [{ name: OTHER_COMPONENT, globs: [], thresholds: [] }] : []),
  ];
  for (const spec of groups) {
    const files = head.get(spec.name);
    if (files === undefined) {
      const sample = report.files[0]?.path;
      throw new InputError(
        `Invalid ${inputName}: component '${spec.name}' (${spec.globs.join(', ')}) matches no file of the coverage report; ` +
          `fix its globs (they match repo-relative paths${sample === undefined ? '' : ` such as '${sample}'`})`,
      );
    }
    const totals = sumSummaries(files);
    const baseFiles = baseGroups?.get(spec.name);
    const baseTotals = baseFiles === undefined ? null : sumSummaries(baseFiles);
    const delta = baseTotals === null ? null : computeDelta(totals, baseTotals);
    const patch = componentPatch(report, spec.name, assign);
    const thresholds = evaluateGate({
      totals,
      files: [],
      base: baseTotals,
      delta,
      patch: patch === null ? null : { ...patch, files: [] },
      thresholds: spec.thresholds,
    });
    out[spec.name] = {
      files: files.length,
      totals,
      base: baseTotals,
      delta,
      patch,
      thresholds,
      passed: thresholds.every((t) => t.ok),
    };
  }
  return out;
}

/** The name a component threshold has in the report's thresholds and in failure messages. */
export function componentThresholdName(component: string, threshold: string): string {
  return `component ${component}: ${threshold}`;
}

/**
 * The report with its components: `components` added, each component's thresholds added to the
 * report's under {@link componentThresholdName}, and `passed` decided over all of them. The report
 * is returned unchanged when no component is configured.
 */
export function applyComponents(
  report: FullReport,
  specs: readonly ComponentSpec[],
  base: BaseCoverage | null,
  inputName: string,
): FullReport {
  if (specs.length === 0) return report;
  const components = evaluateComponents(specs, report, base, inputName);
  const extra = Object.entries(components).flatMap(([name, c]) =>
    c.thresholds.map((t) => ({ ...t, name: componentThresholdName(name, t.name) })),
  );
  const thresholds = [...report.thresholds, ...extra];
  return { ...report, components, thresholds, passed: thresholds.every((t) => t.ok) };
}
