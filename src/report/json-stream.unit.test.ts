import { describe, expect, it } from 'vitest';
import { writeJson } from './json-stream.js';

/** What writeJson writes, and how many writes it took. */
function written(value: unknown): { text: string; writes: number } {
  const parts: string[] = [];
  writeJson(value, (s) => parts.push(s));
  return { text: parts.join(''), writes: parts.length };
}

describe('writeJson', () => {
  it('writes exactly JSON.stringify(value, null, 2) + newline', () => {
    const values: unknown[] = [
      {},
      [],
      { a: [], b: {}, c: null, d: 'x\n"y"', e: 1.5, f: true },
      { skip: undefined, fn: () => 1, kept: [undefined, () => 1, 2], date: new Date(0) },
      { files: [{ path: 'a', lines: [1, 2, 3], nested: { deep: [{ x: 1 }] } }, { path: 'b\u2028' }] },
      { nested: { inner: { missing: [4, 5] } }, list: [[1, [2]], { toJSON: () => 'custom' }] },
      [{ a: 1 }, 'two', [3]],
    ];
    for (const value of values) expect(written(value).text).toBe(JSON.stringify(value, null, 2) + '\n');
  });

  it('writes a big report in batches, not one string', () => {
    const files = Array.from({ length: 5000 }, (_, i) => ({ path: `src/f${i}.js`, missing: [i, i + 1] }));
    const { text, writes } = written({ totals: { lines: 1 }, files });
    expect(text).toBe(JSON.stringify({ totals: { lines: 1 }, files }, null, 2) + '\n');
    expect(writes).toBeGreaterThan(3);
  });
});

describe('writeJson with a string transform', () => {
  const upper = (text: string): string => text.toUpperCase();
  const asReplacer = (_key: string, value: unknown): unknown =>
    typeof value === 'string' ? upper(value) : value;

  it('writes exactly JSON.stringify(value, a replacer of string values, 2) + newline', () => {
    const many = Array.from({ length: 700 }, (_, i) =>
      i % 7 === 0 ? null : i % 5 === 0 ? `s${i}` : { path: `p${i}`, lines: [i], skip: undefined },
    );
    const values: unknown[] = [
      'top',
      { a: 'x', list: ['y', { z: 'w' }], deep: { deeper: { deepest: ['v'] } }, fn: () => 1 },
      [{ s: 's' }, 'two', ['three'], { toJSON: () => 'custom' }, new Date(0), undefined, () => 1],
      { files: many, totals: { lines: 'l' }, empty: [], none: {} },
      many,
      { files: Array.from({ length: 513 }, (_, i) => [i, `x${i}`, { toJSON: () => `j${i}` }]) },
    ];
    for (const value of values) {
      const parts: string[] = [];
      writeJson(value, (s) => parts.push(s), upper);
      expect(parts.join('')).toBe(JSON.stringify(value, asReplacer, 2) + '\n');
    }
  });
});
