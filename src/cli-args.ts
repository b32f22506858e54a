/**
 * The command line of `covgate report`: its usage text, and the arguments parsed and checked into
 * ReportArgs. Every bad argument is one InputError naming the option, the value and the fix.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFailUnder, parsePercent } from './analysis/gate.js';
import type { Threshold } from './config.js';
import { InputError, describeError } from './errors.js';

export const USAGE = `Usage: covgate report --coverage FILE... [options]

Reads coverage reports (istanbul JSON, lcov, Cobertura XML; several are merged), compares them
with a base and a diff, and checks thresholds. Options:
  --coverage FILE...     coverage reports or globs (repeatable; several files may follow)
  --base FILE            base coverage: any report format, or a covgate baseline JSON
  --diff FILE            unified diff of the change (git diff base...head) for patch coverage
  --root DIR             directory report paths are made relative to (default: the current one)
  --fail-under SPEC      '85' (total lines) or 'lines=85, branches=80, functions=80, statements=85, patch=90'
  --fail-under-file N    minimum line coverage of every file
  --max-drop N           largest allowed drop of total line coverage vs --base, in points
  --include GLOB         count only these repo-relative paths (repeatable)
  --exclude GLOB         omit these repo-relative paths (repeatable)
  --components FILE      monorepo components, one per line: 'name: glob, glob | thresholds'
  --format FORMAT        text (default), json, or markdown (the PR comment the action posts)
  --html DIR             also write the browsable HTML report to DIR (sources read from --root)
  --help, --version

Exit status: 0 thresholds hold, 1 a threshold failed, 2 bad input.
`;

const OPTIONS = {
  coverage: { type: 'string', multiple: true },
  base: { type: 'string' },
  diff: { type: 'string' },
  root: { type: 'string' },
  'fail-under': { type: 'string' },
  'fail-under-file': { type: 'string' },
  'max-drop': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  components: { type: 'string' },
  format: { type: 'string' },
  html: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** The validated command line. */
export interface ReportArgs {
  coverage: string[];
  base: string | undefined;
  diff: string | undefined;
  root: string;
  thresholds: Threshold[];
  failUnderFile: number | undefined;
  maxDrop: number | undefined;
  include: string[];
  exclude: string[];
  /** `--components FILE`, not read yet. */
  components: string | undefined;
  format: Format;
  /** `--html DIR`: where to write the HTML report, absolute; `undefined` for none. */
  html: string | undefined;
}

export type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'report'; args: ReportArgs };

/** Rewords node's parseArgs errors as one line that says what to do. */
function rewordParseError(error: unknown): InputError {
  const message = describeError(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
  const code = (error as { code?: string }).code;
  let what = message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') what = `unknown option '${option}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') what = `${option} needs a value`;
  return new InputError(`${what}; run 'covgate --help' for the options`);
}

/** Parses argv (without node and the script). Positionals right after `--coverage` are more reports. */
export function parseCommandLine(argv: string[], cwd: string): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw rewordParseError(error);
  }
  const { values, tokens } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const coverage: string[] = [];
  let command: string | undefined;
  let afterCoverage = false;
  for (const token of tokens) {
    if (token.kind === 'option') {
      afterCoverage = token.name === 'coverage';
      if (afterCoverage && token.value !== undefined) coverage.push(token.value);
    } else if (token.kind === 'positional') {
      if (afterCoverage) coverage.push(token.value);
      else if (command === undefined) command = token.value;
      else throw new InputError(`unexpected argument '${token.value}'; run 'covgate --help' for the options`);
    } else {
      afterCoverage = false;
    }
  }
  if (command !== 'report') {
    const got = command === undefined ? 'no command' : `unknown command '${command}'`;
    throw new InputError(`${got}; use 'covgate report --coverage FILE...' (see covgate --help)`);
  }
  if (coverage.length === 0) {
    throw new InputError(
      "--coverage is missing; give one or more reports, e.g. '--coverage coverage/lcov.info'",
    );
  }
  const format = values.format ?? 'text';
  if (!FORMATS.some((f) => f === format)) {
    throw new InputError(`--format: '${format}' is not a format; use text, json or markdown`);
  }
  // --root need not exist here: it may be the runner checkout a CI report was made in.
  const root = resolve(cwd, values.root ?? '.');
  const percentOf = (name: 'fail-under-file' | 'max-drop'): number | undefined =>
    values[name] === undefined ? undefined : parsePercent(values[name], `--${name}`);
  return {
    kind: 'report',
    args: {
      coverage,
      base: values.base,
      diff: values.diff,
      root,
      thresholds: parseFailUnder(values['fail-under'] ?? '', '--fail-under'),
      failUnderFile: percentOf('fail-under-file'),
      maxDrop: percentOf('max-drop'),
      include: values.include ?? [],
      exclude: values.exclude ?? [],
      components: values.components,
      format: format as Format,
      html: values.html === undefined ? undefined : resolve(cwd, values.html),
    },
  };
}
