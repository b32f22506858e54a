import type { CoverageData, Summary } from '../../src/coverage/model.js';
import { sumSummaries, summarizeFile } from '../../src/coverage/summary.js';

/**
 * Totals over all files, with sumSummaries' rules: the oracle the unit tests compare readers and
 * merges with (the product sums rows in build-report.ts, which a test checks against this).
 */
export function summarizeTotals(data: CoverageData): Summary {
  return sumSummaries([...data.files.values()].map(summarizeFile));
}

/**
 * `data` with each file's line hits as a Map in line order, to compare models whatever line store
 * their readers used (a stored baseline reads them back as the compact LineHits).
 */
export function withLineMaps(data: CoverageData): CoverageData {
  const files = new Map(
    [...data.files].map(([path, f]) => [
      path,
      { ...f, lines: new Map([...f.lines].sort((a, b) => a[0] - b[0])) },
    ]),
  );
  return { ...data, files };
}
