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
  const runPr = firstObject(run?.pull_requests);
  return {
    eventName,
    owner,
    repo,
    pullNumber: numberAt(pr, 'number') ?? numberAt(runPr, 'number'),
    headSha: stringAt(objectAt(pr, 'head'), 'sha') ?? stringAt(run, 'head_sha') ?? env.GITHUB_SHA ?? '',
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

function firstObject(value: unknown): Payload | undefined {
  if (!Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  return typeof first === 'object' && first !== null ? (first as Payload) : undefined;
}

function stringAt(value: Payload | undefined, key: string): string | undefined {
  const v = value?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function numberAt(value: Payload | undefined, key: string): number | undefined {
  const v = value?.[key];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
