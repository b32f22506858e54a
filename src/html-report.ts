/**
 * `html-report: true`: render the HTML report into covgate's work dir (the `html-dir` output),
 * upload it as the artifact `covgate-html-<comment-id>` and hand back the link the comment, check
 * run and job summary show. Nothing here fails the step: a problem is one warning and no link.
 */
import { join } from 'node:path';
import type { ActionIo } from './action-io.js';
import type { FullReport } from './analysis/types.js';
import type { Config } from './config.js';
import { HTML_DIR_NAME, Outputs } from './constants.js';
import type { CoverageData } from './coverage/model.js';
import type { ChangeSet } from './diff/model.js';
import { describeError } from './errors.js';
import {
  artifactUrl,
  tryUploadArtifact,
  uploadWithActionsArtifact,
  type ArtifactUploader,
} from './github/artifact-upload.js';
import { writeHtmlReport } from './html/write-report.js';

/** What the HTML report is rendered from. */
export interface HtmlReportRun {
  head: CoverageData;
  report: FullReport;
  changes: ChangeSet | null;
  /** This run's page (`…/actions/runs/<id>`), the base of the artifact's URL; `null` off a runner. */
  runUrl: string | null;
}

/** The artifact's name: one per comment-id, so matrix/monorepo jobs with distinct ids don't collide. */
function htmlArtifactName(commentId: string): string {
  return `covgate-html-${commentId}`;
}

/** Renders, uploads and returns the artifact's URL, or `null` (after one warning) when there is none. */
export async function publishHtmlReport(
  config: Config,
  io: ActionIo,
  run: HtmlReportRun,
  uploader: ArtifactUploader = uploadWithActionsArtifact,
): Promise<string | null> {
  const outDir = join(io.workDir, HTML_DIR_NAME);
  const { owner, repo, headSha } = config.event;
  let written;
  try {
    written = await writeHtmlReport({
      head: run.head,
      report: run.report,
      changes: run.changes,
      sourceRoot: config.repoRoot,
      outDir,
      title: config.commentId !== 'covgate' || owner === '' ? config.commentId : `${owner}/${repo}`,
      headSha: headSha === '' ? null : headSha,
    });
  } catch (error) {
    io.warning(`covgate: the HTML report could not be written to ${outDir} (${describeError(error)})`);
    io.setOutput(Outputs.HtmlDir, '');
    return null;
  }
  io.setOutput(Outputs.HtmlDir, outDir);
  const pages = written.files.length - 1;
  const skipped =
    written.missingSources === 0 ? '' : `; ${written.missingSources} without source in the checkout`;
  io.info(`covgate: HTML report written to ${written.indexFile} (${pages} file pages${skipped})`);
  const name = htmlArtifactName(config.commentId);
  const id = await tryUploadArtifact(
    { name, rootDirectory: outDir, files: written.files, retentionDays: config.htmlRetentionDays },
    uploader,
    (message) => io.warning(message),
  );
  if (id === null) return null;
  const url = artifactUrl(run.runUrl, id);
  io.info(`covgate: HTML report uploaded as artifact ${name} (id ${id})${url === null ? '' : `: ${url}`}`);
  return url;
}
