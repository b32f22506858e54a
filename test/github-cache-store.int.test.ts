// The cache-backed baseline store through the REAL @actions/cache client (tar, zstd, Twirp JSON,
// @azure/storage-blob upload, http-client download) against a local emulation of the v2 service.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlockBlobClient } from '@azure/storage-blob';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Baseline } from '../src/github/baseline-store.js';
import { baselineKey } from '../src/github/baseline-store.js';
import { CacheBaselineStore, type CacheBaselineStoreOptions } from '../src/github/cache-baseline-store.js';
import { cacheEnv, startFakeCacheService, type FakeCacheService } from './support/fake-cache-service.js';
import { createRecordingLog } from './support/github-log.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const SHA_C = 'c'.repeat(40);

function makeBaseline(sha: string, hits: number, branch = 'main'): Baseline {
  return {
    version: 1,
    sha,
    branch,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, hits)).toISOString(),
    commentId: 'covgate',
    coverage: {
      version: 1,
      formats: ['lcov'],
      files: [
        { path: 'src/a.js', lines: [1, hits, 2, 0], statements: null, functions: null, branches: null },
      ],
    },
  };
}

let service: FakeCacheService;
let root: string;
const saved = { ...process.env };

beforeAll(async () => {
  service = await startFakeCacheService();
});
afterAll(async () => {
  await service.close();
});
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'covgate-cache-'));
  Object.assign(process.env, cacheEnv(service), { GITHUB_WORKSPACE: root, RUNNER_TEMP: join(root, 'tmp') });
  delete process.env.ACTIONS_CACHE_MODE;
  delete process.env.ACTIONS_CACHE_URL;
  delete process.env.GITHUB_SERVER_URL;
  service.entries.length = 0;
  service.requests.length = 0;
});
afterEach(async () => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  await rm(root, { recursive: true, force: true });
});

/** Each test uses a fresh workDir of the same path, as a later job on the same runner image would. */
function newStore(over: Partial<CacheBaselineStoreOptions> = {}): {
  store: CacheBaselineStore;
  log: ReturnType<typeof createRecordingLog>;
} {
  const log = createRecordingLog();
  return { store: new CacheBaselineStore({ workDir: join(root, 'baseline'), log, ...over }), log };
}

describe('CacheBaselineStore with the real @actions/cache client', () => {
  it('saves a baseline and restores it by its exact key', async () => {
    const { store, log } = newStore();
    expect(await store.save(makeBaseline(SHA_A, 3))).toBe('saved');
    const ops = service.requests.map((r) => r.op);
    expect(ops).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'blob-put',
      'FinalizeCacheEntryUpload',
    ]);
    expect(service.entries).toHaveLength(1);
    expect(service.entries[0]?.key).toBe(baselineKey('covgate', 'main', SHA_A));

    await rm(join(root, 'baseline'), { recursive: true });
    const got = await newStore().store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
    expect(got.baseline).toEqual(makeBaseline(SHA_A, 3));
    expect('exact' in got && got.exact).toBe(true);
    expect(log.warnings).toEqual([]);
  });

  it('restores the newest baseline of the branch when the exact commit has none', async () => {
    const { store } = newStore();
    expect(await store.save(makeBaseline(SHA_A, 1))).toBe('saved');
    expect(await store.save(makeBaseline(SHA_B, 2))).toBe('saved');
    expect(await store.save(makeBaseline(SHA_C, 9, 'release'))).toBe('saved');
    const got = await newStore().store.restore({ commentId: 'covgate', branch: 'main', sha: 'd'.repeat(40) });
    expect(got.baseline?.sha).toBe(SHA_B);
    expect('exact' in got && got.exact).toBe(false);
    const lookup = service.requests.filter((r) => r.op === 'GetCacheEntryDownloadURL').at(-1);
    expect(lookup?.body).toMatchObject({
      key: baselineKey('covgate', 'main', 'd'.repeat(40)),
      restore_keys: ['covgate-covgate-main-'],
    });
  });

  it('answers "exists" for a key already saved and does not upload again', async () => {
    const { store } = newStore();
    expect(await store.save(makeBaseline(SHA_A, 1))).toBe('saved');
    const { store: again, log } = newStore();
    expect(await again.save(makeBaseline(SHA_A, 5))).toBe('exists');
    expect(service.requests.filter((r) => r.op === 'CreateCacheEntry')).toHaveLength(1);
    expect(service.requests.filter((r) => r.op === 'blob-put')).toHaveLength(1);
    expect(log.warnings).toEqual([]);
    // the first save is what stays
    const got = await newStore().store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
    expect(got.baseline?.coverage.files[0]?.lines).toEqual([1, 1, 2, 0]);
  });

  it('turns a 429 from the service into "unavailable" with one warning', async () => {
    const commands: string[] = [];
    const { store, log } = newStore({ stdout: { write: (text: string) => commands.push(text) } });
    service.failNext('GetCacheEntryDownloadURL', 429);
    expect(await store.save(makeBaseline(SHA_A, 1))).toBe('unavailable');
    expect(log.warnings).toEqual([
      `covgate could not save the baseline ${baselineKey('covgate', 'main', SHA_A)}: GetCacheEntryDownloadURL answered HTTP 429`,
    ]);
    // The library's own ::warning:: lines are printed between these: plain text, not annotations.
    const token = /^::stop-commands::(covgate-cache-[\w-]+)\n$/.exec(commands[0] ?? '')?.[1];
    expect(commands).toEqual([`::stop-commands::${token}\n`, `::${token}::\n`]);
    expect(service.requests.filter((r) => r.op === 'CreateCacheEntry')).toHaveLength(0);

    service.failNext('GetCacheEntryDownloadURL', 429);
    const restoreLog = newStore();
    const got = await restoreLog.store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
    expect(got.baseline).toBeNull();
    expect('reason' in got && got.reason).toMatch(/^no baseline: the cache service failed \(.*429/);
    expect(restoreLog.log.warnings).toHaveLength(1);
  });

  it('turns a 429 on the reservation into "unavailable" with one warning, nothing stored', async () => {
    const { store, log } = newStore();
    service.failNext('CreateCacheEntry', 429);
    expect(await store.save(makeBaseline(SHA_A, 1))).toBe('unavailable');
    expect(service.requests.map((r) => [r.op, r.status])).toEqual([
      ['GetCacheEntryDownloadURL', 200],
      ['CreateCacheEntry', 429],
      ['GetCacheEntryDownloadURL', 200],
    ]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/^covgate could not save the baseline covgate-covgate-main-a+: /);
    expect(service.entries).toHaveLength(0);
  });

  it('turns a persistent 500 on restore into "no baseline" with one warning, within the deadline', async () => {
    const { store } = newStore();
    expect(await store.save(makeBaseline(SHA_A, 1))).toBe('saved');
    // Its own service: @actions/cache keeps retrying (3 s pauses) after covgate stopped waiting, and
    // those late requests must not reach the other tests' service.
    const own = await startFakeCacheService();
    try {
      Object.assign(process.env, cacheEnv(own));
      own.failNext('GetCacheEntryDownloadURL', 500, 5);
      const reader = newStore({ deadlineMs: 300 });
      const started = Date.now();
      const got = await reader.store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(got).toEqual({
        baseline: null,
        reason:
          'no baseline: the cache service failed (GetCacheEntryDownloadURL answered HTTP 500; no result within 0.3 s)',
      });
      expect(own.requests.map((r) => r.status)).toEqual([500]);
      expect(reader.log.warnings).toEqual([`covgate found ${'reason' in got ? got.reason : ''}`]);
    } finally {
      await own.close();
    }
  });

  it('names a refused connection to the cache service as a network error', async () => {
    const own = await startFakeCacheService();
    Object.assign(process.env, cacheEnv(own));
    await own.close();
    const { store, log } = newStore();
    const host = new URL(own.url).host;
    const got = await store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
    expect('reason' in got && got.reason).toMatch(
      new RegExp(`^no baseline: the cache service failed \\(network error reaching ${host}: .*ECONNREFUSED`),
    );
    expect(log.warnings).toHaveLength(1);
  });

  it('says "no baseline" without a warning on a plain miss', async () => {
    const { store, log } = newStore();
    const got = await store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
    expect(got).toEqual({ baseline: null, reason: 'no baseline of branch main in the cache yet' });
    expect(log.warnings).toEqual([]);
  });

  it('is unavailable without ACTIONS_RESULTS_URL, and read-only in cache mode "read"', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const { store, log } = newStore();
    expect(await store.save(makeBaseline(SHA_A, 1))).toBe('unavailable');
    const got = await store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
    expect('reason' in got && got.reason).toMatch(/cache service is not available/);
    expect(log.warnings).toHaveLength(2);
    expect(service.requests).toHaveLength(0);

    process.env.ACTIONS_RESULTS_URL = service.url;
    process.env.ACTIONS_CACHE_MODE = 'read';
    const ro = newStore();
    expect(await ro.store.save(makeBaseline(SHA_A, 1))).toBe('unavailable');
    expect(ro.log.warnings[0]).toMatch(/read-only/);
    expect(service.requests).toHaveLength(0);
  });

  it('rejects a restored entry that is not a valid baseline, with a warning', async () => {
    const { store } = newStore();
    const bad = {
      ...makeBaseline(SHA_A, 1),
      coverage: { version: 1, formats: ['lcov'], files: [{ path: 'x', lines: [1] }] },
    };
    expect(await store.save(bad as unknown as Baseline)).toBe('saved');
    const reader = newStore();
    const got = await reader.store.restore({ commentId: 'covgate', branch: 'main', sha: SHA_A });
    expect(got.baseline).toBeNull();
    expect('reason' in got && got.reason).toMatch(/lines is malformed/);
    expect(reader.log.warnings).toHaveLength(1);
  });

  it("has blob storage that takes the SDK's staged upload (Put Block + Put Block List) and ranged reads", async () => {
    // @actions/cache stages blocks for archives over 128 MiB; check the emulation with the same SDK
    // and small blocks rather than a 128 MiB archive.
    const create = await fetch(
      `${service.url}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${service.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'staged', version: 'v1' }),
      },
    );
    const { signed_upload_url: url } = (await create.json()) as { signed_upload_url: string };
    const data = Buffer.alloc(3 * 1024 * 1024 + 7, 7);
    data[4] = 1;
    const client = new BlockBlobClient(url);
    await client.uploadData(data, { blockSize: 1024 * 1024, maxSingleShotSize: 1024 * 1024, concurrency: 2 });
    expect(service.requests.map((r) => r.op)).toEqual([
      'CreateCacheEntry',
      'blob-block',
      'blob-block',
      'blob-block',
      'blob-block',
      'blob-blocklist',
    ]);
    const back = await client.downloadToBuffer(0, undefined, { blockSize: 1024 * 1024, concurrency: 2 });
    expect(Buffer.compare(back, data)).toBe(0);
    const reads = service.requests.filter((r) => r.op === 'blob-get' && r.method === 'GET');
    // two reads run at a time: compare in offset order
    const ranges = reads.map((r) => [String(r.headers['x-ms-range']), r.status] as const);
    ranges.sort((a, b) => Number(/\d+/.exec(a[0])?.[0]) - Number(/\d+/.exec(b[0])?.[0]));
    expect(ranges).toEqual([
      ['bytes=0-1048575', 206],
      ['bytes=1048576-2097151', 206],
      ['bytes=2097152-3145727', 206],
      ['bytes=3145728-3145734', 206],
    ]);
  });
});
