import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionIo } from './action-io.js';
import { buildReport } from './analysis/build-report.js';
import type { Inputs } from './constants.js';
import type { CoverageData } from './coverage/model.js';
import type { ArtifactUpload } from './github/artifact-upload.js';
import { publishHtmlReport } from './html-report.js';
import { parseConfig } from './inputs.js';

const workspace = mkdtempSync(join(tmpdir(), 'covgate-html-unit-'));
mkdirSync(join(workspace, 'src'));
writeFileSync(join(workspace, 'src/a.js'), 'one\ntwo\n');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function configWith(inputs: Record<string, string>) {
  const all: Record<string, string> = { 'coverage-files': 'lcov.info', ...inputs };
  return parseConfig({
    getInput: (name: Inputs) => all[name] ?? '',
    env: { GITHUB_WORKSPACE: workspace },
    cwd: '/',
    event: {},
  });
}

/** An ActionIo that records what the step would have printed and set. */
function recordingIo(): ActionIo & { warnings: string[]; outputs: Record<string, string> } {
  const warnings: string[] = [];
  const outputs: Record<string, string> = {};
  return {
    warnings,
    outputs,
    info: () => undefined,
    warning: (m) => warnings.push(m),
    error: () => undefined,
    debug: () => undefined,
    group: (_name, fn) => fn(),
    setOutput: (name, value) => (outputs[name] = value),
    exportVariable: () => undefined,
    setSecret: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    appendSummary: () => Promise.resolve(),
    env: {},
    workDir: join(workspace, 'runner-temp', 'covgate'),
  };
}

const head: CoverageData = {
  files: new Map([
    [
      'src/a.js',
      { path: 'src/a.js', lines: new Map([[1, 1]]), statements: null, functions: null, branches: null },
    ],
    [
      'src/gone.js',
      { path: 'src/gone.js', lines: new Map([[1, 0]]), statements: null, functions: null, branches: null },
    ],
  ]),
  formats: ['lcov'],
};
const run = {
  head,
  report: buildReport({ head, base: null, changes: null, thresholds: [] }),
  changes: null,
  runUrl: 'https://github.com/o/r/actions/runs/9',
};

describe('publishHtmlReport', () => {
  it('renders into html-dir, uploads it as covgate-html-<comment-id> and returns the artifact link', async () => {
    const io = recordingIo();
    const uploads: ArtifactUpload[] = [];
    const config = configWith({ 'html-report': 'true', 'html-retention-days': '3', 'comment-id': 'api' });
    const url = await publishHtmlReport(config, io, run, (u) => Promise.resolve(uploads.push(u) && 77));
    expect(url).toBe('https://github.com/o/r/actions/runs/9/artifacts/77');
    const dir = join(io.workDir, 'html');
    expect(io.outputs['html-dir']).toBe(dir);
    // src/gone.js has no source in the checkout: a row, no page.
    expect(uploads).toEqual([
      {
        name: 'covgate-html-api',
        rootDirectory: dir,
        files: [join(dir, 'index.html'), join(dir, 'files/1-a.js.html')],
        retentionDays: 3,
      },
    ]);
    expect(io.warnings).toEqual([]);
  });

  it('turns an upload failure into one warning and no link, never a thrown error', async () => {
    const io = recordingIo();
    const failing = (): Promise<number> =>
      Promise.reject(new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable'));
    const url = await publishHtmlReport(configWith({ 'html-report': 'true' }), io, run, failing);
    expect(url).toBeNull();
    expect(io.warnings).toEqual([
      `covgate: the HTML report was not uploaded as artifact 'covgate-html-covgate' (Unable to get the ACTIONS_RUNTIME_TOKEN env variable); it is still in ${join(io.workDir, 'html')} (the html-dir output) for a later upload step.`,
    ]);
    expect(existsSync(join(io.workDir, 'html/index.html'))).toBe(true);
  });
});

describe('html inputs', () => {
  it('reads html-report and html-retention-days, and names a bad retention with its fix', () => {
    expect(configWith({}).htmlReport).toBe(false);
    expect(configWith({ 'html-report': 'true' }).htmlRetentionDays).toBeUndefined();
    expect(() => configWith({ 'html-retention-days': '0' })).toThrow(
      "Invalid html-retention-days '0'. Expected whole days from 1 to 90, or leave it empty for the repository's retention setting.",
    );
    expect(() => configWith({ 'html-report': 'yes' })).toThrow(
      "Invalid html-report 'yes'. Expected true or false.",
    );
    // mode: publish posts a JSON report without per-line data: nothing to render, and it says where.
    expect(() => configWith({ 'html-report': 'true', mode: 'publish' })).toThrow(
      /Invalid html-report 'true' with mode 'publish': the JSON report has no per-line coverage to render\. Set html-report in the job that runs the tests/,
    );
  });
});
