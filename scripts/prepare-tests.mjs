// Runs before `npm test` (and so inside `npm cit`): the e2e tests drive the action against
// sample-app/, which is its own npm package. Install its dependencies when they are missing so the
// test command works by itself on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'sample-app');
if (existsSync(join(app, 'package-lock.json')) && !existsSync(join(app, 'node_modules'))) {
  console.log('pretest: installing sample-app dependencies (npm ci in sample-app/)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: app, stdio: 'inherit' });
}
