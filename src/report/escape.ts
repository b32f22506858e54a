/**
 * Escaping of untrusted text (file paths, test names, failure messages, commands — all of it comes
 * from the pull request) for GitHub-flavoured Markdown, so that it renders as literal text and never
 * as markup, HTML, a mention, an issue link or a broken table row.
 *
 * Two contexts, two rules:
 * - Markdown text (paragraphs, list items, table cells, link text): every character that can start
 *   markup becomes a character reference. CommonMark decodes references to plain text and never to
 *   structure, and references are also valid inside HTML, so one rule serves both. `(`, `)` and `!`
 *   stay as they are: with `[` and `]` escaped they cannot form a link or an image.
 * - Code spans: references are NOT decoded there, so the text stays as is; only the fence length,
 *   the padding and, inside tables, `|` need care.
 *
 * GitHub's mention, issue-reference, emoji and autolink filters run on the rendered text, after
 * references are decoded, so for those an invisible ZERO WIDTH SPACE is inserted instead.
 */

/** Inserted to break `@user`, `#123`, `:emoji:` and URL recognition without changing what is shown. */
export const ZERO_WIDTH_SPACE = '\u200B';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '|': '&#124;',
  '#': '&#35;',
  $: '&#36;',
};
const SPECIAL = /[&<>"\\`*_~[\]|#$]/g;

// C0/C1 controls, DEL, line/paragraph separators and bidi controls ("Trojan source") are shown as
// escapes rather than acted on: a newline would end a table row, a bidi override would reorder text.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Half of a surrogate pair without its other half: not a character, and `encodeURIComponent` throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED_CONTROLS: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function showCodeUnit(ch: string): string {
  return NAMED_CONTROLS[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Replaces control and bidi characters (and broken surrogates) by visible escapes such as `\n` or `\u202e`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, showCodeUnit).replace(LONE_SURROGATE, showCodeUnit);
}

/** Breaks the patterns GitHub turns into pings, links or emoji after Markdown is rendered. */
function breakAutolinks(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}])/gu, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
    .replace(/:(?=[a-z0-9_+-]+:)/gi, `:${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}

/**
 * A letter or digit. An `_` between two of them can neither open nor close emphasis (CommonMark's
 * flanking rules), so `snake_case.py` needs no escaping — which keeps long tables short.
 */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /^[\p{L}\p{N}]$/u.test(ch);
}

/**
 * Escapes untrusted text for Markdown text contexts (table cells, list items, link text,
 * paragraphs, inline HTML): the result renders as exactly the input, shown literally.
 */
export function escapeMarkdown(text: string): string {
  let out = breakAutolinks(showInvisible(text)).replace(SPECIAL, (ch, offset: number, whole: string) =>
    ch === '_' && isWordChar(whole[offset - 1]) && isWordChar(whole[offset + 1]) ? ch : (ENTITIES[ch] ?? ch),
  );
  // Characters that only mean something at the start of a block (list, setext underline, ordered list).
  out = out
    .replace(/^[-+=]/, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/^(\d+)([.)])/, (_m, digits: string, mark: string) => `${digits}&#${mark.charCodeAt(0)};`);
  return out;
}

/** Options of {@link escapeMarkdownCode}. */
export interface CodeSpanOptions {
  /** The span sits in a table cell, where GFM splits cells on `|` even inside code. */
  inTable?: boolean;
}

/**
 * Renders untrusted text as a complete inline code span (fences included), e.g. a command. The fence
 * is one backtick longer than the longest backtick run inside, so backticks cannot close it early.
 */
export function escapeMarkdownCode(text: string, options: CodeSpanOptions = {}): string {
  // A code span shows `<!-- covgate:comment-id=… -->` verbatim, and a raw marker of another
  // comment-id inside this comment would make it look like that one's sticky comment.
  let body = showInvisible(text).replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  if (body === '') body = ' ';
  const longestRun = (body.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space on each side when both are spaces; pad so the text survives intact.
  const needsPad = body.startsWith('`') || body.endsWith('`') || (/^ .*[^ ].* $/s.test(body) && body !== ' ');
  return needsPad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}

/** Shortens text to at most `max` code points, ending in `…` when cut. */
export function truncateEnd(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Shortens a path to at most `max` code points keeping both ends (the file name matters most). */
export function truncateMiddle(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  const tail = Math.ceil((max - 1) * 0.6);
  const head = Math.max(0, max - 1 - tail);
  return `${points.slice(0, head).join('')}…${points.slice(points.length - tail).join('')}`;
}

/** UTF-8 percent-encoding of every character of `text`: `(` -> `%28`, `é` -> `%C3%A9`. */
export function percentEncode(text: string): string {
  return Array.from(
    Buffer.from(text, 'utf8'),
    (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

/**
 * Encodes a repo-relative path for a URL: each segment percent-encoded (`#`, `?`, spaces, `|` …),
 * plus the characters `encodeURIComponent` keeps that would end a Markdown link (`(`, `)`) or look odd.
 */
export function encodePathForUrl(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, percentEncode),
    )
    .join('/');
}

// eslint-disable-next-line no-control-regex
const LOG_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Makes text safe to print to a GitHub Actions log: the runner acts on any line that starts with
 * `::` after any blank (`::add-mask::`, `::stop-commands::`, `::save-state …`) and on `##[` anywhere, so text read
 * from a report (file paths, test names) could otherwise issue commands. Such a line gets a visible
 * escape (`\:`), `##[` becomes `#\#[`, and control characters other than the line breaks are shown
 * as escapes (`\r`, `\u001b`), so a CR cannot start a new command line either.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text
    .replace(LOG_CONTROLS, showCodeUnit)
    .replace(LONE_SURROGATE, showCodeUnit)
    .replace(/##\[/g, '#\\#[')
    .replace(/^([^\S\n]*):(?=:)/gm, '$1\\:');
}

/**
 * {@link neutraliseWorkflowCommands} for JSON text: JSON.stringify already escapes control
 * characters and no line of it starts with `::`, so only `##[` (which can only be inside a string)
 * is written as `##\u005b` — the same JSON value, no longer a command.
 */
export function neutraliseJsonForLog(json: string): string {
  return json.replace(/##\[/g, '##\\u005b');
}
