// The release tooling: scripts/changelog-section.mjs (the release notes of a tag) as functions and as
// the command the release workflow runs, and scripts/release.mjs run in a scratch git repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractSection, promoteUnreleased } from '../scripts/changelog-section.mjs';

const REPO = join(import.meta.dirname, '..');
const SECTION_CLI = join(REPO, 'scripts', 'changelog-section.mjs');
const RELEASE_CLI = join(REPO, 'scripts', 'release.mjs');

const CHANGELOG = `# Changelog

All notable changes are documented here.

## [Unreleased]

### Added
- Shards.

## [0.2.0] - 2026-02-01

### Fixed
- A [link](https://example.com) in a line.

## [0.1.0] - 2026-01-01

- First.

[Unreleased]: https://github.com/covgate/covgate/compare/v0.2.0...HEAD
[0.2.0]: https://github.com/covgate/covgate/compare/v0.1.0...v0.2.0
[0.1.0]: https://github.com/covgate/covgate/releases/tag/v0.1.0
`;

describe('extractSection', () => {
  it('returns one version’s body, without the next section or the link definitions', () => {
    expect(extractSection(CHANGELOG, '0.2.0')).toBe('### Fixed\n- A [link](https://example.com) in a line.');
    expect(extractSection(CHANGELOG, 'v0.1.0')).toBe('- First.');
    expect(extractSection(CHANGELOG, 'unreleased')).toBe('### Added\n- Shards.');
  });

  it('names the missing or empty section', () => {
    expect(() => extractSection(CHANGELOG, '9.9.9')).toThrow(
      'CHANGELOG.md has no "## [9.9.9]" section; add one before releasing',
    );
    expect(() => extractSection('## [Unreleased]\n\n## [1.0.0]\n- x\n', 'Unreleased')).toThrow(
      'CHANGELOG.md\'s "## [Unreleased]" section is empty; say what changed',
    );
  });
});

describe('promoteUnreleased', () => {
  it('moves Unreleased under the new version, keeps an empty Unreleased, moves the compare links', () => {
    const next = promoteUnreleased(CHANGELOG, '0.3.0', '2026-03-03');
    expect(next).toContain(
      '## [Unreleased]\n\n## [0.3.0] - 2026-03-03\n\n### Added\n- Shards.\n\n## [0.2.0]',
    );
    expect(extractSection(next, '0.3.0')).toBe('### Added\n- Shards.');
    expect(next).toContain(
      '[Unreleased]: https://github.com/covgate/covgate/compare/v0.3.0...HEAD\n' +
        '[0.3.0]: https://github.com/covgate/covgate/compare/v0.2.0...v0.3.0\n' +
        '[0.2.0]: https://github.com/covgate/covgate/compare/v0.1.0...v0.2.0',
    );
  });

  it('refuses a bad version, a repeated version and an empty Unreleased', () => {
    expect(() => promoteUnreleased(CHANGELOG, '1.2', '2026-03-03')).toThrow("version '1.2' is not X.Y.Z");
    expect(() => promoteUnreleased(CHANGELOG, '0.2.0', '2026-03-03')).toThrow('already has a "## [0.2.0]"');
    const empty = promoteUnreleased(CHANGELOG, '0.3.0', '2026-03-03');
    expect(() => promoteUnreleased(empty, '0.4.0', '2026-03-03')).toThrow(
      '"## [Unreleased]" section is empty',
    );
  });
});

describe('the commands', () => {
  let dir: string;
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'covgate-release-'));
    // A stand-in project: its build writes dist/ so the release commit must carry the new bundle.
    const build = `node -e "require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','built '+require('./package.json').version)"`;
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'demo', version: '0.2.0', private: true, scripts: { build } }, null, 2) + '\n',
    );
    writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG);
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'start');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changelog-section prints the notes of a tag, or one line and exit 1', () => {
    const ok = spawnSync(process.execPath, [SECTION_CLI, 'v0.2.0', join(dir, 'CHANGELOG.md')], {
      encoding: 'utf8',
    });
    expect([ok.status, ok.stdout]).toEqual([0, '### Fixed\n- A [link](https://example.com) in a line.\n']);
    const missing = spawnSync(process.execPath, [SECTION_CLI, '3.0.0', join(dir, 'CHANGELOG.md')], {
      encoding: 'utf8',
    });
    expect([missing.status, missing.stderr]).toEqual([
      1,
      'changelog-section: CHANGELOG.md has no "## [3.0.0]" section; add one before releasing\n',
    ]);
  });

  it('release bumps, rebuilds, commits and tags', () => {
    const r = spawnSync(process.execPath, [RELEASE_CLI, '0.3.0'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({ version: '0.3.0' });
    expect(git('log', '-1', '--format=%s')).toBe('Release v0.3.0');
    expect(git('rev-parse', 'v0.3.0^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('show', 'HEAD:dist/index.js')).toBe('built 0.3.0');
    const today = new Date().toISOString().slice(0, 10);
    expect(extractSection(git('show', 'HEAD:CHANGELOG.md'), '0.3.0')).toBe('### Added\n- Shards.');
    expect(git('show', 'HEAD:CHANGELOG.md')).toContain(`## [0.3.0] - ${today}`);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('release refuses a dirty tree or an old version, changing nothing', () => {
    const old = spawnSync(process.execPath, [RELEASE_CLI, '0.2.0'], { cwd: dir, encoding: 'utf8' });
    expect([old.status, old.stderr]).toEqual([1, 'release: version 0.2.0 is not above the current 0.2.0\n']);
    writeFileSync(join(dir, 'stray.txt'), 'x');
    const dirty = spawnSync(process.execPath, [RELEASE_CLI, '0.3.0'], { cwd: dir, encoding: 'utf8' });
    expect([dirty.status, dirty.stderr]).toEqual([
      1,
      'release: the work tree has uncommitted changes; commit or stash them first\n',
    ]);
    expect(git('tag', '--list')).toBe('');
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toBe(CHANGELOG);
  });
});
