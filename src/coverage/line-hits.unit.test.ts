import { describe, expect, it } from 'vitest';
import { findLine, LineHits, lineHitsOf } from './line-hits.js';

describe('LineHits', () => {
  it('reads like the Map of the same lines', () => {
    const hits = new LineHits([2, 0, 5, 3, 9, 1]);
    const map = new Map([
      [2, 0],
      [5, 3],
      [9, 1],
    ]);
    expect([...hits]).toEqual([...map]);
    expect([...hits.keys()]).toEqual([...map.keys()]);
    expect([...hits.values()]).toEqual([...map.values()]);
    expect(hits.size).toBe(map.size);
    for (const line of [0, 1, 2, 3, 5, 8, 9, 10]) expect(hits.get(line)).toBe(map.get(line));
    expect(new LineHits([]).size).toBe(0);
    expect(new LineHits([]).get(1)).toBeUndefined();
  });

  it('finds where an absent line would go', () => {
    const pairs = [2, 0, 5, 3, 9, 1];
    expect([findLine(pairs, 5), findLine(pairs, 1), findLine(pairs, 6), findLine(pairs, 10)]).toEqual([
      2, -1, -5, -7,
    ]);
  });

  it('lineHitsOf: pairs in any order, a line listed twice keeps its last hits (as a Map would)', () => {
    expect([...lineHitsOf([9, 1, 2, 0, 5, 3, 2, 4])]).toEqual([
      [2, 4],
      [5, 3],
      [9, 1],
    ]);
    const inOrder = [1, 1, 3, 0];
    expect([...lineHitsOf(inOrder)]).toEqual([
      [1, 1],
      [3, 0],
    ]);
  });
});
