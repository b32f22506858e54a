/**
 * The one-line reason a gate failed, for the step's error (`::error::`) and the CLI. It names each
 * failed threshold with its numbers and, so that nobody has to open the comment to start fixing,
 * where the uncovered code is: the files with the most uncovered (changed) lines and those lines.
 */
import { compareText } from '../coverage/paths.js';
import type { FullReport, ReportFile, ThresholdResult } from '../analysis/types.js';
import { METRICS, type MetricName } from '../coverage/model.js';
import { formatRange, toLineRanges } from './format.js';

/** How many files the message names before "and N more". */
const FILES_NAMED = 3;
/** How many line ranges per file before "…". */
const RANGES_PER_FILE = 4;
const METRIC_NAMES: ReadonlySet<string> = new Set(METRICS);

function describeThreshold(t: ThresholdResult): string {
  if (t.name === 'max-drop') {
    const drop = t.actual === null ? 'unknown' : `${t.actual} points`;
    return `line coverage dropped ${drop} (allowed at most ${t.required} points)`;
  }
  const actual = t.actual === null ? 'unknown' : `${t.actual}%`;
  const note = t.note === undefined ? '' : ` — ${t.note}`;
  return `${t.name} ${actual} (required ${t.required}%)${note}`;
}

function shortRanges(lines: number[]): string {
  const ranges = toLineRanges(lines).map(formatRange);
  return ranges.length > RANGES_PER_FILE
    ? `${ranges.slice(0, RANGES_PER_FILE).join(', ')}, …`
    : ranges.join(', ');
}

interface FileMisses {
  path: string;
  lines: number[];
  /** Rank: higher first; defaults to the number of lines. */
  weight?: number;
}

function describeFiles(entries: FileMisses[], what: string): string {
  const weight = (e: FileMisses): number => e.weight ?? e.lines.length;
  const worst = entries
    .filter((e) => e.lines.length > 0)
    .sort((a, b) => weight(b) - weight(a) || compareText(a.path, b.path));
  if (worst.length === 0) return '';
  const named = worst.slice(0, FILES_NAMED).map((e) => `${e.path} (${shortRanges(e.lines)})`);
  const more = worst.length > FILES_NAMED ? ` and ${worst.length - FILES_NAMED} more files` : '';
  return ` — ${what}: ${named.join('; ')}${more}`;
}

/** The failure line, or `null` when the report passed. */
export function describeGateFailure(report: FullReport): string | null {
  if (report.passed) return null;
  const failed = report.thresholds.filter((t) => !t.ok);
  if (failed.length === 0) return 'coverage gate failed: the report did not pass';
  const reasons = failed.map(describeThreshold).join('; ');
  const patchFailed = failed.some((t) => t.name === 'patch');
  const totalsFailed = failed.some((t) => t.name !== 'patch');
  let where = '';
  if (patchFailed && report.patch !== null) {
    where += describeFiles(
      report.patch.files.map((f) => ({ path: f.path, lines: f.uncoveredLines })),
      'uncovered changed lines',
    );
  }
  if (totalsFailed) {
    const perFile = failed.filter((t) => t.name.startsWith('file:')).map((t) => t.name.slice(5));
    const files = perFile.length > 0 ? report.files.filter((f) => perFile.includes(f.path)) : report.files;
    // Rank files by what the failed metric misses most (uncovered branches for `branches=`), then
    // show their uncovered lines, which is where the missing tests go.
    const metric = failed.find((t) => METRIC_NAMES.has(t.name))?.name as MetricName | undefined;
    const missed = (f: ReportFile): number => {
      const counts = metric === undefined ? f.lines : (f[metric] ?? f.lines);
      return counts.total - counts.covered;
    };
    where += describeFiles(
      files
        .filter((f) => missed(f) > 0)
        .map((f) => ({ path: f.path, lines: f.missingLines, weight: missed(f) })),
      'most uncovered lines',
    );
  }
  return `coverage gate failed: ${reasons}${where}`;
}
