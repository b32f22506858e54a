// Wall time of covgate's pipeline in "no test twice" mode (unit with coverage, then only the rest,
// merged) against the seed's sequence (unit, then everything again with coverage) and against one
// covered run of everything, on a generated node:test suite, all in the same run. Prints ratios.
//
//   npm run build && node bench/pipeline-no-test-twice.mjs [--runs 5] [--modules 24] [--unit-ms 40] [--rest-ms 120]
//                                                        [--bundle dist/main/index.js]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    modules: { type: 'string', default: '24' },
    'unit-ms': { type: 'string', default: '40' },
    'rest-ms': { type: 'string', default: '120' },
    bundle: { type: 'string', default: join(root, 'dist', 'main', 'index.js') },
  },
});
const runs = Number(values.runs);
const modules = Number(values.modules);
const bundle = values.bundle;
if (!existsSync(bundle)) {
  console.error('bench: dist/main/index.js is missing; run "npm run build" first');
  process.exit(2);
}
const PATH = `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`;
// Every variant gets the same small environment, as a runner step would: variables such as
// NODE_EXTRA_CA_CERTS slow down each of the many node processes a test run starts.
const BASE_ENV = { PATH, HOME: process.env.HOME ?? '' };
const C8 = 'c8 --experimental-monocart --reporter=json';
const UNIT = 'test/unit/*.test.mjs';
const REST = 'test/rest/*.test.mjs';

/** A suite like the seed's: per module, fast unit tests and slower integration-style tests. */
function generateSuite(dir) {
  for (const sub of ['src', 'test/unit', 'test/rest']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const busy = (ms) => `{ const end = Date.now() + ${ms}; let x = 0; while (Date.now() < end) x++; }`;
  for (let i = 0; i < modules; i++) {
    writeFileSync(
      join(dir, `src/m${i}.js`),
      `export function price(n, vip) {\n  if (n < 0) throw new Error('negative');\n  const base = n * ${i + 1};\n` +
        `  return vip ? base * 0.9 : base;\n}\n\nexport async function store(db, n) {\n  if (!db) return null;\n` +
        `  await db.put(n);\n  return db.size();\n}\n\nexport function unused${i}(v) {\n  return v ? 1 : 2;\n}\n`,
    );
    writeFileSync(
      join(dir, `test/unit/m${i}.test.mjs`),
      `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { price } from '../../src/m${i}.js';\n` +
        `test('price', () => { ${busy(values['unit-ms'])} assert.equal(price(2, false), ${2 * (i + 1)}); });\n` +
        `test('vip', () => assert.equal(price(10, true), ${10 * (i + 1) * 0.9}));\n`,
    );
    writeFileSync(
      join(dir, `test/rest/m${i}.test.mjs`),
      `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { store } from '../../src/m${i}.js';\n` +
        `test('store', async () => { ${busy(values['rest-ms'])} const rows = [];\n` +
        `  const db = { put: async (n) => rows.push(n), size: () => rows.length };\n  assert.equal(await store(db, 1), 1); });\n`,
    );
  }
}

/** Runs dist/main as a runner would (INPUT_*, file commands in temp files); returns seconds. */
function timeAction(dir, inputs) {
  rmSync(join(dir, 'coverage'), { recursive: true, force: true });
  const tmp = mkdtempSync(join(dir, '..', 'runner-'));
  const env = {
    PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: tmp,
    GITHUB_EVENT_NAME: 'push',
  };
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[f] = join(tmp, f.toLowerCase());
    writeFileSync(env[f], '');
  }
  for (const [k, v] of Object.entries({ comment: 'false', 'github-token': '', ...inputs })) {
    env[`INPUT_${k.toUpperCase()}`] = v;
  }
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bundle], { cwd: dir, env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`covgate failed:\n${r.stdout}\n${r.stderr}`);
  const lines = /^lines<<(\S+)\n(.*)\n\1$/m.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'))?.[2];
  rmSync(tmp, { recursive: true, force: true });
  return { seconds, lines };
}

/** One covered run of everything, without covgate: the floor. */
function timeSingle(dir) {
  rmSync(join(dir, 'coverage'), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  execFileSync('bash', ['-e', '-c', `${C8} node --test ${UNIT} ${REST}`], {
    cwd: dir,
    env: BASE_ENV,
    stdio: 'ignore',
  });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(join(root, 'bench', 'out', 'no-test-twice-'));
const dir = join(work, 'suite');
generateSuite(dir);

const variants = {
  'single covered run (c8, no covgate)': () => timeSingle(dir),
  'covgate, no test twice (unit+c8, rest+c8)': () =>
    timeAction(dir, {
      'unit-command': `${C8} node --test ${UNIT}`,
      'rest-command': `${C8} node --test ${REST}`,
    }),
  'covgate, one covered run (test-command only)': () =>
    timeAction(dir, { 'test-command': `${C8} node --test ${UNIT} ${REST}` }),
  "covgate, seed's sequence (unit, then all+c8)": () =>
    timeAction(dir, {
      'unit-command': `node --test ${UNIT}`,
      'test-command': `${C8} node --test ${UNIT} ${REST}`,
    }),
};
const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
const lines = new Set();
for (let i = 0; i < runs; i++) {
  // Interleaved, so that load on the machine hits every variant alike.
  for (const [name, fn] of Object.entries(variants)) {
    const r = fn();
    times[name].push(r.seconds);
    if (r.lines !== undefined) lines.add(r.lines);
  }
}
rmSync(work, { recursive: true, force: true });
if (lines.size !== 1)
  throw new Error(`the covgate modes disagree on line coverage: ${[...lines].join(' vs ')}`);

console.log(
  `suite: ${modules} modules, ${modules * 2} unit tests (~${values['unit-ms']} ms), ${modules} rest tests (~${values['rest-ms']} ms); median of ${runs}`,
);
const [single, noTwice, covgateOnce, seed] = Object.keys(variants).map((k) => median(times[k]));
for (const [name, xs] of Object.entries(times)) console.log(`${name.padEnd(46)} ${median(xs).toFixed(2)} s`);
console.log(`all covgate modes report lines ${[...lines][0]}%`);
console.log(
  `ratio no-test-twice / single covered run:        ${(noTwice / single).toFixed(3)} (target <= 1.05)`,
);
console.log(`ratio no-test-twice / covgate one covered run:  ${(noTwice / covgateOnce).toFixed(3)}`);
console.log(`ratio seed sequence / single covered run:        ${(seed / single).toFixed(3)}`);
console.log(`ratio no-test-twice / seed sequence:             ${(noTwice / seed).toFixed(3)}`);
