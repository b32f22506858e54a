/**
 * A BaselineStore on plain JSON files `<key>.json` in one directory: the seam's second
 * implementation, for tests that need a store without the cache service. Same contract as the
 * cache-backed store: keys are immutable, a restore validates what it reads.
 */
import { link, mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  baselineKey,
  baselinePrefix,
  mismatchOf,
  readBaselineFile,
  type Baseline,
  type BaselineQuery,
  type BaselineStore,
  type RestoreResult,
} from '../../src/github/baseline-store.js';
import { describeError } from '../../src/errors.js';

/** Baselines as JSON files `<key>.json` in one directory. */
export class FileBaselineStore implements BaselineStore {
  constructor(private readonly dir: string) {}

  /** Writes `<key>.json` unless it exists; the write is atomic (temp file + link). */
  async save(b: Baseline): Promise<'saved' | 'exists' | 'unavailable'> {
    const file = join(this.dir, `${baselineKey(b.commentId, b.branch, b.sha)}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temp, JSON.stringify(b));
      await link(temp, file); // fails with EEXIST instead of replacing, unlike rename
      return 'saved';
    } catch (error) {
      if (isCode(error, 'EEXIST')) return 'exists';
      return 'unavailable';
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  /** The exact baseline of `q.sha`, else the newest valid one of `q.branch`. */
  async restore(q: BaselineQuery): Promise<RestoreResult> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      return { baseline: null, reason: `no baseline of branch ${q.branch}: ${describeError(error)}` };
    }
    const problems: string[] = [];
    const exactName = q.sha === undefined ? undefined : `${baselineKey(q.commentId, q.branch, q.sha)}.json`;
    if (exactName !== undefined && names.includes(exactName)) {
      const got = await this.read(exactName, q, true);
      if (typeof got !== 'string') return { baseline: got, exact: true };
      problems.push(got);
    }
    const prefix = baselinePrefix(q.commentId, q.branch);
    const found: Baseline[] = [];
    for (const name of names.filter((n) => n.startsWith(prefix) && n.endsWith('.json') && n !== exactName)) {
      const got = await this.read(name, q, false);
      if (typeof got === 'string') problems.push(got);
      else found.push(got);
    }
    found.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const newest = found[0];
    if (newest !== undefined) {
      return {
        baseline: newest,
        exact: q.sha !== undefined && newest.sha.toLowerCase() === q.sha.toLowerCase(),
      };
    }
    const why = problems.length > 0 ? ` (${problems.join('; ')})` : '';
    return { baseline: null, reason: `no baseline of branch ${q.branch} in ${this.dir}${why}` };
  }

  /** A validated baseline, or the reason the file is not one. */
  private async read(name: string, q: BaselineQuery, exact: boolean): Promise<Baseline | string> {
    const file = join(this.dir, name);
    try {
      const b = await readBaselineFile(file, file);
      const mismatch = mismatchOf(b, q, exact);
      return mismatch === null ? b : `${file} was skipped: ${mismatch}`;
    } catch (error) {
      return describeError(error);
    }
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
