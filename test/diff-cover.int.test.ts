// Patch coverage agrees with diff-cover (the Debian package) on real programs, real coverage
// (c8 Cobertura, pytest-cov coverage.xml) and a real change on a git branch (scenarios in
// test/fixtures/diff-cover/). Always against diff-cover's recorded answer (`npm run
// fixtures:refresh` records it again); live as well where diff-cover and pytest-cov are installed.
// covgate reads the same range from a file, through the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../src/analysis/types.js';
import {
  FAKE_ROOT,
  runScenario,
  SCENARIOS,
  type DiffCoverJson,
  type ScenarioName,
} from './fixtures/diff-cover/scenarios.mjs';
import { builtBundle, TEST_NODE } from './support/dist.js';
import { DIFF_COVER, hasTool, PYTHON } from './support/tools.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'diff-cover');
const CLI = builtBundle('cli');

interface Scenario {
  diffCover: DiffCoverJson;
  covgate: FullReport;
  diffText: string;
  /** The live run's repository, removed after the tests. */
  dir?: string;
}

/** covgate's JSON report for `report` and the diff in `diffText`, read relative to `root`. */
function runCovgate(report: string, diffText: string, root: string): FullReport {
  const out = mkdtempSync(join(tmpdir(), 'covgate-diffcover-out-'));
  try {
    writeFileSync(join(out, 'change.diff'), diffText);
    const args = ['report', '--coverage', report, '--diff', join(out, 'change.diff'), '--root', root];
    const run = spawnSync(TEST_NODE, [CLI, ...args, '--format', 'json'], { cwd: out, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`covgate failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as FullReport;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The committed recording: the report as the tool wrote it (paths under FAKE_ROOT) and diff-cover's JSON. */
function recorded(name: ScenarioName): Scenario {
  const dir = join(FIXTURES, name);
  const report = join(dir, SCENARIOS[name].report.split('/').at(-1) ?? '');
  const diffText = readFileSync(join(dir, 'change.diff'), 'utf8');
  return {
    diffCover: JSON.parse(readFileSync(join(dir, 'diff-cover.json'), 'utf8')) as DiffCoverJson,
    covgate: runCovgate(report, diffText, FAKE_ROOT),
    diffText,
  };
}

/** A fresh run of the scenario: real git, real coverage tool, real diff-cover. */
function live(name: ScenarioName): Scenario {
  const run = runScenario(name, { node: TEST_NODE, python: PYTHON, diffCover: DIFF_COVER });
  return { ...run, covgate: runCovgate(join(run.dir, run.report), run.diffText, run.dir) };
}

/** Asserts covgate's patch numbers equal diff-cover's, file by file and in total. */
function expectAgreement(s: Scenario, skip: string[] = []): void {
  const patch = s.covgate.patch;
  if (patch === null) throw new Error('covgate computed no patch coverage');
  const ours = patch.files.filter((f) => !skip.includes(f.path));
  const theirs = Object.entries(s.diffCover.src_stats).filter(([path]) => !skip.includes(path));
  expect(ours.map((f) => f.path).sort()).toEqual(theirs.map(([path]) => path).sort());
  for (const f of ours) {
    const dc = s.diffCover.src_stats[f.path];
    expect({
      path: f.path,
      violations: f.uncoveredLines,
      pct: 100 - ((f.total - f.covered) / f.total) * 100,
    }).toEqual({
      path: f.path,
      violations: dc?.violation_lines,
      pct: dc?.percent_covered,
    });
  }
  if (skip.length === 0) {
    expect(patch.total).toBe(s.diffCover.total_num_lines);
    expect(patch.total - patch.covered).toBe(s.diffCover.total_num_violations);
    expect(Math.trunc((patch.covered / patch.total) * 100)).toBe(s.diffCover.total_percent_covered);
  }
}

const recordedJson = (name: ScenarioName): DiffCoverJson =>
  JSON.parse(readFileSync(join(FIXTURES, name, 'diff-cover.json'), 'utf8')) as DiffCoverJson;

/** The recording always; the live run only where its tools are installed (tool-check.ts says which). */
const SOURCES = [
  { source: 'recorded', get: recorded, skip: false },
  { source: 'live', get: live, skip: !hasTool('diff-cover') },
] as const;

describe.each(SOURCES)(
  'agreement with diff-cover ($source): JavaScript, c8 Cobertura',
  ({ source, get, skip }) => {
    let s: Scenario;
    beforeAll(() => {
      if (!skip) s = get('js');
    });
    afterAll(() => {
      if (s?.dir !== undefined) rmSync(s.dir, { recursive: true, force: true });
    });

    it.skipIf(skip)(
      'gives the same per-file uncovered lines and percentages (except the no-newline file)',
      () => {
        expectAgreement(s, ['src/tail.js']);
        // The change is real: covered and uncovered changed lines in added, edited and renamed files.
        const byPath = Object.fromEntries((s.covgate.patch?.files ?? []).map((f) => [f.path, f]));
        expect(Object.keys(byPath).sort()).toEqual([
          'src/added.js',
          'src/calc.js',
          'src/new-name.js',
          'src/tail.js',
        ]);
        expect(byPath['src/calc.js']?.uncoveredLines).toEqual([15, 16]);
        expect(byPath['src/new-name.js']?.uncoveredLines).toEqual([11]);
      },
    );

    it.skipIf(skip)(
      'follows the hunk header after `\\ No newline at end of file`, where diff-cover 7.4 shifts by one',
      () => {
        // The hunk says new lines 2-6 are added; diff-cover 7.4 counts the marker as a line and takes 3-7.
        expect(s.diffText).toContain(
          '@@ -2,2 +2,5 @@ export function tail(x) {\n-  return x + 1;\n-}\n\\ No newline at end of file\n+',
        );
        const tail = s.covgate.patch?.files.find((f) => f.path === 'src/tail.js');
        // Head lines 2-6; c8 marks the body of the untested function (5-6) as not run.
        expect(tail).toEqual({ path: 'src/tail.js', covered: 3, total: 5, uncoveredLines: [5, 6] });
        // diff-cover measured lines 3-6 only (7 does not exist, 2 is skipped): 2 of 4 uncovered.
        expect(s.diffCover.src_stats['src/tail.js']).toMatchObject({
          violation_lines: [5, 6],
          percent_covered: 50,
        });
      },
    );

    if (source === 'live') {
      it.skipIf(skip)('diff-cover answers as recorded (else: npm run fixtures:refresh)', () => {
        expect(s.diffCover).toEqual(recordedJson('js'));
      });
    }
  },
);

describe.each(SOURCES)(
  'agreement with diff-cover ($source): Python, pytest-cov coverage.xml',
  ({ source, get, skip }) => {
    const off = skip || (source === 'live' && !hasTool('pytest-cov'));
    let s: Scenario;
    beforeAll(() => {
      if (!off) s = get('py');
    });
    afterAll(() => {
      if (s?.dir !== undefined) rmSync(s.dir, { recursive: true, force: true });
    });

    it.skipIf(off)('gives the same per-file and total patch numbers', () => {
      expectAgreement(s);
      expect(s.covgate.patch?.files.map((f) => [f.path, f.uncoveredLines])).toEqual([
        ['shop/labels.py', [4]],
        ['shop/pricing.py', [12, 19]],
      ]);
    });

    if (source === 'live') {
      it.skipIf(off)('diff-cover answers as recorded (else: npm run fixtures:refresh)', () => {
        expect(s.diffCover).toEqual(recordedJson('py'));
      });
    }
  },
);
