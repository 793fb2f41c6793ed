// Octokit for the GitHub API with retries on 5xx and rate limits, and a timeout on every request
// so a stalled API cannot hang the step. Thin adapter: no logic here.
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** The runner's environment: GITHUB_API_URL (else https://api.github.com) and ML_IMAGE_GUARD_RETRY_SCALE. */
  env: NodeJS.ProcessEnv;
  /**
   * Multiplies every retry wait (1 = Octokit's defaults: seconds). Tests set a small value,
   * also through ML_IMAGE_GUARD_RETRY_SCALE in the environment.
   */
  retryDelayScale?: number;
  /** Rate-limit retries before giving up. */
  maxRateLimitRetries?: number;
  log?: (message: string) => void;
  /** Aborts every request still open or retried: the deadline of the whole publish phase. */
  deadline?: AbortSignal;
}

/** GitHub answers within seconds; a request without an answer after this is dropped (then retried). */
export const REQUEST_TIMEOUT_SECONDS = 30;

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const scale = options.retryDelayScale ?? scaleFromEnv(options.env);
  const maxRetries = options.maxRateLimitRetries ?? 3;
  const log = options.log ?? (() => {});
  const onLimit =
    (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log(`GitHub ${kind} on ${request.method} ${request.url}; retry ${retryCount + 1} of ${maxRetries} in ${retryAfter}s`);
      return retryCount < maxRetries;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.env['GITHUB_API_URL'] || 'https://api.github.com',
      // @actions/github's fetch (it honours the runner's proxy), with a timeout on each attempt.
      request: { ...defaults.request, fetch: timedFetch(REQUEST_TIMEOUT_SECONDS * 1000 * timeoutScale(options.env), options.deadline) },
      retry: { retryAfterBaseValue: 1000 * scale },
      throttle: {
        retryAfterBaseValue: 1000 * scale,
        // One client per run; a fresh id keeps the write spacing of earlier clients in this process out of its way.
        id: `ml-image-guard-${process.pid}-${++clients}`,
        ...writeSpacing(scale),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

let clients = 0;

/**
 * The throttling plugin spaces one client's writes and GraphQL queries 1 s apart, and writes that
 * notify (a PR comment) 3 s apart, as GitHub asks. With a retry scale below 1 (tests) the spacing is
 * scaled too: every test run of the action otherwise slept through it (the suite's largest wait).
 */
function writeSpacing(scale: number): { write?: Bottleneck.Group; notifications?: Bottleneck.Group } {
  if (scale >= 1) return {};
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 1000 * scale }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3000 * scale }),
  };
}

type Fetch = typeof fetch;

function timedFetch(timeoutMs: number, deadline: AbortSignal | undefined): Fetch {
  const base: Fetch = (defaults.request as { fetch?: Fetch } | undefined)?.fetch ?? fetch;
  return (url, init = {}) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : []), ...(deadline ? [deadline] : [])];
    return base(url, { ...init, signal: AbortSignal.any(signals) });
  };
}

/**
 * Multiplies the request timeout and the publish deadline (1 = 30 s and 120 s): tests set
 * ML_IMAGE_GUARD_TIMEOUT_SCALE to stay short. Not an input: users have no reason to change it.
 */
export function timeoutScale(env: NodeJS.ProcessEnv): number {
  const value = Number(env['ML_IMAGE_GUARD_TIMEOUT_SCALE']);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function scaleFromEnv(env: NodeJS.ProcessEnv): number {
  const value = Number(env['ML_IMAGE_GUARD_RETRY_SCALE']);
  return Number.isFinite(value) && value > 0 ? value : 1;
}
