/**
 * Words for a partial line (a line that ran with a branch outcome never taken), shared by the
 * comment, the summary, the annotations and the log: coverage.py reports name the destinations
 * (`48 (1 of 2 branches; 48→50 never taken)`), other formats the outcome's number
 * (`34 (branch 2 of 2 never taken)`). Pure; the text holds only numbers and `exit`.
 */
import type { PartialLine } from '../coverage/summary.js';

/** One partial line as text. */
export function describePartialLine(p: PartialLine): string {
  if (p.missing !== undefined && p.missing.length > 0) {
    const arcs = p.missing.map((d) => `${p.line}→${/^\d+$/.test(d) ? d : 'exit'}`).join(', ');
    return `${p.line} (${p.taken} of ${p.total} branches; ${arcs} never taken)`;
  }
  const untaken = p.untaken ?? [];
  const word = untaken.length === 1 ? 'branch' : 'branches';
  return `${p.line} (${word} ${untaken.join(', ')} of ${p.total} never taken)`;
}

/** The sentence an annotation of a partial line carries. */
export function describePartialAnnotation(p: PartialLine): string {
  if (p.missing !== undefined && p.missing.length > 0) {
    const arcs = p.missing.map((d) => `${p.line}→${/^\d+$/.test(d) ? d : 'exit'}`).join(', ');
    return `Branch never taken: ${arcs} (${p.taken} of ${p.total} branches taken)`;
  }
  return `Branch never taken: ${describePartialLine(p).replace(/^\d+ \((.*)\)$/, '$1')}`;
}
