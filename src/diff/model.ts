/**
 * What a pull request changed, as the analysis needs it: per file, the head line numbers that were
 * added or modified. Removed lines are not kept: a deleted line cannot be covered or uncovered.
 */

/** One file of a diff. */
export interface FileChange {
  /** Repo-relative path in the head (the old path for a deleted file), with `/`. */
  path: string;
  /** The path before a rename or copy, else `null`. */
  previousPath: string | null;
  status: 'added' | 'modified' | 'renamed' | 'deleted' | 'binary';
  /** Head line numbers (1-based) added or modified, ascending, without duplicates. */
  addedLines: number[];
}

/** All changed files of a diff. */
export interface ChangeSet {
  files: FileChange[];
  /** `false` when the diff is known to be partial (truncated, a file without its patch). */
  complete: boolean;
  /** Where the diff came from: local git, the PR diff from the REST API, its files list, or a file. */
  origin: 'git' | 'api-diff' | 'api-files' | 'file';
  /** Why the diff is incomplete (or another fact the reader should know), else `null`. */
  note: string | null;
}
