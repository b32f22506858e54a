import { describe, expect, it } from 'vitest';
import type { FullReport } from '../analysis/types.js';
import {
  counts,
  failedUnitPhases,
  findRaggedRows,
  sampleContext,
  sampleReport,
  totals,
} from '../../test/support/report-fixtures.js';
import { ZERO_WIDTH_SPACE as Z } from './escape.js';
import { COMMENT_MAX_CHARS, renderComment } from './markdown.js';

const blob = `https://github.com/acme/shop/blob/${'1'.repeat(40)}`;

describe('hostile names', () => {
  const evilPath = 'src/<img src=x onerror=alert(1)>|@admin #12 `x`.ts';
  function hostileReport(): FullReport {
    const report = sampleReport();
    report.files.push({
      path: evilPath,
      lines: counts(1, 2),
      statements: null,
      functions: null,
      branches: null,
      missingLines: [7],
    });
    report.patch?.files.push({
      path: evilPath,
      covered: 0,
      total: 9,
      uncoveredLines: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
    report.fileChanges.push({
      path: 'lib/**bold**_[x](y).js',
      kind: 'indirect',
      base: totals(counts(2, 2)),
      head: totals(counts(1, 2)),
      delta: { lines: -50, statements: null, functions: null, branches: null },
    });
    return report;
  }
  const ctx = sampleContext({
    phases: [
      {
        name: 'unit',
        command: 'npm test -- -t "a|b" `whoami`',
        exitCode: 1,
        signal: null,
        timedOut: false,
        skipped: false,
        durationMs: 900,
        tests: {
          passed: 0,
          failed: 1,
          skipped: 0,
          failures: [
            {
              name: 'it works\n# Heading | @team',
              file: null,
              message: '<script>alert(1)</script> ~~gone~~',
            },
          ],
        },
      },
    ],
  });

  it('renders paths, test names and commands as literal text, with links still pointing at the file', () => {
    const text = renderComment(hostileReport(), ctx);
    const encoded = 'src/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%7C%40admin%20%2312%20%60x%60.ts';
    expect(text).toContain(
      `| [src/&lt;img src=x onerror=alert(1)&gt;&#124;@${Z}admin &#35;${Z}12 &#96;x&#96;.ts](${blob}/${encoded}) ` +
        `| 0.00% (0/9) | 50.00% | ±0.00 | [1-9](${blob}/${encoded}#L1-L9) |`,
    );
    expect(text).toContain(
      '| Unit | `` npm test -- -t "a\\|b" `whoami` `` | ❌ exit 1 | 900 ms | 0 passed, 1 failed, 0 skipped |',
    );
    expect(text).toContain(
      `- Unit · it works&#92;n&#35; Heading &#124; @${Z}team: &lt;script&gt;alert(1)&lt;/script&gt; &#126;&#126;gone&#126;&#126;`,
    );
    expect(text).toContain(
      `| [lib/&#42;&#42;bold&#42;&#42;&#95;&#91;x&#93;(y).js](${blob}/lib/%2A%2Abold%2A%2A_%5Bx%5D%28y%29.js) | indirect | 50.00% (1/2) | ▼ -50.00 | — |`,
    );
    // Nothing left to interpret: no raw tag, no mention, no issue reference (entities like &#124; aside).
    expect(text.replace(/&#?\w+;/g, '')).not.toMatch(/<img|<script|@admin|@team|#12/);
    expect(findRaggedRows(text)).toEqual([]);
  });

  it('has a table checker that does see a broken row', () => {
    expect(findRaggedRows('| a | b |\n|--|--|\n| x \\| y | z |\n| x | y | z |\n\n| c |')).toEqual([
      '| x | y | z |',
    ]);
  });

  it('puts the worst file first', () => {
    const rows = renderComment(hostileReport(), ctx)
      .split('\n')
      .filter((l) => l.startsWith('| [src/'));
    expect(rows[0]).toContain('0.00% (0/9)');
  });
});

describe('size and determinism', () => {
  function hugeReport(n: number): FullReport {
    const report = sampleReport();
    const dir = 'packages/some-very-long-package-name/src/deeply/nested/directory/structure/that/goes/on';
    report.files = [];
    report.patch = { covered: 0, total: 0, pct: 0, files: [] };
    report.fileChanges = [];
    report.thresholds = [];
    for (let i = 0; i < n; i += 1) {
      const path = `${dir}/and/on/module_${String(i).padStart(5, '0')}_with_a_long_name.ts`;
      const uncovered = Array.from({ length: 1 + (i % 7) }, (_, k) => 10 + k * 3);
      report.files.push({
        path,
        lines: counts(10, 40),
        statements: null,
        functions: null,
        branches: null,
        missingLines: uncovered,
      });
      report.patch.files.push({ path, covered: 3, total: 3 + uncovered.length, uncoveredLines: uncovered });
      report.fileChanges.push({
        path: `other/${path}`,
        kind: 'indirect',
        base: null,
        head: null,
        delta: { lines: -i / 100, statements: null, functions: null, branches: null },
      });
      report.thresholds.push({ name: `file:${path}`, required: 50, actual: 25, ok: false });
    }
    return report;
  }

  it('stays under 65,536 characters for 20,000 long-named files, then points to the job summary', () => {
    const ctx = sampleContext({
      errors: Array.from({ length: 500 }, (_, i) => `error ${i}: ${'x'.repeat(400)}`),
    });
    const text = renderComment(hugeReport(20_000), ctx);
    expect(text.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const lines = text.split('\n');
    const rows = lines.filter((l) => l.startsWith('| [packages/'));
    expect(rows.length).toBeGreaterThan(20);
    const more = lines.find((l) => l.startsWith('… and ') && l.includes('more files'));
    expect(more).toBe(
      `… and ${(20_000 - rows.length).toLocaleString('en-US')} more files — see [job summary](https://github.com/acme/shop/actions/runs/42)`,
    );
    // Worst first: the files with 7 uncovered changed lines (i % 7 === 6), by path.
    expect(rows[0]).toContain('module_00006_with_a_long_name.ts');
    // Not every file fits with all its ranges, so rows drop to 2 linked ranges each, to show more files.
    expect(rows[0]).toMatch(/#L13\) \+5 more \|$/);
    expect(rows[1]).toContain('module_00013_with_a_long_name.ts');
    expect(text).toContain('<details><summary>Provenance</summary>');
    expect(text).toMatch(/\n- … and [\d,]+ more\n/);
    expect(findRaggedRows(text)).toEqual([]);
  });

  it('renders the same input to the same bytes, whatever the input order', () => {
    const report = hugeReport(300);
    const ctx = sampleContext({ phases: failedUnitPhases() });
    const first = renderComment(report, ctx);
    expect(renderComment(report, ctx)).toBe(first);
    const shuffled = hugeReport(300);
    const rotate = <T>(items: T[]): T[] => [...items.slice(137), ...items.slice(0, 137)].reverse();
    shuffled.files = rotate(shuffled.files);
    shuffled.fileChanges = rotate(shuffled.fileChanges);
    shuffled.thresholds = rotate(shuffled.thresholds);
    if (shuffled.patch) shuffled.patch.files = rotate(shuffled.patch.files);
    expect(renderComment(shuffled, ctx)).toBe(first);
  });
});
