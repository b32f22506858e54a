// Types of scripts/runner-files.mjs, so the TypeScript test harness imports it typed.

/** The env var the runner sets for an input: `INPUT_` + name upper-cased, spaces to `_` (dashes kept). */
export function inputEnvName(name: string): string;

/** Every input of `<root>/action.yml` with its default ('' when it has none). */
export function readActionDefaults(root: string): Record<string, string>;

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file as the runner does; throws on an open heredoc. */
export function parseFileCommands(text: string): Record<string, string>;
