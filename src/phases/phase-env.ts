/**
 * The environment of a test phase: what a workflow `run:` step would get, plus the database
 * variables. The phase runs the pull request's code, so it must not get what only covgate needs:
 *
 * - `INPUT_*` — covgate's inputs, among them `INPUT_GITHUB-TOKEN` (a write token);
 * - the runner's service credentials a `run:` step never sees (`ACTIONS_RUNTIME_TOKEN`, the cache
 *   and results service URLs, the OIDC request token);
 * - covgate's own `GITHUB_STATE` (post trusts what main saved there) and `GITHUB_OUTPUT` (covgate's
 *   outputs): the phase gets throwaway files instead, as a `run:` step gets its own;
 * - any variable that holds the github token, whatever its name.
 *
 * Pure: the caller creates the throwaway files.
 */

/** Prefixes of variables a `run:` step does not get (compared in upper case). */
const HIDDEN_PREFIXES = [
  'INPUT_',
  'STATE_',
  'ACTIONS_RUNTIME_',
  'ACTIONS_CACHE_',
  'ACTIONS_RESULTS_',
  'ACTIONS_ID_TOKEN_REQUEST_',
];

/** Shortest token value that is searched for inside other variables (shorter would match noise). */
const MIN_SECRET_LENGTH = 8;

/** What {@link buildPhaseEnv} needs besides the base environment. */
export interface PhaseEnvOptions {
  /** The github-token input ('' when none): no variable holding it reaches the phase. */
  token: string;
  /** A file nothing reads, for the phase's GITHUB_STATE. */
  stateFile: string;
  /** A file nothing reads, for the phase's GITHUB_OUTPUT. */
  outputFile: string;
}

/** True when a variable of this name is one the phase must not see. */
export function isHiddenVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return HIDDEN_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/**
 * The phase environment made from `base` (the action's environment with the database variables):
 * hidden variables and token holders dropped, GITHUB_STATE and GITHUB_OUTPUT replaced.
 */
export function buildPhaseEnv(
  base: Record<string, string | undefined>,
  options: PhaseEnvOptions,
): Record<string, string> {
  const { token } = options;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || isHiddenVariable(name)) continue;
    if (token !== '' && (value === token || (token.length >= MIN_SECRET_LENGTH && value.includes(token)))) {
      continue;
    }
    env[name] = value;
  }
  env.GITHUB_STATE = options.stateFile;
  env.GITHUB_OUTPUT = options.outputFile;
  return env;
}
