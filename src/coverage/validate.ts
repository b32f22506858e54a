/**
 * The one rule every reader (lcov, istanbul JSON, Cobertura) and the diff parser apply to the
 * numbers they take from a file: a line number is a safe integer ≥ 1, a hit count a safe integer
 * ≥ 0. Anything else (0, 1.5, -3, 1e300, beyond 2^53, NaN) would skew totals or render a link to a
 * line that cannot exist, so it is refused with an error that names the file and the place. Pure.
 */

/** True for a usable 1-based line number. */
export function isLineNumber(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

/** True for a usable hit count (`-0`, which some writers print, counts as 0). */
export function isHitCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** How an error shows a value it refuses: JSON for non-strings, cut to 40 characters. */
export function showValue(value: unknown): string {
  if (value === undefined || value === '') return '(none)';
  // JSON.stringify gives undefined only for functions and symbols, which JSON input never holds.
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The reason a line number is refused, for messages: "line 0 is not a line number ≥ 1". */
export function describeBadLine(value: unknown): string {
  return `line ${showValue(value)} is not a whole number from 1 to 2^53`;
}

/** The reason a hit count is refused, for messages. */
export function describeBadHits(value: unknown): string {
  return `hit count ${showValue(value)} is not a whole number from 0 to 2^53`;
}
