/**
 * Writes the HTML report to a directory: `index.html` and `files/<n>-<name>.html` per file whose
 * source is in the checkout. The one part of `html/` that does I/O; the pages come from the pure
 * renderers. Used by the action (then uploaded as an artifact) and by `covgate report --html`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  /** Output directory; emptied first. */
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

/** Pages written at the same time: enough to overlap reads and writes, few enough for memory. */
const CONCURRENCY = 16;

/** A short, safe file name for a page: its number (unique) plus the path's base name, sanitised. */
function pageName(n: number, path: string): string {
  const base = (path.split('/').pop() ?? 'file').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
  return `${n}-${base}.html`;
}

/** The source of `path`, or `null` when it is not a readable file inside `root`. */
async function readSource(root: string, path: string): Promise<string | null> {
  const full = resolve(root, path);
  // A path from a report is data: it may not read anything outside the checkout.
  if (!full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return await readFile(full, 'utf8');
  } catch {
    return null;
  }
}

/** Runs `task` over `items` with at most `limit` in flight, in order of start. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Renders and writes the whole report; returns where it is. */
export async function writeHtmlReport(input: HtmlReportInput): Promise<HtmlReportResult> {
  const { report, head, outDir } = input;
  const root = resolve(input.sourceRoot);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'files'), { recursive: true });
  const changed = new Map<string, Set<number>>();
  for (const f of input.changes?.files ?? []) changed.set(f.path, new Set(f.addedLines));
  const hrefs = new Map<string, string>();
  const written: string[] = [];
  await forEachLimited(
    report.files.map((file, n) => ({ file, n })),
    CONCURRENCY,
    async ({ file, n }) => {
      const coverage = head.files.get(file.path);
      const source = coverage === undefined ? null : await readSource(root, file.path);
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
      await writeFile(target, html);
      hrefs.set(file.path, `files/${name}`);
      written.push(target);
    },
  );
  const rows = buildIndexRows(report, (path) => hrefs.get(path) ?? null);
  const indexFile = join(outDir, 'index.html');
  const missingSources = report.files.length - hrefs.size;
  await writeFile(
    indexFile,
    renderIndexPage(report, rows, { title: input.title, headSha: input.headSha, missingSources }),
  );
  return { indexFile, files: [indexFile, ...written.sort()], missingSources };
}
