/**
 * The page shell every HTML report page shares: escaping, inline CSS and the small sort/filter
 * script. Everything is inline and links are relative, so the report works opened from a
 * downloaded zip with no network (a strict CSP says so to the browser as well).
 */
import type { Counts } from '../coverage/model.js';
import { formatDelta, formatInteger, formatPct, NONE } from '../report/format.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content and quoted attribute values: `& < > " '` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Text for element content only (never attributes): `& < >` become entities. */
export function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c) : text;
}

/** A relative URL for an `href`: each path segment percent-encoded, then HTML-escaped. */
export function hrefTo(path: string): string {
  return escapeHtml(path.split('/').map(encodeURIComponent).join('/'));
}

/** What both kinds of page use. */
const BASE_CSS = `:root{--hit:#dcfce7;--miss:#fee2e2;--part:#fef3c7;--chg:#2563eb;--muted:#6b7280;--line:#e5e7eb}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#111827}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:#f9fafb}
header h1{font-size:18px;margin:0 0 4px}main{padding:12px 20px}a{color:#1d4ed8}
.muted{color:var(--muted)}.totals{display:flex;gap:18px;flex-wrap:wrap;margin-top:6px}.totals b{font-size:16px}`;

/** The index's tables. */
const INDEX_CSS = `table{border-collapse:collapse;width:100%;margin:8px 0 20px}
th,td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
th{background:#f3f4f6;position:sticky;top:0;cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.low{background:var(--miss)}td.mid{background:var(--part)}td.high{background:var(--hit)}
.up{color:#15803d}.down{color:#b91c1c}input[type=search]{padding:4px 8px;width:320px;max-width:100%}`;

/** A file page's source table (kept short: it is inlined into every one of thousands of pages). */
const FILE_CSS = `.src{font:12.5px/1.5 ui-monospace,Menlo,Consolas,monospace;border-collapse:collapse;min-width:100%}
.src td{padding:0 8px;vertical-align:top;white-space:pre}.src td:nth-child(3){width:100%}
.src td:first-child{color:var(--muted);border-left:4px solid transparent;text-align:right}
.src td:nth-child(2){color:var(--muted);text-align:right}.src tr.hit td:nth-child(3){background:var(--hit)}
.src tr.miss td:nth-child(n+2){background:var(--miss)}.src tr.part td:nth-child(3){background:var(--part)}
.src tr.chg td:first-child{border-left-color:var(--chg);color:var(--chg);font-weight:600}
.br{margin-left:12px;padding:0 6px;border-radius:4px;background:#fde68a;color:#78350f;font:11.5px system-ui,sans-serif}
tr:target td{outline:2px solid #f59e0b}.legend span{margin-right:14px;padding:0 6px}`;

/**
 * Click a header to sort its table (numbers by `data-v`, text otherwise); the search box filters
 * the rows whose first cell contains its text. No framework, no network.
 */
const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
    var asc=th.getAttribute('aria-sort')!=='ascending',b=t.tBodies[0],rows=[].slice.call(b.rows);
    t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var key=function(r){var c=r.cells[i],v=c.getAttribute('data-v');return v===null?c.textContent:Number(v)};
    rows.sort(function(x,y){var a=key(x),c=key(y);return (a<c?-1:a>c?1:0)*(asc?1:-1)});
    rows.forEach(function(r){b.appendChild(r)});
  })});
});
var q=document.getElementById('filter');
if(q)q.addEventListener('input',function(){var s=q.value.toLowerCase();
  document.querySelectorAll('table.sortable tbody tr').forEach(function(r){
    r.hidden=s!==''&&r.cells[0].textContent.toLowerCase().indexOf(s)<0})});
`;

/** A whole page: `title` and `body` are HTML (the caller escapes); an index gets the sorter script. */
export function renderPage(title: string, body: string, kind: 'index' | 'file'): string {
  const css = `${BASE_CSS}${kind === 'index' ? INDEX_CSS : FILE_CSS}`;
  // Inline style and script only: the CSP forbids every fetch, so a stray URL can never load.
  const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${title}</title><style>${css}</style></head><body>\n${body}\n` +
    (kind === 'index' ? `<script>${SCRIPT}</script>` : '') +
    '</body></html>\n'
  );
}

/** The colour band of a percentage, as istanbul's reports use them (low < 50 ≤ mid < 80 ≤ high). */
function band(pct: number): string {
  return pct < 50 ? 'low' : pct < 80 ? 'mid' : 'high';
}

/** A table cell with a metric: `81.25% (65/80)` sorted by its percentage, or `—`. */
export function countsCell(counts: Counts | null): string {
  if (counts === null) return `<td data-v="-1">${NONE}</td>`;
  const text = `${formatPct(counts.pct)} <span class="muted">(${formatInteger(counts.covered)}/${formatInteger(counts.total)})</span>`;
  return `<td class="${band(counts.pct)}" data-v="${counts.pct}">${text}</td>`;
}

/** A table cell with a delta in points, coloured by its sign, or `—`. */
export function deltaCell(delta: number | null): string {
  if (delta === null) return `<td data-v="-1000">${NONE}</td>`;
  const cls = delta > 0 ? ' class="up"' : delta < 0 ? ' class="down"' : '';
  return `<td${cls} data-v="${delta}">${formatDelta(delta)}</td>`;
}
