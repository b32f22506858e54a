import { describe, expect, it } from 'vitest';
import { makeCounts } from '../coverage/summary.js';
import {
  fileUrl,
  formatCounts,
  formatDelta,
  formatDuration,
  formatInteger,
  formatLinkedRanges,
  formatPct,
  makeLinkTarget,
  toLineRanges,
} from './format.js';

const target = { repoUrl: 'https://github.com/acme/shop', sha: 'abc123' };

describe('numbers', () => {
  it('formats percentages with two decimals and counts with fixed separators', () => {
    expect(formatPct(81.25)).toBe('81.25%');
    expect(formatPct(100)).toBe('100.00%');
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatInteger(999)).toBe('999');
    expect(formatCounts(makeCounts(2, 3))).toBe('66.66% (2/3)');
    expect(formatCounts(makeCounts(12_000, 20_000))).toBe('60.00% (12,000/20,000)');
    expect(formatCounts(null)).toBe('—');
  });

  it('shows the sign of a delta with an arrow, and exactly ±0.00 for no change', () => {
    expect(formatDelta(1.25)).toBe('▲ +1.25');
    expect(formatDelta(-0.5)).toBe('▼ -0.50');
    expect(formatDelta(0)).toBe('±0.00');
    expect(formatDelta(-0)).toBe('±0.00');
    expect(formatDelta(0.004)).toBe('±0.00');
    expect(formatDelta(null)).toBe('—');
  });

  it('formats durations', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
  });
});

describe('line ranges', () => {
  it('merges consecutive lines, sorting and de-duplicating first', () => {
    expect(toLineRanges([40, 12, 10, 11, 11, 42])).toEqual([
      [10, 12],
      [40, 40],
      [42, 42],
    ]);
    expect(toLineRanges([])).toEqual([]);
  });

  it('links a range as #L10-L12 and a single line as #L40', () => {
    expect(fileUrl(target, 'src/a.ts', [10, 12])).toBe(
      'https://github.com/acme/shop/blob/abc123/src/a.ts#L10-L12',
    );
    expect(fileUrl(target, 'src/a.ts', [40, 40])).toBe(
      'https://github.com/acme/shop/blob/abc123/src/a.ts#L40',
    );
    expect(fileUrl(target, 'docs/my file#2.ts')).toBe(
      'https://github.com/acme/shop/blob/abc123/docs/my%20file%232.ts',
    );
  });

  it('lists linked ranges up to a cap, then +N more', () => {
    expect(formatLinkedRanges('a.ts', [1, 2, 5], target, 10)).toBe(
      '[1-2](https://github.com/acme/shop/blob/abc123/a.ts#L1-L2), [5](https://github.com/acme/shop/blob/abc123/a.ts#L5)',
    );
    expect(formatLinkedRanges('a.ts', [1, 3, 5, 7], null, 2)).toBe('1, 3 +2 more');
    expect(formatLinkedRanges('a.ts', [], null, 2)).toBe('—');
  });

  it('needs both repository and commit to link', () => {
    expect(makeLinkTarget('https://github.com/acme/shop/', 'abc')).toEqual(
      target && { repoUrl: 'https://github.com/acme/shop', sha: 'abc' },
    );
    expect(makeLinkTarget(null, 'abc')).toBeNull();
    expect(makeLinkTarget('https://github.com/acme/shop', null)).toBeNull();
  });
});
