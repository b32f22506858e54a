import { describe, expect, it } from 'vitest';
import { checkGlobsInside, globBase } from './glob-scope.js';

const ROOT = '/home/runner/work/app/app';
const TEMP = '/home/runner/work/_temp';

describe('globBase', () => {
  it('is the fixed part of the pattern, resolved against cwd', () => {
    expect(globBase('coverage/**/*.info', `${ROOT}/pkg`)).toBe(`${ROOT}/pkg/coverage`);
    expect(globBase('/**/*.xml', ROOT)).toBe('/');
    expect(globBase('../x/*.xml', `${ROOT}/pkg`)).toBe(`${ROOT}/x`);
    expect(globBase('**/*.xml', ROOT)).toBe(ROOT);
  });

  it('is null when `..` follows a pattern segment', () => {
    expect(globBase('src/**/../../../x', ROOT)).toBeNull();
  });
});

describe('checkGlobsInside', () => {
  const check = (globs: string[], cwd = `${ROOT}/pkg`): string[] =>
    checkGlobsInside('coverage-files', globs, cwd, [ROOT, TEMP]);

  it('accepts relative globs, `..` that stays inside, absolute paths inside the workspace or RUNNER_TEMP', () => {
    expect(
      check([
        'coverage/lcov.info',
        '**/coverage-final.json',
        '../other/coverage.xml',
        `${ROOT}/coverage/lcov.info`,
        `${TEMP}/shards/*.json`,
      ]),
    ).toEqual([]);
  });

  it('refuses absolute globs and `..` that climb out, one line each naming the input and the glob', () => {
    expect(
      check(['/**/*.info', '../../**/*.xml', '/etc/passwd', 'a/**/../../../../x', '../../../../..']),
    ).toEqual(
      ['/**/*.info', '../../**/*.xml', '/etc/passwd', 'a/**/../../../../x', '../../../../..'].map(
        (glob) =>
          `Invalid coverage-files '${glob}': it reaches outside the workspace ${ROOT}. ` +
          'Give globs relative to working-directory that stay inside the repository.',
      ),
    );
  });

  it('refuses a sibling directory whose name starts like the workspace', () => {
    expect(check([`${ROOT}-evil/*.info`])).toHaveLength(1);
  });
});
