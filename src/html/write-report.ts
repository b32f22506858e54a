/**
 * Writes the HTML report to a directory: `index.html` and `files/<n>-<name>.html` per file whose
 * source is in the checkout. The one part of `html/` that does I/O; the pages come from the pure
 * renderers. Used by the action (then uploaded as an artifact) and by `covgate report --html`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { FullReport } from '../analysis/types.js';
import type { CoverageData } from '../coverage/model.js';
import type { ChangeSet } from '../diff/model.js';
import { renderFilePage } from './file-page.js';
import { renderIndexPage } from './index-page.js';
import { buildIndexRows, buildLineViews } from './view.js';

/** Everything the HTML report is made of. */
export interface HtmlReportInput {
  head: CoverageData;
  report: FullReport;
  /** The PR's changed lines, or `null`. */
  changes: ChangeSet | null;
  /** Directory the report's repo-relative paths are relative to (where the sources are read). */
  sourceRoot: string;
  /** Output directory; created when missing, never emptied. */
  outDir: string;
  title: string;
  headSha: string | null;
}

/** What was written. */
export interface HtmlReportResult {
  /** Absolute path of `index.html`. */
  indexFile: string;
  /** Every file written, absolute (what an artifact upload takes). */
  files: string[];
  /** Files of the report whose source was not found (rows without a page). */
  missingSources: number;
}

/** A short, safe file name for a page: its number (unique) plus the path's base name, sanitised. */
function pageName(n: number, path: string): string {
  const base = (path.split('/').pop() ?? 'file').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
  return `${n}-${base}.html`;
}

/** The source of `path`, or `null` when it is not a readable file inside `root`. */
function readSource(root: string, path: string): string | null {
  const full = resolve(root, path);
  // A path from a report is data: it may not read anything outside the checkout.
  if (!full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return readFileSync(full, 'utf8');
  } catch {
    return null;
  }
}

/** Renders and writes the whole report; returns where it is. */
export async function writeHtmlReport(input: HtmlReportInput): Promise<HtmlReportResult> {
  const { report, head, outDir } = input;
  const root = resolve(input.sourceRoot);
  // Never emptied: `--html .` must not delete anything. Pages of an earlier run may remain, but the
  // index links (and the upload takes) only this run's files.
  await mkdir(join(outDir, 'files'), { recursive: true });
  const changed = new Map<string, Set<number>>();
  for (const f of input.changes?.files ?? []) changed.set(f.path, new Set(f.addedLines));
  const hrefs = new Map<string, string>();
  const written: string[] = [];
  // Synchronous reads and writes: thousands of small files go several times faster without a
  // thread-pool round trip each (measured in bench/html-render.mjs), and nothing else runs meanwhile.
  report.files.forEach((file, n) => {
    const coverage = head.files.get(file.path);
    const source = coverage === undefined ? null : readSource(root, file.path);
    if (coverage === undefined || source === null) return;
    const changedLines = changed.get(file.path) ?? new Set<number>();
    const name = pageName(n + 1, file.path);
    const html = renderFilePage(
      {
        file,
        lines: buildLineViews(coverage, changedLines),
        indexHref: '../index.html',
        changedCount: changedLines.size,
      },
      source,
    );
    const target = join(outDir, 'files', name);
    writeFileSync(target, html);
    hrefs.set(file.path, `files/${name}`);
    written.push(target);
  });
  const rows = buildIndexRows(report, (path) => hrefs.get(path) ?? null);
  const indexFile = join(outDir, 'index.html');
  const missingSources = report.files.length - hrefs.size;
  await writeFile(
    indexFile,
    renderIndexPage(report, rows, { title: input.title, headSha: input.headSha, missingSources }),
  );
  return { indexFile, files: [indexFile, ...written.sort()], missingSources };
}
