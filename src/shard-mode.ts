/**
 * `mode: shard` — one leg of a test matrix. The phases run exactly as in `mode: run` (PostgreSQL,
 * the unit phase first, then the full phase), but nothing is posted, gated or saved: the leg writes
 * one shard file (see shard/shard-file.ts) for the `mode: merge` job, and sets `shard-file`.
 * The step fails only when the leg itself failed (a phase, or its reports could not be read), and
 * the shard file is written even then, so the merge job can name the failed leg in the verdict.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ActionIo } from './action-io.js';
import type { Config } from './config.js';
import { Outputs, SHARD_DIR_NAME } from './constants.js';
import type { CoverageData } from './coverage/model.js';
import { readHeadOrFail } from './head-coverage.js';
import { decideOutcome, type Outcome } from './outcome.js';
import { collectPhaseFailures } from './phases/phase-failures.js';
import { runPhase } from './phases/run.js';
import { runTestPhases } from './phases/test-phases.js';
import { provisionDatabase, type PipelineDeps } from './pipeline.js';
import type { PhaseResult } from './report/context.js';
import { measureBytes } from './report/budget.js';
import { escapeMarkdown } from './report/escape.js';
import { renderPhasesSection } from './report/markdown.js';
import { writeShardFile } from './shard/shard-file.js';

/** Runs the leg's phases and writes its shard file. */
export async function runShardMode(
  config: Config,
  deps: { io: ActionIo; runPhase?: PipelineDeps['runPhase'] },
): Promise<Outcome> {
  const { io } = deps;
  const databaseEnv = await provisionDatabase(config, io);
  const tests = await runTestPhases(config, io, { ...io.env, ...databaseEnv }, deps.runPhase ?? runPhase);
  const phaseFailures = collectPhaseFailures(tests);
  // An unreadable or missing report is this leg's failure; the merge job names it in the verdict.
  const coverage: CoverageData | null = await readHeadOrFail(config, tests, phaseFailures, io);
  const failures = phaseFailures.map((f) => f.message);
  const path = await writeShardFile(join(io.workDir, SHARD_DIR_NAME), {
    name: config.shardName,
    headSha: config.event.headSha,
    phases: tests.phases.map((p) => withRepoRelativeFiles(config, p)),
    failures,
    stoppedEarly: tests.stoppedEarly,
    coverage,
  });
  const files = coverage === null ? 'no coverage' : `coverage of ${coverage.files.size} files`;
  io.info(`covgate: shard '${config.shardName}' written to ${path} (${files}); upload it for the merge job`);
  // The leg's own summary: its phases and failures; the verdict is the merge job's.
  const verdict = failures.length === 0 ? '✅' : '❌';
  await io.appendSummary(
    [
      `### ${verdict} covgate shard ${escapeMarkdown(config.shardName)}`,
      `${files}; the coverage verdict is posted by the mode: merge job.`,
      failures.map((f) => `- ❌ ${escapeMarkdown(f)}`).join('\n'),
      renderPhasesSection(tests.phases, 100_000, measureBytes),
    ]
      .filter((part) => part !== '')
      .join('\n\n') + '\n',
  );
  io.setOutput(Outputs.ShardFile, path);
  io.setOutput(Outputs.Passed, String(failures.length === 0));
  // The leg's outcome: its phases and reports only (no gate: the merge job gates the whole suite).
  if (phaseFailures.length > 0) {
    return decideOutcome({ report: null, failures: phaseFailures, phases: tests.phases, gateApplies: false });
  }
  return {
    passed: true,
    title: `shard ${config.shardName} written`,
    failures: [],
    report: null,
    phases: tests.phases,
  };
}

/**
 * JUnit file paths are relative to the leg's working directory (or absolute in its workspace);
 * the merge job runs elsewhere, so they travel repository-relative — or not at all when outside it.
 */
function withRepoRelativeFiles(config: Config, phase: PhaseResult): PhaseResult {
  if (phase.tests === null) return phase;
  const failures = phase.tests.failures.map((f) => {
    if (f.file === null) return f;
    const full = isAbsolute(f.file) ? f.file : resolve(config.workingDirectory, f.file);
    const rel = relative(config.repoRoot, full);
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    return { ...f, file: inside ? rel.split('\\').join('/') : null };
  });
  return { ...phase, tests: { ...phase.tests, failures } };
}
