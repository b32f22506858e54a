/**
 * Replays sample-app's recorded Vitest runs (test/fixtures/sample-app/record.ts) as covgate's
 * `runPhase` seam: each phase writes exactly the coverage and JUnit files sample-app's own run wrote
 * for the same command, so the in-process dogfood variants check covgate's numbers against the
 * tool's own, in milliseconds and without PostgreSQL. A command that was not recorded fails loudly.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { runPhase } from '../../src/phases/run.js';
import { SAMPLE_APP_ROOT, SCENARIOS } from '../fixtures/sample-app/scenarios.js';
import { REPO_ROOT } from './runner.js';

/** Where record.ts wrote its files. */
export const RECORDED = join(REPO_ROOT, 'test/fixtures/sample-app/recorded');

/** A recorded scenario's name. */
export type Scenario = keyof typeof SCENARIOS;

/** The tool's own coverage-summary.json totals (per metric) of one recorded phase. */
export interface SummaryTotals {
  [metric: string]: { total: number; covered: number; pct: number };
}

/** The totals sample-app's Vitest printed for `scenario`'s `phase`. */
export function recordedTotals(scenario: Scenario, phase: string): SummaryTotals {
  const file = join(RECORDED, scenario, phase, 'coverage/coverage-summary.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { total: SummaryTotals }).total;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** A `runPhase` that replays `scenario`: it writes the recorded files into the phase's directory. */
export function replayScenario(scenario: Scenario): typeof runPhase {
  const phases: Record<string, string> = SCENARIOS[scenario];
  return (spec) => {
    if (phases[spec.name] !== spec.command) {
      throw new Error(`no recording of the ${spec.name} phase '${spec.command}' in scenario ${scenario}`);
    }
    const from = join(RECORDED, scenario, spec.name);
    // Vitest cleans its coverage directory at the start of a run; JUnit files of earlier phases stay.
    rmSync(join(spec.cwd, 'coverage'), { recursive: true, force: true });
    for (const file of listFiles(from)) {
      const target = join(spec.cwd, file);
      mkdirSync(dirname(target), { recursive: true });
      const text = readFileSync(join(from, file), 'utf8');
      writeFileSync(target, text.split(SAMPLE_APP_ROOT).join(spec.cwd));
    }
    return Promise.resolve({
      name: spec.name,
      command: spec.command,
      exitCode: 0,
      signal: null,
      timedOut: false,
      skipped: false,
      durationMs: 1,
      tests: null,
    });
  };
}

/**
 * A shell `test-command` that replays one recorded phase in its working directory, for e2e tests
 * through dist/: it writes the recorded files with their paths rewritten to `$PWD`, as the real
 * command would have written them, in a few milliseconds instead of a Vitest run.
 */
export function replayCommand(scenario: Scenario, phase: string): string {
  const from = join(RECORDED, scenario, phase);
  const files = listFiles(from);
  if (files.length === 0) throw new Error(`no recording of the ${phase} phase in scenario ${scenario}`);
  const dirs = [...new Set(files.map((file) => dirname(file)))];
  // Vitest cleans its coverage directory at the start of a run, as replayScenario does.
  return [
    'rm -rf coverage',
    `mkdir -p ${dirs.map((d) => `'${d}'`).join(' ')}`,
    ...files.map((file) => `sed "s|${SAMPLE_APP_ROOT}|$PWD|g" '${join(from, file)}' > '${file}'`),
  ].join(' && ');
}
