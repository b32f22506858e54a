// The CLI as users get it from npm: `npm pack` of this repository, installed into an empty project
// without network (the bundle is self-contained, so the package has no dependencies), then
// `covgate report` run through the installed bin and through `npm exec` (what `npx covgate` does).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../src/analysis/types.js';
import { FAKE_ROOT, FIXTURES } from './fixtures/coverage/fixtures.js';

const REPO = join(import.meta.dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const REPORT = join(FIXTURES, 'js-app', 'reports', 'c8-all', 'coverage-final.json');
const SUMMARY = join(FIXTURES, 'js-app', 'reports', 'c8-all', 'coverage-summary.json');

interface PackResult {
  filename: string;
  files: { path: string }[];
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
  engines: Record<string, string>;
}

let work: string;
let pack: PackResult;

/** Runs npm quietly in `cwd`; npm's own cache stays inside the temp dir so no state leaks. */
function npm(args: string[], cwd: string): string {
  return execFileSync(NPM, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_cache: join(work, 'npm-cache'),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_loglevel: 'error',
    },
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'covgate-pack-'));
  // --ignore-scripts: pack what is committed (dist/ is built and checked by check-dist).
  const out = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], REPO);
  pack = (JSON.parse(out) as PackResult[])[0] as PackResult;
  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tmp-project', private: true }));
  npm(['install', '--offline', join(work, pack.filename)], project);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm package', () => {
  it('holds the CLI bundle only', () => {
    const paths = pack.files.map((f) => f.path).sort();
    expect(paths).toEqual([
      'LICENSE',
      'README.md',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/package.json',
      'package.json',
    ]);
  });

  it('is publishable and installs with no dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Manifest;
    expect(manifest.private).toBeUndefined();
    expect(pack.filename).toBe(`covgate-${manifest.version}.tgz`);
    // Bundled actions need their libraries at build time only: a runtime dependency would make
    // every `npx covgate` download it, and an offline install fail.
    expect(manifest.dependencies, 'move it to devDependencies: dist/ bundles it').toBeUndefined();
    expect(manifest.bin).toEqual({ covgate: 'dist/cli/index.js' });
    expect(manifest.engines.node).toBe('>=20');
  });

  it('runs `covgate report` from the installed bin and through npm exec, with c8’s numbers', () => {
    const project = join(work, 'project');
    const args = ['report', '--coverage', REPORT, '--root', FAKE_ROOT, '--format', 'json'];
    const bin = spawnSync(join(project, 'node_modules', '.bin', 'covgate'), args, {
      cwd: project,
      encoding: 'utf8',
    });
    expect(bin.stderr).toBe('');
    expect(bin.status).toBe(0);
    const report = JSON.parse(bin.stdout) as FullReport;
    const c8 = JSON.parse(readFileSync(SUMMARY, 'utf8')) as {
      total: Record<string, { covered: number; total: number; pct: number }>;
    };
    for (const metric of ['lines', 'statements', 'functions', 'branches'] as const) {
      const mine = report.totals[metric];
      expect(mine && { covered: mine.covered, total: mine.total, pct: mine.pct }).toEqual({
        covered: c8.total[metric]?.covered,
        total: c8.total[metric]?.total,
        pct: c8.total[metric]?.pct,
      });
    }

    const viaExec = npm(['exec', '--offline', '--', 'covgate', ...args.slice(0, -1), 'text'], project);
    expect(viaExec).toMatch(/^TOTAL\s+95\s+18\s+81\.05%/m);

    const gate = spawnSync(
      join(project, 'node_modules', '.bin', 'covgate'),
      [...args, '--fail-under', '90'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    expect(gate.status).toBe(1);
  });
});
