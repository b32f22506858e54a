// `npm run bench`: runs every benchmark one after the other (they would skew each other if run
// together) and lists the ratio lines each printed. Each benchmark measures its own baseline in
// the same run; see bench/README.md. Extra arguments are passed to every script.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.error('bench: dist/ is missing; run "npm run build" first');
  process.exit(2);
}
const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== 'run-all.mjs')
  .sort();
const ratios = [];
let failed = 0;
for (const name of scripts) {
  console.log(`\n=== bench/${name}`);
  const run = spawnSync(process.execPath, [join(here, name), ...process.argv.slice(2)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(run.stdout ?? '');
  if (run.status !== 0) failed += 1;
  for (const line of (run.stdout ?? '').split('\n'))
    if (/ratio/i.test(line)) ratios.push(`${name}: ${line.trim()}`);
}
console.log('\n=== ratios');
for (const line of ratios) console.log(line);
process.exit(failed > 0 ? 1 : 0);
