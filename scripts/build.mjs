// Builds the three committed bundles (main, post, cli): tsc compiles src/ to JS (typecheck is its own
// step, `npm run typecheck`; a type error elsewhere must not stop a bundle from being built while
// developing), then ncc bundles each entry's JS with its dependencies. Output is deterministic.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSources } from './src-hash.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const entries = ['main', 'post', 'cli'];
const outRoot = join(root, process.argv[2] ?? 'dist');
// A private work dir per build (builds may run side by side); ncc runs from it so the module paths
// it writes into the bundle (`./js/main.js`) do not depend on that dir's name.
const workDir = join(root, 'build', `work-${process.pid}`);
const jsDir = join(workDir, 'js');

rmSync(workDir, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', jsDir], {
    cwd: root,
    stdio: 'pipe',
  });
} catch (error) {
  // tsc still emits JS on type errors; report them and go on.
  process.stderr.write(
    `build: tsc reported type errors (see "npm run typecheck"):\n${String(error.stdout ?? '')}`,
  );
}
// Bundles go to a staging dir first and replace the output dir at the end, so a test that runs
// dist/ while a build is under way never sees a half-written bundle.
const staging = join(workDir, 'out');
for (const name of entries) {
  const out = join(staging, name);
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      join(jsDir, 'entry', `${name}.js`),
      '-o',
      out,
      '--quiet',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
    ],
    { cwd: workDir, stdio: 'inherit' },
  );
  // ncc writes its own package.json for ESM output; one at dist/ covers all three bundles.
  rmSync(join(out, 'package.json'), { force: true });
}
writeFileSync(join(staging, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
// Which sources this is a build of: e2e tests refuse a dist/ whose hash differs from src/.
writeFileSync(join(staging, 'src-hash.txt'), `${hashSources(root)}\n`);
const cli = join(staging, 'cli', 'index.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text);
chmodSync(cli, 0o755);
mkdirSync(dirname(outRoot), { recursive: true });
rmSync(outRoot, { recursive: true, force: true });
renameSync(staging, outRoot);
rmSync(workDir, { recursive: true, force: true });
