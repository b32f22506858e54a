import type { ApiTiming } from '../../src/github/octokit.js';

/**
 * Octokit waits for tests: the same retries and the same order of requests as on GitHub, but a
 * retry "second" is 1 ms and writes are not spaced, so no test sleeps through a real back-off.
 */
export const FAST_API_TIMING: Partial<ApiTiming> = {
  pauseUnitMs: 1,
  writeIntervalMs: 0,
  requestTimeoutMs: 5_000,
};
