/**
 * One file's page: its numbers, then the source from the checkout line by line with hit counts,
 * uncovered lines in red, partially covered lines in amber with the branch outcomes never taken,
 * and the lines the PR changed marked in the gutter.
 */
import type { ReportFile } from '../analysis/types.js';
import { formatCounts, formatInteger } from '../report/format.js';
import { escapeHtml, escapeText, renderPage } from './layout.js';
import { lineClass, type LineView, type UntakenOutcome } from './view.js';

/** What a file page needs besides the source. */
export interface FilePageInput {
  file: ReportFile;
  lines: ReadonlyMap<number, LineView>;
  /** Link back to the index, relative to the page. */
  indexHref: string;
  /** Lines the PR changed in this file (0 outside PRs). */
  changedCount: number;
}

/** "branch 2 of 2 not taken", or "→ line 7 not taken" when the report names the destination. */
function describeUntaken(u: UntakenOutcome): string {
  if (u.destination === null) return `branch ${u.index} of ${u.of} not taken`;
  return /^-?\d+$/.test(u.destination)
    ? `jump to line ${escapeHtml(u.destination)} not taken`
    : `${escapeHtml(u.destination)} not taken`;
}

/** One source row; `html` is the line's text, already escaped. */
function renderLine(n: number, html: string, v: LineView | undefined): string {
  // Lean markup — cells styled by position, the optional </td></tr> left out (valid HTML): a
  // 15,000-file report has millions of these rows, and writing them is most of its time. Rows are
  // joined with nothing between them: the last cell is `white-space: pre`, so a newline would show.
  if (v === undefined) return `<tr id=L${n}><td>${n}<td><td>${html}`;
  const kind = lineClass(v);
  const cls = v.changed ? (kind === '' ? 'chg' : `${kind} chg`) : kind;
  const hits = v.hits === null ? '' : `${formatInteger(v.hits)}×`;
  let notes = '';
  if (v.branches !== null && v.untaken.length > 0) {
    const what = v.untaken.map(describeUntaken).join('; ');
    notes = `<span class="br">${v.branches.taken}/${v.branches.total} branches · ${what}</span>`;
  }
  const attrs = cls === '' ? '' : ` class="${cls}"`;
  return `<tr id=L${n}${attrs}><td>${n}<td>${hits}<td>${html}${notes}`;
}

/** Counts of uncovered and partially covered lines, for the page header. */
function countKinds(lines: ReadonlyMap<number, LineView>): { miss: number; part: number } {
  let miss = 0;
  let part = 0;
  for (const v of lines.values()) {
    const cls = lineClass(v);
    if (cls === 'miss') miss += 1;
    else if (cls === 'part') part += 1;
  }
  return { miss, part };
}

/** The whole page of one file; `source` is its text from the checkout. */
export function renderFilePage(input: FilePageInput, source: string): string {
  const { file, lines } = input;
  // One escaping pass over the whole file, then rows appended as the lines are found: no array of
  // lines or rows to allocate and collect (a 15,000-file report renders millions of rows).
  const html = escapeText(source.endsWith('\n') ? source.slice(0, -1) : source);
  let rows = '';
  for (let start = 0, n = 1; start <= html.length; n++) {
    let end = html.indexOf('\n', start);
    if (end < 0) end = html.length;
    const line = html.slice(start, end > start && html.charCodeAt(end - 1) === 13 ? end - 1 : end);
    rows += renderLine(n, line, lines.get(n));
    start = end + 1;
  }
  const kinds = countKinds(lines);
  const metrics = (['lines', 'statements', 'functions', 'branches'] as const)
    .filter((m) => file[m] !== null)
    .map(
      (m) => `<span>${m[0]?.toUpperCase()}${m.slice(1)} <b>${escapeHtml(formatCounts(file[m]))}</b></span>`,
    );
  const name = escapeHtml(file.path);
  const body = [
    `<header><div><a href="${input.indexHref}">← All files</a></div><h1>${name}</h1>`,
    `<div class="totals">${metrics.join('')}</div>`,
    `<div class="legend muted"><span style="background:var(--miss)">${formatInteger(kinds.miss)} uncovered</span>` +
      `<span style="background:var(--part)">${formatInteger(kinds.part)} partly covered</span>` +
      `<span style="border-left:4px solid var(--chg)">${formatInteger(input.changedCount)} changed in this PR</span></div>`,
    '</header><main>',
    `<table class="src"><tbody>${rows}</tbody></table>`,
    '</main>',
  ];
  return renderPage(`${name} · coverage`, body.join('\n'), 'file');
}
