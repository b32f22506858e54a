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

describe('writeJson with a replacer', () => {
  const upper = (_key: string, value: unknown): unknown =>
    typeof value === 'string' ? value.toUpperCase() : value;

  it('writes exactly JSON.stringify(value, replacer, 2) + newline', () => {
    const dropKey = function (this: unknown, key: string, value: unknown): unknown {
      return key === 'drop' ? undefined : value;
    };
    const values: unknown[] = [
      'top',
      { a: 'x', list: ['y', { z: 'w', drop: 1 }], deep: { deeper: { deepest: ['v'] } }, drop: 'gone' },
      [{ s: 's' }, 'two', ['three'], { toJSON: () => 'custom' }, new Date(0)],
      {
        files: [
          { path: 'a', drop: [1] },
          { path: 'b', nested: { drop: 'x', keep: 'k' } },
        ],
      },
    ];
    for (const value of values) {
      for (const replacer of [upper, dropKey]) {
        const parts: string[] = [];
        writeJson(value, (s) => parts.push(s), replacer);
        expect(parts.join('')).toBe(JSON.stringify(value, replacer, 2) + '\n');
      }
    }
  });

  it('gives the replacer each holder as `this` and each key, as JSON.stringify does', () => {
    const value = { files: [{ path: 'p', lines: [1] }], totals: { n: 1 } };
    const seen = (write: (replacer: (this: unknown, k: string, v: unknown) => unknown) => void): string[] => {
      const calls: string[] = [];
      write(function (this: unknown, key, v) {
        calls.push(`${Array.isArray(this) ? 'array' : typeof this}:${key}`);
        return v;
      });
      return calls;
    };
    const streamed = seen((r) => writeJson(value, () => undefined, r));
    const stringified = seen((r) => JSON.stringify(value, r, 2));
    expect(streamed).toEqual(stringified);
  });
});
