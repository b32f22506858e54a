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
import { filterCoverage } from './coverage/filter.js';
import { describeError, InputError } from './errors.js';
import type { Failure, Outcome } from './outcome.js';
import { makeOctokit, reportOnHead, type PipelineDeps } from './pipeline.js';
import { createShardMerger, type MergedShards } from './shard/merge-shards.js';
import { parseShardFile, SHARD_FILE_MAX_BYTES } from './shard/shard-file.js';

/** Merges the shard files, then reports and gates on the merged coverage. */
export async function runMergeMode(config: Config, deps: PipelineDeps): Promise<Outcome> {
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
  const head =
    merged.coverage === null ? null : filterCoverage(merged.coverage, config.include, config.exclude);
  // The legs stored JUnit paths repository-relative; annotations resolve them from the root.
  const rooted: Config = { ...config, workingDirectory: config.repoRoot };
  const failures: Failure[] = merged.failures.map((message) => ({
    kind: 'shard-failed',
    title: shortTitle(message),
    message,
  }));
  // `shards` in the JSON report: which legs were merged (the contract's key after a merge).
  return reportOnHead(rooted, deps, makeOctokit(config, io, deps.createOctokit), {
    head,
    failures,
    phases: merged.phases,
    gateApplies: !merged.partial,
    extras: { shards: merged.shards },
  });
}

/** "2 of 3 shards reported" from "2 of 3 shards reported (got a, b)", for a check run's title. */
function shortTitle(message: string): string {
  const cut = message.indexOf(' (');
  const title = cut > 0 ? message.slice(0, cut) : message;
  return title.length > 100 ? `${title.slice(0, 99)}…` : title;
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
