/**
 * Step 5b of the pipeline: the base a run is compared with — `base-coverage`, else the baseline
 * stored for the pull request's base branch — and what is known of where it came from.
 */
import type { ActionIo } from './action-io.js';
import { BaseSummaries } from './analysis/base-summaries.js';
import type { Config } from './config.js';
import { Inputs } from './constants.js';
import { filterCoverage } from './coverage/filter.js';
import type { CoverageData } from './coverage/model.js';
import { readReportFile } from './coverage/read.js';
import { InputError } from './errors.js';
import { coverageOf, type BaselineStore } from './github/baseline-store.js';
import type { Provenance } from './report/context.js';

/** What is known of the commits before any baseline is looked at. */
export function emptyProvenance(config: Config): Provenance {
  return {
    headSha: config.event.headSha || null,
    baseSha: config.event.baseSha ?? null,
    baselineSha: null,
    baselineExact: false,
    baselineSource: 'none',
    note: null,
  };
}

/**
 * Step 5b: the base — `base-coverage`, else the stored baseline of the PR's base. A base that cannot
 * be read or mapped onto this checkout is no reason to fail the run: it becomes "no baseline" with
 * one warning naming why.
 */
export async function restoreBase(
  config: Config,
  io: ActionIo,
  store: BaselineStore,
): Promise<{ data: BaseSummaries | null; provenance: Provenance }> {
  try {
    const base = await readBase(config, store);
    // Only the base's per-file counts are compared: its coverage model is let go here.
    return { ...base, data: base.data === null ? null : BaseSummaries.of(base.data) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.warning(`covgate: no baseline to compare with: ${error.message}`);
    return {
      data: null,
      provenance: { ...emptyProvenance(config), note: `no baseline: ${error.message}` },
    };
  }
}

async function readBase(
  config: Config,
  store: BaselineStore,
): Promise<{ data: CoverageData | null; provenance: Provenance }> {
  const { event } = config;
  const provenance = emptyProvenance(config);
  if (config.baseCoverage !== undefined) {
    // With the existence check, paths of another checkout map onto this one (longest existing tail).
    // Read like coverage-files: lcov in chunks and istanbul JSON by entry, never as one big string.
    const parsed = await readReportFile(
      config.baseCoverage,
      { cwd: config.workingDirectory, root: config.repoRoot },
      Inputs.BaseCoverage,
    );
    const data = filterCoverage(parsed.data, config.include, config.exclude);
    return { data, provenance: { ...provenance, baselineSource: 'file', baselineExact: true } };
  }
  if (event.pullNumber === undefined || event.baseRef === undefined) {
    return { data: null, provenance: { ...provenance, note: 'no baseline: not a pull request' } };
  }
  const restored = await store.restore({
    commentId: config.commentId,
    branch: event.baseRef,
    sha: event.baseSha,
  });
  if (restored.baseline === null) return { data: null, provenance: { ...provenance, note: restored.reason } };
  const b = restored.baseline;
  const data = filterCoverage(coverageOf(b, `baseline of ${b.sha}`), config.include, config.exclude);
  const note = restored.exact
    ? null
    : `compared with the newest baseline of ${b.branch} (commit ${b.sha.slice(0, 7)}), not the exact base ${event.baseSha?.slice(0, 7) ?? ''}`;
  return {
    data,
    provenance: {
      ...provenance,
      baselineSha: b.sha,
      baselineExact: restored.exact,
      baselineSource: 'cache',
      note,
    },
  };
}
