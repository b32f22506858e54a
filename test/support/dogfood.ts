/**
 * What the dogfood tests share: dogfood.yml's inputs, a pull-request checkout of sample-app with real
 * git history (base: sample-app as it is; head: the 403 line of requireOwner reworded), and how the
 * comment writes a metric. The e2e run (dogfood.int.test.ts) and the in-process variants
 * (dogfood-variants.int.test.ts) both use them, so both test what CI runs.
 */
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createGitRepo, type GitRepo } from './git-repo.js';
import { REPO_ROOT } from './runner.js';

export const SAMPLE_APP = join(REPO_ROOT, 'sample-app');
export const OWNER_HOOK = 'sample-app/src/plugins/app/authorization.ts';
const FORBIDDEN_LINE = "        throw forbidden('Only the author of a post may change it');";
export const PULL = 7;
export const METRICS = ['lines', 'statements', 'functions', 'branches'] as const;

/** The `with:` inputs of the `uses: ./` step in dogfood.yml, so the tests run what CI runs. */
export function readDogfoodInputs(): Record<string, string> {
  const text = readFileSync(join(REPO_ROOT, '.github/workflows/dogfood.yml'), 'utf8');
  const step = text.split(/^\s+uses: \.\/\s*$/m)[1];
  if (step === undefined) throw new Error('dogfood.yml has no `uses: ./` step');
  const inputs: Record<string, string> = {};
  const withBlock = step.split(/^\s+with:\s*$/m)[1] ?? '';
  for (const line of withBlock.split('\n').slice(1)) {
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const match = /^ {10}([a-z-]+): (.*)$/.exec(line);
    if (match === null) break;
    inputs[match[1] as string] = (match[2] as string).trim();
  }
  return inputs;
}

/** `93.54% (87/93)`: how the comment writes a metric. */
export function asCommentCounts({
  covered,
  total,
  pct,
}: {
  covered: number;
  total: number;
  pct: number;
}): string {
  return `${pct.toFixed(2)}% (${covered}/${total})`;
}

/** A PR checkout: sample-app committed as the base, then a head commit that touches requireOwner. */
export function createPullRequestCheckout(): { repo: GitRepo; baseSha: string; headSha: string } {
  const repo = createGitRepo('covgate-dogfood-');
  const skip = new Set(['node_modules', 'coverage', 'reports', 'dist']);
  cpSync(SAMPLE_APP, join(repo.dir, 'sample-app'), {
    recursive: true,
    filter: (src) => !skip.has(src.slice(SAMPLE_APP.length + 1).split('/')[0] ?? ''),
  });
  const baseSha = repo.commit('base: sample-app');
  symlinkSync(join(SAMPLE_APP, 'node_modules'), join(repo.dir, 'sample-app/node_modules'), 'dir');
  const hook = join(repo.dir, OWNER_HOOK);
  const source = readFileSync(hook, 'utf8');
  if (!source.includes(FORBIDDEN_LINE)) throw new Error(`${OWNER_HOOK} no longer has the 403 line`);
  // Same behaviour, different text: the PR's one changed executable line is the 403 branch.
  repo.write({
    [OWNER_HOOK]: source.replace(FORBIDDEN_LINE, FORBIDDEN_LINE.replace(/'/g, '`')),
  });
  const headSha = repo.commit('head: reword the 403');
  return { repo, baseSha, headSha };
}

/** The line of the 403 `throw` in the checkout. */
export function forbiddenLineNumber(workspace: string): number {
  const lines = readFileSync(join(workspace, OWNER_HOOK), 'utf8').split('\n');
  return lines.findIndex((line) => line.includes('throw forbidden(')) + 1;
}

/** The PR event of the checkout, as GitHub sends it. */
export function pullRequestEvent(baseSha: string, headSha: string): Record<string, unknown> {
  return {
    number: PULL,
    pull_request: {
      number: PULL,
      head: { sha: headSha, ref: 'reword-403' },
      base: { sha: baseSha, ref: 'main' },
    },
    repository: { full_name: 'octo-org/covgate', default_branch: 'main' },
  };
}
