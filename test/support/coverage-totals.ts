import type { CoverageData, Summary } from '../../src/coverage/model.js';
import { sumSummaries, summarizeFile } from '../../src/coverage/summary.js';

/**
 * Totals over all files, with sumSummaries' rules: the oracle the unit tests compare readers and
 * merges with (the product sums rows in build-report.ts, which a test checks against this).
 */
export function summarizeTotals(data: CoverageData): Summary {
  return sumSummaries([...data.files.values()].map(summarizeFile));
}
