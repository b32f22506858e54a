import { describe, expect, it } from 'vitest';
import { compareText, eagerRows, fitLines, measureBytes, measureChars } from './budget.js';

const more = (n: number): string => `+${n} more`;

describe('fitLines', () => {
  it('keeps every row when they fit', () => {
    expect(fitLines(['H'], eagerRows(['aa', 'bb']), more, 100, measureChars)).toBe('H\naa\nbb');
  });

  it('stops at the first row that does not fit, keeping room for the "more" line', () => {
    // All three rows need 16; 'H' (1) + '\naaaa' (5) + '\n+2 more' (8) = 14 fits; one more row would be 19.
    const text = fitLines(['H'], eagerRows(['aaaa', 'bbbb', 'cccc']), more, 15, measureChars);
    expect(text).toBe('H\naaaa\n+2 more');
    expect(text.length).toBeLessThanOrEqual(15);
    expect(fitLines(['H'], eagerRows(['aaaa', 'bbbb', 'cccc']), more, 16, measureChars)).toBe(
      'H\naaaa\nbbbb\ncccc',
    );
  });

  it('needs no "more" line for the last row', () => {
    // Exactly enough for both rows, not for both rows and a "more" line.
    expect(fitLines(['H'], eagerRows(['aaaa', 'bbbb']), more, 11, measureChars)).toBe('H\naaaa\nbbbb');
  });

  it('returns nothing when not even the head and the "more" line fit, or when there are no rows', () => {
    expect(fitLines(['HEADER'], eagerRows(['a']), more, 5, measureChars)).toBe('');
    expect(fitLines(['H'], eagerRows([]), more, 100, measureChars)).toBe('');
  });

  it('measures bytes when asked', () => {
    expect(measureBytes('é▲')).toBe(5);
    expect(measureChars('é▲')).toBe(2);
    expect(fitLines([], eagerRows(['▲▲▲', '▲▲▲']), more, 20, measureBytes)).toBe('▲▲▲\n▲▲▲');
    const text = fitLines([], eagerRows(['▲▲▲', '▲▲▲']), more, 19, measureBytes);
    expect(text).toBe('▲▲▲\n+1 more');
  });
});

describe('compareText', () => {
  it('orders by code unit, not locale', () => {
    expect(['b', 'B', 'a', 'é'].sort(compareText)).toEqual(['B', 'a', 'b', 'é']);
  });
});
