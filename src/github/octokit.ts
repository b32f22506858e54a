/**
 * The one place that builds a GitHub REST client: @actions/github's octokit (REST methods +
 * paginate) with @octokit/plugin-retry (5xx and network faults are retried, 1 s / 4 s / 9 s) and
 * @octokit/plugin-throttling (primary and secondary rate limits are waited out a bounded number of
 * times instead of failing the run). Client errors are not retried.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** Where adapters write what they did. The action passes @actions/core; the CLI and tests their own. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
}

/** The REST client every adapter in src/github takes. */
export type Octokit = ReturnType<typeof createOctokit>;

/** A rate limit that resets later than this is not waited for: the run should not stall for it. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Statuses that a retry cannot fix. */
const DO_NOT_RETRY = [400, 401, 403, 404, 406, 409, 410, 422, 451];
/** Secondary ("abuse") limits usually clear within a minute; retry them this many times. */
const SECONDARY_LIMIT_RETRIES = 2;

/**
 * Creates the REST client for `apiUrl` (GITHUB_API_URL, or a local fake in tests).
 * @param token - the `github-token` input
 * @param apiUrl - REST API base URL, e.g. `https://api.github.com`
 * @param log - receives retry/rate-limit notes
 * @param pacing - `false` turns off the throttling plugin's 1 s spacing of writes (tests against a
 *   local fake API only: GitHub asks clients to space content-creating requests)
 */
export function createOctokit(
  token: string,
  apiUrl: string,
  log: Log,
  pacing = true,
): ReturnType<typeof getOctokit> {
  const debug = (message: string): void => log.debug?.(message);
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      // 406 added to the plugin's list: "diff too large" does not get smaller by asking again.
      retry: { doNotRetry: DO_NOT_RETRY },
      log: { debug, info: debug, warn: (m: string) => log.warning(m), error: (m: string) => log.warning(m) },
      throttle: {
        enabled: pacing,
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          const again = count < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
          log.info(
            `GitHub API rate limit reached (${options.method} ${options.url}); ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
          );
          return again;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          const again = count < SECONDARY_LIMIT_RETRIES;
          log.info(
            `GitHub API secondary rate limit (${options.method} ${options.url}); ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
          );
          return again;
        },
      },
    },
    retry,
    throttling,
  );
}
