/**
 * `mode: merge` — the job after a test matrix (`needs:` the legs, `if: always()`). It reads the
 * shard files the legs wrote, merges their coverage by hit counts and lists every leg's phases, then
 * does what `mode: run` does after its phases: baseline, changed lines, comment, check run,
 * annotations, summary, outputs, gate, and the baseline save on pushes.
 *
 * Missing shards, a failed leg and shards of another commit are failures of the verdict (with the
 * reason), never a green gate on partial coverage.
 */
import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import type { Config } from './config.js';
import { Outputs } from './constants.js';
import { filterCoverage } from './coverage/filter.js';
import { describeError, InputError } from './errors.js';
import type { PhasesOutcome } from './phases/test-phases.js';
import { reportOnHead, type PipelineDeps, type PipelineOutcome } from './pipeline.js';
import { createShardMerger, type MergedShards } from './shard/merge-shards.js';
import { parseShardFile, SHARD_FILE_MAX_BYTES } from './shard/shard-file.js';

/** Merges the shard files, then reports and gates on the merged coverage. */
export async function runMergeMode(config: Config, deps: PipelineDeps): Promise<PipelineOutcome> {
  const { io } = deps;
  const expected = config.shardCount;
  if (expected === undefined)
    throw new InputError("Missing shard-count. mode 'merge' needs the number of legs.");
  const paths = await findShardFiles(config);
  const merged = await readAndMerge(paths, expected, config.event.headSha);
  io.info(
    `covgate: merged ${merged.shards.length} of ${expected} shards (${merged.shards.map((s) => s.name).join(', ') || 'none'})`,
  );
  for (const failure of merged.failures) io.error(failure);
  const tests: PhasesOutcome = {
    phases: merged.phases,
    failures: merged.failures,
    stoppedEarly: merged.partial,
    unitCoverageFiles: [],
  };
  const head =
    merged.coverage === null ? null : filterCoverage(merged.coverage, config.include, config.exclude);
  // The legs stored JUnit paths repository-relative; annotations resolve them from the root.
  const rooted: Config = { ...config, workingDirectory: config.repoRoot };
  try {
    // `shards` in the JSON report: which legs were merged (the contract's key after a merge).
    return await reportOnHead(rooted, deps, tests, head, { shards: merged.shards });
  } catch (error) {
    // E.g. a component that matches no file: keep the shards' reasons first, as mode run does.
    if (!(error instanceof InputError)) throw error;
    io.setOutput(Outputs.Passed, 'false');
    return { failures: [...merged.failures, error.message], report: null };
  }
}

/** The files `shard-files` matches (relative to working-directory), sorted. */
async function findShardFiles(config: Config): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of config.shardFiles) {
    try {
      for (const path of await glob(pattern, { cwd: config.workingDirectory, absolute: true, dot: true })) {
        found.add(path);
      }
    } catch (error) {
      throw new InputError(`Invalid shard-files glob '${pattern}': ${describeError(error)}`);
    }
  }
  return [...found].sort();
}

/** Reads each shard file and folds it into the merge at once, so one shard at a time is in memory. */
async function readAndMerge(paths: string[], expected: number, headSha: string): Promise<MergedShards> {
  const merger = createShardMerger();
  for (const path of paths) {
    const size = (await stat(path)).size;
    if (size > SHARD_FILE_MAX_BYTES) {
      throw new InputError(
        `shard-files: ${path} is larger than ${SHARD_FILE_MAX_BYTES} bytes; it is not a covgate shard file`,
      );
    }
    merger.add(parseShardFile((await readFile(path)).toString('utf8'), path));
  }
  return merger.finish(expected, headSha);
}
