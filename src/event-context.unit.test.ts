import { describe, expect, it } from 'vitest';
import { readEventContext } from './event-context.js';

const env = {
  GITHUB_REPOSITORY: 'octo-org/app',
  GITHUB_EVENT_NAME: 'workflow_run',
  GITHUB_SHA: 'f'.repeat(40),
};
const HEAD = 'a'.repeat(40);
const entry = (repoUrl: string, sha = HEAD) => ({
  number: 12,
  head: { ref: 'topic', sha, repo: { url: 'https://api.github.com/repos/fork/app' } },
  base: { ref: 'main', sha: 'b'.repeat(40), repo: { url: repoUrl } },
});

describe('readEventContext (workflow_run)', () => {
  it('reads the head repository and branch of the run', () => {
    const ctx = readEventContext(env, {
      workflow_run: {
        head_sha: HEAD,
        head_branch: 'topic',
        head_repository: { full_name: 'fork/app' },
        pull_requests: [],
      },
    });
    expect([ctx.headSha, ctx.headRepository, ctx.headBranch, ctx.pullNumber]).toEqual([
      HEAD,
      'fork/app',
      'topic',
      undefined,
    ]);
  });

  it('uses a pull_requests entry only when it is of this repository and of the run head', () => {
    const run = (pulls: unknown[]) =>
      readEventContext(env, { workflow_run: { head_sha: HEAD, pull_requests: pulls } }).pullNumber;
    expect(run([entry('https://api.github.com/repos/octo-org/app')])).toBe(12);
    expect(run([entry('https://api.github.com/repos/other-org/app')])).toBeUndefined();
    expect(run([entry('https://api.github.com/repos/octo-org/app', 'c'.repeat(40))])).toBeUndefined();
    expect(
      run([
        entry('https://api.github.com/repos/evil/app'),
        entry('https://api.github.com/repos/octo-org/app'),
      ]),
    ).toBe(12);
  });
});
