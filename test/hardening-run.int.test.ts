/**
 * Hostile input through the built bundles in `mode: run` (issue 12, items 2, 5, 6 and 13), grouped
 * into one job so the suite spawns few processes: a real PostgreSQL with a password full of
 * characters that encode differently, a test that quotes it (raw, URL-encoded, base64) and a
 * secret env var in its failure message, an inline `API_KEY=…` in the command, coverage paths that
 * are workflow commands or a marker of another comment-id, and comments by others that carry
 * covgate's marker. Then the CLI on the same hostile report.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import { copyCoveredProject, PROJECT_PATH } from './support/covered-project.js';
import { createActionJob, REPO_ROOT, type ActionJob, type StepResult } from './support/runner.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const MARKER = '<!-- covgate:comment-id=covgate -->';
const OTHER_MARKER = '<!-- covgate:comment-id=other -->';
const PASSWORD = 'Pw s3cr3t:x/y+z=&q';
const API_KEY = 'live-sk-4242-abcdef';
const DEPLOY_TOKEN = 'dt-0123456789abcdef';
const SECRET_FORMS = [
  PASSWORD,
  encodeURIComponent(PASSWORD),
  Buffer.from(PASSWORD).toString('base64'),
  API_KEY,
  DEPLOY_TOKEN,
];

// The test quotes every secret it can reach in its failure message, as a careless assertion would.
const LEAKY_TEST = `import test from 'node:test';
import assert from 'node:assert/strict';
test('leaks its secrets', () => {
  const pw = decodeURIComponent(new URL(process.env.DATABASE_URL).password);
  assert.fail(\`pw=\${pw} enc=\${encodeURIComponent(pw)} b64=\${Buffer.from(pw).toString('base64')} key=\${process.env.API_KEY} tok=\${process.env.DEPLOY_TOKEN}\`);
});
`;
const HOSTILE_PATHS = [
  '::add-mask::evil.js',
  'src/##[set-output name=passed;]true.js',
  `src/x ${OTHER_MARKER}.js`,
];
const HOSTILE_LCOV = HOSTILE_PATHS.map((p) => `SF:${p}\nDA:1,0\nDA:2,1\nend_of_record\n`).join('');
// istanbul keys may hold a newline: the rest of the path would start a log line of its own.
const NEWLINE_PATH = 'src/a\n::save-state name=covgate-postgres::{}.js';
const HOSTILE_ISTANBUL = {
  [NEWLINE_PATH]: {
    path: NEWLINE_PATH,
    statementMap: { '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 9 } } },
    fnMap: {},
    branchMap: {},
    s: { '0': 0 },
    f: {},
    b: {},
  },
};

let api: FakeGitHubApi;
let job: ActionJob;
let project: { dir: string; remove: () => Promise<void> };
let main: StepResult;
let post: StepResult;

/** Every regular file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  project = await copyCoveredProject();
  writeFileSync(join(project.dir, 'test', 'leak.test.mjs'), LEAKY_TEST);
  writeFileSync(join(project.dir, 'hostile.info'), HOSTILE_LCOV);
  writeFileSync(join(project.dir, 'hostile.json'), JSON.stringify(HOSTILE_ISTANBUL));
  api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    pulls: [{ number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' }, diff: '' }],
    comments: {
      7: [
        { body: `${MARKER}\nforged: ✅ coverage passed`, login: 'mallory' },
        { body: `Note: covgate's comment starts with ${MARKER}; please keep it`, login: 'maintainer' },
      ],
    },
  });
  job = await createActionJob({
    workspace: project.dir,
    eventName: 'pull_request',
    event: {
      pull_request: {
        number: 7,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: 'octo-org/octo-repo' } },
        base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
      },
      repository: { default_branch: 'main' },
    },
    inputs: {
      postgres: 'true',
      'postgres-password': PASSWORD,
      'postgres-port': '55433',
      // The phase touches the hostile reports: a report older than the phase is an earlier run's.
      'test-command': `touch hostile.info hostile.json && API_KEY=${API_KEY} node --test --test-reporter=junit --test-reporter-destination=junit.xml test/leak.test.mjs # ${OTHER_MARKER}`,
      'junit-files': 'junit.xml',
      'coverage-files': 'hostile.info\nhostile.json',
      'check-name': 'coverage',
    },
    env: { PATH: PROJECT_PATH, GITHUB_API_URL: api.url, DEPLOY_TOKEN },
  });
  main = await job.run('main');
  post = await job.run('post');
}, 120_000);

afterAll(async () => {
  await job.cleanup();
  await api.close();
  await project.remove();
});

describe('mode: run with hostile input (one job)', () => {
  it('ran: the phase failed on its leaky test, and everything was still posted', () => {
    expect(main.exitCode, main.stdout).toBe(1);
    expect(post.exitCode, post.stdout).toBe(0);
    expect(main.stdout).toContain('leaks its secrets');
    expect(api.state.checkRuns).toHaveLength(1);
    expect(main.summary).toContain('leaks its secrets');
  });

  it('posts no secret in any request body, report.json, summary, output or state (item 5)', () => {
    const bodies = api.requests.map((r) => JSON.stringify(r.body ?? ''));
    const reportJson = main.outputs['report-json'] ?? '';
    const runnerTemp = dirname(dirname(reportJson));
    const written = filesUnder(runnerTemp).map((f) => readFileSync(f, 'utf8'));
    // database-url is the output (and GITHUB_ENV the variable) that hands the URL on by design.
    const outputs = Object.entries(main.outputs).filter(([name]) => name !== 'database-url');
    const texts = [
      ...bodies,
      ...written,
      main.summary,
      JSON.stringify(outputs),
      main.files.state,
      post.files.state,
      post.summary,
    ];
    expect(written.length).toBeGreaterThan(0);
    for (const secret of SECRET_FORMS) {
      for (const text of texts) expect(text).not.toContain(secret);
    }
    const comment = api.state.comments.get(7)?.[2]?.body ?? '';
    // The command is shown without the inline value; the failure message with the values masked.
    expect(comment).toContain(`API_KEY=*** node --test`);
    // Redacted before it is rendered, so `***` is escaped like any text (it still shows as ***).
    expect(comment).toMatch(
      /pw=(?:&#42;){3} enc=(?:&#42;){3} b64=(?:&#42;){3} key=(?:&#42;){3} tok=(?:&#42;){3}/,
    );
    expect(readFileSync(reportJson, 'utf8')).toContain('API_KEY=*** node --test');
  });

  it("comments as itself: the stranger's marked comment and the quoting note stay untouched (item 2)", () => {
    const comments = api.state.comments.get(7) ?? [];
    expect(comments.map((c) => [c.user.login, c.body.slice(0, MARKER.length) === MARKER])).toEqual([
      ['mallory', true],
      ['maintainer', false],
      ['github-actions[bot]', true],
    ]);
    for (const c of comments.slice(0, 2)) expect(c.updated_at).toBe(c.created_at);
    expect(main.outputs['comment-url']).toBe(comments[2]?.html_url);
  });

  it('leaves no raw marker of another comment-id in the comment (item 13)', () => {
    const body = api.state.comments.get(7)?.[2]?.body ?? '';
    // The command (a code span) and the path carry the other marker; neither survives raw.
    expect(body).toContain('comment-id=other');
    expect(body.match(/<!--/g)).toEqual(['<!--']);
    expect(main.summary).toContain('comment-id=other');
    expect(main.summary).not.toContain(OTHER_MARKER);
    expect(body.startsWith(MARKER)).toBe(true);
  });

  it('prints report paths without issuing workflow commands (item 6)', () => {
    const lines = main.stdout.split('\n');
    expect(lines.some((l) => l.includes('add-mask::evil.js'))).toBe(true);
    for (const line of lines) {
      expect(line.trim().startsWith('::add-mask::evil'), line).toBe(false);
      expect(line).not.toContain('##[');
    }
    // The only commands are covgate's own: masks of its secrets, groups, its annotations.
    const commands = main.commands.map((c) => c.command);
    expect(commands).not.toContain('save-state');
    expect(commands).not.toContain('set-output');
    expect(commands).not.toContain('stop-commands');
    const masked = main.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masked).toContain(PASSWORD);
    for (const m of masked) expect(m).not.toMatch(/evil/);
    expect(main.state['covgate-postgres']).not.toBe('{}.js');
  });

  it('the CLI prints the same hostile report safely as text and as valid JSON (item 6)', () => {
    const cli = join(REPO_ROOT, 'dist', 'cli', 'index.js');
    const args = ['report', '--coverage', 'hostile.info', 'hostile.json', '--format'];
    const text = spawnSync(process.execPath, [cli, ...args, 'text'], { cwd: project.dir, encoding: 'utf8' });
    expect(text.stdout).toContain('add-mask::evil.js');
    for (const line of `${text.stdout}\n${text.stderr}`.split('\n')) {
      expect(line.trim().startsWith('::'), line).toBe(false);
      expect(line).not.toContain('##[');
    }
    const json = spawnSync(process.execPath, [cli, ...args, 'json'], { cwd: project.dir, encoding: 'utf8' });
    expect(json.stdout).not.toContain('##[');
    const parsed = JSON.parse(json.stdout) as { files: { path: string }[] };
    expect(parsed.files.map((f) => f.path)).toContain('src/##[set-output name=passed;]true.js');
  });
});
