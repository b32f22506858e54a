// Patch coverage agrees with diff-cover (the Debian package) on real programs, real coverage
// (c8 Cobertura, pytest-cov coverage.xml) and a real change on a git branch. diff-cover runs
// `git diff` itself; covgate reads the same range from a file, through the built CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../src/analysis/types.js';
import { createGitRepo, type GitRepo } from './support/git-repo.js';

const REPO = join(import.meta.dirname, '..');
const CLI = join(REPO, process.env.COVGATE_DIST ?? 'dist', 'cli', 'index.js');
const NODE = process.env.COVGATE_TEST_NODE ?? process.execPath;
const C8 = join(REPO, 'node_modules', 'c8', 'bin', 'c8.js');
const PYTHON = '/usr/bin/python3';

interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
  total_percent_covered: number;
}

interface Scenario {
  repo: GitRepo;
  diffCover: DiffCoverJson;
  covgate: FullReport;
  diffText: string;
}

/** Commits `base` on main and `head` on a branch, measures coverage, runs both tools. */
function runScenario(
  base: Record<string, string>,
  head: Record<string, string>,
  remove: string[],
  measure: (dir: string) => string,
): Scenario {
  const repo = createGitRepo('covgate-diffcover-');
  repo.write({ '.gitignore': 'coverage/\ncoverage.xml\n__pycache__/\n.pytest_cache/\n', ...base });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const path of remove) repo.git('rm', '-q', path);
  repo.write(head);
  repo.commit('change');
  const report = measure(repo.dir);
  expect(repo.git('status', '--porcelain')).toBe(''); // diff-cover also reads staged/unstaged changes
  const out = mkdtempSync(join(tmpdir(), 'covgate-diffcover-out-'));
  try {
    const dc = spawnSync(
      'diff-cover',
      [report, '--compare-branch=main', '--json-report', join(out, 'dc.json')],
      {
        cwd: repo.dir,
        encoding: 'utf8',
      },
    );
    if (dc.status !== 0) throw new Error(`diff-cover failed (apt-get install -y diff-cover): ${dc.stderr}`);
    const diffText = repo.git('diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', 'main...HEAD');
    writeFileSync(join(out, 'change.diff'), diffText);
    const run = spawnSync(
      NODE,
      [
        CLI,
        'report',
        '--coverage',
        report,
        '--diff',
        join(out, 'change.diff'),
        '--root',
        repo.dir,
        '--format',
        'json',
      ],
      { cwd: repo.dir, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`covgate failed: ${run.stderr}`);
    return {
      repo,
      diffCover: JSON.parse(readFileSync(join(out, 'dc.json'), 'utf8')) as DiffCoverJson,
      covgate: JSON.parse(run.stdout) as FullReport,
      diffText,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
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

const JS_BASE = {
  'src/calc.js': [
    'export function add(a, b) {',
    '  return a + b;',
    '}',
    '',
    'export function divide(a, b) {',
    '  if (b === 0) {',
    "    throw new Error('division by zero');",
    '  }',
    '  return a / b;',
    '}',
    '',
  ].join('\n'),
  'src/old-name.js': [
    'export function greet(name) {',
    "  const greeting = 'Hello';",
    '  return `${greeting}, ${name}`;',
    '}',
    '',
    'export function shout(name) {',
    '  return greet(name).toUpperCase();',
    '}',
    '',
  ].join('\n'),
  'src/pure.js': 'export function identity(x) {\n  return x;\n}\n',
  'src/gone.js': 'export const gone = 1;\n',
  // The last line has no newline: the change below puts `\ No newline at end of file` mid-hunk.
  'src/tail.js': 'export function tail(x) {\n  return x + 1;\n}',
  'test.js': [
    "import { add, divide } from './src/calc.js';",
    "import { greet } from './src/old-name.js';",
    "import { identity } from './src/pure.js';",
    "import { tail } from './src/tail.js';",
    "if (add(1, 2) !== 3 || divide(4, 2) !== 2 || identity(1) !== 1 || tail(1) !== 2) throw new Error('x');",
    "greet('a');",
    '',
  ].join('\n'),
};

const JS_HEAD = {
  'src/calc.js': [
    'export function add(a, b) {',
    '  const sum = a + b;',
    '  return sum;',
    '}',
    '',
    'export function divide(a, b) {',
    '  if (b === 0) {',
    "    throw new Error('division by zero');",
    '  }',
    '  return a / b;',
    '}',
    '',
    'export function mod(a, b) {',
    '  if (b === 0) {',
    '    return Number.NaN;',
    '  }',
    '  return a % b;',
    '}',
    '',
  ].join('\n'),
  'src/new-name.js': [
    'export function greet(name) {',
    "  const greeting = 'Hello';",
    '  return `${greeting}, ${name}`;',
    '}',
    '',
    'export function shout(name) {',
    "  return greet(name).toUpperCase() + '!';",
    '}',
    '',
    'export function whisper(name) {',
    '  return greet(name).toLowerCase();',
    '}',
    '',
  ].join('\n'),
  'src/pure-renamed.js': 'export function identity(x) {\n  return x;\n}\n',
  'src/added.js': [
    'export function sign(x) {',
    '  if (x > 0) {',
    '    return 1;',
    '  }',
    '  if (x < 0) {',
    '    return -1;',
    '  }',
    '  return 0;',
    '}',
    '',
  ].join('\n'),
  'src/tail.js':
    'export function tail(x) {\n  return x + 2;\n}\nexport function untested(y) {\n  return y * 2;\n}\n',
  'test.js': [
    "import { add, divide, mod } from './src/calc.js';",
    "import { greet, shout } from './src/new-name.js';",
    "import { identity } from './src/pure-renamed.js';",
    "import { sign } from './src/added.js';",
    "import { tail } from './src/tail.js';",
    "if (add(1, 2) !== 3 || divide(4, 2) !== 2 || identity(1) !== 1 || tail(1) !== 3) throw new Error('x');",
    "if (mod(5, 3) !== 2 || sign(5) !== 1 || shout('a') !== 'HELLO, A!') throw new Error('y');",
    "greet('a');",
    '',
  ].join('\n'),
};

describe('agreement with diff-cover: JavaScript, c8 Cobertura', () => {
  let s: Scenario;
  beforeAll(() => {
    s = runScenario(JS_BASE, JS_HEAD, ['src/old-name.js', 'src/pure.js', 'src/gone.js'], (dir) => {
      execFileSync(NODE, [C8, '--reporter=cobertura', '--reports-dir=coverage', NODE, 'test.js'], {
        cwd: dir,
      });
      return 'coverage/cobertura-coverage.xml';
    });
  });
  afterAll(() => s.repo.remove());

  it('gives the same per-file uncovered lines and percentages (except the no-newline file)', () => {
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
  });

  it('follows the hunk header after `\\ No newline at end of file`, where diff-cover 7.4 shifts by one', () => {
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
  });
});

describe('agreement with diff-cover: Python, pytest-cov coverage.xml', () => {
  let s: Scenario;
  const pricing = (extra: string[]): string =>
    [
      'def total(items):',
      '    s = 0',
      '    for price in items:',
      '        s += price',
      '    return s',
      '',
      '',
      'def discount(amount, pct):',
      '    if pct < 0:',
      '        raise ValueError("negative")',
      ...extra,
      '',
    ].join('\n');
  beforeAll(() => {
    s = runScenario(
      {
        'shop/__init__.py': '',
        'shop/pricing.py': pricing(['    return amount * (100 - pct) / 100']),
        'tests/test_pricing.py':
          'from shop.pricing import total, discount\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n    assert discount(100, 10) == 90\n',
      },
      {
        'shop/pricing.py': pricing([
          '    if pct > 100:',
          '        return 0',
          '    return amount * (100 - pct) / 100',
          '',
          '',
          'def tax(amount, rate):',
          '    if rate == 0:',
          '        return amount',
          '    return amount * (1 + rate)',
        ]),
        'shop/labels.py': 'def label(x):\n    if x:\n        return "yes"\n    return "no"\n',
        'tests/test_pricing.py':
          'from shop.pricing import total, discount, tax\nfrom shop.labels import label\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n    assert discount(100, 10) == 90\n    assert tax(10, 0) == 10\n    assert label(1) == "yes"\n',
      },
      [],
      (dir) => {
        const dataFile = join(mkdtempSync(join(tmpdir(), 'covgate-pycov-')), '.coverage');
        execFileSync(
          PYTHON,
          [
            '-m',
            'pytest',
            '-q',
            '-p',
            'no:cacheprovider',
            '--cov=shop',
            '--cov-branch',
            '--cov-report=xml:coverage.xml',
          ],
          { cwd: dir, env: { ...process.env, COVERAGE_FILE: dataFile, PYTHONDONTWRITEBYTECODE: '1' } },
        );
        rmSync(join(dataFile, '..'), { recursive: true, force: true });
        return 'coverage.xml';
      },
    );
  });
  afterAll(() => s.repo.remove());

  it('gives the same per-file and total patch numbers', () => {
    expectAgreement(s);
    expect(s.covgate.patch?.files.map((f) => [f.path, f.uncoveredLines])).toEqual([
      ['shop/labels.py', [4]],
      ['shop/pricing.py', [12, 19]],
    ]);
  });
});
