/**
 * Merges the shards of one matrix into what `mode: run` would have had after its phases: one
 * coverage (hit counts added, so shards of one suite give exactly the numbers of one unsharded
 * run), every shard's phases, and the reasons the verdict must fail — a missing shard, a failed
 * shard, a shard of another commit. Pure.
 */
import { addFileCoverage, toCoverageData } from '../coverage/merge.js';
import type { CoverageData, CoverageFormat, FileCoverage } from '../coverage/model.js';
import type { PhaseResult } from '../report/context.js';
import type { Shard } from './shard-file.js';

/** One shard in the JSON report (`shards`). */
export interface ShardSummary {
  name: string;
  headSha: string;
  /** Files in the shard's coverage (0 when it has none). */
  files: number;
  passed: boolean;
  failures: string[];
}

/** The merge of the shards. */
export interface MergedShards {
  /** The merged coverage, `null` when no shard has any. */
  coverage: CoverageData | null;
  /** Every shard's phases, by shard name, each labelled with its shard. */
  phases: PhaseResult[];
  /** Why the verdict fails, one line each; empty when every expected shard passed. */
  failures: string[];
  /**
   * True when the coverage is partial (a shard missing, stopped early or of another commit): its
   * thresholds would only add noise to the reason, as after a failed unit phase in `mode: run`.
   */
  partial: boolean;
  shards: ShardSummary[];
}

function shortSha(sha: string): string {
  return sha === '' ? '(unknown commit)' : sha.slice(0, 12);
}

/** A shard after its coverage went into the merge: what the verdict still needs of it. */
type ShardInfo = Omit<Shard, 'coverage'> & { files: number; hasCoverage: boolean };

/**
 * Merges shards one at a time, so only the running total and one shard are in memory however many
 * legs the matrix has: `add` each shard as it is read, then `finish`.
 */
export interface ShardMerger {
  add(shard: Shard): void;
  /**
   * The merge. `expected` is `shard-count`; `headSha` the commit of the merge job (a shard of
   * another commit is stale, e.g. an artifact of an earlier attempt), '' when unknown.
   */
  finish(expected: number, headSha: string): MergedShards;
}

/** A new, empty merger. */
export function createShardMerger(): ShardMerger {
  const files = new Map<string, FileCoverage>();
  const formats: CoverageFormat[] = [];
  const infos: ShardInfo[] = [];
  return {
    add(shard) {
      const { coverage, ...info } = shard;
      if (coverage !== null) {
        formats.push(...coverage.formats);
        for (const file of coverage.files.values()) addFileCoverage(files, file);
      }
      infos.push({ ...info, files: coverage?.files.size ?? 0, hasCoverage: coverage !== null });
    },
    finish(expected, headSha) {
      const merged = judgeShards(infos, expected, headSha);
      return {
        ...merged,
        coverage: infos.some((s) => s.hasCoverage) ? toCoverageData(files, formats) : null,
      };
    },
  };
}

/** Merges `shards` at once (see {@link ShardMerger}). */
export function mergeShards(shards: readonly Shard[], expected: number, headSha: string): MergedShards {
  const merger = createShardMerger();
  for (const shard of shards) merger.add(shard);
  return merger.finish(expected, headSha);
}

/** Everything but the coverage: the phases, the shard list and the reasons to fail. */
function judgeShards(
  shards: readonly ShardInfo[],
  expected: number,
  headSha: string,
): Omit<MergedShards, 'coverage'> {
  const sorted = [...shards].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const failures: string[] = [];
  let partial = false;
  if (sorted.length < expected) {
    partial = true;
    const names = sorted.map((s) => `'${s.name}'`).join(', ') || 'none';
    failures.push(
      `${sorted.length} of ${expected} shards reported (got ${names}); a leg failed before writing its shard file or its artifact was not downloaded`,
    );
  } else if (sorted.length > expected) {
    failures.push(
      `${sorted.length} shard files found but shard-count is ${expected}; check the shard-files globs and shard-count`,
    );
  }
  const seen = new Set<string>();
  for (const s of sorted) {
    if (seen.has(s.name)) {
      failures.push(`shard '${s.name}' reported twice (${s.source}); give each leg its own shard-name`);
    }
    seen.add(s.name);
  }
  const shas = [...new Set(sorted.map((s) => s.headSha))];
  if (shas.length > 1) {
    const list = shas.map((sha) => {
      const names = sorted.filter((s) => s.headSha === sha).map((s) => `'${s.name}'`);
      return `${shortSha(sha)} (${names.join(', ')})`;
    });
    failures.push(`shards are from different commits: ${list.join(', ')}; merge the shards of one run`);
    partial = true;
  } else if (headSha !== '' && shas[0] !== undefined && shas[0] !== headSha) {
    failures.push(
      `the shards are of commit ${shortSha(shas[0])}, but this run is of ${shortSha(headSha)}; merge the shards of this run`,
    );
    partial = true;
  }
  for (const s of sorted) {
    for (const f of s.failures) failures.push(`shard '${s.name}': ${f}`);
    if (s.stoppedEarly || !s.hasCoverage) partial = true;
    if (!s.hasCoverage && s.failures.length === 0) {
      failures.push(`shard '${s.name}' has no coverage; run its tests with coverage`);
    }
  }
  return {
    phases: sorted.flatMap((s) => s.phases.map((p) => ({ ...p, shard: s.name }))),
    failures,
    partial,
    shards: sorted.map((s) => ({
      name: s.name,
      headSha: s.headSha,
      files: s.files,
      passed: s.failures.length === 0,
      failures: s.failures,
    })),
  };
}
