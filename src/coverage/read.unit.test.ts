import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  FAKE_ROOT,
  JS_PARTS,
  JS_TOOLS,
  readFixture,
  readJsonFixture,
} from '../../test/fixtures/coverage/fixtures.js';
import { CoverageFormatError, InputError } from '../errors.js';
import type { Counts, Summary } from './model.js';
import { loadCoverage, parseCoverage, parseReportFile, readTextFile } from './read.js';
import { missingLines, summarizeFile } from './summary.js';
import { summarizeTotals } from '../../test/support/coverage-totals.js';

interface IstanbulCounts {
  total: number;
  covered: number;
  pct: number;
}
type IstanbulSummary = Record<'lines' | 'statements' | 'functions' | 'branches', IstanbulCounts>;

const pick = (c: IstanbulCounts): Counts => ({ covered: c.covered, total: c.total, pct: c.pct });
const toolSummary = (s: IstanbulSummary): Summary => ({
  lines: pick(s.lines),
  statements: pick(s.statements),
  functions: pick(s.functions),
  branches: pick(s.branches),
});

function parseFixture(rel: string): ReturnType<typeof parseCoverage> {
  return parseCoverage(readFixture(rel), rel, { root: FAKE_ROOT });
}

/** The four rows of istanbul's text-summary, exactly as the tool printed them. */
function readTextSummary(text: string): Record<string, { pct: number; covered: number; total: number }> {
  const out: Record<string, { pct: number; covered: number; total: number }> = {};
  for (const m of text.matchAll(/^(\w+)\s*: ([\d.]+)% \( (\d+)\/(\d+) \)$/gm)) {
    out[m[1]!.toLowerCase()] = { pct: Number(m[2]), covered: Number(m[3]), total: Number(m[4]) };
  }
  return out;
}

describe.each(JS_TOOLS.flatMap((tool) => JS_PARTS.map((part) => [tool, part] as const)))(
  'js-app run with %s (%s)',
  (tool, part) => {
    const dir = `js-app/reports/${tool}-${part}`;
    const summary = readJsonFixture<Record<string, IstanbulSummary>>(`${dir}/coverage-summary.json`);

    it('coverage-final.json totals equal the tool json-summary and its printed text-summary', () => {
      const totals = summarizeTotals(parseFixture(`${dir}/coverage-final.json`).data);
      expect(totals).toEqual(toolSummary(summary.total!));
      const printed = readTextSummary(readFixture(`${dir}/text-summary.txt`));
      expect(Object.keys(printed).sort()).toEqual(['branches', 'functions', 'lines', 'statements']);
      for (const [metric, row] of Object.entries(printed)) {
        expect(totals[metric as keyof Summary]).toEqual(row);
      }
    });

    it('per-file summaries equal the tool json-summary, with repo-relative paths', () => {
      const { data, dropped } = parseFixture(`${dir}/coverage-final.json`);
      expect(dropped).toEqual([]);
      const expected = Object.entries(summary)
        .filter(([key]) => key !== 'total')
        .map(([key, s]) => [key.slice(FAKE_ROOT.length + 1), toolSummary(s)]);
      expect([...data.files.values()].map((f) => [f.path, summarizeFile(f)])).toEqual(expected);
    });

    it('lcov.info gives the same lines, functions and branches, and no statements', () => {
      const totals = summarizeTotals(parseFixture(`${dir}/lcov.info`).data);
      const tool = toolSummary(summary.total!);
      expect(totals).toEqual({ ...tool, statements: null });
    });

    it('cobertura XML gives the same lines and functions as coverage-final.json', () => {
      const totals = summarizeTotals(parseFixture(`${dir}/cobertura-coverage.xml`).data);
      const json = summarizeTotals(parseFixture(`${dir}/coverage-final.json`).data);
      expect(totals.lines).toEqual(json.lines);
      expect(totals.functions).toEqual(json.functions);
      expect(totals.statements).toBeNull();
    });

    it('the same missing lines per file from all three formats', () => {
      const missing = (rel: string): [string, number[]][] =>
        [...parseFixture(rel).data.files.values()].map((f) => [f.path, missingLines(f)]);
      const json = missing(`${dir}/coverage-final.json`);
      expect(missing(`${dir}/lcov.info`)).toEqual(json);
      expect(missing(`${dir}/cobertura-coverage.xml`)).toEqual(json);
    });
  },
);

describe('Cobertura branches against the XML header the tool wrote', () => {
  // c8 puts every branch on a line with a statement, so its condition-coverage adds up to the
  // header. nyc's cobertura reporter drops branches on lines without a statement (default
  // parameters on a declaration line), so there only the lines can match: README.md says more.
  it.each(JS_PARTS)('c8 %s', (part) => {
    const rel = `js-app/reports/c8-${part}/cobertura-coverage.xml`;
    const header = readFixture(rel).match(/branches-valid="(\d+)" branches-covered="(\d+)"/)!;
    const totals = summarizeTotals(parseFixture(rel).data);
    expect([totals.branches?.total, totals.branches?.covered]).toEqual([
      Number(header[1]),
      Number(header[2]),
    ]);
  });
});

describe.each(['branch', 'lines'] as const)('py-app run with pytest-cov (%s)', (kind) => {
  const dir = `py-app/reports/${kind}`;
  interface PySummary {
    covered_lines: number;
    num_statements: number;
    num_branches?: number;
    covered_branches?: number;
  }
  const json = readJsonFixture<{
    totals: PySummary;
    files: Record<string, { summary: PySummary; missing_lines: number[] }>;
  }>(`${dir}/coverage.json`);
  const parsed = parseFixture(`${dir}/coverage.xml`);
  const totals = summarizeTotals(parsed.data);
  const xml = readFixture(`${dir}/coverage.xml`);
  const attr = (name: string): number =>
    Number(new RegExp(`<coverage [^>]*\\b${name}="([\\d.]+)"`).exec(xml)![1]);

  it('lines equal coverage.py (coverage.json totals, XML header and `coverage report` TOTAL row)', () => {
    expect(totals.lines.total).toBe(json.totals.num_statements);
    expect(totals.lines.covered).toBe(json.totals.covered_lines);
    expect([totals.lines.total, totals.lines.covered]).toEqual([attr('lines-valid'), attr('lines-covered')]);
    const row = /^TOTAL\s+(\d+)\s+(\d+)/m.exec(readFixture(`${dir}/coverage-report.txt`))!;
    expect([totals.lines.total, totals.lines.total - totals.lines.covered]).toEqual([
      Number(row[1]),
      Number(row[2]),
    ]);
  });

  it('branches are counted with --cov-branch and null without it; no statements or functions', () => {
    if (kind === 'branch') {
      expect(totals.branches?.total).toBe(json.totals.num_branches);
      expect(totals.branches?.covered).toBe(json.totals.covered_branches);
      expect([totals.branches?.total, totals.branches?.covered]).toEqual([
        attr('branches-valid'),
        attr('branches-covered'),
      ]);
    } else {
      expect(json.totals.num_branches).toBeUndefined();
      expect(totals.branches).toBeNull();
    }
    expect(totals.statements).toBeNull();
    expect(totals.functions).toBeNull();
  });

  it('files resolve against <source> to repo paths, with coverage.py per-file numbers', () => {
    expect([...parsed.data.files.keys()]).toEqual(Object.keys(json.files));
    for (const [path, f] of Object.entries(json.files)) {
      const file = parsed.data.files.get(path)!;
      const s = summarizeFile(file);
      expect([s.lines.covered, s.lines.total]).toEqual([f.summary.covered_lines, f.summary.num_statements]);
      if (kind === 'branch') {
        expect([s.branches?.covered, s.branches?.total]).toEqual([
          f.summary.covered_branches,
          f.summary.num_branches,
        ]);
      }
      expect(missingLines(file)).toEqual(f.missing_lines);
    }
  });
});

/** A one-line coverage.py-like Cobertura report with one `<line>` of the given attributes. */
function xmlLine(attrs: string): string {
  return `<coverage branch-rate="0"><packages><package><classes><class filename="a.py"><lines><line ${attrs}/></lines></class></classes></package></packages></coverage>`;
}

describe('format detection and bad input', () => {
  const lcov = readFixture('js-app/reports/c8-all/lcov.info');
  const json = readFixture('js-app/reports/c8-all/coverage-final.json');
  const xml = readFixture('js-app/reports/c8-all/cobertura-coverage.xml');

  it('detects the format from content, whatever the name', () => {
    expect(parseCoverage(lcov, 'report.xml', { root: FAKE_ROOT }).data.formats).toEqual(['lcov']);
    expect(parseCoverage(xml, 'lcov.info', { root: FAKE_ROOT }).data.formats).toEqual(['cobertura']);
    expect(parseCoverage(`\uFEFF\n  ${json}`, 'a.txt', { root: FAKE_ROOT }).data.formats).toEqual([
      'istanbul',
    ]);
  });

  it.each([
    ['empty file', '', /^cov\.x: the file is empty/],
    ['blank file', '  \n\n', /^cov\.x: the file is empty/],
    ['truncated JSON', json.slice(0, 500), /^cov\.x: invalid JSON .*truncated/],
    [
      'json-summary',
      readFixture('js-app/reports/c8-all/coverage-summary.json'),
      /^cov\.x: this is a json-summary/,
    ],
    ['raw V8 coverage', '{"result":[]}', /^cov\.x: this is raw V8 coverage.*c8 report/],
    ['a JSON array', '[1,2]', /^cov\.x: this is a JSON value, not istanbul/],
    ['JSON of another kind', '{"a":{"b":1}}', /^cov\.x: this is JSON of another kind/],
    [
      'coverage.py JSON',
      readFixture('py-app/reports/lines/coverage.json'),
      /^cov\.x: this is coverage\.py JSON/,
    ],
    [
      'XML that is not Cobertura',
      '<?xml version="1.0"?><testsuites><testsuite/></testsuites>',
      /root is <testsuites>/,
    ],
    ['truncated XML', xml.slice(0, 800), /^cov\.x:\d+: invalid XML .*truncated/],
    [
      'lcov garbage',
      'TN:\nSF:src/a.js\nDA:1,1\nhello world\nend_of_record\n',
      /^cov\.x:4: "hello world" is not an lcov record/,
    ],
    ['unknown text', 'hello', /^cov\.x: unknown coverage format/],
    [
      'an istanbul entry that is null',
      '{"src/a.js": null}',
      /^cov\.x: entry "src\/a\.js" is not istanbul file/,
    ],
    ['an istanbul entry that is a number', '{"src/a.js": 3}', /^cov\.x: entry "src\/a\.js" is not istanbul/],
    ['an istanbul entry that is an array', '{"src/a.js": []}', /^cov\.x: entry "src\/a\.js" is not istanbul/],
    [
      'a null entry after a good one',
      `{"a.js": ${JSON.stringify(Object.values(JSON.parse(json) as object)[0])}, "b.js": null}`,
      /^cov\.x: entry "b\.js" is not istanbul file coverage/,
    ],
    [
      'a Cobertura line 0',
      xmlLine('number="0" hits="1"'),
      /^cov\.x: class "a\.py" has a <line> .*line 0 is not/,
    ],
    ['Cobertura hits 1e300', xmlLine('number="2" hits="1e300"'), /hit count 1e300 is not a whole number/],
  ])('%s -> one-line CoverageFormatError naming the file', (_name, text, message) => {
    let error: unknown;
    try {
      parseCoverage(text, 'cov.x', { root: FAKE_ROOT });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoverageFormatError);
    const msg = (error as Error).message;
    expect(msg).toMatch(message);
    expect(msg).not.toContain('\n');
  });

  it('a report whose every file lies outside the root is an error naming the root and a path', () => {
    expect(() => parseCoverage(json, 'cov.json', { root: '/somewhere/else' })).toThrow(
      /^cov\.json: all 4 files lie outside the root \/somewhere\/else \(e\.g\. \/home\/runner\/work\/app\/app\/src\/cart\.js\) and none is found in this checkout/,
    );
  });

  it('files outside the root are dropped and reported once', () => {
    const text = ['SF:/elsewhere/x.js', 'DA:1,1', 'end_of_record', 'SF:src/a.js', 'DA:1,0', 'end_of_record'];
    const twice = [...text, 'SF:/elsewhere/x.js', 'DA:2,1', 'end_of_record'].join('\n');
    const parsed = parseCoverage(twice, 'l.info', { root: FAKE_ROOT });
    expect(parsed.dropped).toEqual(['/elsewhere/x.js']);
    expect([...parsed.data.files.keys()]).toEqual(['src/a.js']);
  });
});

describe('loadCoverage', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'covgate-load-'));
  mkdirSync(join(cwd, 'a'));
  mkdirSync(join(cwd, 'b'));
  writeFileSync(
    join(cwd, 'a', 'coverage-final.json'),
    readFixture('js-app/reports/nyc-part-a/coverage-final.json'),
  );
  writeFileSync(
    join(cwd, 'b', 'coverage-final.json'),
    readFixture('js-app/reports/nyc-part-b/coverage-final.json'),
  );
  writeFileSync(join(cwd, 'empty.info'), '');
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const opts = { cwd, root: FAKE_ROOT, inputName: 'coverage-files' };

  it('merges every file a glob matches, in path order', async () => {
    const loaded = await loadCoverage(['*/coverage-final.json'], opts);
    expect(loaded.files).toEqual([
      join(cwd, 'a', 'coverage-final.json'),
      join(cwd, 'b', 'coverage-final.json'),
    ]);
    const all = readJsonFixture<Record<string, IstanbulSummary>>(
      'js-app/reports/nyc-all/coverage-summary.json',
    );
    expect(summarizeTotals(loaded.data)).toEqual(toolSummary(all.total!));
  });

  it('a glob that matches nothing is an InputError naming the input, the glob and the cwd', async () => {
    await expect(loadCoverage(['a/coverage-final.json', 'nope/*.xml'], opts)).rejects.toThrow(
      new InputError(
        `coverage-files: no file matches "nope/*.xml" in ${cwd}; check the path and that the test command writes its coverage report there`,
      ),
    );
  });

  it('with requireEach: false only "nothing at all" is an error, listing the globs searched', async () => {
    const some = await loadCoverage(['coverage/lcov.info', 'a/coverage-final.json'], {
      ...opts,
      requireEach: false,
    });
    expect(some.files).toEqual([join(cwd, 'a', 'coverage-final.json')]);
    await expect(
      loadCoverage(['coverage/lcov.info', 'coverage.xml'], { ...opts, requireEach: false }),
    ).rejects.toThrow(
      `coverage-files: no coverage report found in ${cwd} (searched coverage/lcov.info, coverage.xml)`,
    );
  });

  it('resolves relative report paths from cwd: a package of a monorepo', async () => {
    const root = mkdtempSync(join(tmpdir(), 'covgate-mono-'));
    const pkg = join(root, 'packages', 'web');
    mkdirSync(join(pkg, 'coverage'), { recursive: true });
    writeFileSync(join(pkg, 'coverage', 'lcov.info'), 'SF:src/a.js\nDA:1,1\nend_of_record\n');
    try {
      const loaded = await loadCoverage(['coverage/lcov.info'], {
        cwd: pkg,
        root,
        inputName: 'coverage-files',
      });
      expect([...loaded.data.files.keys()]).toEqual(['packages/web/src/a.js']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a directory instead of a file is an InputError saying so', async () => {
    await expect(loadCoverage(['a'], opts)).rejects.toThrow(
      /^coverage-files: "a" is a directory; give the report file/,
    );
  });

  it('names a bad file relative to cwd', async () => {
    await expect(loadCoverage(['empty.info'], opts)).rejects.toThrow(/^empty\.info: the file is empty/);
  });
});

describe('parseReportFile', () => {
  it('parses text already read as loadCoverage does, naming the file relative to cwd if inside', () => {
    const text = 'SF:src/a.js\nDA:1,1\nend_of_record\nSF:/elsewhere/b.js\nDA:1,1\nend_of_record\n';
    const parsed = parseReportFile(text, '/w/app/lcov.info', { cwd: '/w/app/pkg', root: '/w/app' });
    expect([...parsed.data.files.keys()]).toEqual(['pkg/src/a.js']);
    expect(parsed.dropped).toEqual(['/elsewhere/b.js']);
    const opts = { cwd: '/w/app', root: '/w/app' };
    expect(() => parseReportFile('', '/w/app/cov/x.info', opts)).toThrow(/^cov\/x\.info: the file is empty/);
    expect(() => parseReportFile('', '/tmp/x.info', opts)).toThrow(/^\/tmp\/x\.info: the file is empty/);
  });
});

describe('readTextFile', () => {
  it('decodes like readFile(utf8): BOM, characters across chunk ends, bad bytes as U+FFFD', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'covgate-text-'));
    try {
      // 3-byte characters over 2 MB cross every chunk end of a chunked read; then a lone byte 0xff.
      const bytes = Buffer.concat([
        Buffer.from('\ufeffSF:ä€\n'),
        Buffer.from('€'.repeat(700_000)),
        Buffer.from([0xff]),
      ]);
      const file = join(dir, 'lcov.info');
      writeFileSync(file, bytes);
      const text = await readTextFile(file);
      expect(text).toBe(await readFile(file, 'utf8'));
      expect([text.length, text.slice(0, 7), text.at(-1)]).toEqual([
        7 + 700_000 + 1,
        '\ufeffSF:ä€\n',
        '\ufffd',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
