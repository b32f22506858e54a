/**
 * `html-report: true` end to end: dist/main reads sample-app's committed coverage (a vitest/v8 run
 * of its unit tests) on a pull request, renders the HTML report, uploads it through the real
 * @actions/artifact client to a local emulation of the artifact service, and links the artifact
 * from the comment, check run and job summary. Then a real headless chromium opens the report:
 * every file with the comment's numbers, an uncovered and a partly covered line marked, the PR's
 * changed lines marked, and a hostile file name and source shown as text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHubApi, type FakeGitHubApi } from '../scripts/fake-github-api.mjs';
import type { Report } from '../src/analysis/types.js';
import { formatCounts } from '../src/report/format.js';
import { findChromium } from './support/chromium.js';
import {
  artifactEnv,
  startFakeArtifactService,
  type FakeArtifactService,
} from '../scripts/fake-artifact-service.mjs';
import { createActionJob, REPO_ROOT, type ActionJob, type StepResult } from './support/runner.js';

const HOSTILE = 'sample-app/src/<img src=x onerror=alert(1)>.js';
const PASSWORD = 'sample-app/src/lib/password.ts';
const ARTIFACT_URL = 'https://github.com/octo-org/octo-repo/actions/runs/1/artifacts/1000';

let workspace: string;
let api: FakeGitHubApi;
let artifacts: FakeArtifactService;
let job: ActionJob;
let main: StepResult;

/** A diff that "adds" lines 8-10 of password.ts (line 9 is its partly covered line). */
function pullDiff(): string {
  const lines = readFileSync(join(REPO_ROOT, PASSWORD), 'utf8').split('\n').slice(7, 10);
  return [
    `diff --git a/${PASSWORD} b/${PASSWORD}`,
    `--- a/${PASSWORD}`,
    `+++ b/${PASSWORD}`,
    '@@ -7,0 +8,3 @@',
    ...lines.map((l) => `+${l}`),
    '',
  ].join('\n');
}

/** The checkout: sample-app's sources, its coverage, and one file whose name and text are hostile. */
function makeWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'covgate-html-'));
  cpSync(join(REPO_ROOT, 'sample-app/src'), join(dir, 'sample-app/src'), { recursive: true });
  const coverage = JSON.parse(
    readFileSync(join(REPO_ROOT, 'test/fixtures/sample-app/coverage-final.json'), 'utf8'),
  ) as Record<string, unknown>;
  const at = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 20 } });
  coverage[HOSTILE] = {
    path: HOSTILE,
    statementMap: { '0': at(1), '1': at(2) },
    fnMap: {},
    branchMap: {},
    s: { '0': 1, '1': 0 },
    f: {},
    b: {},
  };
  writeFileSync(join(dir, HOSTILE), 'const a = "<script>alert(2)</script>";\nalert(3);\n');
  mkdirSync(join(dir, 'coverage'));
  writeFileSync(join(dir, 'coverage/coverage-final.json'), JSON.stringify(coverage));
  return dir;
}

beforeAll(async () => {
  workspace = makeWorkspace();
  artifacts = await startFakeArtifactService();
  api = await startFakeGitHubApi({
    owner: 'octo-org',
    repo: 'octo-repo',
    pulls: [
      {
        number: 7,
        head: { sha: 'c'.repeat(40), ref: 'feature' },
        base: { sha: 'b'.repeat(40), ref: 'main' },
        diff: pullDiff(),
      },
    ],
  });
  job = await createActionJob({
    workspace,
    inputs: {
      'coverage-files': 'coverage/coverage-final.json',
      'html-report': 'true',
      'html-retention-days': '5',
      'check-name': 'covgate',
    },
    eventName: 'pull_request',
    event: {
      pull_request: {
        number: 7,
        head: { sha: 'c'.repeat(40), ref: 'feature' },
        base: { sha: 'b'.repeat(40), ref: 'main' },
      },
      repository: { default_branch: 'main' },
    },
    env: { GITHUB_API_URL: api.url, GITHUB_SHA: 'c'.repeat(40), ...artifactEnv(artifacts) },
  });
  main = await job.run('main');
}, 60_000);

afterAll(async () => {
  await job?.cleanup();
  await api?.close();
  await artifacts?.close();
  rmSync(workspace, { recursive: true, force: true });
});

describe('html-report: true', () => {
  it('uploads the report through @actions/artifact and links the artifact everywhere', () => {
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    const [artifact] = artifacts.artifacts;
    expect(artifacts.artifacts).toHaveLength(1);
    expect(artifact).toMatchObject({ id: 1000, name: 'covgate-html-covgate', finalized: true });
    expect(artifacts.requests.map((r) => r.op)).toEqual([
      'CreateArtifact',
      'blob-block',
      'blob-blocklist',
      'FinalizeArtifact',
    ]);
    // html-retention-days: 5 → an expiry 5 days ahead.
    const expires = Date.parse(String(artifact?.created.expires_at));
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(5);
    // The zip holds index.html and one page per file with source (21 files, all in the checkout).
    const zip = join(workspace, 'uploaded.zip');
    writeFileSync(zip, artifact?.content ?? Buffer.alloc(0));
    const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toContain('index.html');
    expect(listing.filter((f) => f.startsWith('files/'))).toHaveLength(21);

    const comment = api.state.comments.get(7)?.[0]?.body ?? '';
    expect(comment).toContain(`[Browse the HTML coverage report](${ARTIFACT_URL})`);
    expect(api.state.checkRuns[0]?.output.summary).toContain(ARTIFACT_URL);
    expect(main.summary).toContain(ARTIFACT_URL);
    expect(main.outputs['html-dir']).toMatch(/\/runner-temp\/covgate\/html$/);
    expect(main.commands.filter((c) => c.command === 'warning' && /HTML/.test(c.message))).toEqual([]);
  });

  it('opens in chromium: every file with the comment’s numbers, marked lines, hostile text inert', async (ctx) => {
    const executablePath = findChromium();
    if (executablePath === null) return ctx.skip();
    const report = JSON.parse(readFileSync(main.outputs['report-json'] ?? '', 'utf8')) as Report;
    const comment = api.state.comments.get(7)?.[0]?.body ?? '';
    expect(comment).toContain(formatCounts(report.totals.lines));
    const browser: Browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
      page.on('request', (r) => requests.push(r.url()));
      const dir = main.outputs['html-dir'] ?? '';
      await page.goto(`file://${dir}/index.html`);
      const rows = await page.$$eval('#files tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
      expect(rows.map((r) => r[0])).toEqual(report.files.map((f) => f.path));
      for (const f of report.files) {
        const row = rows.find((r) => r[0] === f.path) ?? [];
        expect(row.slice(1, 5)).toEqual([f.lines, f.statements, f.functions, f.branches].map(formatCounts));
      }
      expect(await page.textContent('#totals')).toContain(formatCounts(report.totals.lines));
      // Sorting by lines puts the least covered file first.
      await page.click('#files th:nth-child(2)');
      const worst = [...report.files].sort((a, b) => a.lines.pct - b.lines.pct)[0]?.path;
      expect(await page.textContent('#files tbody tr:first-child td:first-child')).toBe(worst);
      // The hostile name is a link whose text is the name; no <img> was created from it.
      expect(await page.$$('img')).toHaveLength(0);
      await page.click(`#files a:text-is("${HOSTILE.replace(/"/g, '\\"')}")`);
      expect(await page.textContent('h1')).toBe(HOSTILE);
      expect(await page.textContent('#L1 td:nth-child(3)')).toBe('const a = "<script>alert(2)</script>";');
      expect(await page.getAttribute('#L2', 'class')).toBe('miss');

      await page.goto(`file://${dir}/index.html`);
      await page.click(`#files a:text-is("${PASSWORD}")`);
      expect(await page.getAttribute('#L9', 'class')).toBe('part chg');
      expect(await page.textContent('#L9 .br')).toMatch(/^1\/2 branches · branch \d of 2 not taken$/);
      expect(await page.getAttribute('#L8', 'class')).toBe('hit chg');
      await page.click('text=← All files');
      await page.click('#files a:text-is("sample-app/src/lib/http-error.ts")');
      const missing = report.files.find((f) => f.path.endsWith('http-error.ts'))?.missingLines ?? [];
      expect(missing.length).toBeGreaterThan(0);
      for (const line of missing) expect(await page.getAttribute(`#L${line}`, 'class')).toBe('miss');
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('covgate report --html', () => {
  it('writes the same index from the CLI', () => {
    const out = join(workspace, 'cli-html');
    const cli = spawnSync(
      process.env.COVGATE_TEST_NODE ?? process.execPath,
      [
        join(REPO_ROOT, 'dist/cli/index.js'),
        'report',
        '--coverage',
        'coverage/coverage-final.json',
        '--html',
        out,
      ],
      { cwd: workspace, encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const stderr = cli.stderr;
    expect(stderr).toBe(`covgate: HTML report written to ${out}/index.html\n`);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const action = readFileSync(join(main.outputs['html-dir'] ?? '', 'index.html'), 'utf8');
    const tableOf = (html: string): string => html.slice(html.indexOf('<table class="sortable" id="files">'));
    expect(tableOf(index)).toBe(tableOf(action));
    expect(readdirSync(join(out, 'files'))).toHaveLength(21);
  });
});

describe('other formats and bad input', () => {
  it('renders coverage.py Cobertura (lines + branches) with its partial and missed lines', async () => {
    const { parseCoverage } = await import('../src/coverage/read.js');
    const { buildReport } = await import('../src/analysis/build-report.js');
    const { writeHtmlReport } = await import('../src/html/write-report.js');
    const { FAKE_ROOT, FIXTURES, readFixture } = await import('./fixtures/coverage/fixtures.js');
    const xml = 'py-app/reports/branch/coverage.xml';
    const head = parseCoverage(readFixture(xml), xml, { root: FAKE_ROOT }).data;
    const report = buildReport({ head, base: null, changes: null, thresholds: [] });
    const outDir = join(workspace, 'py-html');
    const written = await writeHtmlReport({
      head,
      report,
      changes: null,
      sourceRoot: join(FIXTURES, 'py-app'),
      outDir,
      title: 'py-app',
      headSha: null,
    });
    expect(written.missingSources).toBe(0);
    const page = readFileSync(written.files.find((f) => f.endsWith('pricing.py.html')) ?? '', 'utf8');
    // coverage.py: line 14 ran but one of its 2 branches (to line 15) never did; line 15 never ran.
    expect(page).toMatch(/<tr id=L14 class="part"><td>14<td>1×<td>[^<]*<span class="br">1\/2 branches · /);
    expect(page).toContain('<tr id=L15 class="miss"><td>15<td>0×<td>');
  });

  it('covgate report --html into a directory it cannot write: one line, exit 2', () => {
    const blocker = join(workspace, 'not-a-dir');
    writeFileSync(blocker, '');
    const cli = spawnSync(
      process.env.COVGATE_TEST_NODE ?? process.execPath,
      [
        join(REPO_ROOT, 'dist/cli/index.js'),
        'report',
        '--coverage',
        'coverage/coverage-final.json',
        '--html',
        join(blocker, 'html'),
      ],
      { cwd: workspace, encoding: 'utf8' },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(
      /^covgate: --html: cannot write the report to '.*not-a-dir\/html' \(.*ENOTDIR.*\); give a writable directory\n$/,
    );
  });
});
