import { describe, expect, it } from 'vitest';
import type { ThresholdResult } from '../analysis/types.js';
import { sampleContext, sampleReport } from '../../test/support/report-fixtures.js';
import { measureChars } from './budget.js';
import {
  describeThreshold,
  renderPatch,
  renderProvenanceLines,
  renderReasons,
  renderTotals,
  sortThresholds,
} from './sections.js';

describe('thresholds', () => {
  it('describes metrics, patch, files and max-drop with the numbers', () => {
    expect(describeThreshold({ name: 'lines', required: 85, actual: 81.25, ok: false })).toEqual({
      label: 'Lines',
      required: '≥ 85%',
      actual: '81.25%',
      reason: 'Lines coverage 81.25% is below the required 85%',
    });
    expect(describeThreshold({ name: 'patch', required: 90, actual: null, ok: false }).reason).toBe(
      'Patch coverage is unknown (required 90%)',
    );
    expect(
      describeThreshold({ name: 'file:src/__init__.py', required: 50, actual: 12.5, ok: false }),
    ).toEqual({
      label: 'File src/&#95;&#95;init&#95;&#95;.py (lines)',
      required: '≥ 50%',
      actual: '12.50%',
      reason: 'File src/&#95;&#95;init&#95;&#95;.py: line coverage 12.50% is below the required 50%',
    });
    expect(describeThreshold({ name: 'max-drop', required: 0.5, actual: 1.25, ok: false })).toEqual({
      label: 'Max drop (lines)',
      required: '≤ 0.5 pts',
      actual: '1.25 pts',
      reason: 'Line coverage dropped by 1.25 pts, more than the allowed 0.5',
    });
  });

  it('sorts failing first, then metric order, then files by path — whatever the input order', () => {
    const input: ThresholdResult[] = [
      { name: 'file:b.ts', required: 50, actual: 10, ok: false },
      { name: 'patch', required: 90, actual: 95, ok: true },
      { name: 'branches', required: 80, actual: 70, ok: false },
      { name: 'file:a.ts', required: 50, actual: 10, ok: false },
      { name: 'lines', required: 85, actual: 90, ok: true },
      { name: 'max-drop', required: 0, actual: 0.5, ok: false },
    ];
    const order = ['branches', 'max-drop', 'file:a.ts', 'file:b.ts', 'lines', 'patch'];
    expect(sortThresholds(input).map((t) => t.name)).toEqual(order);
    expect(sortThresholds([...input].reverse()).map((t) => t.name)).toEqual(order);
  });
});

describe('reasons', () => {
  it('lists failed thresholds and phase errors, escaped, within the budget', () => {
    const ctx = sampleContext({
      errors: ['unit phase failed (exit 1)', 'no coverage file matched `cov/*.json`'],
    });
    expect(renderReasons(sampleReport(), ctx, 1000, measureChars)).toBe(
      [
        '- ❌ Lines coverage 81.25% is below the required 85%',
        '- ❌ unit phase failed (exit 1)',
        '- ❌ no coverage file matched &#96;cov/&#42;.json&#96;',
      ].join('\n'),
    );
    expect(renderReasons(sampleReport(), ctx, 70, measureChars)).toBe(
      '- ❌ Lines coverage 81.25% is below the required 85%\n- … and 2 more',
    );
  });
});

describe('totals and patch', () => {
  it('shows base, head and delta per metric, with — for a metric one side lacks', () => {
    expect(renderTotals(sampleReport(), sampleContext())).toBe(
      [
        '| Metric | Base | Head | Δ |',
        '|:--|--:|--:|--:|',
        '| Lines | 80.00% (80/100) | 81.25% (130/160) | ▲ +1.25 |',
        '| Statements | 81.81% (90/110) | 82.35% (140/170) | ▲ +0.54 |',
        '| Functions | — | 80.00% (20/25) | — |',
        '| Branches | 75.00% (30/40) | 75.00% (30/40) | ±0.00 |',
        '',
        "Compared with the baseline `2222222` of the PR's base commit.",
      ].join('\n'),
    );
  });

  it('says when the baseline is not the exact base, and when there is none', () => {
    const nearest = sampleContext();
    nearest.provenance = { ...nearest.provenance, baselineSha: '3333333aaaa', baselineExact: false };
    expect(renderTotals(sampleReport(), nearest).split('\n').at(-1)).toBe(
      "⚠️ Compared with the nearest baseline `3333333` of the base branch, not the PR's base commit `2222222`: " +
        'the deltas may include changes merged into the base branch since.',
    );
    const report = sampleReport();
    report.base = null;
    report.delta = null;
    const none = sampleContext();
    none.provenance = {
      ...none.provenance,
      baselineSha: null,
      baselineSource: 'none',
      note: 'no baseline: the cache service is not available',
    };
    const text = renderTotals(report, none);
    expect(text).toContain('| Lines | — | 81.25% (130/160) | — |');
    expect(text).toContain('| Functions | — | 80.00% (20/25) | — |');
    expect(text.split('\n').at(-1)).toBe('No baseline to compare with (the cache service is not available).');
    expect(renderProvenanceLines(none.provenance)).toBe(
      [
        '- Head commit: `1111111111111111111111111111111111111111`',
        '- PR base commit: `2222222222222222222222222222222222222222`',
        '- Baseline: none — no baseline, so coverage is not compared with the base.',
        '- Note: no baseline: the cache service is not available',
      ].join('\n'),
    );
  });

  it('renders patch coverage as numbers, N/A or unknown with the reason', () => {
    const report = sampleReport();
    expect(renderPatch(report)).toBe(
      '**Patch coverage:** 60.00% (6/10 changed executable lines) · changed branches 50.00% (1/2)',
    );
    report.patch = { covered: 0, total: 0, pct: 100, files: [] };
    expect(renderPatch(report)).toBe('**Patch coverage:** N/A — no executable changed lines');
    report.patch = { covered: 0, total: 0, pct: null, files: [] };
    report.patchNote = 'the PR diff is larger than GitHub returns (over 300 files)';
    expect(renderPatch(report)).toBe(
      '**Patch coverage:** unknown — the PR diff is larger than GitHub returns (over 300 files)',
    );
    report.patch = null;
    report.patchNote = null;
    expect(renderPatch(report)).toBe('**Patch coverage:** unknown — no diff of the changes is available');
  });
});
