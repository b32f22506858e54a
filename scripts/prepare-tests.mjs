// Runs as `prepare` (after `npm ci`/`npm install` at the root) and again before `npm test`: the e2e
// tests drive the action against sample-app/, which is its own npm package. Its dependencies are
// installed with the root's, and installed before the tests when still missing (`--ignore-scripts`),
// so `npm cit` and `npm test` work by themselves on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'sample-app');
if (existsSync(join(app, 'package-lock.json')) && !existsSync(join(app, 'node_modules'))) {
  console.log('prepare-tests: installing sample-app dependencies (npm ci in sample-app/)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: app, stdio: 'inherit' });
}
