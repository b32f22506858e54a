import { describe, expect, it } from 'vitest';
import { failedUnitPhases, sampleContext, sampleReport } from '../../test/support/report-fixtures.js';
import { commentMarker, pointToSummary, renderComment } from './markdown.js';

const blob = `https://github.com/acme/shop/blob/${'1'.repeat(40)}`;

describe('renderComment', () => {
  it('renders a failed run: failed threshold, failed unit phase, skipped full phase, worst file first', () => {
    const ctx = sampleContext({ phases: failedUnitPhases(), errors: ['unit phase failed (exit 1)'] });
    expect(renderComment(sampleReport(), ctx)).toBe(
      [
        '<!-- covgate:comment-id=covgate -->',
        '',
        '### ❌ Coverage check failed',
        '',
        'Lines **81.25%** (▲ +1.25) · Patch **60.00%**',
        '',
        '- ❌ Lines coverage 81.25% is below the required 85%',
        '- ❌ unit phase failed (exit 1)',
        '',
        '| Metric | Base | Head | Δ |',
        '|:--|--:|--:|--:|',
        '| Lines | 80.00% (80/100) | 81.25% (130/160) | ▲ +1.25 |',
        '| Statements | 81.81% (90/110) | 82.35% (140/170) | ▲ +0.54 |',
        '| Functions | — | 80.00% (20/25) | — |',
        '| Branches | 75.00% (30/40) | 75.00% (30/40) | ±0.00 |',
        '',
        "Compared with the baseline `2222222` of the PR's base commit.",
        '',
        '**Patch coverage:** 60.00% (6/10 changed executable lines) · changed branches 50.00% (1/2)',
        '',
        '#### Thresholds',
        '',
        '| Threshold | Required | Actual | Result |',
        '|:--|--:|--:|:-:|',
        '| Lines | ≥ 85% | 81.25% | ❌ fail |',
        '| Patch | ≥ 50% | 60.00% | ✅ pass |',
        '',
        '#### Test phases',
        '',
        '| Phase | Command | Result | Duration | Tests |',
        '|:--|:--|:--|--:|:--|',
        '| Unit | `npm run test:unit` | ❌ exit 1 | 12.3 s | 41 passed, 1 failed, 2 skipped |',
        '| Full | `npm test -- --coverage` | ⏭️ skipped (an earlier phase failed) | — | — |',
        '',
        '**Failed tests**',
        '',
        '- Unit · users &gt; rejects duplicates (test/users.test.ts): expected 409, got 500',
        '',
        '#### Changed files',
        '',
        '1 changed file has no executable changed lines.',
        '',
        '| File | Patch | Lines | Δ Lines | Uncovered changed lines |',
        '|:--|--:|--:|--:|:--|',
        `| [src/api/users.ts](${blob}/src/api/users.ts) | 42.85% (3/7) | 85.71% | ▲ +2.38 | ` +
          `[10-12](${blob}/src/api/users.ts#L10-L12), [40](${blob}/src/api/users.ts#L40) |`,
        `| [src/util/clock.ts](${blob}/src/util/clock.ts) | 100.00% (3/3) | 75.00% | ±0.00 | — |`,
        '',
        '<details><summary>Coverage changes in files without changed lines: 1 file (1 indirect)</summary>',
        '',
        '| File | Change | Lines | Δ Lines | Δ Branches |',
        '|:--|:--|--:|--:|--:|',
        `| [src/db/pool.ts](${blob}/src/db/pool.ts) | indirect | 80.00% (40/50) | ▼ -10.00 | — |`,
        '',
        '</details>',
        '',
        '<details><summary>Provenance</summary>',
        '',
        '- Head commit: `1111111111111111111111111111111111111111`',
        '- PR base commit: `2222222222222222222222222222222222222222`',
        '- Baseline: `2222222222222222222222222222222222222222` from the baseline store (Actions cache); ' +
          'the exact PR base commit.',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('passes with N/A patch coverage when no executable line changed', () => {
    const report = sampleReport();
    report.passed = true;
    report.thresholds = [{ name: 'lines', required: 80, actual: 81.25, ok: true }];
    report.patch = {
      covered: 0,
      total: 0,
      pct: 100,
      files: [{ path: 'docs/a.md', covered: 0, total: 0, uncoveredLines: [] }],
    };
    report.patchBranches = null;
    const text = renderComment(report, sampleContext());
    expect(text).toContain(
      '### ✅ Coverage check passed\n\nLines **81.25%** (▲ +1.25) · Patch **N/A**\n\n| Metric |',
    );
    expect(text).toContain('**Patch coverage:** N/A — no executable changed lines');
    expect(text).toContain(
      '#### Changed files\n\n1 changed file has no executable changed lines.\n\n<details>',
    );
    expect(text).not.toContain('❌');
    expect(text).not.toContain('#### Test phases');
  });

  it('says unknown, with the reason, when the diff is incomplete — never 100%', () => {
    const report = sampleReport();
    report.patch = { covered: 6, total: 10, pct: null, files: report.patch?.files ?? [] };
    report.patchNote = 'the PR diff is larger than GitHub returns (over 300 files)';
    const text = renderComment(report, sampleContext());
    expect(text).toContain('Lines **81.25%** (▲ +1.25) · Patch **unknown**');
    expect(text).toContain(
      '**Patch coverage:** unknown — the PR diff is larger than GitHub returns (over 300 files)',
    );
  });

  it('states plainly when the baseline is only the nearest one', () => {
    const ctx = sampleContext();
    ctx.provenance = { ...ctx.provenance, baselineSha: 'abcdef0123456789', baselineExact: false };
    const text = renderComment(sampleReport(), ctx);
    expect(text).toContain(
      "⚠️ Compared with the nearest baseline `abcdef0` of the base branch, not the PR's base commit `2222222`",
    );
    expect(text).toContain(
      '- Baseline: `abcdef0123456789` from the baseline store (Actions cache); **not the exact PR base commit** — ' +
        'the newest baseline of the base branch was used instead.',
    );
  });

  it('links nothing offline and names a non-default comment id in the heading', () => {
    const text = renderComment(sampleReport(), sampleContext({ repoUrl: null, commentId: 'web-app' }));
    expect(
      text.startsWith('<!-- covgate:comment-id=web-app -->\n\n### ❌ Coverage check failed · web-app\n'),
    ).toBe(true);
    expect(text).toContain('| src/api/users.ts | 42.85% (3/7) | 85.71% | ▲ +2.38 | 10-12, 40 |');
    expect(text).not.toContain('](http');
  });

  it('leaves out the changed-files section when the diff changed nothing', () => {
    const report = sampleReport();
    report.patch = { covered: 0, total: 0, pct: 100, files: [] };
    expect(renderComment(report, sampleContext())).not.toContain('#### Changed files');
  });
});

describe('commentMarker', () => {
  it('is a hidden HTML comment that no id can end early or prefix', () => {
    expect(commentMarker('covgate')).toBe('<!-- covgate:comment-id=covgate -->');
    expect(commentMarker('api docs')).toBe('<!-- covgate:comment-id=api%20docs -->');
    expect(commentMarker('x -->--!<b>')).toBe('<!-- covgate:comment-id=x%20%2D%2D%3E%2D%2D!%3Cb%3E -->');
    expect(commentMarker('a').endsWith(' -->')).toBe(true);
    expect(commentMarker('ab').includes(commentMarker('a'))).toBe(false);
  });
});

describe('pointToSummary', () => {
  it('links an http(s) URL, encoding what would break the link, and falls back to words', () => {
    expect(pointToSummary('https://github.com/acme/shop/actions/runs/42')).toBe(
      '[job summary](https://github.com/acme/shop/actions/runs/42)',
    );
    expect(pointToSummary('https://x.example/a (b)')).toBe('[job summary](https://x.example/a%20%28b%29)');
    expect(pointToSummary('https://x.example/\u2028')).toBe('[job summary](https://x.example/%E2%80%A8)');
    expect(pointToSummary('javascript:alert(1)')).toBe('the job summary');
    expect(pointToSummary(null)).toBe('the job summary');
  });
});
