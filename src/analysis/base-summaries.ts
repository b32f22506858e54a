/**
 * The base as the analysis uses it: each file's four counts by path, without line data. The
 * comparison with a base needs nothing else (totals, per-file deltas, components), and the base's
 * whole coverage model next to the head's was the peak of a million-file pull request (~250 MB).
 * Here a file costs its path, an index entry and eight numbers. Pure.
 */
import { METRICS, type Counts, type CoverageData, type Summary } from '../coverage/model.js';
import { makeCounts, summarizeFile } from '../coverage/summary.js';

/** covered and total of each metric, in METRICS order; NaN where the file lacks the metric. */
const SLOTS = 2 * METRICS.length;

/** Per-file summaries of a base report, by repo-relative path, in the report's order. */
export class BaseSummaries {
  private constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly counts: Float64Array,
  ) {}

  /** The summaries of every file of `data` (its coverage model can then be let go). */
  static of(data: CoverageData): BaseSummaries {
    const index = new Map<string, number>();
    const counts = new Float64Array(data.files.size * SLOTS);
    let at = 0;
    for (const [path, file] of data.files) {
      const summary = summarizeFile(file);
      METRICS.forEach((metric, k) => {
        const c = summary[metric];
        counts[at * SLOTS + 2 * k] = c === null ? NaN : c.covered;
        counts[at * SLOTS + 2 * k + 1] = c === null ? NaN : c.total;
      });
      index.set(path, at++);
    }
    return new BaseSummaries(index, counts);
  }

  get size(): number {
    return this.index.size;
  }

  has(path: string): boolean {
    return this.index.has(path);
  }

  /** The file's summary (made anew on each call), or undefined when the base lacks the file. */
  get(path: string): Summary | undefined {
    const at = this.index.get(path);
    return at === undefined ? undefined : this.summaryAt(at);
  }

  keys(): Iterable<string> {
    return this.index.keys();
  }

  *values(): Generator<Summary> {
    for (const at of this.index.values()) yield this.summaryAt(at);
  }

  *entries(): Generator<[string, Summary]> {
    for (const [path, at] of this.index) yield [path, this.summaryAt(at)];
  }

  private summaryAt(at: number): Summary {
    const metric = (k: number): Counts | null => {
      const covered = this.counts[at * SLOTS + 2 * k] ?? NaN;
      const total = this.counts[at * SLOTS + 2 * k + 1] ?? NaN;
      return Number.isNaN(covered) ? null : makeCounts(covered, total);
    };
    return {
      lines: metric(0) ?? makeCounts(0, 0),
      statements: metric(1),
      functions: metric(2),
      branches: metric(3),
    };
  }
}

/** A base as the analysis takes it: a coverage model, or its summaries already made. */
export type BaseCoverage = CoverageData | BaseSummaries;

/** The summaries of `base` (made once here when it is a coverage model). */
export function baseSummariesOf(base: BaseCoverage): BaseSummaries {
  return base instanceof BaseSummaries ? base : BaseSummaries.of(base);
}
