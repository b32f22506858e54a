import { describe, expect, it } from 'vitest';
import { buildPhaseEnv, isHiddenVariable } from './phase-env.js';

const TOKEN = 'ghs_0123456789abcdefSECRET';

describe('buildPhaseEnv', () => {
  const base = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    FROM_WORKFLOW: 'kept',
    DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/d',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_TEST-COMMAND': 'npm test',
    input_lower: 'x',
    ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
    ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
    ACTIONS_CACHE_URL: 'https://cache.example/',
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: 'https://results.example/',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
    'STATE_covgate-postgres': '{}',
    GITHUB_TOKEN: TOKEN,
    GIT_URL: `https://x-access-token:${TOKEN}@github.com/o/r`,
    GITHUB_STATE: '/runner/state',
    GITHUB_OUTPUT: '/runner/output',
    GITHUB_ENV: '/runner/env',
    GITHUB_STEP_SUMMARY: '/runner/summary',
    ACTIONS_STEP_DEBUG: 'true',
    UNSET: undefined,
  };

  it('keeps what a run: step gets and swaps GITHUB_STATE and GITHUB_OUTPUT for throwaway files', () => {
    const env = buildPhaseEnv(base, { token: TOKEN, stateFile: '/tmp/s', outputFile: '/tmp/o' });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      FROM_WORKFLOW: 'kept',
      DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/d',
      GITHUB_STATE: '/tmp/s',
      GITHUB_OUTPUT: '/tmp/o',
      GITHUB_ENV: '/runner/env',
      GITHUB_STEP_SUMMARY: '/runner/summary',
      ACTIONS_STEP_DEBUG: 'true',
    });
    expect(JSON.stringify(env)).not.toContain(TOKEN);
  });

  it('with no token, drops nothing because of an empty value', () => {
    const env = buildPhaseEnv({ EMPTY: '', A: 'a' }, { token: '', stateFile: 's', outputFile: 'o' });
    expect(env).toEqual({ EMPTY: '', A: 'a', GITHUB_STATE: 's', GITHUB_OUTPUT: 'o' });
  });

  it('hides by prefix, in any case', () => {
    expect(isHiddenVariable('Input_X')).toBe(true);
    expect(isHiddenVariable('ACTIONS_RUNTIME_TOKEN')).toBe(true);
    expect(isHiddenVariable('ACTIONS_STEP_DEBUG')).toBe(false);
    expect(isHiddenVariable('INPUTS')).toBe(false);
  });
});
