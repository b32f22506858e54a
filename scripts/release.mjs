// `npm run release -- 1.2.3`: the local half of a release, like `npm version` but for an action
// whose dist/ is committed. In the current directory (the repository root, as npm runs it):
//   1. checks the version is X.Y.Z and above package.json's, and the work tree is clean;
//   2. turns CHANGELOG.md's "Unreleased" section into "## [1.2.3] - <today>";
//   3. sets the version in package.json / package-lock.json (`npm version --no-git-tag-version`);
//   4. rebuilds dist/ (`npm run build`);
//   5. commits "Release v1.2.3" and creates the annotated tag v1.2.3.
// Pushing is left to you (`git push origin HEAD v1.2.3`): the release workflow then checks dist/,
// publishes the GitHub release with this CHANGELOG section and moves the major tag v1.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promoteUnreleased } from './changelog-section.mjs';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const cwd = process.cwd();

/** Runs a command in the repository, output shown; throws on a non-zero exit. */
function run(cmd, args) {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Runs git and returns its trimmed stdout. */
function git(args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** Numeric comparison of two X.Y.Z versions. */
function compareVersions(a, b) {
  const [pa, pb] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

function release(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version ?? ''))
    throw new Error(`give the new version as X.Y.Z: npm run release -- 1.2.3 (got '${version ?? ''}')`);
  const current = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).version;
  if (compareVersions(version, current) <= 0)
    throw new Error(`version ${version} is not above the current ${current}`);
  if (git(['status', '--porcelain']) !== '')
    throw new Error('the work tree has uncommitted changes; commit or stash them first');
  if (git(['tag', '--list', `v${version}`]) !== '') throw new Error(`tag v${version} already exists`);

  const changelog = join(cwd, 'CHANGELOG.md');
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(changelog, promoteUnreleased(readFileSync(changelog, 'utf8'), version, today));
  run(NPM, ['version', version, '--no-git-tag-version']);
  run(NPM, ['run', 'build']);
  const lockfile = existsSync(join(cwd, 'package-lock.json')) ? ['package-lock.json'] : [];
  run('git', ['add', '--all', '--', 'CHANGELOG.md', 'package.json', ...lockfile, 'dist']);
  run('git', ['commit', '--quiet', '-m', `Release v${version}`]);
  run('git', ['tag', '-a', `v${version}`, '-m', `v${version}`]);
  process.stdout.write(
    `release: committed and tagged v${version}. Publish it with:\n  git push origin HEAD v${version}\n`,
  );
}

try {
  release(process.argv[2]);
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`release: ${message}\n`);
  process.exitCode = 1;
}
