/**
 * Size budgets: the comment and the job summary stay under GitHub's limits by construction, not by
 * cutting the finished text (which could split a table row, an entity or a link in half). Every
 * variable-length part is a list of whole lines, added one at a time while they fit, and a reserved
 * "N more" line accounts for the rest.
 */

/** How a renderer measures size: characters for comments, UTF-8 bytes for the job summary. */
export type Measure = (text: string) => number;

/**
 * UTF-16 code units. GitHub counts characters; a code unit count is never smaller, so staying under
 * the limit in code units stays under it in characters.
 */
export const measureChars: Measure = (text) => text.length;

/** UTF-8 bytes, the unit of the job summary limit. */
export const measureBytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/** Rows rendered on demand: a 20,000-file report renders only the rows that fit. */
export interface Rows {
  length: number;
  render: (index: number) => string;
}

/** Rows of already rendered lines. */
export function eagerRows(lines: readonly string[]): Rows {
  return { length: lines.length, render: (i) => lines[i] ?? '' };
}

/** Rows rendering `items` with `render` on demand. */
export function lazyRows<T>(items: readonly T[], render: (item: T) => string): Rows {
  return { length: items.length, render: (i) => render(items[i] as T) };
}

/**
 * Joins `head` and as many `rows` (in order) as fit in `budget`, then `more(hidden)` when rows were
 * left out. Returns '' when not even the head and the "more" line fit, or when there are no rows.
 * `more(n)` must not get longer as `n` gets smaller (true of any text that only embeds `n`).
 */
export function fitLines(
  head: readonly string[],
  rows: Rows,
  more: (hidden: number) => string,
  budget: number,
  measure: Measure,
): string {
  return fitRows(head, rows, more, budget, measure).text;
}

/** {@link fitLines}, also telling how many rows were shown. */
export function fitRows(
  head: readonly string[],
  rows: Rows,
  more: (hidden: number) => string,
  budget: number,
  measure: Measure,
): { text: string; shown: number } {
  if (rows.length === 0) return { text: '', shown: 0 };
  const lines = [...head];
  let size = measure(head.join('\n'));
  const reserve = measure(`\n${more(rows.length)}`);
  // Rows that fit with room left for a "more" line are safe whatever follows.
  let shown = 0;
  for (; shown < rows.length; shown += 1) {
    const row = rows.render(shown);
    const cost = measure(`\n${row}`);
    if (size + cost + reserve > budget) {
      // The rest may still fit without a "more" line; that look-ahead costs at most `reserve`.
      const rest = [row];
      let restSize = size + cost;
      for (let i = shown + 1; i < rows.length && restSize <= budget; i += 1) {
        const next = rows.render(i);
        rest.push(next);
        restSize += measure(`\n${next}`);
      }
      if (restSize <= budget && shown + rest.length === rows.length) {
        return { text: [...lines, ...rest].join('\n'), shown: rows.length };
      }
      break;
    }
    lines.push(row);
    size += cost;
  }
  if (shown === rows.length) return { text: lines.join('\n'), shown };
  if (size + reserve > budget) return { text: '', shown: 0 };
  lines.push(more(rows.length - shown));
  return { text: lines.join('\n'), shown };
}

/** Keeps `text` when it fits in `budget`, else ''. For parts that are small by construction. */
export function fitBlock(text: string, budget: number, measure: Measure): string {
  return measure(text) <= budget ? text : '';
}

// The one text order of covgate (defined beside the paths it mostly sorts), re-exported for report/.
export { compareText } from '../coverage/paths.js';

/** Ascending numbers with `null` last. */
export function compareNullable(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}
