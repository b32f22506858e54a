import { describe, expect, it } from 'vitest';
import { describeBadHits, describeBadLine, isHitCount, isLineNumber, showValue } from './validate.js';

describe('isLineNumber / isHitCount', () => {
  it('accept safe whole numbers from 1 (lines) and from 0 (hits)', () => {
    for (const n of [1, 2, 1234, Number.MAX_SAFE_INTEGER]) expect(isLineNumber(n)).toBe(true);
    for (const n of [0, -0, 1, Number.MAX_SAFE_INTEGER]) expect(isHitCount(n)).toBe(true);
  });

  it('refuse 0 (lines), negatives, fractions, 1e300, beyond 2^53, NaN, Infinity and non-numbers', () => {
    const bad = [-1, 1.5, 1e300, 2 ** 53, 2 ** 53 + 2, NaN, Infinity, '1', null, undefined, true];
    for (const n of [0, ...bad]) expect(isLineNumber(n)).toBe(false);
    for (const n of bad) expect(isHitCount(n)).toBe(false);
  });
});

describe('messages', () => {
  it('show the refused value, cut to 40 characters', () => {
    expect(describeBadLine(0)).toBe('line 0 is not a whole number from 1 to 2^53');
    expect(describeBadHits('1.5')).toBe('hit count 1.5 is not a whole number from 0 to 2^53');
    expect(showValue('')).toBe('(none)');
    expect(showValue(null)).toBe('null');
    expect(showValue('9'.repeat(60))).toBe(`${'9'.repeat(37)}...`);
  });
});
