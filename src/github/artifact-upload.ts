/**
 * Adapter: uploads a directory as a workflow-run artifact with the real `@actions/artifact`
 * client. The client (ESM, with the Azure blob SDK behind it) is imported only when an upload is
 * asked for, so the action starts as fast as before when `html-report` is off.
 */
import { describeError } from '../errors.js';

/** One upload. */
export interface ArtifactUpload {
  /** Artifact name, e.g. `covgate-html-covgate`. */
  name: string;
  /** Directory the files' paths inside the zip are relative to. */
  rootDirectory: string;
  /** Absolute paths of the files to upload. */
  files: string[];
  /** Days to keep it, or `undefined` for the repository's setting. */
  retentionDays: number | undefined;
}

/** Uploads an artifact and returns its id; throws on failure. The seam tests replace. */
export type ArtifactUploader = (upload: ArtifactUpload) => Promise<number>;

/** The real uploader: `@actions/artifact`'s DefaultArtifactClient, loaded on first use. */
export const uploadWithActionsArtifact: ArtifactUploader = async (upload) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const result = await client.uploadArtifact(upload.name, upload.files, upload.rootDirectory, {
    ...(upload.retentionDays === undefined ? {} : { retentionDays: upload.retentionDays }),
  });
  if (result.id === undefined) throw new Error('the artifact service returned no artifact id');
  return result.id;
};

/** The artifact's page: `https://github.com/o/r/actions/runs/<run>/artifacts/<id>`, from the run's URL. */
export function artifactUrl(runUrl: string | null, id: number): string | null {
  return runUrl === null ? null : `${runUrl.replace(/\/+$/, '')}/artifacts/${id}`;
}

/**
 * Uploads, and turns any failure into `null` plus one warning: a missing report link must never
 * fail the step (a fork's read-only token, the service being down, a local run without a runner).
 */
export async function tryUploadArtifact(
  upload: ArtifactUpload,
  uploader: ArtifactUploader,
  warn: (message: string) => void,
): Promise<number | null> {
  try {
    return await uploader(upload);
  } catch (error) {
    warn(
      `covgate: the HTML report was not uploaded as artifact '${upload.name}' (${describeError(error)}); ` +
        `it is still in ${upload.rootDirectory} (the html-dir output) for a later upload step.`,
    );
    return null;
  }
}
