/**
 * The inputs that only make sense in one of `mode: shard` / `mode: merge` (or outside them). A leg
 * gates nothing and a merge runs nothing, so a threshold on a leg or a command on the merge job is a
 * misplaced line of YAML: said once, with where it belongs, instead of silently ignored.
 */
import { Inputs } from '../constants.js';
import { InputError } from '../errors.js';

/** Inputs a leg ignores because the merge job reports and gates. */
const MERGE_JOB_INPUTS = [
  Inputs.FailUnder,
  Inputs.FailUnderFile,
  Inputs.MaxDrop,
  Inputs.BaseCoverage,
  Inputs.CheckName,
  Inputs.Components,
] as const;

/** Inputs the merge job ignores because the legs ran the tests. */
const LEG_INPUTS = [
  Inputs.UnitCommand,
  Inputs.TestCommand,
  Inputs.RestCommand,
  Inputs.CoverageFiles,
  Inputs.JunitFiles,
] as const;

/** One problem line per misplaced or missing input of `mode`; empty when all is well. */
export function checkShardInputs(mode: string, input: (name: Inputs) => string): string[] {
  const problems: string[] = [];
  const given = (names: readonly Inputs[]): Inputs[] => names.filter((name) => input(name) !== '');
  if (mode === 'shard') {
    for (const name of given(MERGE_JOB_INPUTS)) {
      problems.push(
        `Invalid ${name} '${input(name)}' with mode 'shard': a leg reports and gates nothing; move it to the mode 'merge' job.`,
      );
    }
  }
  if (mode === 'merge') {
    for (const name of given(LEG_INPUTS)) {
      problems.push(
        `Invalid ${name} '${input(name)}' with mode 'merge': the legs ran the tests and read their reports (mode 'shard'); move it there.`,
      );
    }
    if (input(Inputs.ShardFiles) === '') {
      problems.push(
        "Missing shard-files. mode 'merge' merges the shard files of the matrix legs: give their globs, e.g. 'shards/*.json' where actions/download-artifact put them.",
      );
    }
  } else {
    for (const name of given([Inputs.ShardFiles, Inputs.ShardCount])) {
      problems.push(
        `Invalid ${name} '${input(name)}' with mode '${mode}': it is only read with mode 'merge'; remove it.`,
      );
    }
  }
  return problems;
}

/** `shard-count`: required with mode merge, so that a missing leg can never pass. */
export function readShardCount(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) {
    throw new InputError(
      `Invalid shard-count '${value}'. Expected the number of matrix legs that write a shard file, e.g. 3 (fewer shard files fail the verdict).`,
    );
  }
  return Number(value);
}
