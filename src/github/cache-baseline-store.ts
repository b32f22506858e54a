/**
 * Baselines in the GitHub Actions cache (@actions/cache). Caching is best-effort: an unavailable
 * service, a read-only cache mode, a 429 or a 5xx mean "no baseline" and one covgate warning —
 * never a failed run, never a throw. Keys are immutable, so a key that exists is 'exists'.
 */
import * as cache from '@actions/cache';
import { randomUUID } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { ClientRequest, IncomingMessage } from 'node:http';
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
  /** Longest wait for one cache call, retries included; default {@link DEFAULT_CACHE_DEADLINE_MS}. */
  deadlineMs?: number;
  /** Where the runner reads workflow commands (default process.stdout, which @actions/cache writes to). */
  stdout?: CommandStream;
}

/** The stream the runner parses for `::command::` lines. */
export interface CommandStream {
  write(text: string): unknown;
}

/** A baseline store on the GitHub Actions cache service. */
export class CacheBaselineStore implements BaselineStore {
  constructor(private readonly opts: CacheBaselineStoreOptions) {}

  private watch<T>(run: () => Promise<T>): Promise<{ value: T | undefined; problems: string[] }> {
    const { deadlineMs = DEFAULT_CACHE_DEADLINE_MS, stdout = process.stdout } = this.opts;
    return watchCacheCall(run, { deadlineMs, stdout });
  }

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
      const before = await this.watch(() => cache.restoreCache([file], key, [], { lookupOnly: true }));
      if (before.value === key) {
        log.info(`covgate: baseline ${key} is already in the cache; keys are immutable, nothing to save`);
        return 'exists';
      }
      if (before.problems.length > 0) return this.giveUp(key, before.problems);
      await mkdir(this.opts.workDir, { recursive: true });
      await writeFile(file, JSON.stringify(b));
      const saved = await this.watch(() => cache.saveCache([file], key));
      if (saved.value !== undefined && saved.value !== -1) {
        log.info(`covgate: baseline saved to the cache as ${key}`);
        return 'saved';
      }
      // -1 is both "another job saved this key meanwhile" (not an error) and a fault: ask again.
      const after = await this.watch(() => cache.restoreCache([file], key, [], { lookupOnly: true }));
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
      const got = await this.watch(() => cache.restoreCache([file], exactKey ?? prefix, [prefix]));
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

/** How long one @actions/cache call may take, retries included, before covgate stops waiting. */
export const DEFAULT_CACHE_DEADLINE_MS = 120_000;

/**
 * Runs an @actions/cache call and collects its faults. The library swallows service faults (5xx,
 * 429, denied, refused) and returns "miss" or -1, so covgate watches the HTTP exchanges themselves
 * (Node's `http.client.*` diagnostics channels: read-only, nothing patched) and names every
 * failed one. The library's own `::error::`/`::warning::` lines are printed between
 * `::stop-commands::` markers, so a cache fault is text in the log, not a red annotation on a job
 * that did not fail: covgate's one warning reports it. The library retries 5xx with fixed pauses
 * (3 s, ×1.5, five attempts, not configurable), so the whole call has a deadline instead.
 */
async function watchCacheCall<T>(
  run: () => Promise<T>,
  opts: { deadlineMs: number; stdout: CommandStream },
): Promise<{ value: T | undefined; problems: string[] }> {
  // Keyed by operation: a retry that succeeded clears the earlier failures of the same call.
  const failures = new Map<string, { problem: string; times: number }>();
  const note = (key: string, problem: string): void => {
    failures.set(key, { problem, times: (failures.get(key)?.times ?? 0) + 1 });
  };
  const onResponse = (message: unknown): void => {
    const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
    const status = response.statusCode ?? 0;
    const op = operationOf(request);
    if (status >= 400) return note(op, `${op} answered HTTP ${status}`);
    failures.delete(op);
    failures.delete(String(request.getHeader('host') ?? request.host));
  };
  const onError = (message: unknown): void => {
    const { request, error } = message as { request: ClientRequest; error: Error };
    const host = String(request.getHeader('host') ?? request.host);
    note(host, `network error reaching ${host}: ${error.message}`);
  };
  const token = `covgate-cache-${randomUUID()}`;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), opts.deadlineMs);
  });
  subscribe('http.client.response.finish', onResponse);
  subscribe('http.client.request.error', onError);
  opts.stdout.write(`::stop-commands::${token}\n`);
  try {
    const value = await Promise.race([run(), deadline]);
    const problems = [...failures.values()].map((f) =>
      f.times > 1 ? `${f.problem} (${f.times} times)` : f.problem,
    );
    if (value !== 'deadline') return { value, problems };
    problems.push(`no result within ${opts.deadlineMs / 1000} s`);
    return { value: undefined, problems };
  } finally {
    clearTimeout(timer);
    opts.stdout.write(`::${token}::\n`);
    unsubscribe('http.client.response.finish', onResponse);
    unsubscribe('http.client.request.error', onError);
  }
}

/** "GetCacheEntryDownloadURL" for the service's Twirp calls, "blob storage" for the archive's. */
function operationOf(request: ClientRequest): string {
  const twirp = /\/twirp\/[^/]+\/(\w+)/.exec(request.path);
  return twirp?.[1] ?? `blob storage (${request.method} ${request.host})`;
}
