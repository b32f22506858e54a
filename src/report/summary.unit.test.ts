import { describe, expect, it } from 'vitest';
import type { FullReport } from '../analysis/types.js';
import { counts, failedUnitPhases, sampleContext, sampleReport } from '../../test/support/report-fixtures.js';
import { SUMMARY_MAX_BYTES, renderSummary } from './summary.js';
import { renderComment } from './markdown.js';

const blob = `https://github.com/acme/shop/blob/${'1'.repeat(40)}`;

describe('renderSummary', () => {
  it('lists every file, not only the changed ones, with missing-line ranges', () => {
    const text = renderSummary(sampleReport(), sampleContext({ repoUrl: null }));
    expect(text.slice(text.indexOf('#### Provenance'))).toBe(
      [
        '#### Provenance',
        '',
        '- Head commit: `1111111111111111111111111111111111111111`',
        '- PR base commit: `2222222222222222222222222222222222222222`',
        '- Baseline: `2222222222222222222222222222222222222222` from the baseline store (Actions cache); ' +
          'the exact PR base commit.',
        '',
        '#### All files (3)',
        '',
        '| File | Lines | Statements | Functions | Branches | Missing lines |',
        '|:--|--:|--:|--:|--:|:--|',
        '| src/api/users.ts | 85.71% (60/70) | — | — | — | 10-12, 40, 55 |',
        '| src/db/pool.ts | 80.00% (40/50) | — | — | — | 1-3, 7-9, 20-23 |',
        '| src/util/clock.ts | 75.00% (30/40) | — | — | — | — |',
        '',
      ].join('\n'),
    );
  });

  it('has what the comment has, uncollapsed and without the marker', () => {
    const ctx = sampleContext({ phases: failedUnitPhases(), errors: ['unit phase failed (exit 1)'] });
    const text = renderSummary(sampleReport(), ctx);
    expect(
      text.startsWith('### ❌ Coverage check failed\n\nLines **81.25%** (▲ +1.25) · Patch **60.00%**\n'),
    ).toBe(true);
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('<details>');
    expect(text).toContain('- ❌ unit phase failed (exit 1)');
    expect(text).toContain(
      '| Full | `npm test -- --coverage` | ⏭️ skipped (an earlier phase failed) | — | — |',
    );
    expect(text).toContain(`[10-12](${blob}/src/api/users.ts#L10-L12)`);
    expect(text).toContain('#### Coverage changes in files without changed lines: 1 file (1 indirect)');
    const comment = renderComment(sampleReport(), ctx);
    for (const line of [
      '| Lines | 80.00% (80/100) | 81.25% (130/160) | ▲ +1.25 |',
      '| Lines | ≥ 85% | 81.25% | ❌ fail |',
    ]) {
      expect(comment).toContain(line);
      expect(text).toContain(line);
    }
  });

  it('says how many annotations GitHub will not show', () => {
    const report = sampleReport();
    const uncoveredLines = Array.from({ length: 12 }, (_, i) => 1 + i * 2); // 12 separate ranges
    report.patch = {
      covered: 0,
      total: 12,
      pct: 0,
      files: [{ path: 'src/a.ts', covered: 0, total: 12, uncoveredLines }],
    };
    const text = renderSummary(report, sampleContext());
    expect(text).toContain(
      '**Annotations:** 12 ranges of uncovered changed lines; GitHub shows 10 warning annotations per step, ' +
        'so +2 more are listed under "Changed files" only',
    );
    expect(renderSummary(sampleReport(), sampleContext())).not.toContain('**Annotations:**');
  });

  it('stays under 1 MiB for 20,000 files and says how many it left out', () => {
    const report: FullReport = sampleReport();
    report.files = [];
    for (let i = 0; i < 20_000; i += 1) {
      const path = `packages/app-${i % 50}/src/feature/${'nested/'.repeat(10)}file_${String(i).padStart(5, '0')}.ts`;
      const missingLines = Array.from({ length: 40 }, (_, k) => 1 + k * 2);
      report.files.push({
        path,
        lines: counts(i % 40, 80),
        statements: null,
        functions: null,
        branches: null,
        missingLines,
      });
    }
    const text = renderSummary(report, sampleContext());
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    const rows = text.split('\n').filter((l) => l.startsWith('| [packages/'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.length).toBeLessThan(20_000);
    expect(rows[0]).toContain('packages/app-0/src/feature/');
    expect(rows[0]).toContain(' +10 more |'); // 40 ranges, 30 shown
    const tail = text.trimEnd().split('\n').at(-1);
    expect(tail).toBe(
      `… and ${(20_000 - rows.length).toLocaleString('en-US')} more files not shown: a job summary is limited ` +
        'to 1 MiB. The JSON report (`report-json` output) has every file.',
    );
  });

  it('renders the same bytes twice, whatever the input order', () => {
    const ctx = sampleContext({ phases: failedUnitPhases() });
    const first = renderSummary(sampleReport(), ctx);
    expect(renderSummary(sampleReport(), ctx)).toBe(first);
    const reversed = sampleReport();
    reversed.files.reverse();
    reversed.fileChanges.reverse();
    reversed.thresholds.reverse();
    reversed.patch?.files.reverse();
    expect(renderSummary(reversed, ctx)).toBe(first);
  });
});
