import { describe, expect, it } from 'vitest';
import { createRepoPathResolver, isNormalPath, type RepoPathOptions } from './paths.js';

/** One path through a fresh resolver, as a reader resolves each path of a report. */
const toRepoPath = (raw: string, opts: RepoPathOptions): string | null => createRepoPathResolver(opts)(raw);

const root = '/home/runner/work/x/x';

describe('toRepoPath', () => {
  it.each([
    ['absolute runner path', '/home/runner/work/x/x/src/a.js', root, 'src/a.js'],
    ['container path of the same repo', '/__w/x/x/src/a.js', root, 'src/a.js'],
    ['runner path seen from a container job', '/home/runner/work/x/x/src/a.js', '/__w/x/x', 'src/a.js'],
    ['Windows path with backslashes', 'C:\\a\\x\\x\\src\\a.js', 'C:\\a\\x\\x', 'src/a.js'],
    ['Windows path, other drive letter case', 'd:\\a\\x\\x\\src\\A.js', 'D:\\a\\x\\x', 'src/A.js'],
    ['Windows runner path on a Linux root', 'D:\\a\\x\\x\\src\\a.js', root, 'src/a.js'],
    ['file:// URL', 'file:///home/runner/work/x/x/src/a%20b.js', root, 'src/a b.js'],
    ['file:// URL of a Windows path', 'file:///C:/a/x/x/src/a.js', 'C:\\a\\x\\x', 'src/a.js'],
    ['relative path (lcov SF)', 'src/a.js', root, 'src/a.js'],
    ['relative path with ./ and ..', './src/lib/../a.js', root, 'src/a.js'],
    ['root given with a trailing slash', '/home/runner/work/x/x/src/a.js', `${root}/`, 'src/a.js'],
  ])('%s', (_name, raw, r, expected) => {
    expect(toRepoPath(raw, { root: r })).toBe(expected);
  });

  it.each([
    ['another absolute directory', '/usr/lib/node/x.js', root],
    ['a sibling directory with the root as prefix', '/home/runner/work/x/x2/src/a.js', root],
    ['another repository on the runner', '/home/runner/work/y/y/src/a.js', root],
    ['a relative path leaving the root', '../other/a.js', root],
    ['the root itself', root, root],
    ['an empty path', '', root],
    ['another Windows drive', 'E:\\a\\x\\x\\src\\a.js', 'C:\\work'],
  ])('%s -> null (outside the root)', (_name, raw, r) => {
    expect(toRepoPath(raw, { root: r })).toBeNull();
  });

  describe('relative to the directory the tool ran in (baseDir)', () => {
    const baseDir = `${root}/packages/web`;

    it('resolves relative report paths from baseDir (a monorepo package)', () => {
      expect(toRepoPath('src/a.js', { root, baseDir })).toBe('packages/web/src/a.js');
      expect(toRepoPath('../api/b.js', { root, baseDir })).toBe('packages/api/b.js');
    });

    it('falls back to the root when the file exists only there', () => {
      const exists = (p: string): boolean => p === 'src/a.js';
      expect(toRepoPath('src/a.js', { root, baseDir, exists })).toBe('src/a.js');
      expect(toRepoPath('src/b.js', { root, baseDir, exists })).toBe('packages/web/src/b.js');
    });

    it('takes relative Cobertura sources from baseDir', () => {
      expect(toRepoPath('a.py', { root, baseDir, sourceRoots: ['src'] })).toBe('packages/web/src/a.py');
    });

    it('is null from a baseDir outside the root unless the root has the file', () => {
      expect(toRepoPath('src/a.js', { root, baseDir: '/tmp/elsewhere' })).toBeNull();
      expect(toRepoPath('src/a.js', { root, baseDir: '/tmp/elsewhere', exists: () => false })).toBe(
        'src/a.js',
      );
    });
  });

  describe('relative to Cobertura <source> directories', () => {
    it('resolves against an absolute source inside the root', () => {
      expect(toRepoPath('pricing.py', { root, sourceRoots: [`${root}/shop`] })).toBe('shop/pricing.py');
    });

    it('resolves against a source that is a container path of the same repo', () => {
      expect(toRepoPath('util/text.py', { root, sourceRoots: ['/__w/x/x/shop'] })).toBe('shop/util/text.py');
    });

    it('resolves against a relative source, taken from the root', () => {
      expect(toRepoPath('a.py', { root, sourceRoots: ['lib'] })).toBe('lib/a.py');
      expect(toRepoPath('src/a.js', { root, sourceRoots: ['.'] })).toBe('src/a.js');
    });

    it('skips sources outside the root and picks the first inside it', () => {
      const sourceRoots = ['/opt/elsewhere', `${root}/pkg`, `${root}/other`];
      expect(toRepoPath('m.py', { root, sourceRoots })).toBe('pkg/m.py');
    });

    it('prefers the source under which the file exists when given an existence check', () => {
      const sourceRoots = [`${root}/pkg`, `${root}/other`];
      const exists = (p: string): boolean => p === 'other/m.py';
      expect(toRepoPath('m.py', { root, sourceRoots, exists })).toBe('other/m.py');
      expect(toRepoPath('n.py', { root, sourceRoots, exists })).toBe('pkg/n.py');
    });

    it('accepts a source above the root when source + file name lands inside it', () => {
      expect(toRepoPath('x/x/src/a.js', { root, sourceRoots: ['/home/runner/work'] })).toBe('src/a.js');
      expect(toRepoPath('../src/a.js', { root, sourceRoots: [`${root}/lib`] })).toBe('src/a.js');
      expect(toRepoPath('y/y/src/a.js', { root, sourceRoots: ['/home/runner/work'] })).toBeNull();
    });

    it('is null when every source lies outside the root (a report from another machine)', () => {
      expect(toRepoPath('a.py', { root, sourceRoots: ['/Users/bob/proj/src'] })).toBeNull();
    });

    it('leaves absolute class file names to the root', () => {
      expect(toRepoPath(`${root}/src/a.js`, { root, sourceRoots: ['/x'] })).toBe('src/a.js');
    });
  });
});

describe('createRepoPathResolver', () => {
  it('resolves many paths with one resolver like a fresh resolver does for each', () => {
    const opts = {
      root: '/__w/x/x',
      baseDir: '/__w/x/x/packages/web',
      exists: (p: string): boolean => p === 'src/a.js',
    };
    const resolve = createRepoPathResolver(opts);
    const raws = ['src/a.js', 'src/b.js', '../api/c.js', '/home/runner/work/x/x/d.js', '/__w/y/y/e.js', ''];
    const resolved = raws.map((raw) => resolve(raw));
    expect(resolved).toEqual(['src/a.js', 'packages/web/src/b.js', 'packages/api/c.js', 'd.js', null, null]);
    expect(resolved).toEqual(raws.map((raw) => toRepoPath(raw, opts)));
  });

  it('resolves against the Cobertura sources it was built with', () => {
    const resolve = createRepoPathResolver({ root, sourceRoots: ['/opt/elsewhere', `${root}/shop`] });
    expect(resolve('pricing.py')).toBe('shop/pricing.py');
    expect(resolve('util/text.py')).toBe('shop/util/text.py');
    expect(resolve('/usr/lib/x.py')).toBeNull();
  });
});

describe('isNormalPath (paths that skip normalisation)', () => {
  it.each([
    '/a/b.js',
    'src/a.js',
    'a',
    '.github/x.yml',
    'a/.b/c',
    '..a/b',
    'a/b..',
    'a/...',
    'a b/c d.js',
    'src/ä/x.js',
  ])('%s is normal', (p) => {
    expect(isNormalPath(p)).toBe(true);
  });

  it.each([
    '',
    '/',
    './a',
    'a/./b',
    'a/.',
    '..',
    '../a',
    'a/../b',
    'a/..',
    'a//b',
    '//a',
    'a/',
    'a\\b',
    'C:/a',
    'c:\\a',
    'file:///a',
    ' a',
    'a ',
    '\ta',
    '\u00a0a',
    'a\ufeff',
  ])('%j is not normal', (p) => {
    expect(isNormalPath(p)).toBe(false);
  });

  // A leading blank sends a path through the general normalisation (trim removes it again), so the
  // two resolutions of each path below are the fast and the slow one.
  const base = { root: '/repo', baseDir: '/repo/pkg' };
  it.each([
    ['/repo/src/a.js', 'src/a.js'],
    ['src/a.js', 'pkg/src/a.js'],
    ['./src/a.js', 'pkg/src/a.js'],
    ['a//b', 'pkg/a/b'],
    ['..', null],
    ['../a.js', 'a.js'],
    ['../../a.js', null],
    ['/repo/./x/../a.js', 'a.js'],
    ['src\\win\\a.js', 'pkg/src/win/a.js'],
    ['/elsewhere/a.js', null],
    ['/repo', null],
    ['/repository/a.js', null],
    ['.hidden/a.js', 'pkg/.hidden/a.js'],
    ['..a/b.js', 'pkg/..a/b.js'],
    ['/repo/src/a.js ', 'src/a.js'],
  ])('%j resolves to %j by the fast and the general path alike', (raw, expected) => {
    expect(toRepoPath(raw, base)).toBe(expected);
    expect(toRepoPath(` ${raw}`, base)).toBe(expected);
  });
});

describe('reports of another checkout', () => {
  const inRepo = new Set(['app/pricing.py', 'index.js', 'src/a.js']);
  const exists = (p: string): boolean => inRepo.has(p);

  it('maps a self-hosted runner’s or a container’s checkout by the longest existing tail', () => {
    const resolve = createRepoPathResolver({ root: '/home/runner/work/shop/shop', exists });
    expect(resolve('/opt/actions-runner/_work/shop/shop/app/pricing.py')).toBe('app/pricing.py');
    // The checkout's root is now known: a file deleted since maps too.
    expect(resolve('/opt/actions-runner/_work/shop/shop/app/gone.py')).toBe('app/gone.py');
    expect(createRepoPathResolver({ root: '/tmp/x', exists })('/__w/shop/shop/src/a.js')).toBe('src/a.js');
    expect(createRepoPathResolver({ root: '/tmp/x', exists })('D:\\a\\shop\\shop\\src\\a.js')).toBe(
      'src/a.js',
    );
  });

  it('maps Cobertura <source> roots of another machine', () => {
    const resolve = createRepoPathResolver({
      root: '/srv/ci/shop',
      sourceRoots: ['/home/runner/work/shop/shop/app'],
      exists,
    });
    expect(resolve('pricing.py')).toBe('app/pricing.py');
  });

  it('never turns a file outside any checkout into a repository file by its name alone', () => {
    const resolve = createRepoPathResolver({ root: '/home/runner/work/shop/shop', exists });
    expect(resolve('/usr/lib/node/index.js')).toBeNull();
    expect(createRepoPathResolver({ root: '/r', exists })('/w/shop/shop/index.js')).toBe('index.js');
  });
});
