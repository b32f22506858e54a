/**
 * Baselines in the GitHub Actions cache (@actions/cache). Caching is best-effort: an unavailable
 * service, a read-only cache mode, a 429 or a 5xx mean "no baseline" and one covgate warning —
 * never a failed run, never a throw. Keys are immutable, so a key that exists is 'exists'.
 */
import * as cache from '@actions/cache';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError } from '../errors.js';
import {
  baselineKey,
  baselinePrefix,
  mismatchOf,
  readBaselineFile,
  type Baseline,
  type BaselineQuery,
  type BaselineStore,
  type RestoreResult,
} from './baseline-store.js';
import type { Log } from './octokit.js';

/** Where the store keeps its file and where it reports. */
export interface CacheBaselineStoreOptions {
  /**
   * Directory of the baseline file that is archived. It must be the same path in the saving and the
   * restoring run (the cache version hashes it), e.g. `${RUNNER_TEMP}/covgate-baseline`.
   */
  workDir: string;
  log: Log;
}

/** A baseline store on the GitHub Actions cache service. */
export class CacheBaselineStore implements BaselineStore {
  constructor(private readonly opts: CacheBaselineStoreOptions) {}

  /** Saves `b` under `baselineKey(...)` unless that key is already in the cache. */
  async save(b: Baseline): Promise<'saved' | 'exists' | 'unavailable'> {
    const { log } = this.opts;
    const key = baselineKey(b.commentId, b.branch, b.sha);
    const unavailable = unavailableReason('write');
    if (unavailable !== null) {
      log.warning(`covgate could not save the baseline: ${unavailable}`);
      return 'unavailable';
    }
    const file = this.fileFor(b.commentId);
    try {
      const before = await watchCacheProblems(() =>
        cache.restoreCache([file], key, [], { lookupOnly: true }),
      );
      if (before.value === key) {
        log.info(`covgate: baseline ${key} is already in the cache; keys are immutable, nothing to save`);
        return 'exists';
      }
      if (before.problems.length > 0) return this.giveUp(key, before.problems);
      await mkdir(this.opts.workDir, { recursive: true });
      await writeFile(file, JSON.stringify(b));
      const saved = await watchCacheProblems(() => cache.saveCache([file], key));
      if (saved.value !== -1) {
        log.info(`covgate: baseline saved to the cache as ${key}`);
        return 'saved';
      }
      // -1 is both "another job saved this key meanwhile" (not an error) and a fault: ask again.
      const after = await watchCacheProblems(() => cache.restoreCache([file], key, [], { lookupOnly: true }));
      if (after.value === key) return 'exists';
      return this.giveUp(key, [...saved.problems, ...after.problems]);
    } catch (error) {
      return this.giveUp(key, [describeError(error)]);
    }
  }

  /** The exact baseline of `q.sha`, else the newest of `q.branch` (the cache's prefix match). */
  async restore(q: BaselineQuery): Promise<RestoreResult> {
    const { log } = this.opts;
    const unavailable = unavailableReason('read');
    if (unavailable !== null) {
      log.warning(`covgate found no baseline: ${unavailable}`);
      return { baseline: null, reason: `no baseline: ${unavailable}` };
    }
    const file = this.fileFor(q.commentId);
    const exactKey = q.sha === undefined ? undefined : baselineKey(q.commentId, q.branch, q.sha);
    const prefix = baselinePrefix(q.commentId, q.branch);
    try {
      await rm(file, { force: true }); // a stale file must not pass for a restored one
      const got = await watchCacheProblems(() => cache.restoreCache([file], exactKey ?? prefix, [prefix]));
      if (got.value === undefined) {
        if (got.problems.length === 0) {
          log.info(`covgate: no baseline of branch ${q.branch} in the cache (prefix ${prefix})`);
          return { baseline: null, reason: `no baseline of branch ${q.branch} in the cache yet` };
        }
        const reason = `no baseline: the cache service failed (${got.problems.join('; ')})`;
        log.warning(`covgate found ${reason}`);
        return { baseline: null, reason };
      }
      const exact = got.value === exactKey;
      const baseline = await readBaselineFile(file, `the cache entry ${got.value}`);
      const mismatch = mismatchOf(baseline, q, exact);
      if (mismatch !== null) throw new Error(`the cache entry ${got.value} was ignored: ${mismatch}`);
      log.info(
        `covgate: restored baseline ${got.value} (${exact ? 'exact base commit' : 'newest of the branch'})`,
      );
      return { baseline, exact };
    } catch (error) {
      const reason = `no baseline: ${describeError(error)}`;
      log.warning(`covgate found ${reason}`);
      return { baseline: null, reason };
    }
  }

  private fileFor(commentId: string): string {
    return join(this.opts.workDir, `baseline-${encodeURIComponent(commentId)}.json`);
  }

  private giveUp(key: string, problems: string[]): 'unavailable' {
    const why = problems.length > 0 ? problems.join('; ') : 'the cache service did not accept it';
    this.opts.log.warning(`covgate could not save the baseline ${key}: ${why}`);
    return 'unavailable';
  }
}

/** Why the cache cannot be used for `access` in this run, or `null` when it can. */
function unavailableReason(access: 'read' | 'write'): string | null {
  if (!cache.isFeatureAvailable()) {
    return 'the GitHub Actions cache service is not available in this run (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)';
  }
  // The runner's cache mode (same lattice as @actions/cache: unknown values are permissive).
  const mode = (process.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  const allowed = { read: ['read', 'write'], write: ['write', 'write-only'] }[access];
  if (['none', 'read', 'write', 'write-only'].includes(mode) && !allowed.includes(mode)) {
    return `the cache is ${mode === 'read' ? 'read-only' : `in mode '${mode}'`} in this run`;
  }
  return null;
}

/**
 * Runs an @actions/cache call and collects the faults it prints. The library swallows service
 * faults (5xx, 429, denied) into `::warning::`/`::error::` (or "Failed to …" info) lines and
 * returns "miss" or -1, so these lines are the only way to tell a fault from a miss. The warning and
 * error lines are taken out of the log and reported in covgate's one warning instead: a cache fault
 * must not show as a red error annotation on a job that did not fail.
 */
async function watchCacheProblems<T>(run: () => Promise<T>): Promise<{ value: T; problems: string[] }> {
  const problems: string[] = [];
  const stdout = process.stdout;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as is, called on its stream
  const original = stdout.write;
  const watching = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    const command = /^::(?:warning|error)(?: [^:]*)?::(.*)$/s.exec(text.trimEnd());
    if (command?.[1] === undefined) {
      // Some faults are only logged as info ("Failed to save: Unable to reserve cache …"): keep them.
      if (/^Failed to (?:save|restore): /.test(text)) problems.push(text.trimEnd());
      return Reflect.apply(original, this, [chunk, ...rest]) as boolean;
    }
    problems.push(command[1].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    callback?.();
    return true;
  };
  stdout.write = watching;
  try {
    return { value: await run(), problems };
  } finally {
    stdout.write = original;
  }
}
