/**
 * The runner harness other e2e tests rely on: its parsing must match the runner's file-command
 * format, or every e2e assertion built on it would be wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  inputEnvName,
  parseFileCommands,
  parseWorkflowCommands,
  readActionDefaults,
  REPO_ROOT,
} from './support/runner.js';
import { readActionDefaults as readRunnerDefaults } from '../scripts/runner-files.mjs';

describe('runner harness', () => {
  it('names inputs like the runner: upper case, spaces to _, dashes kept', () => {
    expect(inputEnvName('test-command')).toBe('INPUT_TEST-COMMAND');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('parses name=value lines and heredocs with multi-line values', () => {
    const text =
      'a=1\nmulti<<ghadelimiter_123\nline one\n\nline=three<<x\nghadelimiter_123\nempty<<EOF\n\nEOF\nb=x=y\n';
    expect(parseFileCommands(text)).toEqual({
      a: '1',
      multi: 'line one\n\nline=three<<x',
      empty: '',
      b: 'x=y',
    });
  });

  it('lets a later entry of a name win, as the runner does with GITHUB_STATE', () => {
    expect(parseFileCommands('s<<A\nfirst\nA\nt=1\ns<<B\nsecond\nB\n')).toEqual({ s: 'second', t: '1' });
  });

  it('gives the demo the same defaults, without the test token', () => {
    const raw = readRunnerDefaults(REPO_ROOT);
    expect({ ...raw, 'github-token': 'x' }).toEqual({ ...readActionDefaults(), 'github-token': 'x' });
    expect(raw['github-token']).toBe('${{ github.token }}');
  });

  it('rejects a heredoc without its closing delimiter, as the runner does', () => {
    expect(() => parseFileCommands('x<<END\nvalue\n')).toThrow(
      "heredoc for 'x' has no closing delimiter END",
    );
  });

  it('unescapes workflow commands and their properties', () => {
    expect(
      parseWorkflowCommands('noise\n::warning file=a%2Cb.ts,line=3,title=x%3Ay::50%25%0Anext\n'),
    ).toEqual([
      { command: 'warning', properties: { file: 'a,b.ts', line: '3', title: 'x:y' }, message: '50%\nnext' },
    ]);
  });

  it('reads every input default from action.yml', () => {
    const d = readActionDefaults();
    expect(d['working-directory']).toBe('.');
    expect(d['database-url-env']).toBe('DATABASE_URL,TEST_DATABASE_URL');
    expect(d.postgres).toBe('false');
    expect(d['test-command']).toBe('');
    expect(d['github-token']).toBe('ghs_fake_token_for_tests');
    expect(Object.keys(d)).toContain('report-file');
  });
});
