// Types of scripts/fake-artifact-service.mjs, so TypeScript tests import the emulation typed.

/** One artifact as the service holds it. */
export interface FakeArtifact {
  id: number;
  name: string;
  /** The CreateArtifact request as received (proto field names). */
  created: Record<string, unknown>;
  blob: string;
  finalized: boolean;
  /** The uploaded zip, once committed. */
  content: Buffer | null;
}

/** One request: `op` is the Twirp method, or `blob-block` / `blob-blocklist` / `blob-put`. */
export interface ArtifactRequest {
  op: string;
  status: number;
  body: unknown;
}

export interface FakeArtifactService {
  /** Base URL: set ACTIONS_RESULTS_URL to it. */
  url: string;
  /** The runtime token (a JWT with the Actions.Results scope) to set as ACTIONS_RUNTIME_TOKEN. */
  token: string;
  artifacts: FakeArtifact[];
  requests: ArtifactRequest[];
  close(): Promise<void>;
}

/** The env vars @actions/artifact reads to talk to `service`. */
export function artifactEnv(service: FakeArtifactService): Record<string, string>;

/** Starts the emulation on 127.0.0.1 at a free port. */
export function startFakeArtifactService(): Promise<FakeArtifactService>;
