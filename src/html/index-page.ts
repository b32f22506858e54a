/**
 * The report's `index.html`: the totals (with deltas against the base on PRs), a sortable table
 * per directory and one per file. Each file links to its page when its source was found.
 */
import type { FullReport, ReportTotals } from '../analysis/types.js';
import type { MetricName } from '../coverage/model.js';
import { formatCounts, formatDelta, formatInteger } from '../report/format.js';
import { countsCell, deltaCell, escapeHtml, hrefTo, renderPage } from './layout.js';
import { presentMetrics, type IndexRow } from './view.js';

/** What the index says about the run besides the report. */
export interface IndexInfo {
  /** Shown in the title, e.g. the comment id or the repository. */
  title: string;
  /** Head commit, when known. */
  headSha: string | null;
  /** Files of the report whose source was not in the checkout (rows without a page). */
  missingSources: number;
}

const LABELS: Record<MetricName, string> = {
  lines: 'Lines',
  statements: 'Statements',
  functions: 'Functions',
  branches: 'Branches',
};

function renderTotals(report: FullReport, metrics: readonly MetricName[]): string {
  const items = metrics.map((m) => {
    const delta = report.delta === null ? '' : ` <span class="muted">${formatDelta(report.delta[m])}</span>`;
    return `<span>${LABELS[m]} <b>${escapeHtml(formatCounts(report.totals[m]))}</b>${delta}</span>`;
  });
  if (report.patch !== null) {
    const p = report.patch;
    const pct = p.pct === null ? 'unknown' : `${p.pct.toFixed(2)}%`;
    items.push(
      `<span>Patch <b>${pct}</b> <span class="muted">(${formatInteger(p.covered)}/${formatInteger(p.total)} changed lines)</span></span>`,
    );
  }
  return `<div class="totals" id="totals">${items.join('')}</div>`;
}

function renderTable(
  id: string,
  first: string,
  rows: readonly IndexRow[],
  metrics: readonly MetricName[],
  withDelta: boolean,
): string {
  const head =
    `<tr><th>${first}</th>` +
    metrics.map((m) => `<th>${LABELS[m]}</th>`).join('') +
    (withDelta ? '<th>Δ lines</th>' : '') +
    '<th>Missing lines</th></tr>';
  const body = rows.map((row) => {
    const name = escapeHtml(row.path);
    const link = row.href === null ? name : `<a href="${hrefTo(row.href)}">${name}</a>`;
    const cells = metrics.map((m) => countsCell(row.totals[m]));
    const delta = withDelta ? deltaCell(row.delta?.lines ?? null) : '';
    return `<tr><td>${link}</td>${cells.join('')}${delta}<td data-v="${row.missing}">${formatInteger(row.missing)}</td></tr>`;
  });
  return `<table class="sortable" id="${id}"><thead>${head}</thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/** The whole `index.html`. */
export function renderIndexPage(
  report: FullReport,
  rows: { files: readonly IndexRow[]; directories: readonly IndexRow[] },
  info: IndexInfo,
): string {
  const totals: ReportTotals = report.totals;
  const metrics = presentMetrics(totals);
  const withDelta = report.base !== null;
  const sha = info.headSha === null ? '' : ` at <code>${escapeHtml(info.headSha.slice(0, 12))}</code>`;
  const missing =
    info.missingSources === 0
      ? ''
      : `<p class="muted">${formatInteger(info.missingSources)} file(s) have no page: their source is not in the checkout.</p>`;
  const body = [
    `<header><h1>Coverage · ${escapeHtml(info.title)}</h1>`,
    `<div class="muted">${formatInteger(report.files.length)} files${sha}${withDelta ? ', deltas against the base' : ''}</div>`,
    renderTotals(report, metrics),
    '</header><main>',
    missing,
    `<h2>Directories (${formatInteger(rows.directories.length)})</h2>`,
    renderTable('directories', 'Directory', rows.directories, metrics, withDelta),
    `<h2>Files (${formatInteger(rows.files.length)})</h2>`,
    '<p><input type="search" id="filter" placeholder="Filter by path" aria-label="Filter by path"></p>',
    renderTable('files', 'File', rows.files, metrics, withDelta),
    '</main>',
  ];
  return renderPage(`Coverage · ${escapeHtml(info.title)}`, body.join('\n'), 'index');
}
