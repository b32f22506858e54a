// scripts/lint-workflows.mjs on a scratch repository: actionlint findings in workflows and in the
// README's YAML blocks land on the right file and line, covgate inputs (in steps and in the README's
// tables) are checked against action.yml, and the repository's own conventions (job permissions, no persisted credentials) hold.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'lint-workflows.mjs');
const fence = '```';

const GOOD_WORKFLOW = `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - uses: ./
        with:
          test-command: npm test
`;

const README = `# demo

${fence}yaml
name: ok
on: pull_request
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - uses: covgate/covgate@v1
        with:
          test-command: npm test
${fence}

A step list with an untrusted expression in a script (README line 21):

${fence}yaml
- uses: covgate/covgate@v1
  with:
    fail-undr: 80
- run: echo "\${{ github.event.pull_request.title }}"
${fence}

${fence}yml
unit-command: npm run test:unit
rest-comand: npm run test:rest
${fence}

${fence}yaml
version: 2
updates: []
${fence}

${fence}yaml
key: [unclosed
${fence}

| input | default | meaning |
|---|---|---|
| \`test-command\` | none | x |
| \`unit-command\` | none | x |
| \`fail-under\` | none | x |
| \`nope\` | none | x |

| output | meaning |
|---|---|
| \`lines\` | x |
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'covgate-lint-'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'action.yml'),
    'name: x\ndescription: x\ninputs:\n  test-command: {}\n  unit-command: {}\n  rest-command: {}\n  fail-under: {}\nruns:\n  using: node24\n  main: m.js\n',
  );
  writeFileSync(join(dir, '.github', 'workflows', 'good.yml'), GOOD_WORKFLOW);
  writeFileSync(
    join(dir, '.github', 'workflows', 'bad.yml'),
    GOOD_WORKFLOW.replace('    permissions:\n      contents: read\n', '').replace(
      'persist-credentials: false',
      'fetch-depth: 2',
    ),
  );
  writeFileSync(join(dir, 'README.md'), README);
  writeFileSync(
    join(dir, 'docs', 'guide.md'),
    `${fence}yaml\n- uses: covgate/covgate@v1\n  with:\n    test-command: npm test\n${fence}\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint-workflows', () => {
  it('reports every problem with its file and line, and exits 1', () => {
    const r = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      ".github/workflows/bad.yml:1:1: job 'test' has no 'permissions:'; give every job the least it needs",
      ".github/workflows/bad.yml:1:1: job 'test': actions/checkout needs 'persist-credentials: false'",
      expect.stringMatching(
        /^README\.md:21:\d+: "github\.event\.pull_request\.title" is potentially untrusted.* \[expression\]$/,
      ) as string,
      "README.md:18:1: 'fail-undr' is not an input of covgate (action.yml); check the name",
      "README.md:25:1: 'rest-comand' is not an input of covgate (action.yml); check the name",
      expect.stringMatching(/^README\.md:36:\d+: YAML does not parse: /) as string,
      "README.md:38:1: the inputs table lacks 'rest-command' (declared in action.yml)",
      "README.md:38:1: the inputs table lists 'nope', which action.yml does not declare",
      "README.md:45:1: the outputs table lists 'lines', which action.yml does not declare",
      'lint-workflows: 2 workflow files and Markdown YAML blocks ' +
        '(1 workflows, 2 step lists, 1 input excerpts, 1 other): 9 problem(s)',
    ]);
  });

  it('stops with one line when action.yml does not parse (as the runner would refuse it)', () => {
    const broken = mkdtempSync(join(tmpdir(), 'covgate-lint-broken-'));
    try {
      writeFileSync(join(broken, 'action.yml'), "name: x\ninputs:\n  a:\n    description: 'it's broken'\n");
      const r = spawnSync(process.execPath, [SCRIPT, broken], { encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([1, '']);
      expect(r.stdout).toMatch(/^action\.yml:4:\d+: YAML does not parse: [^\n]+\n$/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
