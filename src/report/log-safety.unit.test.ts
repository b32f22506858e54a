import { describe, expect, it } from 'vitest';
import { escapeMarkdownCode, neutraliseJsonForLog, neutraliseWorkflowCommands } from './escape.js';

describe('neutraliseWorkflowCommands', () => {
  it.each([
    ['::add-mask::x', '\\::add-mask::x'],
    ['  ::stop-commands::tok', '  \\::stop-commands::tok'],
    ['\u00a0::set-output name=a::b', '\u00a0\\::set-output name=a::b'],
    ['src/a.js ##[set-output name=x;]y', 'src/a.js #\\#[set-output name=x;]y'],
    ['a\r::warning::b', 'a\\r::warning::b'],
    ['row\n::save-state name=covgate-postgres::{}', 'row\n\\::save-state name=covgate-postgres::{}'],
    ['esc \u001b[31m', 'esc \\u001b[31m'],
    ['src/ok.js   10   2  80%   3-4', 'src/ok.js   10   2  80%   3-4'],
    ['a::b (not at the start)', 'a::b (not at the start)'],
  ])('%j', (input, output) => {
    const out = neutraliseWorkflowCommands(input);
    expect(out).toBe(output);
    for (const line of out.split('\n')) {
      expect(line.trim().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
  });

  it('keeps JSON valid and equal', () => {
    const value = { path: 'x ##[error]y', n: 1 };
    const json = neutraliseJsonForLog(JSON.stringify(value, null, 2));
    expect(json).not.toContain('##[');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('escapeMarkdownCode and comment markers', () => {
  it('never leaves a raw marker of another comment-id in a code span', () => {
    const span = escapeMarkdownCode('npm test <!-- covgate:comment-id=other -->');
    expect(span).not.toContain('<!--');
    expect(span).toBe('`npm test <\u200b!-- covgate:comment-id=other -->`');
  });
});
