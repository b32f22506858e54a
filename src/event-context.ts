/**
 * What the triggering event says about the code under test (PR number, head/base SHAs, branches),
 * from the runner's GITHUB_* variables and the event payload. Pure: `inputs.ts` passes both in.
 */
import type { EventContext } from './config.js';

type Payload = Record<string, unknown>;

/** Builds the EventContext for pull_request, push, workflow_run and any other event. */
export function readEventContext(env: Record<string, string | undefined>, payload: Payload): EventContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pr = objectAt(payload, 'pull_request');
  const run = objectAt(payload, 'workflow_run');
  const ref = env.GITHUB_REF ?? '';
  const pushedBranch =
    eventName === 'push' && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const headSha = stringAt(objectAt(pr, 'head'), 'sha') ?? stringAt(run, 'head_sha') ?? env.GITHUB_SHA ?? '';
  const runPr = findRunPull(run?.pull_requests, owner, repo, headSha);
  return {
    eventName,
    owner,
    repo,
    pullNumber: numberAt(pr, 'number') ?? numberAt(runPr, 'number'),
    headSha,
    headRepository:
      stringAt(objectAt(objectAt(pr, 'head'), 'repo'), 'full_name') ??
      stringAt(objectAt(run, 'head_repository'), 'full_name'),
    headBranch: stringAt(objectAt(pr, 'head'), 'ref') ?? stringAt(run, 'head_branch'),
    baseSha: stringAt(objectAt(pr, 'base'), 'sha') ?? stringAt(objectAt(runPr, 'base'), 'sha'),
    baseRef: stringAt(objectAt(pr, 'base'), 'ref') ?? pushedBranch,
    pushedBranch,
    defaultBranch: stringAt(objectAt(payload, 'repository'), 'default_branch'),
    fromFork: isFork(pr),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
}

function isFork(pr: Payload | undefined): boolean {
  if (pr === undefined) return false;
  const head = stringAt(objectAt(objectAt(pr, 'head'), 'repo'), 'full_name');
  const base = stringAt(objectAt(objectAt(pr, 'base'), 'repo'), 'full_name');
  return head !== undefined && base !== undefined && head !== base;
}

function objectAt(value: Payload | undefined, key: string): Payload | undefined {
  const v = value?.[key];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Payload) : undefined;
}

/**
 * The `workflow_run.pull_requests` entry of THIS repository for the run's head: GitHub also lists
 * PRs of other repositories whose head branch has the same name, and those are never used.
 */
function findRunPull(value: unknown, owner: string, repo: string, headSha: string): Payload | undefined {
  if (!Array.isArray(value)) return undefined;
  const ownApi = `/repos/${owner}/${repo}`.toLowerCase();
  return value.find((entry: unknown): entry is Payload => {
    if (typeof entry !== 'object' || entry === null) return false;
    const p = entry as Payload;
    const baseUrl = stringAt(objectAt(objectAt(p, 'base'), 'repo'), 'url')?.toLowerCase() ?? '';
    const sha = stringAt(objectAt(p, 'head'), 'sha')?.toLowerCase();
    return owner !== '' && baseUrl.endsWith(ownApi) && sha === headSha.toLowerCase();
  });
}

function stringAt(value: Payload | undefined, key: string): string | undefined {
  const v = value?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function numberAt(value: Payload | undefined, key: string): number | undefined {
  const v = value?.[key];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
