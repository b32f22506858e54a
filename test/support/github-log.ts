/** A Log (src/github/octokit.ts) that records what the adapters say, for assertions. */
export interface RecordingLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  infos: string[];
  warnings: string[];
}

/** Creates an empty recording log. */
export function createRecordingLog(): RecordingLog {
  const infos: string[] = [];
  const warnings: string[] = [];
  return {
    infos,
    warnings,
    info: (m) => void infos.push(m),
    warning: (m) => void warnings.push(m),
    debug: () => undefined,
  };
}
