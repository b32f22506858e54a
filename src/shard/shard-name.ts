/**
 * The name of a matrix leg. There is no environment variable with a job's matrix values, but an
 * action's input default may use the `matrix` context, so action.yml defaults `shard-name` to
 * `${{ toJSON(matrix) }}`: in a matrix job that is the leg's values as JSON, elsewhere `null`.
 * The leg is then named the way GitHub names it in the run's page: `job (value, value)`.
 */
import { InputError } from '../errors.js';

/** Longest shard name, in characters. */
export const SHARD_NAME_MAX = 100;

/** True for control characters (C0 and DEL), which would break a table row or a file name. */
function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** True when `name` can label a row and a file: one line of at most {@link SHARD_NAME_MAX} characters. */
export function isValidShardName(name: string): boolean {
  return name !== '' && name.length <= SHARD_NAME_MAX && ![...name].some(isControl);
}

/**
 * The shard name from the `shard-name` input (`text`) and the job id (`GITHUB_JOB`): a matrix as
 * JSON becomes `job (v1, v2)`; `null` or '' (no matrix) becomes the job id; anything else is the
 * name the user chose. Throws an InputError for a name that cannot label a row.
 */
export function resolveShardName(text: string, jobId: string | undefined, inputName: string): string {
  const trimmed = text.trim();
  const job = jobId?.trim() || 'shard';
  let name = trimmed;
  if (trimmed === '' || trimmed === 'null') {
    name = job;
  } else if (trimmed.startsWith('{')) {
    let matrix: unknown = null;
    try {
      matrix = JSON.parse(trimmed);
    } catch {
      matrix = null; // not JSON after all: a name the user chose
    }
    if (typeof matrix === 'object' && matrix !== null && !Array.isArray(matrix)) {
      const values = Object.values(matrix).map(describeValue);
      name = values.length === 0 ? job : `${job} (${values.join(', ')})`;
    }
  }
  // Matrix values are single-line in practice; a control character would break the file name and rows.
  if (!isValidShardName(name)) {
    throw new InputError(
      `Invalid ${inputName} '${truncate(name)}'. Expected one line of at most ${SHARD_NAME_MAX} characters, ` +
        "e.g. 'shard 1' (the default is the job's matrix values).",
    );
  }
  return name;
}

function truncate(text: string): string {
  const oneLine = [...text].map((ch) => (isControl(ch) ? ' ' : ch)).join('');
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
