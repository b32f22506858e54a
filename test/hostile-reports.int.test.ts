/**
 * Impossible numbers and malformed entries in reports and diffs, through the built CLI: each is one
 * line on stderr naming the file and the place, exit code 2, never a stack trace or a number
 * accepted. (The action reads reports with the same code; its JUnit and glob cases are in
 * pipeline-coverage.int.test.ts and phase-processes.int.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/runner.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env.COVGATE_TEST_NODE ?? process.execPath;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'covgate-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lcov = (...records: string[]): string => ['SF:src/a.js', ...records, 'end_of_record', ''].join('\n');
const istanbul = (patch: object): string =>
  JSON.stringify({
    'src/a.js': {
      path: 'src/a.js',
      statementMap: { 0: { start: { line: 1, column: 0 }, end: { line: 1, column: 5 } } },
      s: { 0: 1 },
      fnMap: {},
      f: {},
      branchMap: {},
      b: {},
      ...patch,
    },
  });
const cobertura = (line: string): string =>
  `<coverage branch-rate="0"><packages><package><classes><class filename="a.py"><lines>${line}</lines></class></classes></package></packages></coverage>`;

/** [name, file name, content, the one line expected on stderr] */
const REPORTS: [string, string, string, RegExp][] = [
  [
    'lcov line 0',
    'zero.info',
    lcov('DA:1,1', 'DA:0,1'),
    /^covgate: zero\.info:3: bad record "DA:0,1" .*line 0 is not a whole number from 1/,
  ],
  [
    'lcov line 1.5',
    'frac.info',
    lcov('DA:1.5,1'),
    /^covgate: frac\.info:2: .*line 1\.5 is not a whole number/,
  ],
  [
    'lcov line beyond 2^53',
    'big.info',
    lcov('DA:9007199254740993,1'),
    /^covgate: big\.info:2: .*line 9007199254740993 is not/,
  ],
  ['lcov hits 1e300', 'hits.info', lcov('DA:1,1e300'), /^covgate: hits\.info:2: .*hit count 1e300 is not/],
  [
    'lcov negative branch hits',
    'brda.info',
    lcov('BRDA:1,0,0,-3'),
    /^covgate: brda\.info:2: .*hit count -3 is not/,
  ],
  [
    'istanbul null entry',
    'null.json',
    '{"src/a.js": null}',
    /^covgate: null\.json: entry "src\/a\.js" is not istanbul file coverage/,
  ],
  [
    'istanbul negative hits',
    'neg.json',
    istanbul({ s: { 0: -3 } }),
    /^covgate: neg\.json: entry "src\/a\.js" has statement count s\["0"\] = -3/,
  ],
  [
    'istanbul line 0',
    'line0.json',
    istanbul({ statementMap: { 0: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } } } }),
    /^covgate: line0\.json: entry "src\/a\.js" has statementMap\["0"\] starting at line 0 is not/,
  ],
  [
    'Cobertura line beyond 2^53',
    'big.xml',
    cobertura('<line number="9007199254740993" hits="1"/>'),
    /^covgate: big\.xml: class "a\.py" has a <line> with number="9007199254740993"/,
  ],
  [
    'Cobertura hits 1.5',
    'frac.xml',
    cobertura('<line number="3" hits="1.5"/>'),
    /^covgate: frac\.xml: class "a\.py" .*hit count 1\.5 is not/,
  ],
];

function covgate(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(NODE, [CLI, 'report', '--root', dir, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('covgate report with hostile input', () => {
  it('refuses every impossible number and malformed entry with one line naming file and place', () => {
    for (const [, file, content] of REPORTS) writeFileSync(join(dir, file), content);
    writeFileSync(join(dir, 'ok.info'), lcov('DA:1,1'));
    writeFileSync(
      join(dir, 'zero.diff'),
      'diff --git a/src/a.js b/src/a.js\n--- a/src/a.js\n+++ b/src/a.js\n@@ -1,0 +0,1 @@\n+x\n',
    );
    const runs = REPORTS.map(([name, file]) => [name, covgate(['--coverage', file])] as const);
    runs.push(['diff adding at line 0', covgate(['--coverage', 'ok.info', '--diff', 'zero.diff'])]);
    const expected = [
      ...REPORTS.map((r) => r[3]),
      /^covgate: --diff zero\.diff: .*on line 4 of the diff adds lines, but line 0 is not/,
    ];
    runs.forEach(([name, run], i) => {
      expect([name, run.code, run.stdout]).toEqual([name, 2, '']);
      expect(run.stderr.trimEnd().split('\n'), name).toHaveLength(1);
      expect(run.stderr, name).toMatch(expected[i] ?? /never/);
    });
  });
});
