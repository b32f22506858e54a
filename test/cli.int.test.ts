// `covgate report` through the built bundle (dist/cli/index.js) as its own process.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/analysis/build-report.js';
import type { FullReport } from '../src/analysis/types.js';
import { loadCoverage } from '../src/coverage/read.js';
import { serializeCoverage } from '../src/coverage/serialize.js';
import { renderComment } from '../src/report/markdown.js';
import { FAKE_ROOT, FIXTURES } from './fixtures/coverage/fixtures.js';
import { builtBundle, TEST_NODE } from './support/dist.js';

const REPO = join(import.meta.dirname, '..');
const CLI = builtBundle('cli');
const NODE = TEST_NODE;
const JS_APP = join(FIXTURES, 'js-app');
const PY_APP = join(FIXTURES, 'py-app');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function covgate(args: string[], cwd: string): Run {
  const r = spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonOf = (run: Run): FullReport => JSON.parse(run.stdout) as FullReport;
type Summary = Record<string, Record<string, { covered: number; total: number; pct: number }>>;
const summaryOf = (rel: string): Summary =>
  JSON.parse(readFileSync(join(JS_APP, 'reports', rel, 'coverage-summary.json'), 'utf8')) as Summary;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'covgate-cli-'));
  writeFileSync(join(work, 'empty.json'), '');
  writeFileSync(join(work, 'truncated.json'), '{"/a/b.js": {"path": "/a/b.js", "statementMap": {');
  writeFileSync(join(work, 'pom.xml'), '<?xml version="1.0"?>\n<project><name>x</name></project>\n');
  writeFileSync(join(work, 'garbage.info'), 'TN:\nSF:src/a.js\nDA:1,1\nDA:two,x\nend_of_record\n');
  writeFileSync(join(work, 'ok.info'), 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\n');
  writeFileSync(join(work, 'not-a-diff.txt'), 'hello\n');
  writeFileSync(join(work, 'no-file.json'), '{}\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  // JSON.parse's wording differs between node versions: ask the node that runs the bundle.
  const truncatedJson = (): string =>
    execFileSync(
      NODE,
      [
        '-e',
        'try { JSON.parse(require("fs").readFileSync(0, "utf8")) } catch (e) { process.stdout.write(e.message) }',
      ],
      {
        input: readFileSync(join(work, 'truncated.json')),
        encoding: 'utf8',
      },
    );
  const foreign = join(JS_APP, 'reports', 'c8-all', 'coverage-final.json');
  const cases: [string, string[], () => string][] = [
    [
      'empty file',
      ['--coverage', 'empty.json'],
      () => 'empty.json: the file is empty; check that the test command wrote coverage',
    ],
    [
      'truncated JSON',
      ['--coverage', 'truncated.json'],
      () => `truncated.json: invalid JSON (${truncatedJson()}); is the file truncated?`,
    ],
    [
      'XML that is not Cobertura',
      ['--coverage', 'pom.xml'],
      () =>
        'pom.xml: XML root is <project>, not Cobertura <coverage>; use a Cobertura report (coverage.xml, cobertura-coverage.xml)',
    ],
    [
      'lcov with garbage records',
      ['--coverage', 'garbage.info'],
      () =>
        'garbage.info:4: bad record "DA:two,x" (DA needs <line>,<hits>: line two is not a whole number from 1 to 2^53); is this an lcov tracefile (lcov.info)?',
    ],
    [
      'a report of no file (0 of 0 lines is no data, not 100 %)',
      ['--coverage', 'no-file.json', '--fail-under', 'lines=80'],
      () =>
        '--coverage: no-file.json holds the coverage of no file; make the test command measure your sources ' +
        '(pytest-cov --cov=PACKAGE, Jest collectCoverageFrom, Vitest coverage.include, c8 --include)',
    ],
    [
      'a glob that matches nothing',
      ['--coverage', 'nothing/*.json'],
      () =>
        `--coverage: no file matches "nothing/*.json" in ${work}; check the path and that the test command writes its coverage report there`,
    ],
    [
      'lines=abc',
      ['--coverage', 'ok.info', '--fail-under', 'lines=abc'],
      () =>
        "--fail-under: 'lines=abc' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. lines=85",
    ],
    [
      'lines=120',
      ['--coverage', 'ok.info', '--fail-under', 'lines=120'],
      () =>
        "--fail-under: 'lines=120' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. lines=85",
    ],
    [
      'an unknown metric',
      ['--coverage', 'ok.info', '--fail-under', 'lnes=80'],
      () =>
        "--fail-under: unknown metric 'lnes' in 'lnes=80'; use one of lines, statements, functions, branches, total, patch",
    ],
    [
      'absolute paths from another machine and no matching --root',
      ['--coverage', foreign],
      () =>
        `${foreign}: all 4 files lie outside the root ${work} (e.g. ${FAKE_ROOT}/src/cart.js) and none is found ` +
        'in this checkout under a shorter path; is it a report of this repository? (The CLI takes --root for ' +
        'the directory the report was made in.)',
    ],
    [
      'a --fail-under-file over 100',
      ['--coverage', 'ok.info', '--fail-under-file', '101'],
      () =>
        "--fail-under-file: '101' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. 85",
    ],
    [
      'a diff that is not a diff',
      ['--coverage', 'ok.info', '--diff', 'not-a-diff.txt'],
      () =>
        '--diff not-a-diff.txt: not a unified diff: no "diff --git" or "---"/"+++" file header found; ' +
        "give the output of 'git diff BASE...HEAD'",
    ],
    [
      'a missing --base file',
      ['--coverage', 'ok.info', '--base', 'gone.json'],
      () => "--base: cannot read 'gone.json' (no such file); check the path",
    ],
    [
      'an unknown format',
      ['--coverage', 'ok.info', '--format', 'xml'],
      () => "--format: 'xml' is not a format; use text, json or markdown",
    ],
    [
      'an unknown option',
      ['--coverage', 'ok.info', '--bogus'],
      () => "unknown option '--bogus'; run 'covgate --help' for the options",
    ],
    [
      'no --coverage',
      [],
      () => "--coverage is missing; give one or more reports, e.g. '--coverage coverage/lcov.info'",
    ],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const run = covgate(['report', ...args], work);
    expect(run.stderr).toBe(`covgate: ${message()}\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('names an unknown command', () => {
    const run = covgate(['lint'], work);
    expect([run.code, run.stderr]).toEqual([
      2,
      "covgate: unknown command 'lint'; use 'covgate report --coverage FILE...' (see covgate --help)\n",
    ]);
  });
});

describe('happy paths: numbers equal the producing tools', () => {
  const root = ['--root', FAKE_ROOT];

  it.each(['coverage-final.json', 'lcov.info', 'cobertura-coverage.xml'])(
    'c8 %s: totals equal c8 json-summary',
    (file) => {
      const run = covgate(
        ['report', '--coverage', `reports/c8-all/${file}`, ...root, '--format', 'json'],
        JS_APP,
      );
      expect(run.code).toBe(0);
      const want = summaryOf('c8-all').total;
      const got = jsonOf(run).totals;
      expect(got.lines).toEqual({
        covered: want?.lines?.covered,
        total: want?.lines?.total,
        pct: want?.lines?.pct,
      });
      expect(got.branches?.pct).toBe(want?.branches?.pct);
      expect(got.functions?.pct).toBe(want?.functions?.pct);
    },
  );

  it('merges several reports given after one --coverage by adding hits', () => {
    const parts = ['reports/c8-part-a/coverage-final.json', 'reports/c8-part-b/coverage-final.json'];
    const run = covgate(['report', '--coverage', ...parts, ...root, '--format', 'json'], JS_APP);
    const want = summaryOf('c8-all').total?.lines;
    expect(jsonOf(run).totals.lines).toEqual({ covered: want?.covered, total: want?.total, pct: want?.pct });
  });

  it('coverage.py coverage.xml: totals equal coverage.py, exit 1 when a threshold fails', () => {
    const py = JSON.parse(readFileSync(join(PY_APP, 'reports', 'branch', 'coverage.json'), 'utf8')) as {
      totals: {
        covered_lines: number;
        num_statements: number;
        covered_branches: number;
        num_branches: number;
      };
    };
    const run = covgate(
      [
        'report',
        '--coverage',
        'reports/branch/coverage.xml',
        '--root',
        `${FAKE_ROOT}/shop`,
        '--format',
        'json',
        '--fail-under',
        'lines=90',
      ],
      PY_APP,
    );
    const report = jsonOf(run);
    expect(report.totals.lines.covered).toBe(py.totals.covered_lines);
    expect(report.totals.lines.total).toBe(py.totals.num_statements);
    expect(report.totals.branches?.covered).toBe(py.totals.covered_branches);
    expect(report.totals.branches?.total).toBe(py.totals.num_branches);
    expect(report.passed).toBe(false);
    expect(run.code).toBe(1);
  });

  it('decides thresholds on integers: 77/95 passes lines=81.05 and fails lines=81.06', () => {
    const args = ['report', '--coverage', 'reports/c8-all/lcov.info', ...root, '--fail-under'];
    expect(covgate([...args, 'lines=81.05'], JS_APP).code).toBe(0);
    const failing = covgate([...args, 'lines=81.06'], JS_APP);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('  FAIL lines >= 81.06 (actual 81.05)\nResult: FAILED\n');
  });

  it('prints the term-missing table with include/exclude applied', () => {
    const run = covgate(
      [
        'report',
        '--coverage',
        'reports/c8-all/lcov.info',
        ...root,
        '--include',
        'src/**',
        '--exclude',
        'src/unused.js',
      ],
      JS_APP,
    );
    const files = summaryOf('c8-all');
    const lines = (f: string): { covered: number; total: number } =>
      files[`${FAKE_ROOT}/${f}`]?.lines ?? { covered: NaN, total: NaN };
    const kept = ['src/cart.js', 'src/format.js', 'src/pricing.js'].map(lines);
    const covered = kept.reduce((s, l) => s + l.covered, 0);
    const total = kept.reduce((s, l) => s + l.total, 0);
    expect(run.stdout).not.toContain('unused.js');
    expect(run.stdout).toMatch(new RegExp(`^TOTAL +${total} +${total - covered} +`, 'm'));
    expect(run.stdout).toMatch(/^src\/format\.js +21 +7 +66\.66% +5, 14-19$/m);
  });
});

describe('base, diff and formats', () => {
  const root = ['--root', FAKE_ROOT];
  const lcov = 'reports/c8-all/lcov.info';

  it('a covgate baseline of the same data gives delta exactly 0 and passes --max-drop 0', async () => {
    const head = await loadCoverage([join(JS_APP, lcov)], { cwd: JS_APP, root: FAKE_ROOT, inputName: 'x' });
    const baseline = {
      version: 1,
      sha: 'a'.repeat(40),
      branch: 'main',
      createdAt: '2026-01-01T00:00:00.000Z',
      commentId: 'covgate',
      coverage: serializeCoverage(head.data),
    };
    writeFileSync(join(work, 'baseline.json'), JSON.stringify(baseline));
    const run = covgate(
      [
        'report',
        '--coverage',
        lcov,
        ...root,
        '--base',
        join(work, 'baseline.json'),
        '--max-drop',
        '0',
        '--format',
        'json',
      ],
      JS_APP,
    );
    const report = jsonOf(run);
    expect(report.delta).toEqual({ lines: 0, statements: null, functions: 0, branches: 0 });
    expect(report.thresholds).toEqual([{ name: 'max-drop', required: 0, actual: 0, ok: true }]);
    expect(run.code).toBe(0);
  });

  it('--base may be another report format; a drop beyond --max-drop fails', () => {
    const run = covgate(
      [
        'report',
        '--coverage',
        'reports/c8-part-a/lcov.info',
        ...root,
        '--base',
        'reports/c8-all/coverage-final.json',
        '--max-drop',
        '1',
        '--format',
        'json',
      ],
      JS_APP,
    );
    const head = summaryOf('c8-part-a').total?.lines;
    const base = summaryOf('c8-all').total?.lines;
    const report = jsonOf(run);
    expect(report.base?.totals.lines.pct).toBe(base?.pct);
    expect(report.delta?.lines).toBe(
      (Math.round((head?.pct ?? 0) * 100) - Math.round((base?.pct ?? 0) * 100)) / 100,
    );
    // max-drop records the drop itself (base − head), positive here.
    expect(report.thresholds[0]?.actual).toBe(0 - (report.delta?.lines ?? 0));
    expect(report.thresholds[0]?.actual).toBeGreaterThan(1);
    expect(report.thresholds[0]?.ok).toBe(false);
    expect(run.code).toBe(1);
  });

  it('--diff: patch coverage counts changed lines the report has, covered when hit', () => {
    // A real git diff that adds lines 3-20 of src/format.js, checked against the lcov DA records.
    const repo = mkdtempSync(join(tmpdir(), 'covgate-cli-diff-'));
    try {
      const source = readFileSync(join(JS_APP, 'src', 'format.js'), 'utf8').split('\n');
      execFileSync('git', ['init', '-q'], { cwd: repo });
      writeFileSync(join(repo, 'format.js'), source.join('\n'));
      writeFileSync(join(repo, 'old.js'), [...source.slice(0, 2), ...source.slice(20)].join('\n'));
      const diff = spawnSync('git', ['diff', '--no-index', '--unified=0', 'old.js', 'format.js'], {
        cwd: repo,
        encoding: 'utf8',
      })
        .stdout.replaceAll('a/old.js', 'a/src/format.js')
        .replaceAll('b/format.js', 'b/src/format.js');
      writeFileSync(join(work, 'change.diff'), diff);
      const da = new Map<number, number>();
      const record = readFileSync(join(JS_APP, lcov), 'utf8')
        .split('end_of_record')
        .find((r) => r.includes('format.js'));
      for (const m of (record ?? '').matchAll(/^DA:(\d+),(\d+)/gm)) da.set(Number(m[1]), Number(m[2]));
      const changed = Array.from({ length: 18 }, (_, i) => i + 3).filter((l) => da.has(l));
      const uncovered = changed.filter((l) => da.get(l) === 0);
      const run = covgate(
        ['report', '--coverage', lcov, ...root, '--diff', join(work, 'change.diff'), '--format', 'json'],
        JS_APP,
      );
      expect(jsonOf(run).patch?.files).toEqual([
        {
          path: 'src/format.js',
          covered: changed.length - uncovered.length,
          total: changed.length,
          uncoveredLines: uncovered,
        },
      ]);
      expect(uncovered.length).toBeGreaterThan(0);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('--format markdown prints exactly the comment renderComment makes for the same report', async () => {
    const run = covgate(
      ['report', '--coverage', lcov, ...root, '--format', 'markdown', '--fail-under', '80'],
      JS_APP,
    );
    const head = await loadCoverage([join(JS_APP, lcov)], { cwd: JS_APP, root: FAKE_ROOT, inputName: 'x' });
    const report = buildReport({
      head: head.data,
      base: null,
      changes: null,
      thresholds: [{ name: 'lines', required: 80 }],
    });
    const ctx = {
      commentId: 'covgate',
      repoUrl: null,
      phases: [],
      provenance: {
        headSha: null,
        baseSha: null,
        baselineSha: null,
        baselineExact: false,
        baselineSource: 'none' as const,
        note: null,
      },
      errors: [],
      summaryUrl: null,
    };
    expect(run.stdout).toBe(renderComment(report, ctx) + '\n');
    expect(run.stdout).toContain('81.05');
    expect(run.code).toBe(0);
  });

  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(covgate(['--version'], work)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = covgate(['--help'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: covgate report --coverage FILE\.\.\. \[options\]/);
  });
});

describe('--components FILE', () => {
  const root = ['--root', FAKE_ROOT];
  const report = ['report', '--coverage', 'reports/c8-all/coverage-final.json', ...root];

  it('gives each component c8’s own per-file numbers summed, and gates on its thresholds', () => {
    const c8 = summaryOf('c8-all');
    const file = (name: string) => c8[`${FAKE_ROOT}/src/${name}`]?.lines;
    writeFileSync(
      join(work, 'components.txt'),
      '# money first\nmoney: src/cart.js, src/pricing.js | lines=99\ntext: src/format.js\n',
    );
    const run = covgate(
      [...report, '--components', join(work, 'components.txt'), '--format', 'json'],
      JS_APP,
    );
    expect(run.code, run.stderr).toBe(1);
    const json = jsonOf(run);
    const money = json.components?.money;
    expect(money?.totals.lines.covered).toBe(
      (file('cart.js')?.covered ?? 0) + (file('pricing.js')?.covered ?? 0),
    );
    expect(money?.totals.lines.total).toBe((file('cart.js')?.total ?? 0) + (file('pricing.js')?.total ?? 0));
    const format = file('format.js');
    expect(json.components?.text?.totals.lines).toEqual({
      covered: format?.covered,
      total: format?.total,
      pct: format?.pct,
    });
    expect(Object.keys(json.components ?? {})).toEqual(['money', 'text', 'other']);
    expect(json.thresholds.map((t) => [t.name, t.ok])).toEqual([['component money: lines', false]]);
    const text = covgate([...report, '--components', join(work, 'components.txt')], JS_APP);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('component money: lines');
  });

  it('is bad input (exit 2, one line) when a component matches nothing or a line is malformed', () => {
    writeFileSync(join(work, 'typo.txt'), 'money: source/cart.js\n');
    const typo = covgate([...report, '--components', join(work, 'typo.txt')], JS_APP);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      `covgate: Invalid --components: component 'money' (source/cart.js) matches no file of the coverage report; fix its globs (they match repo-relative paths such as 'src/cart.js')\n`,
    );
    writeFileSync(join(work, 'bad.txt'), 'money src/cart.js\n');
    const bad = covgate([...report, '--components', join(work, 'bad.txt')], JS_APP);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^covgate: --components .*bad\.txt line 1 'money src\/cart\.js' has no 'name:'.*\n$/,
    );
    const missing = covgate([...report, '--components', 'nope.txt'], JS_APP);
    expect(missing.stderr).toBe(
      "covgate: --components: cannot read 'nope.txt' (no such file); check the path\n",
    );
  });
});
