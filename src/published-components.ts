/**
 * `mode: publish` and monorepo components: a published report's `components[*].thresholds/passed`
 * were written by the pull request's own run, so they never decide anything. The component rows are
 * evaluated again from the file's (checked) component numbers with the publish step's OWN
 * `components` input; a component that input does not name — every one when it is empty — keeps
 * its numbers and loses its thresholds.
 */
import { componentThresholdName, type ComponentSpec, type ComponentsReport } from './analysis/components.js';
import { evaluateGate } from './analysis/gate.js';
import type { ThresholdResult } from './analysis/types.js';

/**
 * The components evaluated with `specs` (the publish step's own), and their threshold rows under
 * the names the report's `thresholds` use for them.
 */
export function recomputeComponents(
  components: ComponentsReport,
  specs: readonly ComponentSpec[],
): { components: ComponentsReport; thresholds: ThresholdResult[] } {
  const out: ComponentsReport = {};
  const rows: ThresholdResult[] = [];
  for (const [name, c] of Object.entries(components)) {
    const spec = specs.find((s) => s.name === name);
    const thresholds = evaluateGate({
      totals: c.totals,
      files: [],
      base: c.base,
      delta: c.delta,
      patch: c.patch === null ? null : { ...c.patch, files: [] },
      thresholds: spec?.thresholds ?? [],
    });
    out[name] = { ...c, thresholds, passed: thresholds.every((t) => t.ok) };
    rows.push(...thresholds.map((t) => ({ ...t, name: componentThresholdName(name, t.name) })));
  }
  return { components: out, thresholds: rows };
}
