/**
 * The one place that builds a GitHub REST client: @actions/github's octokit (REST methods +
 * paginate) with @octokit/plugin-retry (5xx and network faults are retried, 1 s / 4 s / 9 s) and
 * @octokit/plugin-throttling (primary and secondary rate limits are waited out a bounded number of
 * times instead of failing the run). Client errors are not retried. Every request has a deadline
 * (a stalled API must not hang the step) and a request that got no answer is reported as a network
 * error naming the host, not as the "HTTP 500" octokit dresses it in.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { redactDeep } from '../redact.js';
import Bottleneck from 'bottleneck/light.js';

/** Where adapters write what they did. The action passes @actions/core; the CLI and tests their own. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
  /** When set, every request's parameters are redacted with it before they are sent. */
  redact?: ((text: string) => string) | undefined;
}

/** Request options that address the request rather than carry posted text. */
const NOT_POSTED = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);

/** The REST client every adapter in src/github takes. */
export type Octokit = ReturnType<typeof createOctokit>;

/**
 * How long the client waits, and for what. The defaults are for GitHub; tests pass small values so
 * that no test sleeps through a real back-off.
 */
export interface ApiTiming {
  /** Retries of a 5xx or a network fault (plugin-retry); retry n waits n² × `pauseUnitMs`. */
  retries: number;
  /** One "second" of waiting: the unit of retry pauses and of a rate limit's `retry-after`. */
  pauseUnitMs: number;
  /** Pause between two content-creating requests (GitHub asks for 1 s; comments: 3 s). */
  writeIntervalMs: number;
  /** Deadline of one request, body included. */
  requestTimeoutMs: number;
  /** A rate limit whose `retry-after`/reset is further away than this (seconds) is not waited for. */
  maxRateLimitWaitSeconds: number;
}

/** GitHub's own advice for integrations, and a minute as the longest covgate waits for a limit. */
export const DEFAULT_API_TIMING: ApiTiming = {
  retries: 3,
  pauseUnitMs: 1000,
  writeIntervalMs: 1000,
  requestTimeoutMs: 30_000,
  maxRateLimitWaitSeconds: 60,
};

/** Statuses that a retry cannot fix. */
const DO_NOT_RETRY = [400, 401, 403, 404, 406, 409, 410, 422, 451];
/** Secondary ("abuse") limits usually clear within a minute; retry them this many times. */
const SECONDARY_LIMIT_RETRIES = 2;

/** A request that got no HTTP answer: refused, reset, unresolvable host, or past its deadline. */
export class ApiNetworkError extends Error {
  override readonly name: string = 'ApiNetworkError';
}

/** The network error behind an octokit error (octokit keeps it as `cause`), if that is what it was. */
export function networkErrorOf(error: unknown): ApiNetworkError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ApiNetworkError) return e;
  }
  return undefined;
}

/**
 * Creates the REST client for `apiUrl` (GITHUB_API_URL, or a local fake in tests).
 * @param token - the `github-token` input
 * @param apiUrl - REST API base URL, e.g. `https://api.github.com`
 * @param log - receives retry/rate-limit notes
 * @param timing - waits and deadlines; GitHub's defaults unless a test passes small ones
 */
export function createOctokit(
  token: string,
  apiUrl: string,
  log: Log,
  timing: Partial<ApiTiming> = {},
): ReturnType<typeof getOctokit> {
  const t = { ...DEFAULT_API_TIMING, ...timing };
  const debug = (message: string): void => log.debug?.(message);
  const waitNote = (
    kind: string,
    retryAfter: number,
    options: { method: string; url: string },
    again: boolean,
  ): void => {
    const tooLong = retryAfter > t.maxRateLimitWaitSeconds;
    const what = again
      ? `retrying in ${retryAfter} s`
      : `giving up${tooLong ? `: it asks for ${retryAfter} s, covgate waits at most ${t.maxRateLimitWaitSeconds} s` : ''}`;
    log.info(`GitHub API ${kind} (${options.method} ${options.url}); ${what}`);
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      request: { fetch: fetchWithDeadline(t.requestTimeoutMs) },
      // 406 added to the plugin's list: "diff too large" does not get smaller by asking again.
      retry: { doNotRetry: DO_NOT_RETRY, retries: t.retries, retryAfterBaseValue: t.pauseUnitMs },
      log: { debug, info: debug, warn: (m: string) => log.warning(m), error: (m: string) => log.warning(m) },
      throttle: {
        retryAfterBaseValue: t.pauseUnitMs,
        // The plugin's own groups are process-wide with fixed pauses; these follow `timing`.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: t.writeIntervalMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * t.writeIntervalMs }),
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          const again = count < 1 && retryAfter <= t.maxRateLimitWaitSeconds;
          waitNote('rate limit reached', retryAfter, options, again);
          return again;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          // `retry-after` comes from the server: an hour-long answer must not hold the step.
          const again = count < SECONDARY_LIMIT_RETRIES && retryAfter <= t.maxRateLimitWaitSeconds;
          waitNote('secondary rate limit', retryAfter, options, again);
          return again;
        },
      },
    },
    retry,
    throttling,
  );
  const redact = log.redact;
  if (redact !== undefined) {
    // The one gate every comment, check run and annotation passes on its way to GitHub.
    octokit.hook.before('request', (options) => {
      const params = options as unknown as Record<string, unknown>;
      for (const key of Object.keys(params)) {
        if (!NOT_POSTED.has(key)) params[key] = redactDeep(params[key], redact);
      }
    });
  }
  return octokit;
}

/**
 * A fetch whose whole exchange (headers and body) must finish within `timeoutMs`, and whose
 * failures say which host did not answer. The body is read here so a server that stalls mid-body
 * hits the same deadline.
 */
function fetchWithDeadline(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await fetch(input, { ...init, signal });
      const body = await response.arrayBuffer();
      const empty = [101, 204, 205, 304].includes(response.status);
      return new Response(empty ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (deadline.aborted) {
        throw new ApiNetworkError(`no answer from ${url.host} within ${timeoutMs / 1000} s`, {
          cause: error,
        });
      }
      throw new ApiNetworkError(`network error reaching ${url.host}: ${networkReason(error)}`, {
        cause: error,
      });
    }
  };
}

/** "connect ECONNREFUSED 127.0.0.1:9" from undici's `TypeError: fetch failed` and its cause. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
