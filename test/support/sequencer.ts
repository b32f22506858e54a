/**
 * Test file order for `npm test`: the slowest files first, so that two workers finish together.
 *
 * Vitest orders by the durations it cached from the last run, longest first. A fresh clone (CI, a new
 * contributor) has no cache, and Vitest then runs the largest files first: the dogfood e2e test is a
 * short file but runs for 15–20 s, and started last it alone kept a worker busy for the run's final
 * 15 s. Without a cache, the files below (the slowest, measured) go first, in this order.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The slowest test files, slowest first (per-file CPU and wall time of `npx vitest run <file>`). */
export const SLOWEST_FILES = [
  'test/dogfood.int.test.ts',
  'test/pipeline.int.test.ts',
  'test/postgres.int.test.ts',
  'test/coverage-tools.int.test.ts',
  'test/pipeline-postgres.int.test.ts',
  'test/shards.int.test.ts',
  'test/pipeline-coverage.int.test.ts',
  'test/cli.int.test.ts',
  'test/verdict.int.test.ts',
  'test/python-app-live.int.test.ts',
  'test/github-network.int.test.ts',
  'test/publish-mode.int.test.ts',
  'test/postgres-failures.int.test.ts',
];

/** Vitest's order when it has every file's last duration, else {@link SLOWEST_FILES} first. */
export default class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const path = (spec: TestSpecification): string => relative(root, spec.moduleId).split('\\').join('/');
    const cached = sorted.every((spec) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`),
    );
    if (cached) return sorted;
    const rank = (spec: TestSpecification): number => {
      const i = SLOWEST_FILES.indexOf(path(spec));
      return i === -1 ? SLOWEST_FILES.length : i;
    };
    // Array.prototype.sort is stable: the other files keep Vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
