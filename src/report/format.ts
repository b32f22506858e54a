/**
 * Number, delta, range and link formatting shared by the comment, the job summary and the
 * annotations. Everything here is locale-independent so the same report renders byte-identically.
 */
import type { Counts } from '../coverage/model.js';
import { encodePathForUrl, escapeMarkdown } from './escape.js';

/** Placeholder for a value that does not exist (a metric the format lacks, no base). */
export const NONE = '—';

/** `1234567` -> `1,234,567` (fixed separator, unlike `toLocaleString`). */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A percentage with two decimals: `81.25%`. */
export function formatPct(pct: number): string {
  return `${pct.toFixed(2)}%`;
}

/** A threshold or other configured number as the user wrote it: `85`, `85.5`. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** `81.25% (65/80)`, or `—` for a metric the report does not have. */
export function formatCounts(counts: Counts | null): string {
  if (counts === null) return NONE;
  return `${formatPct(counts.pct)} (${formatInteger(counts.covered)}/${formatInteger(counts.total)})`;
}

/** A delta in percentage points: `▲ +1.25`, `▼ -0.50`, `±0.00`, or `—` when unknown. */
export function formatDelta(delta: number | null): string {
  if (delta === null) return NONE;
  const hundredths = Math.round(delta * 100);
  if (hundredths === 0) return '±0.00';
  const text = (Math.abs(hundredths) / 100).toFixed(2);
  return hundredths > 0 ? `▲ +${text}` : `▼ -${text}`;
}

/** A duration for people: `850 ms`, `12.3 s`, `4 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Sorted, de-duplicated line numbers merged into inclusive ranges: `[10,11,12,40]` -> `[[10,12],[40,40]]`. */
export function toLineRanges(lines: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const line of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

/** `10-12` or `40`. */
export function formatRange([start, end]: readonly [number, number]): string {
  return start === end ? String(start) : `${start}-${end}`;
}

/** Where links to source lines point: the repository and the PR head commit. */
export interface LinkTarget {
  repoUrl: string;
  sha: string;
}

/** Builds a link target when both parts are known (offline there is nothing to link to). */
export function makeLinkTarget(repoUrl: string | null, sha: string | null): LinkTarget | null {
  return repoUrl && sha ? { repoUrl: repoUrl.replace(/\/+$/, ''), sha } : null;
}

/** URL of a file (and optionally lines) at the head commit: `.../blob/<sha>/<path>#L10-L12`. */
export function fileUrl(target: LinkTarget, path: string, range?: readonly [number, number]): string {
  const base = `${target.repoUrl}/blob/${encodeURIComponent(target.sha)}/${encodePathForUrl(path)}`;
  if (!range) return base;
  return range[0] === range[1] ? `${base}#L${range[0]}` : `${base}#L${range[0]}-L${range[1]}`;
}

/**
 * Uncovered line ranges as Markdown, each linked to the lines when a target is known; at most
 * `maxRanges` shown, then `+N more`.
 */
export function formatLinkedRanges(
  path: string,
  lines: readonly number[],
  target: LinkTarget | null,
  maxRanges: number,
): string {
  const ranges = toLineRanges(lines);
  if (ranges.length === 0) return NONE;
  const shown = ranges.slice(0, maxRanges).map((range) => {
    const text = formatRange(range);
    return target ? `[${text}](${fileUrl(target, path, range)})` : text;
  });
  const hidden = ranges.length - shown.length;
  return hidden > 0 ? `${shown.join(', ')} +${formatInteger(hidden)} more` : shown.join(', ');
}

/** A file path as Markdown link text (escaped), linked to the file at the head when possible. */
export function formatFileLink(path: string, displayPath: string, target: LinkTarget | null): string {
  const text = escapeMarkdown(displayPath);
  return target ? `[${text}](${fileUrl(target, path)})` : text;
}
