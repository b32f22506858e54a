/**
 * The verdict fields of a report read back in `mode: publish`: `failure` (what ended the run) and
 * `phases`, and whether the report has coverage at all (`totals: null` when the run read none).
 * Untrusted like the rest of the file: every field is type-checked, and strings only ever reach the
 * renderers, which escape them.
 */
import { InputError } from './errors.js';
import { FAILURE_KINDS, type Failure, type FailureKind } from './outcome.js';

/** What publish mode needs to rebuild the outcome of the reporting run. */
export interface PublishedVerdict {
  /** False when the run read no coverage (`totals: null`). */
  hasReport: boolean;
  /** The run's failures other than missed thresholds (those are recomputed from the report). */
  failures: Failure[];
}

/** Longest title or message kept from a published report. */
const MAX_TEXT = 4_000;

function text(value: unknown, at: string, source: string): string {
  if (typeof value !== 'string')
    throw new InputError(`report-file ${source} is not a covgate report: ${at} should be a string`);
  return value.slice(0, MAX_TEXT);
}

/** Reads `failure` (or, from older reports, `context.errors`) and whether there is coverage. */
export function readPublishedVerdict(value: Record<string, unknown>, source: string): PublishedVerdict {
  const hasReport = value.totals !== null && value.totals !== undefined;
  const failure = value.failure;
  if (failure === null || failure === undefined) {
    const context = value.context as { errors?: unknown } | undefined;
    const errors = Array.isArray(context?.errors) ? context.errors : [];
    const failures = errors.map((e, i) => {
      const message = text(e, `context.errors[${i}]`, source);
      return { kind: 'run-failed' as const, title: message.slice(0, 100), message };
    });
    return { hasReport, failures };
  }
  const list = (failure as { failures?: unknown }).failures;
  if (typeof failure !== 'object' || !Array.isArray(list)) {
    throw new InputError(`report-file ${source} is not a covgate report: failure.failures should be a list`);
  }
  const failures = list.map((f: unknown, i): Failure => {
    const at = `failure.failures[${i}]`;
    const o = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
    const kind = FAILURE_KINDS.includes(o.kind as FailureKind) ? (o.kind as FailureKind) : 'run-failed';
    return {
      kind,
      title: text(o.title, `${at}.title`, source),
      message: text(o.message, `${at}.message`, source),
    };
  });
  return { hasReport, failures: failures.filter((f) => f.kind !== 'threshold-missed') };
}
