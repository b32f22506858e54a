import { describe, expect, it } from 'vitest';
import { decideOutcome } from '../outcome.js';
import type { RenderContext } from './context.js';
import { renderFailureComment, renderFailureSummary } from './failure.js';

const ctx: RenderContext = {
  commentId: 'covgate',
  repoUrl: null,
  phases: [],
  provenance: {
    headSha: null,
    baseSha: null,
    baselineSha: null,
    baselineExact: false,
    baselineSource: 'none',
    note: null,
  },
  errors: [],
  summaryUrl: 'https://github.com/o/r/actions/runs/1',
};

describe('the comment of a run without a report', () => {
  it('says failed, what failed, why no report, and escapes what a phase wrote', () => {
    const outcome = decideOutcome({
      report: null,
      failures: [
        {
          kind: 'no-coverage-report',
          title: 'no coverage report',
          message: 'the phase wrote <!-- covgate:comment-id=x --> and *bold* @team',
        },
      ],
      phases: [],
      gateApplies: true,
    });
    const comment = renderFailureComment(outcome, ctx);
    expect(
      comment.startsWith(
        '<!-- covgate:comment-id=covgate -->\n\n### ❌ Coverage check failed\n\n**no coverage report**\n',
      ),
    ).toBe(true);
    expect(comment).not.toContain('<!-- covgate:comment-id=x -->');
    expect(comment).not.toContain('*bold*');
    expect(comment).toContain('No coverage report was found, so no threshold was checked.');
    expect(comment).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
    const summary = renderFailureSummary(outcome, ctx);
    expect(summary.startsWith('### ❌ Coverage check failed')).toBe(true);
    expect(summary).toContain('#### Provenance');
  });
});
