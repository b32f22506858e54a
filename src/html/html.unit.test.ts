import { describe, expect, it } from 'vitest';
import { buildReport } from '../analysis/build-report.js';
import type { BranchHit, CoverageData, FileCoverage } from '../coverage/model.js';
import { renderFilePage } from './file-page.js';
import { renderIndexPage } from './index-page.js';
import { escapeHtml, hrefTo } from './layout.js';
import { buildIndexRows, buildLineViews, directoryOf, lineClass } from './view.js';

function lcovFile(path: string, lines: Record<number, number>, branches: BranchHit[] = []): FileCoverage {
  return {
    path,
    lines: new Map(Object.entries(lines).map(([l, h]) => [Number(l), h])),
    statements: null,
    functions: null,
    branches: new Map(branches.map((b, i) => [String(i), b])),
  };
}

function data(...files: FileCoverage[]): CoverageData {
  return { files: new Map(files.map((f) => [f.path, f])), formats: ['lcov'] };
}

describe('buildLineViews', () => {
  it('marks hit, missed, partly covered and changed lines, with the untaken outcome', () => {
    const file = lcovFile('a.js', { 1: 3, 2: 0, 3: 5 }, [{ line: 3, hits: [4, 0] }]);
    const views = buildLineViews(file, new Set([2, 5]));
    expect([1, 2, 3, 4, 5].map((n) => lineClass(views.get(n)))).toEqual(['hit', 'miss', 'part', '', '']);
    expect(views.get(3)).toEqual({
      hits: 5,
      branches: { taken: 1, total: 2 },
      untaken: [{ index: 2, of: 2, destination: null }],
      changed: false,
    });
    expect([views.get(2)?.changed, views.get(5)?.changed, views.get(5)?.hits]).toEqual([true, true, null]);
  });

  it('names coverage.py destinations and counts a never-reached branch-only line as missed', () => {
    const withDestinations = { line: 4, hits: [0, 0], destinations: [7, 'exit'] } as BranchHit;
    const views = buildLineViews(lcovFile('a.py', {}, [withDestinations]), new Set());
    expect(views.get(4)?.untaken.map((u) => u.destination)).toEqual(['7', 'exit']);
    expect(lineClass(views.get(4))).toBe('miss');
    const page = renderFilePage(
      {
        file: {
          path: 'a.py',
          lines: { covered: 0, total: 0, pct: 100 },
          statements: null,
          functions: null,
          branches: { covered: 0, total: 2, pct: 0 },
          missingLines: [],
        },
        lines: views,
        indexHref: '../index.html',
        changedCount: 0,
      },
      'a\nb\nc\nif x:\n',
    );
    expect(page).toContain('0/2 branches · jump to line 7 not taken; exit not taken');
  });
});

describe('buildIndexRows', () => {
  it('gives each file and directory its delta against the base; a new file has none', () => {
    const base = data(lcovFile('src/a.js', { 1: 1, 2: 0 }), lcovFile('src/b.js', { 1: 1 }));
    const head = data(
      lcovFile('src/a.js', { 1: 1, 2: 1 }),
      lcovFile('src/b.js', { 1: 1 }),
      lcovFile('src/lib/c.js', { 1: 0, 2: 1, 3: 1 }),
    );
    const report = buildReport({ head, base, changes: null, thresholds: [] });
    const rows = buildIndexRows(report, (p) => (p === 'src/b.js' ? null : `files/${p}.html`));
    expect(rows.files.map((r) => [r.path, r.delta?.lines ?? null, r.missing, r.href])).toEqual([
      ['src/a.js', 50, 0, 'files/src/a.js.html'],
      ['src/b.js', 0, 0, null],
      ['src/lib/c.js', null, 1, 'files/src/lib/c.js.html'],
    ]);
    // src/ went from 2/3 to 3/3 lines; src/lib/ is new.
    expect(
      rows.directories.map((r) => [
        r.path,
        r.totals.lines.covered,
        r.totals.lines.total,
        r.delta?.lines ?? null,
      ]),
    ).toEqual([
      ['src/', 3, 3, 33.34],
      ['src/lib/', 2, 3, null],
    ]);
    expect(directoryOf('top.js')).toBe('./');
  });
});

describe('escaping', () => {
  const hostile = 'src/<img src=x onerror=alert(1)>"&\'.js';

  it('renders hostile file names and source as text, links percent-encoded', () => {
    const head = data(lcovFile(hostile, { 1: 1 }));
    const report = buildReport({ head, base: null, changes: null, thresholds: [] });
    const rows = buildIndexRows(report, () => 'files/1-x.html');
    const index = renderIndexPage(report, rows, { title: '<b>t</b>', headSha: null, missingSources: 0 });
    expect(index).not.toContain('<img');
    expect(index).toContain('src/&lt;img src=x onerror=alert(1)&gt;&quot;&amp;&#39;.js');
    expect(index).toContain('Coverage · &lt;b&gt;t&lt;/b&gt;');
    expect(hrefTo('files/a b"<.html')).toBe('files/a%20b%22%3C.html');
    const page = renderFilePage(
      { file: report.files[0]!, lines: new Map(), indexHref: '../index.html', changedCount: 0 },
      '</script><script>alert(1)</script>',
    );
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.match(/<script/g)).toBeNull();
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('loads nothing from the network: no external URL, and a CSP that forbids fetches', () => {
    const report = buildReport({
      head: data(lcovFile('a.js', { 1: 1 })),
      base: null,
      changes: null,
      thresholds: [],
    });
    const index = renderIndexPage(
      report,
      buildIndexRows(report, () => 'files/1-a.js.html'),
      {
        title: 't',
        headSha: 'abc',
        missingSources: 1,
      },
    );
    expect(index).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//);
    expect(index).toContain("default-src 'none'");
    expect(index).toContain('1 file(s) have no page');
  });
});
