#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 26:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(156);
const utils = __nccwpck_require__(599);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 223:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(223);
const utils = __nccwpck_require__(599);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 156:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(745);
const parse = __nccwpck_require__(717);
const utils = __nccwpck_require__(599);
const constants = __nccwpck_require__(223);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 745:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(599);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(223);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(223);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 628:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(338);
const ed2 = __nccwpck_require__(604);
const NSed3 = __nccwpck_require__(455);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 338:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 455:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./js/coverage/paths.js
/**
 * Makes the file paths found in coverage reports repo-relative (`src/a.js`).
 *
 * Reports carry whatever path the producing machine used: an absolute runner path
 * (`/home/runner/work/x/x/src/a.js`), a container path (`/__w/x/x/src/a.js`), a Windows path
 * (`C:\a\x\x\src\a.js`), a `file://` URL, or a path relative to the cwd of the tool or to a
 * Cobertura `<source>`. Pure string work: nothing here touches the file system.
 */
/** Hosted runners check out into `<prefix>/<repo>/<repo>`; container jobs see it as `/__w/...`. */
const WORKSPACE_PREFIXES = ['/home/runner/work/', '/__w/', '/github/workspace/'];
const WINDOWS_DRIVE = /^[a-zA-Z]:\//;
/** Backslashes to `/`, `file://` URLs to paths, `.`/`..` resolved; keeps a leading `/` or `C:/`. */
function normalize(raw) {
    let p = raw.trim();
    if (p.startsWith('file://')) {
        p = decodeURIComponent(p.slice('file://'.length));
        // file:///C:/x -> /C:/x -> C:/x
        if (/^\/[a-zA-Z]:\//.test(p))
            p = p.slice(1);
    }
    p = p.replaceAll('\\', '/');
    const drive = WINDOWS_DRIVE.test(p) ? `${p.slice(0, 2).toUpperCase()}/` : '';
    const absolute = drive !== '' || p.startsWith('/');
    const rest = drive ? p.slice(3) : p;
    const out = [];
    for (const seg of rest.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!absolute)
                out.push('..');
            continue;
        }
        out.push(seg);
    }
    const joined = out.join('/');
    if (drive)
        return drive + joined;
    return absolute ? `/${joined}` : joined;
}
/**
 * True when {@link normalize} would return `p` unchanged, checked in one pass: no blank or
 * non-ASCII character at either end (trim), no `\\` or `:` (Windows paths, drives, URLs), no
 * empty, `.` or `..` segment (a leading `/` aside), no trailing `/`. Most report paths are like
 * that and skip the general work.
 */
function isNormalPath(p) {
    const n = p.length;
    if (n === 0)
        return false;
    const first = p.charCodeAt(0);
    const last = p.charCodeAt(n - 1);
    if (first <= 32 || first >= 127 || last <= 32 || last >= 127)
        return false;
    let segmentStart = first === 47 ? 1 : 0;
    for (let i = segmentStart; i <= n; i++) {
        const c = i === n ? 47 : p.charCodeAt(i);
        if (c === 92 || c === 58)
            return false;
        if (c !== 47)
            continue;
        const length = i - segmentStart;
        if (length === 0)
            return false;
        const dot = p.charCodeAt(segmentStart) === 46;
        if (dot && (length === 1 || (length === 2 && p.charCodeAt(i - 1) === 46)))
            return false;
        segmentStart = i + 1;
    }
    return true;
}
/** {@link normalize}, skipped when the path is normal already. */
function normalizeQuick(raw) {
    return isNormalPath(raw) ? raw : normalize(raw);
}
function isAbsolute(p) {
    return p.startsWith('/') || WINDOWS_DRIVE.test(p);
}
/** `child` relative to the root when inside it (case-insensitive on Windows drives), else null. */
function relativeInside(child, root) {
    const c = root.windows ? child.toLowerCase() : child;
    if (c === root.compared)
        return '';
    return c.startsWith(root.prefix) ? child.slice(root.prefix.length) : null;
}
/**
 * The `<repo>/<repo>` tail of a runner workspace (`/home/runner/work/app/app` -> `app/app`,
 * `D:/a/app/app` -> `app/app`), or null when the path is not a runner workspace.
 */
function workspaceTail(path) {
    let afterPrefix = null;
    for (const prefix of WORKSPACE_PREFIXES) {
        if (path.startsWith(prefix))
            afterPrefix = path.slice(prefix.length);
    }
    if (afterPrefix === null && WINDOWS_DRIVE.test(path) && path.slice(3).startsWith('a/')) {
        afterPrefix = path.slice(5);
    }
    if (afterPrefix === null)
        return null;
    const parts = afterPrefix.split('/');
    if (parts.length < 2 || !parts[0] || !parts[1])
        return null;
    return { tail: `${parts[0]}/${parts[1]}`, rest: parts.slice(2).join('/') };
}
function makeRoot(path) {
    const windows = WINDOWS_DRIVE.test(path);
    const compared = windows ? path.toLowerCase() : path;
    const prefix = compared.endsWith('/') ? compared : `${compared}/`;
    return { path, workspace: workspaceTail(path), windows, compared, prefix };
}
/** An absolute path relative to the root, also across runner workspace forms of the same repo. */
function relativeToRoot(abs, root) {
    const direct = relativeInside(abs, root);
    if (direct !== null)
        return direct;
    const rootWs = root.workspace;
    if (!rootWs || rootWs.rest !== '')
        return null;
    const pathWs = workspaceTail(abs);
    return pathWs && rootWs.tail === pathWs.tail ? pathWs.rest : null;
}
/** A relative path that stays inside the root (no leading `..`), else null. */
function keepInside(rel) {
    if (rel === '' || rel === '..' || rel.startsWith('../'))
        return null;
    return rel;
}
/** A normalised absolute path relative to the root, when inside it. */
function insideRoot(abs, root) {
    const rel = relativeToRoot(abs, root);
    return rel === null ? null : keepInside(rel);
}
/**
 * Maps absolute paths of another checkout (a self-hosted runner's `/opt/runner/_work/r/r/…`, a
 * base made on `D:/a/r/r/…`, a Cobertura `<source>` of another machine) onto this one: the longest
 * tail of the path that exists in the repository wins, and the part before it is remembered as that
 * checkout's root, so later files of the report (deleted ones included) map the same way. A tail
 * of one segment only counts under a `<name>/<name>` checkout, so that `/usr/lib/x/index.js` never
 * becomes the repository's `index.js`.
 */
function createCheckoutMapper(exists) {
    const foreignRoots = [];
    return (abs) => {
        for (const prefix of foreignRoots) {
            if (abs.startsWith(prefix))
                return keepInside(abs.slice(prefix.length));
        }
        const parts = abs.split('/');
        // parts[0] is '' (POSIX) or the drive (C:); the file name is last.
        for (let i = 1; i < parts.length; i++) {
            const tail = parts.slice(i).join('/');
            const single = parts.length - i === 1;
            const checkout = i >= 2 && parts[i - 1] === parts[i - 2];
            if ((single && !checkout) || !exists(tail))
                continue;
            foreignRoots.push(`${parts.slice(0, i).join('/')}/`);
            return tail;
        }
        return null;
    };
}
/**
 * Builds a resolver for one report: it turns a path from the report into a repo-relative path with
 * `/`, or `null` when it lies outside `root`. A relative path is resolved against each of
 * `sourceRoots` (Cobertura `<source>`) when given, else against `baseDir` (the directory the tool
 * ran in; default the root). Relative source roots start from `baseDir` too. `root`, `baseDir` and
 * `sourceRoots` are normalised once here, not once per file.
 */
function createRepoPathResolver(opts) {
    const rootPath = normalize(opts.root);
    const root = makeRoot(rootPath);
    const base = opts.baseDir === undefined ? rootPath : normalize(opts.baseDir);
    const sources = (opts.sourceRoots ?? []).map(normalize);
    const exists = opts.exists;
    const elsewhere = exists === undefined ? null : createCheckoutMapper(exists);
    const inRoot = (path, from) => {
        const abs = normalizeQuick(isAbsolute(path) ? path : `${from}/${path}`);
        return insideRoot(abs, root) ?? elsewhere?.(abs) ?? null;
    };
    return (raw) => {
        const path = normalizeQuick(raw);
        if (path === '')
            return null;
        // An absolute path is normalised once: normalize() leaves its own absolute output unchanged.
        if (isAbsolute(path))
            return insideRoot(path, root) ?? elsewhere?.(path) ?? null;
        const candidates = [];
        const add = (candidate) => {
            if (candidate !== null && !candidates.includes(candidate))
                candidates.push(candidate);
        };
        // The source itself may lie above the root (nyc run from a parent package): what counts is
        // where source + file name lands. A source outside the root means the file is outside too.
        for (const src of sources)
            add(inRoot(src === '' ? path : `${src}/${path}`, base));
        if (sources.length === 0) {
            add(inRoot(path, base));
            // The tool may have run from the repository root instead: a second candidate, chosen when
            // the existence check finds the file only there (or when baseDir is outside the root).
            if (exists && base !== rootPath)
                add(inRoot(path, rootPath));
        }
        if (exists && candidates.length > 1) {
            const found = candidates.find((c) => exists(c));
            if (found !== undefined)
                return found;
        }
        return candidates[0] ?? null;
    };
}
/**
 * UTF-16 code-unit order, independent of locale and ICU data: same input, same order, everywhere.
 * The one comparator for repo paths (and other names) in reports, gates and messages.
 */
function paths_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./js/coverage/model.js
/** The four metrics, in display order. */
const METRICS = ['lines', 'statements', 'functions', 'branches'];

;// CONCATENATED MODULE: ./js/coverage/summary.js
/**
 * Summaries from raw hit counts, computed the way istanbul-lib-coverage does so that totals equal
 * what c8/nyc/jest print for the same data (and coverage.py's counts for Cobertura input).
 */

/**
 * Percentage floored to two decimals exactly as istanbul's `percent()`; 100 when nothing is
 * measurable (istanbul's convention).
 */
function percent(covered, total) {
    if (total <= 0)
        return 100;
    return Math.floor((1000 * 100 * covered) / total / 10) / 100;
}
/** Builds a Counts value. */
function makeCounts(covered, total) {
    return { covered, total, pct: percent(covered, total) };
}
/** Counts of a map of hit counts: every entry counts, the ones hit at least once are covered. */
function countValues(hits) {
    let covered = 0;
    for (const h of hits.values())
        if (h > 0)
            covered += 1;
    return makeCounts(covered, hits.size);
}
function countFunctions(functions) {
    let covered = 0;
    for (const fn of functions.values())
        if (fn.hits > 0)
            covered += 1;
    return makeCounts(covered, functions.size);
}
/** Every outcome of every branch point counts. */
function countBranches(branches) {
    let covered = 0;
    let total = 0;
    for (const br of branches.values()) {
        const hits = br.hits;
        total += hits.length;
        for (let i = 0; i < hits.length; i++)
            if ((hits[i] ?? 0) > 0)
                covered += 1;
    }
    return makeCounts(covered, total);
}
/** Summary of one file. */
function summary_summarizeFile(file) {
    return {
        lines: countValues(file.lines),
        statements: file.statements ? countValues(file.statements) : null,
        functions: file.functions ? countFunctions(file.functions) : null,
        branches: file.branches ? countBranches(file.branches) : null,
    };
}
/**
 * Totals of per-file summaries already made. A metric is `null` only when no file carries it (a
 * format without it); files that lack it while others have it contribute nothing to it.
 */
function sumSummaries(summaries) {
    const covered = { lines: 0, statements: 0, functions: 0, branches: 0 };
    const total = { lines: 0, statements: 0, functions: 0, branches: 0 };
    const seen = {
        lines: true,
        statements: false,
        functions: false,
        branches: false,
    };
    for (const s of summaries) {
        for (const m of METRICS) {
            const c = s[m];
            if (c === null)
                continue;
            covered[m] += c.covered;
            total[m] += c.total;
            seen[m] = true;
        }
    }
    const counts = (m) => (seen[m] ? makeCounts(covered[m], total[m]) : null);
    return {
        lines: makeCounts(covered.lines, total.lines),
        statements: counts('statements'),
        functions: counts('functions'),
        branches: counts('branches'),
    };
}
/**
 * coverage.py's TOTAL: (covered statements + covered branch outcomes) / (statements + outcomes).
 * Statements are istanbul's statements where the format has them, else executable lines (which is
 * what coverage.py's statements are). Without branch data it is the statement/line coverage.
 */
function totalCounts(summary) {
    const units = summary.statements ?? summary.lines;
    const branches = summary.branches ?? { covered: 0, total: 0 };
    return makeCounts(units.covered + branches.covered, units.total + branches.total);
}
/**
 * The one empty list of lines that {@link missingLines} and {@link partialLines} return: most files
 * of a big report have none, and an empty array per file and list costs 64 MB at a million files.
 * Frozen, so that a push into it fails loudly instead of adding a line to every file.
 */
const NONE = [];
Object.freeze(NONE);
/** Executable lines with zero hits, ascending. */
function missingLines(file) {
    let out = null;
    let ascending = true;
    let previous = -Infinity;
    for (const [line, hits] of file.lines) {
        if (hits !== 0)
            continue;
        if (!(line > previous))
            ascending = false;
        previous = line;
        (out ??= []).push(line);
    }
    if (out === null)
        return NONE;
    // Readers add lines in file order, so the sort is rarely needed. The copy has the list's exact
    // size: a push leaves room for 16 more (~150 bytes a file that misses one line, in every row).
    return (ascending ? out : out.sort((a, b) => a - b)).slice();
}
/**
 * The partial lines of a file, ascending. A line counts when it ran (its line hits, or for a line
 * without an entry one of its outcomes, are non-zero) and one outcome of its branch points did not;
 * a line that never ran is a missing line already. Several branch points on one line (istanbul) are numbered in sequence.
 */
function partialLines(file) {
    if (file.branches === null || file.branches.size === 0)
        return NONE;
    const byLine = new Map();
    for (const br of file.branches.values()) {
        const list = byLine.get(br.line);
        if (list)
            list.push(br);
        else
            byLine.set(br.line, [br]);
    }
    const out = [];
    for (const [line, points] of [...byLine].sort((a, b) => a[0] - b[0])) {
        const hits = points.flatMap((p) => p.hits);
        const taken = hits.filter((h) => h > 0).length;
        const lineHits = file.lines.get(line);
        const ran = lineHits === undefined ? taken > 0 : lineHits > 0;
        if (!ran || taken === hits.length)
            continue;
        const missing = points.every((p) => p.missing !== undefined)
            ? points.flatMap((p) => p.missing ?? [])
            : null;
        const partial = { line, taken, total: hits.length };
        if (missing !== null)
            partial.missing = missing;
        else
            partial.untaken = hits.flatMap((h, i) => (h > 0 ? [] : [i + 1]));
        out.push(partial);
    }
    return out.length === 0 ? NONE : out;
}

;// CONCATENATED MODULE: ./js/analysis/base-summaries.js
/**
 * The base as the analysis uses it: each file's four counts by path, without line data. The
 * comparison with a base needs nothing else (totals, per-file deltas, components), and the base's
 * whole coverage model next to the head's was the peak of a million-file pull request (~250 MB).
 * Here a file costs its path, an index entry and eight numbers. Pure.
 */


/** covered and total of each metric, in METRICS order; NaN where the file lacks the metric. */
const SLOTS = 2 * METRICS.length;
/** Per-file summaries of a base report, by repo-relative path, in the report's order. */
class BaseSummaries {
    index;
    counts;
    constructor(index, counts) {
        this.index = index;
        this.counts = counts;
    }
    /** The summaries of every file of `data` (its coverage model can then be let go). */
    static of(data) {
        const index = new Map();
        const counts = new Float64Array(data.files.size * SLOTS);
        let at = 0;
        for (const [path, file] of data.files) {
            const summary = summary_summarizeFile(file);
            METRICS.forEach((metric, k) => {
                const c = summary[metric];
                counts[at * SLOTS + 2 * k] = c === null ? NaN : c.covered;
                counts[at * SLOTS + 2 * k + 1] = c === null ? NaN : c.total;
            });
            index.set(path, at++);
        }
        return new BaseSummaries(index, counts);
    }
    get size() {
        return this.index.size;
    }
    has(path) {
        return this.index.has(path);
    }
    /** The file's summary (made anew on each call), or undefined when the base lacks the file. */
    get(path) {
        const at = this.index.get(path);
        return at === undefined ? undefined : this.summaryAt(at);
    }
    keys() {
        return this.index.keys();
    }
    *values() {
        for (const at of this.index.values())
            yield this.summaryAt(at);
    }
    *entries() {
        for (const [path, at] of this.index)
            yield [path, this.summaryAt(at)];
    }
    summaryAt(at) {
        const metric = (k) => {
            const covered = this.counts[at * SLOTS + 2 * k] ?? NaN;
            const total = this.counts[at * SLOTS + 2 * k + 1] ?? NaN;
            return Number.isNaN(covered) ? null : makeCounts(covered, total);
        };
        return {
            lines: metric(0) ?? makeCounts(0, 0),
            statements: metric(1),
            functions: metric(2),
            branches: metric(3),
        };
    }
}
/** The summaries of `base` (made once here when it is a coverage model). */
function baseSummariesOf(base) {
    return base instanceof BaseSummaries ? base : BaseSummaries.of(base);
}

;// CONCATENATED MODULE: ./js/analysis/compare.js
/**
 * Head versus base: total deltas and which files changed coverage (added, removed, touched by the
 * PR, or changed indirectly). Pure.
 */


/**
 * Difference of two displayed percentages in points, computed on integer hundredths so that equal
 * numbers give exactly 0 and the delta always equals what a reader subtracts from the shown values.
 */
function subtractPct(head, base) {
    if (head === null || base === null)
        return null;
    return (Math.round(head.pct * 100) - Math.round(base.pct * 100)) / 100;
}
/** head − base per metric in points; `null` for a metric either side lacks. */
function computeDelta(head, base) {
    return {
        lines: subtractPct(head.lines, base.lines),
        statements: subtractPct(head.statements, base.statements),
        functions: subtractPct(head.functions, base.functions),
        branches: subtractPct(head.branches, base.branches),
    };
}
const EMPTY_DELTA = { lines: null, statements: null, functions: null, branches: null };
function sameCounts(a, b) {
    for (const m of METRICS) {
        const x = a[m];
        const y = b[m];
        if (x === null || y === null) {
            if (x !== y)
                return false;
        }
        else if (x.covered !== y.covered || x.total !== y.total) {
            return false;
        }
    }
    return true;
}
/** Paths the diff touched, head and previous names alike; `null` when no diff is known. */
function touchedPaths(changes) {
    if (changes === null)
        return null;
    const touched = new Set();
    for (const f of changes.files) {
        touched.add(f.path);
        if (f.previousPath !== null)
            touched.add(f.previousPath);
    }
    return touched;
}
/** Sort key: the worst lines delta first; added and removed files (no delta) after the changes. */
function compareDeltas(a, b) {
    const da = a.delta.lines ?? Number.POSITIVE_INFINITY;
    const db = b.delta.lines ?? Number.POSITIVE_INFINITY;
    if (da !== db)
        return da < db ? -1 : 1;
    return paths_compareText(a.path, b.path);
}
/** The four counts of a row (a row also carries its path and lines, which a delta does not show). */
function totalsOf(row) {
    const { lines, statements, functions, branches } = row;
    return { lines, statements, functions, branches };
}
/** The first index of `rows` (sorted by path) whose path is not before `path`. */
function lowerBound(rows, path, from = 0) {
    let low = from;
    let high = rows.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (paths_compareText(rows[mid]?.path ?? '', path) < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** lowerBound from `from`, stepping first: the next path is usually a row or two ahead. */
function seek(rows, path, from) {
    const before = (at) => at < rows.length && paths_compareText(rows[at]?.path ?? '', path) < 0;
    let at = from;
    for (let step = 0; step < 4 && before(at); step++)
        at++;
    return before(at) ? lowerBound(rows, path, at) : at;
}
/** Whether `path` is one of `rows` (sorted by path): a binary search, no index of every path. */
function hasRow(rows, path) {
    return rows[lowerBound(rows, path)]?.path === path;
}
/**
 * Files whose coverage differs between base and head, worst lines delta first, from the head's
 * rows (sorted by path) and the base's per-file summaries. A renamed file is compared with its old
 * name in the base. A file the diff did not touch (or every file, when no diff is known) whose
 * counts changed is `indirect`.
 */
function compareFiles(head, base, changes) {
    const touched = touchedPaths(changes);
    const renamedFrom = new Map();
    for (const f of changes?.files ?? []) {
        if (f.previousPath !== null && base.has(f.previousPath) && !hasRow(head, f.previousPath)) {
            renamedFrom.set(f.path, f.previousPath);
        }
    }
    const pairedBase = new Set(renamedFrom.values());
    const out = [];
    for (const row of head) {
        const { path } = row;
        const baseTotals = base.get(renamedFrom.get(path) ?? path);
        if (baseTotals === undefined) {
            out.push({ path, kind: 'added', base: null, head: totalsOf(row), delta: EMPTY_DELTA });
        }
        else if (!sameCounts(row, baseTotals)) {
            const kind = touched?.has(path) ? 'changed' : 'indirect';
            out.push({
                path,
                kind,
                base: baseTotals,
                head: totalsOf(row),
                delta: computeDelta(row, baseTotals),
            });
        }
    }
    // The base's paths come in path order too: one walk along the rows finds each (a path out of
    // order is searched for from the start).
    let cursor = 0;
    let last = '';
    for (const path of base.keys()) {
        cursor = paths_compareText(path, last) < 0 ? lowerBound(head, path) : seek(head, path, cursor);
        last = path;
        if (pairedBase.has(path) || head[cursor]?.path === path)
            continue;
        const baseTotals = base.get(path);
        if (baseTotals !== undefined) {
            out.push({ path, kind: 'removed', base: baseTotals, head: null, delta: EMPTY_DELTA });
        }
    }
    return out.sort(compareDeltas);
}

;// CONCATENATED MODULE: ./js/errors.js
/**
 * Typed errors carry the user-facing, one-line message. Only the entry points (main.ts, post.ts,
 * cli.ts) turn them into `setFailed` / exit codes; everything else just throws them.
 */
/** Bad user input (an action input, a CLI flag, a file the user pointed at). Exit code 2 in the CLI. */
class InputError extends Error {
    name = 'InputError';
}
/** A coverage report that cannot be read: empty, truncated, unknown format, garbage records. */
class CoverageFormatError extends InputError {
    name = 'CoverageFormatError';
}
/** A unified diff that cannot be parsed. */
class DiffFormatError extends InputError {
    name = 'DiffFormatError';
}
/** Something on the runner went wrong (PostgreSQL did not start, a phase could not be spawned). */
class RunnerError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'RunnerError';
}
/** Returns the one-line message of any thrown value, never a stack trace. */
function errors_describeError(error) {
    if (error instanceof Error)
        return error.message.split('\n')[0] ?? error.name;
    return String(error);
}
/** The HTTP status an API client attached to a thrown error (octokit's `RequestError`), if any. */
function httpStatusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    return typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ./js/analysis/gate.js
/**
 * Thresholds: parsing the `fail-under` family of inputs and deciding them with integer maths, so a
 * displayed 84.99 never passes an 85 gate and 85 exactly never fails it.
 */



const PERCENT = /^(\d{1,3})(?:\.(\d{1,2}))?$/;
const NAMES = [...METRICS, 'total', 'patch'];
/** Ratchet steps are multiples of this many points. */
const RATCHET_STEP = 5;
/** Percent as an integer number of hundredths (85.5 -> 8550), exact for up to two decimals. */
function toHundredths(value) {
    return Math.round(value * 100);
}
/**
 * Parses a percentage (0–100, up to two decimals). Throws an InputError naming the input, the
 * value and what to write instead.
 */
function parsePercent(value, inputName) {
    const text = value.trim();
    const match = PERCENT.exec(text);
    if (!match || Number(text) > 100) {
        throw new InputError(`${inputName}: '${value}' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. 85`);
    }
    return Number(text);
}
/**
 * Parses `fail-under`: either one number (total lines) or a list such as
 * `lines=85, branches=80, functions=80, statements=85, patch=90` (commas or new lines between).
 * An empty spec means no thresholds.
 */
function parseFailUnder(spec, inputName) {
    const parts = spec
        .split(/[,\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
    if (parts.length === 1 && !parts[0]?.includes('=')) {
        return [{ name: 'lines', required: parsePercent(parts[0] ?? '', inputName) }];
    }
    const seen = new Map();
    for (const part of parts) {
        const eq = part.indexOf('=');
        const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
        if (eq < 0) {
            throw new InputError(`${inputName}: '${part}' has no '='; write metric=percent pairs such as 'lines=85, patch=90', or one number for lines`);
        }
        const metric = NAMES.find((n) => n === name);
        if (metric === undefined) {
            throw new InputError(`${inputName}: unknown metric '${name}' in '${part}'; use one of ${NAMES.join(', ')}`);
        }
        if (seen.has(metric)) {
            throw new InputError(`${inputName}: '${metric}' is given twice in '${spec.trim()}'; keep one`);
        }
        const raw = part.slice(eq + 1).trim();
        try {
            seen.set(metric, parsePercent(raw, inputName));
        }
        catch {
            throw new InputError(`${inputName}: '${part}' is not a percentage; write a number from 0 to 100 with at most two decimals, e.g. ${metric}=85`);
        }
    }
    return NAMES.filter((n) => seen.has(n)).map((name) => ({ name, required: seen.get(name) ?? 0 }));
}
/**
 * True when covered/total is at least `required` percent, decided on integers:
 * covered * 10000 >= required_in_hundredths * total. Nothing measurable (total 0) passes, as
 * istanbul counts it 100%.
 */
function meetsThreshold(covered, total, required) {
    if (total <= 0)
        return true;
    return covered * 10000 >= toHundredths(required) * total;
}
/**
 * True when head lines coverage dropped by no more than `maxDrop` points against base, decided on
 * integers: hc/ht >= bc/bt - maxDrop/100, i.e. hc*bt*10000 >= bc*ht*10000 - maxDrop_hundredths*ht*bt.
 * BigInt because the products of line counts overflow doubles on big repositories.
 */
function meetsMaxDrop(head, base, maxDrop) {
    // Nothing measurable counts as fully covered, like percent().
    const [hc, ht] = head.total > 0 ? [BigInt(head.covered), BigInt(head.total)] : [1n, 1n];
    const [bc, bt] = base.total > 0 ? [BigInt(base.covered), BigInt(base.total)] : [1n, 1n];
    const drop = BigInt(toHundredths(maxDrop));
    return hc * bt * 10000n >= bc * ht * 10000n - drop * ht * bt;
}
/** How to get a metric the report lacks, for the tool that wrote it. */
function describeMissingMetric(metric, source) {
    const formats = source?.formats ?? [];
    if (metric === 'branches') {
        if (source?.producer === 'coverage.py' || formats.includes('cobertura')) {
            return 'the report has no branch data: run pytest with --cov-branch (or set [run] branch = True in .coveragerc); other Cobertura writers: turn on their branch coverage';
        }
        return "the report has no branch data: turn on the tool's branch coverage (lcov/geninfo: --rc branch_coverage=1; istanbul, c8, Jest and Vitest always write it)";
    }
    if (metric === 'functions') {
        return 'the report has no function data (coverage.py does not measure functions); gate lines, branches or total instead';
    }
    if (metric === 'statements') {
        return 'the report has no statement data (lcov and Cobertura count lines); gate lines or total instead';
    }
    return 'the report has no line data';
}
/**
 * The next ratchet step for a threshold that passed: the next multiple of {@link RATCHET_STEP}
 * above `required` when the actual coverage already meets it, else undefined.
 */
function suggestNextStep(counts, required) {
    if (counts.total <= 0)
        return undefined;
    const next = Math.min(100, (Math.floor(required / RATCHET_STEP) + 1) * RATCHET_STEP);
    return next > required && meetsThreshold(counts.covered, counts.total, next) ? next : undefined;
}
/** One threshold's result, with the fix when it has no data and the next step when it has room. */
function evaluateMetric(name, counts, required, source) {
    if (counts === null) {
        const note = name === 'total' || name === 'patch'
            ? 'the report has no line data'
            : describeMissingMetric(name, source);
        return { name, required, actual: null, ok: false, note };
    }
    const ok = meetsThreshold(counts.covered, counts.total, required);
    const result = { name, required, actual: counts.pct, ok };
    const suggested = ok ? suggestNextStep(counts, required) : undefined;
    if (suggested !== undefined)
        result.suggested = suggested;
    return result;
}
/**
 * Evaluates every threshold, in the order lines, statements, functions, branches, total, patch,
 * file:*, max-drop. `total` passes exactly when pytest-cov's `--cov-fail-under` would: it compares
 * the exact ratio (not `coverage report --fail-under`'s value rounded to display precision).
 *
 * - A metric the report does not carry fails (`actual: null`) with a `note` naming the fix for the
 *   tool that wrote it: the user asked for a gate that cannot be checked, and passing it silently
 *   would be a false pass.
 * - A threshold that passes with room carries `suggested`, the next ratchet step.
 * - Patch coverage that is unknown (no diff, or a partial one) or N/A (no executable changed line)
 *   passes with `actual: null`; the report's `patchNote` says why. Blocking every huge PR on a number
 *   nobody can compute would be a false failure; the comment shows "unknown", never 100%.
 * - `fail-under-file` adds one `file:<path>` result per failing file (worst first); when every file
 *   holds, a single `file:*` result carries the lowest file percentage, so big repositories do not
 *   get thousands of rows.
 * - `max-drop` without a base passes with `actual: null` (nothing to compare against).
 */
function evaluateGate(input) {
    const results = [];
    const byName = new Map(input.thresholds.map((t) => [t.name, t.required]));
    for (const metric of [...METRICS, 'total']) {
        const required = byName.get(metric);
        if (required === undefined)
            continue;
        const counts = metric === 'total' ? (input.totals.total ?? null) : input.totals[metric];
        results.push(evaluateMetric(metric, counts, required, input.source));
    }
    const patchRequired = byName.get('patch');
    if (patchRequired !== undefined) {
        const patch = input.patch;
        results.push(patch === null || patch.pct === null
            ? { name: 'patch', required: patchRequired, actual: null, ok: true }
            : evaluateMetric('patch', { ...patch, pct: patch.pct }, patchRequired, input.source));
    }
    // A loop, not push(...spread): one row per file can be a million rows.
    if (input.failUnderFile !== undefined) {
        for (const row of evaluateFiles(input.files, input.failUnderFile))
            results.push(row);
    }
    if (input.maxDrop !== undefined) {
        const ok = input.base === null || meetsMaxDrop(input.totals.lines, input.base.lines, input.maxDrop);
        // `actual` is the drop itself (base − head, points; negative when coverage rose), read against
        // `required`, the largest drop allowed. `0 - x` keeps an unchanged total at 0, not -0.
        const delta = input.delta?.lines ?? null;
        results.push({
            name: 'max-drop',
            required: input.maxDrop,
            actual: delta === null ? null : 0 - delta,
            ok,
        });
    }
    return results;
}
function evaluateFiles(files, required) {
    const failing = files
        .filter((f) => !meetsThreshold(f.lines.covered, f.lines.total, required))
        .sort((a, b) => a.lines.pct - b.lines.pct || paths_compareText(a.path, b.path))
        .map((f) => ({ name: `file:${f.path}`, required, actual: f.lines.pct, ok: false }));
    if (failing.length > 0)
        return failing;
    const lowest = files.reduce((min, f) => (min === null || f.lines.pct < min ? f.lines.pct : min), null);
    return [{ name: 'file:*', required, actual: lowest, ok: true }];
}
/**
 * The `fail-under` value one ratchet step up: every metric threshold as given, those with room
 * raised to their suggestion (`lines=90, branches=80`); '' when no threshold has room.
 */
function suggestFailUnder(results) {
    const gated = results.filter((r) => NAMES.includes(r.name));
    if (!gated.some((r) => r.suggested !== undefined))
        return '';
    return gated.map((r) => `${r.name}=${r.suggested ?? r.required}`).join(', ');
}

;// CONCATENATED MODULE: ./js/analysis/patch.js
/**
 * Patch coverage: the PR's added or modified lines that the report has an entry for, covered when
 * hit at least once — the definition diff-cover uses, so both tools give the same numbers. Pure.
 */


/** The note when a diff is known to be partial and the ChangeSet does not say why. */
const INCOMPLETE_NOTE = 'patch coverage unknown: the diff of this change is incomplete';
/** The note when no changed line is executable. */
const NOT_APPLICABLE_NOTE = 'patch coverage N/A: no changed line is executable';
/**
 * Computes patch coverage of `changes` against `head`. Files the report does not know (docs,
 * config, excluded files) and lines it has no entry for do not count. A partial diff keeps the
 * counts it could make but reports `pct: null` — never 100 — with a note.
 */
function computePatchCoverage(head, changes) {
    const files = [];
    let covered = 0;
    let total = 0;
    let branchCovered = 0;
    let branchTotal = 0;
    let branchData = false;
    for (const change of changes.files) {
        const file = head.files.get(change.path);
        if (file === undefined || change.addedLines.length === 0)
            continue;
        const changed = new Set(change.addedLines);
        const uncoveredLines = [];
        let fileCovered = 0;
        let fileTotal = 0;
        for (const line of change.addedLines) {
            const hits = file.lines.get(line);
            if (hits === undefined)
                continue;
            fileTotal += 1;
            if (hits > 0)
                fileCovered += 1;
            else
                uncoveredLines.push(line);
        }
        if (file.branches !== null) {
            branchData = true;
            for (const branch of file.branches.values()) {
                if (!changed.has(branch.line))
                    continue;
                branchTotal += branch.hits.length;
                branchCovered += branch.hits.filter((h) => h > 0).length;
            }
        }
        if (fileTotal === 0)
            continue;
        const partial = partialLines(file).filter((p) => changed.has(p.line));
        const entry = { path: change.path, covered: fileCovered, total: fileTotal, uncoveredLines };
        if (partial.length > 0)
            entry.partialLines = partial;
        files.push(entry);
        covered += fileCovered;
        total += fileTotal;
    }
    files.sort((a, b) => paths_compareText(a.path, b.path));
    let pct = percent(covered, total);
    let patchNote = null;
    if (!changes.complete) {
        pct = null;
        patchNote = changes.note ?? INCOMPLETE_NOTE;
    }
    else if (total === 0) {
        pct = null;
        patchNote = NOT_APPLICABLE_NOTE;
    }
    const patchBranches = branchData && branchTotal > 0 ? makeCounts(branchCovered, branchTotal) : null;
    return { patch: { covered, total, pct, files }, patchBranches, patchNote };
}

;// CONCATENATED MODULE: ./js/analysis/build-report.js
/**
 * Assembles the full report from head coverage, an optional base and an optional diff. Pure: the
 * CLI and the action's pipeline both call it with data they loaded.
 */






/**
 * Per-file rows of the head report, sorted by path (in one pass: each file's hits are read while
 * they are at hand). A row carries its file's four counts, so it also serves as its summary.
 */
function toRows(data) {
    // Made at its size: an array grown by push to a million rows leaves ~25 MB of smaller copies.
    const rows = new Array(data.files.size);
    let sorted = true;
    let i = 0;
    for (const [path, file] of data.files) {
        const summary = summary_summarizeFile(file);
        const { lines, statements, functions, branches } = summary;
        const previous = i === 0 ? undefined : rows[i - 1];
        if (previous !== undefined && !(previous.path < path))
            sorted = false;
        rows[i++] = {
            path,
            lines,
            statements,
            functions,
            branches,
            missingLines: missingLines(file),
            partialLines: partialLines(file),
        };
    }
    // CoverageData iterates in path order, so the sort is rarely needed.
    if (!sorted)
        rows.sort((a, b) => paths_compareText(a.path, b.path));
    return rows;
}
/** Totals with coverage.py's TOTAL added (`totals.total` of the JSON report). */
function withTotal(summary) {
    return { ...summary, total: totalCounts(summary) };
}
/** Builds the JSON report (CONTRACT.md) plus the extras the renderers show. */
function buildReport(input) {
    // Each file is summarized once per side; rows, totals and the file comparison share the result.
    const files = toRows(input.head);
    const base = input.base === null ? null : baseSummariesOf(input.base);
    // A row carries its file's four counts: it sums like the summary it was made from.
    const totals = withTotal(sumSummaries(files));
    const baseTotals = base === null ? null : withTotal(sumSummaries(base.values()));
    const delta = baseTotals === null ? null : computeDelta(totals, baseTotals);
    const patchResult = input.changes === null ? null : computePatchCoverage(input.head, input.changes);
    const patch = patchResult?.patch ?? null;
    const thresholds = evaluateGate({
        totals,
        files,
        base: baseTotals,
        delta,
        patch,
        thresholds: input.thresholds,
        failUnderFile: input.failUnderFile,
        maxDrop: input.maxDrop,
        source: input.head,
    });
    return {
        totals,
        files,
        base: baseTotals === null ? null : { totals: baseTotals },
        delta,
        patch,
        thresholds,
        passed: thresholds.every((t) => t.ok),
        fileChanges: base === null ? [] : compareFiles(files, base, input.changes),
        patchBranches: patchResult?.patchBranches ?? null,
        patchNote: patchResult?.patchNote ?? null,
        ...(input.head.producer === undefined ? {} : { producer: input.head.producer }),
    };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./js/cli-args.js
/**
 * The command line of `covgate report`: its usage text, and the arguments parsed and checked into
 * ReportArgs. Every bad argument is one InputError naming the option, the value and the fix.
 */




const USAGE = `Usage: covgate report --coverage FILE... [options]

Reads coverage reports (istanbul JSON, lcov, Cobertura XML; several are merged), compares them
with a base and a diff, and checks thresholds. Options:
  --coverage FILE...     coverage reports or globs (repeatable; several files may follow)
  --base FILE            base coverage: any report format, or a covgate baseline JSON
  --diff FILE            unified diff of the change (git diff base...head) for patch coverage
  --root DIR             directory report paths are made relative to (default: the current one)
  --fail-under SPEC      '85' (total lines) or 'lines=85, branches=80, functions=80, statements=85, patch=90'
  --fail-under-file N    minimum line coverage of every file
  --max-drop N           largest allowed drop of total line coverage vs --base, in points
  --include GLOB         count only these repo-relative paths (repeatable)
  --exclude GLOB         omit these repo-relative paths (repeatable)
  --components FILE      monorepo components, one per line: 'name: glob, glob | thresholds'
  --format FORMAT        text (default), json, or markdown (the PR comment the action posts)
  --html DIR             also write the browsable HTML report to DIR (sources read from --root)
  --help, --version

Exit status: 0 thresholds hold, 1 a threshold failed, 2 bad input.
`;
const OPTIONS = {
    coverage: { type: 'string', multiple: true },
    base: { type: 'string' },
    diff: { type: 'string' },
    root: { type: 'string' },
    'fail-under': { type: 'string' },
    'fail-under-file': { type: 'string' },
    'max-drop': { type: 'string' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    components: { type: 'string' },
    format: { type: 'string' },
    html: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
};
const FORMATS = ['text', 'json', 'markdown'];
/** Rewords node's parseArgs errors as one line that says what to do. */
function rewordParseError(error) {
    const message = errors_describeError(error);
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
    const code = error.code;
    let what = message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        what = `unknown option '${option}'`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        what = `${option} needs a value`;
    return new InputError(`${what}; run 'covgate --help' for the options`);
}
/** Parses argv (without node and the script). Positionals right after `--coverage` are more reports. */
function parseCommandLine(argv, cwd) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
    }
    catch (error) {
        throw rewordParseError(error);
    }
    const { values, tokens } = parsed;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const coverage = [];
    let command;
    let afterCoverage = false;
    for (const token of tokens) {
        if (token.kind === 'option') {
            afterCoverage = token.name === 'coverage';
            if (afterCoverage && token.value !== undefined)
                coverage.push(token.value);
        }
        else if (token.kind === 'positional') {
            if (afterCoverage)
                coverage.push(token.value);
            else if (command === undefined)
                command = token.value;
            else
                throw new InputError(`unexpected argument '${token.value}'; run 'covgate --help' for the options`);
        }
        else {
            afterCoverage = false;
        }
    }
    if (command !== 'report') {
        const got = command === undefined ? 'no command' : `unknown command '${command}'`;
        throw new InputError(`${got}; use 'covgate report --coverage FILE...' (see covgate --help)`);
    }
    if (coverage.length === 0) {
        throw new InputError("--coverage is missing; give one or more reports, e.g. '--coverage coverage/lcov.info'");
    }
    const format = values.format ?? 'text';
    if (!FORMATS.some((f) => f === format)) {
        throw new InputError(`--format: '${format}' is not a format; use text, json or markdown`);
    }
    // --root need not exist here: it may be the runner checkout a CI report was made in.
    const root = (0,external_node_path_namespaceObject.resolve)(cwd, values.root ?? '.');
    const percentOf = (name) => values[name] === undefined ? undefined : parsePercent(values[name], `--${name}`);
    return {
        kind: 'report',
        args: {
            coverage,
            base: values.base,
            diff: values.diff,
            root,
            thresholds: parseFailUnder(values['fail-under'] ?? '', '--fail-under'),
            failUnderFile: percentOf('fail-under-file'),
            maxDrop: percentOf('max-drop'),
            include: values.include ?? [],
            exclude: values.exclude ?? [],
            components: values.components,
            format: format,
            html: values.html === undefined ? undefined : (0,external_node_path_namespaceObject.resolve)(cwd, values.html),
        },
    };
}

// EXTERNAL MODULE: ../../node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(26);
;// CONCATENATED MODULE: ./js/analysis/components.js
/**
 * Monorepo components: named groups of files (`api: services/api/** | lines=85, patch=90`), each
 * with its own totals, base deltas, patch coverage and thresholds, in one report. Pure: the
 * `components` input (or the CLI's `--components FILE`) is parsed here, and the groups are computed
 * from the report and the base coverage the pipeline already has.
 *
 * A file belongs to the first component whose globs match it, so the rows add up to the totals;
 * files in no component form the row "other" (which has no thresholds).
 */






/** The name of the group of files that are in no component. */
const OTHER_COMPONENT = 'other';
const NAME = /^[A-Za-z0-9@][A-Za-z0-9._@/-]{0,63}$/;
const EXAMPLE = "'api: services/api/** | lines=85, patch=90'";
/**
 * Parses the `components` input: one component per line, `name: glob, glob | thresholds`; blank
 * lines and `#` comments are skipped. Throws one InputError naming the line and the fix.
 */
function parseComponents(text, inputName) {
    const specs = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const where = `${inputName} line ${index + 1} '${line}'`;
        const colon = line.indexOf(':');
        if (colon <= 0)
            throw new InputError(`${where} has no 'name:'; write one component per line, e.g. ${EXAMPLE}`);
        const name = line.slice(0, colon).trim();
        if (!NAME.test(name)) {
            throw new InputError(`${where}: '${name}' is not a component name; use up to 64 letters, digits, '.', '_', '-', '/' or '@'`);
        }
        if (name === OTHER_COMPONENT) {
            throw new InputError(`${where}: '${OTHER_COMPONENT}' is the group of files in no component; pick another name`);
        }
        if (specs.some((s) => s.name === name))
            throw new InputError(`${where}: '${name}' is given twice; keep one`);
        const [globText = '', spec = '', ...extra] = line.slice(colon + 1).split('|');
        if (extra.length > 0)
            throw new InputError(`${where} has more than one '|'; write ${EXAMPLE}`);
        const globs = globText
            .split(',')
            .map((g) => g.trim().replace(/^\.\//, ''))
            .filter((g) => g !== '');
        if (globs.length === 0)
            throw new InputError(`${where} has no globs after 'name:'; write ${EXAMPLE}`);
        specs.push({ name, globs, thresholds: parseFailUnder(spec, `${inputName} (${name})`) });
    }
    return specs;
}
/** Which component each path belongs to: the first whose globs match, else `other`. */
function makeAssigner(specs) {
    const matchers = specs.map((s) => ({ name: s.name, match: picomatch(s.globs, { dot: true }) }));
    return (path) => matchers.find((m) => m.match(path))?.name ?? OTHER_COMPONENT;
}
function groupSummaries(entries, assign) {
    const groups = new Map();
    for (const [path, summary] of entries) {
        const name = assign(path);
        const list = groups.get(name);
        if (list === undefined)
            groups.set(name, [summary]);
        else
            list.push(summary);
    }
    return groups;
}
function componentPatch(report, name, assign) {
    if (report.patch === null)
        return null;
    let covered = 0;
    let total = 0;
    for (const f of report.patch.files) {
        if (assign(f.path) !== name)
            continue;
        covered += f.covered;
        total += f.total;
    }
    // Unknown for the whole diff (a partial diff) is unknown for every part of it.
    const pct = report.patch.pct === null || total === 0 ? null : percent(covered, total);
    return { covered, total, pct };
}
/**
 * Computes every component of `report` (head files) against `base`. Throws an InputError when a
 * component's globs match no head file — like an include that leaves nothing, it is a typo.
 */
function evaluateComponents(specs, report, base, inputName) {
    const assign = makeAssigner(specs);
    const head = groupSummaries(report.files.map((f) => [f.path, f]), assign);
    const baseGroups = base === null ? null : groupSummaries(baseSummariesOf(base).entries(), assign);
    const out = {};
    const groups = [
        ...specs,
        ...(head.has(OTHER_COMPONENT) ? [{ name: OTHER_COMPONENT, globs: [], thresholds: [] }] : []),
    ];
    for (const spec of groups) {
        const files = head.get(spec.name);
        if (files === undefined) {
            const sample = report.files[0]?.path;
            throw new InputError(`Invalid ${inputName}: component '${spec.name}' (${spec.globs.join(', ')}) matches no file of the coverage report; ` +
                `fix its globs (they match repo-relative paths${sample === undefined ? '' : ` such as '${sample}'`})`);
        }
        const totals = sumSummaries(files);
        const baseFiles = baseGroups?.get(spec.name);
        const baseTotals = baseFiles === undefined ? null : sumSummaries(baseFiles);
        const delta = baseTotals === null ? null : computeDelta(totals, baseTotals);
        const patch = componentPatch(report, spec.name, assign);
        const thresholds = evaluateGate({
            totals,
            files: [],
            base: baseTotals,
            delta,
            patch: patch === null ? null : { ...patch, files: [] },
            thresholds: spec.thresholds,
        });
        out[spec.name] = {
            files: files.length,
            totals,
            base: baseTotals,
            delta,
            patch,
            thresholds,
            passed: thresholds.every((t) => t.ok),
        };
    }
    return out;
}
/** The name a component threshold has in the report's thresholds and in failure messages. */
function componentThresholdName(component, threshold) {
    return `component ${component}: ${threshold}`;
}
/**
 * The report with its components: `components` added, each component's thresholds added to the
 * report's under {@link componentThresholdName}, and `passed` decided over all of them. The report
 * is returned unchanged when no component is configured.
 */
function applyComponents(report, specs, base, inputName) {
    if (specs.length === 0)
        return report;
    const components = evaluateComponents(specs, report, base, inputName);
    const extra = Object.entries(components).flatMap(([name, c]) => c.thresholds.map((t) => ({ ...t, name: componentThresholdName(name, t.name) })));
    const thresholds = [...report.thresholds, ...extra];
    return { ...report, components, thresholds, passed: thresholds.every((t) => t.ok) };
}

;// CONCATENATED MODULE: ./js/coverage/filter.js
/**
 * include / exclude of source files by glob, like coverage.py's `source` / `omit`: globs match
 * repo-relative paths with `/` (picomatch, `dot: true`), so `src/**` or `**\/*.test.ts` work the
 * same on every OS. `*` stops at `/` and `**` crosses it; a pattern without glob characters is a
 * file or a directory, and a directory means everything under it (`app` = `app/**`, as
 * `.coveragerc`'s `source = app` reads).
 *
 * Filters never empty a report silently: {@link filterReport} fails when nothing is left and warns
 * about a pattern that matches nothing while others match, and about a coverage.py-style pattern
 * whose `*` would have crossed `/` there (`app/*`, `*\/conftest.py`).
 */


/** How many report paths the "nothing left" error shows. */
const PATHS_SHOWN = 3;
/** The globs without blanks and a leading `./`. */
function clean(globs) {
    return globs.map((g) => g.trim().replace(/^\.\//, '')).filter((g) => g !== '');
}
/** A matcher for one pattern: a glob, or (no glob characters) a file or everything under a directory. */
function compileOne(pattern) {
    if (/[*?[\]{}()!]/.test(pattern)) {
        const glob = picomatch(pattern, { dot: true });
        return (path) => glob(path); // one argument: picomatch's second one asks for an object
    }
    const dir = pattern.replace(/\/+$/, '');
    return (path) => path === dir || path.startsWith(`${dir}/`);
}
/** A matcher that is false for every path when there are no globs. */
function compile(globs) {
    const matchers = clean(globs).map(compileOne);
    return (path) => matchers.some((m) => m(path));
}
/**
 * Keeps the files matching one of `include` (all files when it is empty) and none of `exclude`.
 * Returns a new CoverageData; the input is not changed. With nothing to match, the two share the
 * file map (no one changes a map once read; a copy of a million entries would only cost memory).
 */
function filterCoverage(data, include, exclude) {
    const everything = clean(include).length === 0;
    if (everything && clean(exclude).length === 0)
        return { ...data, formats: [...data.formats] };
    const included = compile(include);
    const excluded = compile(exclude);
    const files = new Map();
    for (const [path, file] of data.files) {
        if ((everything || included(path)) && !excluded(path))
            files.set(path, file);
    }
    return { ...data, files, formats: [...data.formats] };
}
/** The `**` form of a coverage.py-style pattern: each lone `*` becomes `**` when next to a `/`. */
function doubleStarForm(pattern) {
    const out = pattern.replace(/(^|\/)\*(?=\/|$)/g, '$1**');
    return out === pattern ? null : out;
}
/** Warnings about one input's patterns against the report's paths. */
function checkPatterns(globs, name, paths) {
    const cleaned = clean(globs);
    const counts = cleaned.map((g) => paths.filter(compileOne(g)).length);
    const warnings = [];
    cleaned.forEach((glob, i) => {
        const count = counts[i] ?? 0;
        const wide = doubleStarForm(glob);
        const wideCount = wide === null ? 0 : paths.filter(compileOne(wide)).length;
        if (wide !== null && wideCount > count) {
            warnings.push(`${name}: '${glob}' matches ${count} files here, where '*' stops at '/'; in coverage.py '*' also ` +
                `crosses '/', and '${wide}' would match ${wideCount} — write '${wide}' if that is what you mean`);
        }
        else if (count === 0 && counts.some((c) => c > 0)) {
            warnings.push(`${name}: '${glob}' matches no file in the coverage report (patterns match repo-relative paths such as '${paths[0] ?? ''}')`);
        }
    });
    return warnings;
}
/**
 * {@link filterCoverage} for the head report, with the checks of the file doc. Throws an
 * InputError naming the patterns and a few of the report's paths when no file is left.
 */
function filterReport(data, include, exclude, names = { include: 'include', exclude: 'exclude' }) {
    const filtered = filterCoverage(data, include, exclude);
    // Without patterns there is nothing to check (and no list of a million paths to make).
    if (data.files.size === 0 || (clean(include).length === 0 && clean(exclude).length === 0)) {
        return { data: filtered, warnings: [] };
    }
    const paths = [...data.files.keys()];
    const warnings = [
        ...checkPatterns(include, names.include, paths),
        ...checkPatterns(exclude, names.exclude, paths),
    ];
    if (filtered.files.size === 0) {
        const given = [
            clean(include).length > 0 ? `${names.include} '${clean(include).join(', ')}'` : '',
            clean(exclude).length > 0 ? `${names.exclude} '${clean(exclude).join(', ')}'` : '',
        ].filter((g) => g !== '');
        const shown = paths.slice(0, PATHS_SHOWN).join(', ') + (paths.length > PATHS_SHOWN ? ', …' : '');
        throw new InputError(`${given.join(' and ')} left none of the ${paths.length} files of the coverage report (${shown}); ` +
            "patterns match repo-relative paths: a directory such as 'app' means everything under it, '*' stops at '/', '**' crosses it");
    }
    return { data: filtered, warnings };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
var external_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_fs_namespaceObject, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ../../node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject_0
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

;// CONCATENATED MODULE: ../../node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_namespaceObject.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_namespaceObject.readdirSync,
		realpath: opts.fs.realpath || external_fs_namespaceObject.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_namespaceObject.realpathSync,
		stat: opts.fs.stat || external_fs_namespaceObject.stat,
		statSync: opts.fs.statSync || external_fs_namespaceObject.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


// EXTERNAL MODULE: ../../node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(628);
;// CONCATENATED MODULE: ./js/coverage/merge.js
/** Parses an id made by {@link locationId} (an optional `#n` suffix is ignored), else null. */
function parseLoc(id) {
    const hash = id.indexOf('#');
    const text = hash === -1 ? id : id.slice(0, hash);
    const parts = text.split('|');
    if (parts.length !== 4 || parts.some((p) => p === ''))
        return null;
    const [sl, sc, el, ec] = parts.map(Number);
    if ([sl, sc, el, ec].some((n) => n === undefined || !Number.isFinite(n)))
        return null;
    return { sl: sl ?? 0, sc: sc ?? 0, el: el ?? 0, ec: ec ?? 0 };
}
/** The id istanbul readers give an item: its location, `startLine|startCol|endLine|endCol`. */
function locationId(sl, sc, el, ec) {
    return `${sl}|${sc}|${el}|${ec}`;
}
/** Key of the narrowest item of `ids` whose location contains `id`'s, as istanbul's merge picks it. */
function findContainer(id, ids) {
    const item = parseLoc(id);
    if (!item)
        return null;
    let best = null;
    let bestDist = [];
    for (const key of ids) {
        const loc = parseLoc(key);
        if (!loc)
            continue;
        const d = [item.sl - loc.sl, item.sc - loc.sc, loc.el - item.el, loc.ec - item.ec];
        if (d[0] < 0 || d[2] < 0 || (d[0] === 0 && d[1] < 0) || (d[2] === 0 && d[3] < 0))
            continue;
        const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bestDist;
        const closer = best === null || d[0] < b0 || (d[0] === 0 && d[1] < b1) || d[2] < b2 || (d[2] === 0 && d[3] < b3);
        if (closer) {
            best = key;
            bestDist = [...d];
        }
    }
    return best;
}
/** Merges two id-keyed maps with `add`, filling one-sided items from their container. */
function mergeKeyed(a, b, add) {
    const out = new Map();
    for (const [id, item] of a) {
        const other = b.get(id);
        if (other !== undefined) {
            out.set(id, add(item, other));
            continue;
        }
        const container = findContainer(id, b.keys());
        const fill = container === null ? undefined : b.get(container);
        out.set(id, fill === undefined ? item : add(item, fill));
    }
    for (const [id, item] of b) {
        if (a.has(id))
            continue;
        const container = findContainer(id, a.keys());
        const fill = container === null ? undefined : a.get(container);
        out.set(id, fill === undefined ? item : add(item, fill));
    }
    return out;
}
function mergeMetric(a, b, add) {
    if (a === null)
        return b === null ? null : new Map(b);
    if (b === null)
        return new Map(a);
    return mergeKeyed(a, b, add);
}
const addNumbers = (x, y) => x + y;
// The container filling a function/branch keeps the item's own name, line and outcome count.
const addFunctions = (x, y) => ({ ...x, hits: x.hits + y.hits });
const addBranches = (x, y) => x.missing !== undefined && y.missing !== undefined && x.hits.length === y.hits.length
    ? addBranchesByDestination(x, y, x.missing, y.missing)
    : { line: x.line, hits: x.hits.map((h, i) => h + (y.hits[i] ?? 0)) };
/**
 * `coverage combine` for one branch line: an outcome stays untaken only when both runs missed
 * that destination (the arcs a line can take are fixed by the source, so the counts agree).
 */
function addBranchesByDestination(x, y, xm, ym) {
    const left = [...ym];
    const missing = [];
    for (const dest of xm) {
        const at = left.indexOf(dest);
        if (at === -1)
            continue;
        left.splice(at, 1);
        missing.push(dest);
    }
    const hit = Math.max(1, ...x.hits, ...y.hits);
    const taken = x.hits.length - missing.length;
    return { line: x.line, hits: x.hits.map((_, i) => (i < taken ? hit : 0)), missing };
}
/**
 * How many branch lines were partly covered in two merged parts that do not say which outcome was
 * taken (Cobertura other than coverage.py's): their merged count may be lower than the truth.
 */
function countInexactBranchMerges(parts) {
    const partial = new Map();
    for (const part of parts) {
        if (!part.formats.includes('cobertura'))
            continue;
        for (const file of part.files.values()) {
            for (const br of file.branches?.values() ?? []) {
                const taken = br.hits.filter((h) => h > 0).length;
                if (br.missing !== undefined || taken === 0 || taken === br.hits.length)
                    continue;
                const key = `${file.path}:${br.line}`;
                partial.set(key, (partial.get(key) ?? 0) + 1);
            }
        }
    }
    return [...partial.values()].filter((n) => n > 1).length;
}
/**
 * Files a tool listed without running them (`all: true` in istanbul JSON: c8/nyc `--all`). Kept
 * beside the model, by identity, so the shared FileCoverage type stays as it is.
 */
const placeholders = new WeakSet();
/** Marks `file` as an "all files" placeholder (every count 0, made without running the file). */
function markPlaceholder(file) {
    placeholders.add(file);
    return file;
}
/** True when `file` is an "all files" placeholder (see {@link markPlaceholder}). */
function merge_isPlaceholder(file) {
    return placeholders.has(file);
}
/**
 * Merges two coverages of the same file (same `path`). As in istanbul, a placeholder yields to
 * real data: its made-up structure (c8 lists one "(empty-report)" function) must not be added.
 */
function mergeFiles(a, b) {
    if (placeholders.has(b))
        return a;
    if (placeholders.has(a))
        return b;
    const lines = new Map(a.lines);
    for (const [line, hits] of b.lines)
        lines.set(line, (lines.get(line) ?? 0) + hits);
    return {
        path: a.path,
        lines,
        statements: mergeMetric(a.statements, b.statements, addNumbers),
        functions: mergeMetric(a.functions, b.functions, addFunctions),
        branches: mergeMetric(a.branches, b.branches, addBranches),
    };
}
/** Adds `file` to `files`, merging with an earlier entry of the same path. */
function addFileCoverage(files, file) {
    const existing = files.get(file.path);
    files.set(file.path, existing ? mergeFiles(existing, file) : file);
}
/**
 * Builds a CoverageData whose file map iterates in path order: `files` itself when it does already
 * (callers hand over a map of their own), else a sorted copy.
 */
function toCoverageData(files, formats, producer) {
    const unique = [...new Set(formats)];
    const tool = producer === undefined ? {} : { producer };
    if (isSorted(files.keys()))
        return { files, formats: unique, ...tool };
    // The default order compares UTF-16 code units, as `<` does; paths are unique.
    const paths = [...files.keys()].sort();
    const out = new Map();
    for (const path of paths) {
        const file = files.get(path);
        if (file)
            out.set(path, file);
    }
    return { files: out, formats: unique, ...tool };
}
/** True when `paths` come in ascending order already (a report merged or read before). */
function isSorted(paths) {
    let previous = null;
    for (const path of paths) {
        if (previous !== null && previous > path)
            return false;
        previous = path;
    }
    return true;
}
/**
 * Merges several reports into one by adding hits. Files present in only some parts are kept as
 * they are; a metric one part lacks (lcov has no statements) comes from the parts that have it.
 */
function mergeCoverage(parts) {
    // One part is already merged and sorted: copying a million-file map would only cost memory.
    const [only] = parts;
    if (parts.length === 1 && only !== undefined)
        return only;
    const files = new Map();
    const formats = [];
    for (const part of parts) {
        formats.push(...part.formats);
        for (const file of part.files.values())
            addFileCoverage(files, file);
    }
    const producer = parts[0]?.producer;
    return toCoverageData(files, formats, parts.every((p) => p.producer === producer) ? producer : undefined);
}

;// CONCATENATED MODULE: ./js/coverage/validate.js
/**
 * The one rule every reader (lcov, istanbul JSON, Cobertura) and the diff parser apply to the
 * numbers they take from a file: a line number is a safe integer ≥ 1, a hit count a safe integer
 * ≥ 0. Anything else (0, 1.5, -3, 1e300, beyond 2^53, NaN) would skew totals or render a link to a
 * line that cannot exist, so it is refused with an error that names the file and the place. Pure.
 */
/** True for a usable 1-based line number. */
function isLineNumber(value) {
    return Number.isSafeInteger(value) && value >= 1;
}
/** True for a usable hit count (`-0`, which some writers print, counts as 0). */
function isHitCount(value) {
    return Number.isSafeInteger(value) && value >= 0;
}
/** How an error shows a value it refuses: JSON for non-strings, cut to 40 characters. */
function showValue(value) {
    if (value === undefined || value === '')
        return '(none)';
    // JSON.stringify gives undefined only for functions and symbols, which JSON input never holds.
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
/** The reason a line number is refused, for messages: "line 0 is not a line number ≥ 1". */
function describeBadLine(value) {
    return `line ${showValue(value)} is not a whole number from 1 to 2^53`;
}
/** The reason a hit count is refused, for messages. */
function describeBadHits(value) {
    return `hit count ${showValue(value)} is not a whole number from 0 to 2^53`;
}

;// CONCATENATED MODULE: ./js/coverage/cobertura-builder.js
/**
 * The part of the Cobertura reader (cobertura.ts) both XML readers share: it receives the elements
 * of a document (from the fast scanner or from saxes) and keeps what Cobertura means, by the path
 * rules given in cobertura.ts.
 */


/** `"50% (1/2)"` -> [1, 2], or null when malformed. */
function parseCondition(value) {
    const open = value.indexOf('(');
    const slash = value.indexOf('/', open);
    const close = value.indexOf(')', slash);
    if (open === -1 || slash === -1 || close === -1)
        return null;
    const covered = Number(value.slice(open + 1, slash));
    const total = Number(value.slice(slash + 1, close));
    if (!isHitCount(covered) || !isHitCount(total) || covered > total)
        return null;
    return [covered, total];
}
/** Whether a record has any attribute. */
function hasAttributes(attrs) {
    for (const _ in attrs)
        return true;
    return false;
}
/** An attribute as the old tree reader saw it: trimmed, or undefined. */
const attr = (attrs, name) => attrs[name]?.trim();
/** Builds the classes of one document from SAX events (see the path rules in the file doc). */
class CoberturaBuilder {
    source;
    classes = [];
    sources = [];
    /** Names of the open elements, root first. */
    stack = [];
    rootName = '';
    rootAttrs = {};
    rootHasChild = false;
    /** The first bad `<line>`, thrown once the whole document has proved well-formed. */
    problem = null;
    cls = null;
    clsFilename;
    clsKeep = false;
    method = null;
    sourceText = null;
    constructor(source) {
        this.source = source;
    }
    /** An element starts (`attrs` may be reused by the reader after the call). */
    open(name, attrs) {
        const { stack } = this;
        const depth = stack.length;
        stack.push(name);
        if (depth === 0) {
            this.rootName = name;
            this.rootAttrs = attrs.toRecord();
            return;
        }
        if (this.rootName !== 'coverage')
            return;
        if (name === 'line') {
            if (depth === 6 && this.cls && stack[5] === 'lines' && stack[4] === 'class')
                this.addLine(this.cls, attrs);
            else if (depth === 8 && this.method && stack[7] === 'lines' && stack[6] === 'method') {
                if (this.method.first === undefined && attrs.count > 0)
                    this.method.first = attrs.toRecord();
            }
        }
        else if (depth === 1) {
            this.rootHasChild = true;
        }
        else if (depth === 2 && name === 'source' && stack[1] === 'sources') {
            this.sourceText = '';
        }
        else if (depth === 4 && name === 'class' && stack[3] === 'classes') {
            if (stack[2] === 'package' && stack[1] === 'packages')
                this.openClass(attrs);
        }
        if (depth === 5 && this.cls)
            this.clsKeep = true;
        else if (depth === 6 && this.cls && name === 'method' && stack[5] === 'methods' && stack[4] === 'class') {
            this.method = { attrs: attrs.toRecord(), first: undefined, hasChild: false };
        }
        else if (depth === 7 && this.method)
            this.method.hasChild = true;
    }
    /** The innermost open element ends. */
    close() {
        const depth = this.stack.length - 1;
        this.stack.pop();
        if (depth === 4 && this.cls) {
            if (this.clsKeep)
                this.classes.push(this.cls);
            this.cls = null;
        }
        else if (depth === 6 && this.method) {
            if (this.cls && (this.method.hasChild || hasAttributes(this.method.attrs)))
                this.addMethod(this.cls, this.method);
            this.method = null;
        }
        else if (depth === 2 && this.sourceText !== null) {
            const text = this.sourceText.trim();
            if (text !== '')
                this.sources.push(text);
            this.sourceText = null;
        }
    }
    /** Whether text is wanted here: only directly inside `<source>`. */
    wantsText() {
        return this.sourceText !== null && this.stack.length === 3;
    }
    /** Character data inside `<source>` (see {@link CoberturaBuilder.wantsText}). */
    text(text) {
        if (this.sourceText !== null && this.stack.length === 3)
            this.sourceText += text;
    }
    openClass(attrs) {
        this.clsFilename = attrs.get('filename')?.trim();
        this.clsKeep = attrs.count > 0;
        this.cls = { raw: this.clsFilename ?? '', lines: new Map(), branches: new Map(), functions: new Map() };
    }
    bad(what) {
        this.problem ??= new CoverageFormatError(`${this.source}: class "${String(this.clsFilename)}" has ${what}; is this a Cobertura report?`);
    }
    addLine(cls, attrs) {
        if (attrs.count === 0)
            return; // (with no attribute there is no number either)
        const number = attrs.getNumber('number');
        const hits = attrs.getNumber('hits');
        if (!isLineNumber(number) || !isHitCount(hits)) {
            const numberText = String(attrs.get('number')?.trim());
            const why = isLineNumber(number)
                ? describeBadHits(attrs.get('hits')?.trim())
                : describeBadLine(numberText);
            this.bad(`a <line> with number="${numberText}" hits="${String(attrs.get('hits')?.trim())}" (${why})`);
            return;
        }
        // Java writes one class per inner class of a file: keep the best count of a repeated line.
        cls.lines.set(number, Math.max(hits, cls.lines.get(number) ?? 0));
        const cond = attrs.get('condition-coverage')?.trim();
        if (cond === undefined || cond === '')
            return;
        const parsed = parseCondition(cond);
        if (!parsed) {
            this.bad(`condition-coverage="${cond}" on line ${number}`);
            return;
        }
        const [covered, total] = parsed;
        const hit = Math.max(hits, 1);
        const outcomes = [];
        for (let i = 0; i < total; i++)
            outcomes.push(i < covered ? hit : 0);
        const branch = { line: number, hits: outcomes };
        // coverage.py names the untaken destinations; kept only when they account for every miss.
        const missing = attrs.get('missing-branches')?.trim();
        if (missing !== undefined && missing !== '') {
            const destinations = missing.split(',').map((d) => d.trim());
            if (destinations.length === total - covered)
                branch.missing = destinations;
        }
        else if (covered === total && attrs.get('branch') !== undefined) {
            branch.missing = []; // coverage.py writes no attribute when nothing is missing
        }
        cls.branches.set(String(number), branch);
    }
    addMethod(cls, method) {
        const name = attr(method.attrs, 'name') ?? '(anonymous)';
        const first = method.first;
        const line = first ? Number(first.number) : 0;
        const hits = Number(attr(method.attrs, 'hits') ?? (first ? attr(first, 'hits') : undefined) ?? 0);
        let id = `${name}@${line}`;
        for (let n = 2; cls.functions.has(id); n++)
            id = `${name}@${line}#${n}`;
        cls.functions.set(id, {
            name,
            line: Number.isFinite(line) ? line : 0,
            hits: Number.isFinite(hits) ? hits : 0,
        });
    }
}
/** The document the builder saw, or the error a well-formed but non-Cobertura document gets. */
function finishDocument(builder, source) {
    // Clover (Jest/Vitest/c8 `clover.xml`) has a <coverage> root too, with a `clover` version and a
    // <project>: read as Cobertura it would be a report of no file.
    if (builder.rootName === 'coverage' && attr(builder.rootAttrs, 'clover') !== undefined) {
        throw new CoverageFormatError(`${source}: this is a Clover report (clover.xml), which covgate does not read; use the ` +
            'coverage-final.json or lcov.info that the same run writes (istanbul reporters json or lcov)');
    }
    if (builder.rootName !== 'coverage' || !(builder.rootHasChild || hasAttributes(builder.rootAttrs))) {
        throw new CoverageFormatError(`${source}: XML root is <${builder.rootName || '?'}>, not Cobertura <coverage>; ` +
            'use a Cobertura report (coverage.xml, cobertura-coverage.xml)');
    }
    if (builder.problem)
        throw builder.problem;
    return { attributes: builder.rootAttrs, sources: builder.sources, classes: builder.classes };
}

;// CONCATENATED MODULE: ./js/coverage/xml-text.js
/**
 * Character-level helpers of the XML scanner (xml-scan.ts): XML 1.0 `Char` checks, entity
 * references, decoding of text and attribute values, and the attributes of the current tag kept
 * as positions in the document (a value becomes a string only when asked for).
 */
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Whether a single UTF-16 unit (not part of a surrogate pair) is outside XML 1.0's `Char`. */
function isBadChar(c) {
    if (c < 32)
        return c !== 9 && c !== 10 && c !== 13;
    return (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
}
const isCodePoint = (n) => n >= 0x10000 ? n <= 0x10ffff : !isBadChar(n) && !(n >= 0xd800 && n <= 0xdfff);
/** The code point of the character reference `&#...;` whose `#` is at `i`, or -1. */
function readCharRef(xml, i, end) {
    const hex = xml.charCodeAt(i + 1) === 120; // lowercase x only, as XML says
    const first = hex ? i + 2 : i + 1;
    if (end === first || end - first > (hex ? 6 : 7))
        return -1;
    let value = 0;
    for (let k = first; k < end; k++) {
        const c = xml.charCodeAt(k);
        let digit;
        if (c >= 48 && c <= 57)
            digit = c - 48;
        else if (hex && c >= 97 && c <= 102)
            digit = c - 87;
        else if (hex && c >= 65 && c <= 70)
            digit = c - 55;
        else
            return -1;
        value = value * (hex ? 16 : 10) + digit;
    }
    return isCodePoint(value) ? value : -1;
}
/** Index after a well-formed, known entity reference starting with `&` at `i`, or -1. */
function checkEntity(xml, i) {
    const semi = xml.indexOf(';', i + 1);
    if (semi < 0 || semi - i > 12)
        return -1;
    if (xml.charCodeAt(i + 1) === 35)
        return readCharRef(xml, i + 1, semi) < 0 ? -1 : semi + 1;
    const name = xml.slice(i + 1, semi);
    return Object.hasOwn(NAMED, name) ? semi + 1 : -1;
}
/**
 * The text of `xml` in [start, end), already checked by the scanner, decoded as character data
 * (`text`), an attribute value (`attribute`) or a CDATA section (`cdata`, no entities).
 */
function decodeRange(xml, start, end, mode) {
    const attribute = mode === 'attribute';
    let out = '';
    let from = start;
    for (let i = start; i < end; i++) {
        const c = xml.charCodeAt(i);
        if (c === 38 && mode !== 'cdata') {
            const semi = xml.indexOf(';', i);
            const ref = xml.charCodeAt(i + 1) === 35 ? String.fromCodePoint(readCharRef(xml, i + 1, semi)) : undefined;
            out += xml.slice(from, i) + (ref ?? NAMED[xml.slice(i + 1, semi)] ?? '');
            i = semi;
            from = semi + 1;
        }
        else if (c === 13 || (attribute && (c === 10 || c === 9))) {
            out += xml.slice(from, i) + (attribute ? ' ' : '\n');
            if (c === 13 && xml.charCodeAt(i + 1) === 10 && i + 1 < end)
                i++;
            from = i + 1;
        }
    }
    return out + xml.slice(from, end);
}
function isSameText(xml, a, b, len) {
    for (let k = 0; k < len; k++)
        if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k))
            return false;
    return true;
}
function isSameName(xml, at, name) {
    for (let k = 0; k < name.length; k++)
        if (xml.charCodeAt(at + k) !== name.charCodeAt(k))
            return false;
    return true;
}
/** The attributes of the current tag as positions in the document (5 numbers each). */
class AttributeSpans {
    xml;
    count = 0;
    spans = [];
    constructor(xml) {
        this.xml = xml;
    }
    reset() {
        this.count = 0;
    }
    /** Adds one attribute; false when its name is already there (not well-formed). */
    add(nameStart, nameEnd, valueStart, valueEnd, special) {
        const { spans, xml } = this;
        const len = nameEnd - nameStart;
        for (let k = 0; k < this.count * 5; k += 5) {
            const s = spans[k];
            if (spans[k + 1] - s === len && isSameText(xml, s, nameStart, len))
                return false;
        }
        const k = this.count * 5;
        spans[k] = nameStart;
        spans[k + 1] = nameEnd;
        spans[k + 2] = valueStart;
        spans[k + 3] = valueEnd;
        spans[k + 4] = special ? 1 : 0;
        this.count++;
        return true;
    }
    find(name) {
        const { spans, xml } = this;
        for (let k = 0; k < this.count * 5; k += 5) {
            const s = spans[k];
            if (spans[k + 1] - s === name.length &&
                xml.charCodeAt(s) === name.charCodeAt(0) &&
                isSameName(xml, s, name)) {
                return k;
            }
        }
        return -1;
    }
    value(k) {
        const start = this.spans[k + 2];
        const end = this.spans[k + 3];
        return this.spans[k + 4] ? decodeRange(this.xml, start, end, 'attribute') : this.xml.slice(start, end);
    }
    get(name) {
        const k = this.find(name);
        return k < 0 ? undefined : this.value(k);
    }
    getNumber(name) {
        const k = this.find(name);
        if (k < 0)
            return NaN;
        const start = this.spans[k + 2];
        const end = this.spans[k + 3];
        // Plain digits are read in place; anything else goes through Number() like the strict path.
        if (this.spans[k + 4] === 0 && end > start && end - start <= 15) {
            let value = 0;
            let i = start;
            for (; i < end; i++) {
                const c = this.xml.charCodeAt(i);
                if (c < 48 || c > 57)
                    break;
                value = value * 10 + (c - 48);
            }
            if (i === end)
                return value;
        }
        return Number(this.value(k));
    }
    toRecord() {
        const record = Object.create(null);
        for (let k = 0; k < this.count * 5; k += 5) {
            record[this.xml.slice(this.spans[k], this.spans[k + 1])] = this.value(k);
        }
        return record;
    }
}

;// CONCATENATED MODULE: ./js/coverage/xml-scan.js
/**
 * A small, fast XML tokenizer for the plain XML that coverage tools write. It walks the string
 * with `charCodeAt` and gives up (returns false) on anything it does not handle with certainty,
 * so that the caller can hand the text to a strict parser that reports the exact problem.
 *
 * Handled: the BOM, an XML 1.0 declaration at the start, one `<!DOCTYPE>` without internal subset
 * before the root, comments, processing instructions, CDATA, elements with `"`/`'`-quoted
 * attributes, the five predefined entities and character references. Line ends are normalised as
 * XML says (`\r\n` and `\r` become `\n` in text; `\t`, `\n`, `\r\n`, `\r` become a space in
 * attribute values). Names must be ASCII. Every character is checked against XML 1.0's `Char`;
 * one outside the BMP (a surrogate pair) makes it give up too. So does anything else — a
 * mismatched or unclosed tag, a duplicate or unquoted attribute, `<` in a value, an unknown entity,
 * a second root, text outside the root, an `<?xml...` target anywhere but at the start.
 *
 * It never uses a regular expression per element (only for the declaration, and per PI).
 */

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUAL = 61;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const CLOSE_BRACKET = 93;
// Classes of the ASCII characters: one table look-up instead of several comparisons each.
const NAME_START = 1;
const xml_scan_NAME = 2;
const SPACE = 4;
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    let k = 0;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58)
        k |= NAME_START | xml_scan_NAME;
    if ((c >= 48 && c <= 57) || c === 45 || c === 46)
        k |= xml_scan_NAME;
    if (c === 32 || c === 10 || c === 9 || c === 13)
        k |= SPACE;
    CLASSES[c] = k;
}
const is = (c, k) => c < 128 && (CLASSES[c] & k) !== 0;
/**
 * Whether a UTF-16 unit is outside XML 1.0's `Char` or a surrogate: a character outside the BMP,
 * rare in coverage reports, thus leaves the document to the strict parser.
 */
const isOdd = (c) => c < 32 ? c !== 9 && c !== 10 && c !== 13 : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe);
/** Whether [start, end) holds an odd character (see isOdd); for the rare comments and PIs. */
function hasOdd(xml, start, end) {
    for (let i = start; i < end; i++)
        if (isOdd(xml.charCodeAt(i)))
            return true;
    return false;
}
const XML_DECL = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;
function xml_scan_isSameText(xml, at, text) {
    for (let k = 0; k < text.length; k++)
        if (xml.charCodeAt(at + k) !== text.charCodeAt(k))
            return false;
    return true;
}
/** Element names seen so far, so that each name is sliced once per document. */
class NameCache {
    xml;
    names = [];
    /** The name found last: most elements are siblings with the same name. */
    last = '';
    constructor(xml) {
        this.xml = xml;
    }
    get(start, end) {
        const { xml, last } = this;
        const len = end - start;
        if (last.length === len && xml_scan_isSameText(xml, start, last))
            return last;
        for (const name of this.names) {
            if (name.length === len && xml_scan_isSameText(xml, start, name))
                return (this.last = name);
        }
        // Internalised (as a property key is), so that comparing it with a literal is cheap.
        const name = Object.keys({ [xml.slice(start, end)]: 0 })[0];
        if (this.names.length < 64)
            this.names.push(name);
        return (this.last = name);
    }
}
/** One pass over a document; every method returns the index after what it read, or -1. */
class Scanner {
    xml;
    handler;
    n;
    names;
    attrs;
    stack = [];
    sawRoot = false;
    sawDoctype = false;
    /** Where the name of the last start tag read ends. */
    nameEnd = 0;
    /** Whether the last start tag read was `<name .../>`. */
    selfClosing = false;
    constructor(xml, handler) {
        this.xml = xml;
        this.handler = handler;
        this.n = xml.length;
        this.names = new NameCache(xml);
        this.attrs = new AttributeSpans(xml);
    }
    /** Character data from `i` up to the next `<` (or the end); outside the root only whitespace. */
    text(i) {
        const { xml, n } = this;
        const outside = this.stack.length === 0;
        for (; i < n; i++) {
            const c = xml.charCodeAt(i);
            if (c === LT)
                break;
            if (c === AMP) {
                i = outside ? -1 : checkEntity(xml, i) - 1;
                if (i < 0)
                    return -1;
            }
            else if (c === CLOSE_BRACKET) {
                if (outside || xml.startsWith(']]>', i))
                    return -1;
            }
            else if (outside ? !is(c, SPACE) : isOdd(c))
                return -1;
        }
        return i;
    }
    /** A start tag whose `<` is at `i`; its attributes go to `this.attrs`. */
    startTag(i) {
        const { xml, n, attrs } = this;
        let j = i + 2;
        while (j < n && is(xml.charCodeAt(j), xml_scan_NAME))
            j++;
        this.nameEnd = j;
        attrs.reset();
        let spaced = false;
        for (;;) {
            if (j >= n)
                return -1;
            const c = xml.charCodeAt(j);
            if (is(c, SPACE)) {
                spaced = true;
                j++;
                continue;
            }
            if (c === GT) {
                this.selfClosing = false;
                return j + 1;
            }
            if (c === SLASH) {
                this.selfClosing = true;
                return xml.charCodeAt(j + 1) === GT ? j + 2 : -1;
            }
            if (!spaced || !is(c, NAME_START))
                return -1;
            const nameStart = j++;
            while (j < n && is(xml.charCodeAt(j), xml_scan_NAME))
                j++;
            const nameEnd = j;
            while (j < n && is(xml.charCodeAt(j), SPACE))
                j++;
            if (xml.charCodeAt(j) !== EQUAL)
                return -1;
            j++;
            while (j < n && is(xml.charCodeAt(j), SPACE))
                j++;
            const q = xml.charCodeAt(j);
            if (q !== QUOT && q !== APOS)
                return -1;
            const valueStart = ++j;
            // Entities are decoded, and tabs and line ends become spaces, only when the value has any.
            let special = false;
            for (;; j++) {
                if (j >= n)
                    return -1;
                const c = xml.charCodeAt(j);
                if (c === q)
                    break;
                if (c >= 32 && c < 0xd800 && c !== LT && c !== AMP)
                    continue;
                if (c === LT || isOdd(c))
                    return -1;
                special = true;
                if (c === AMP) {
                    j = checkEntity(xml, j) - 1;
                    if (j < 0)
                        return -1;
                }
            }
            if (!attrs.add(nameStart, nameEnd, valueStart, j, special))
                return -1;
            j++;
            spaced = false;
        }
    }
    /** An end tag whose `<` is at `i`: it must close the innermost open element. */
    endTag(i) {
        const { xml, n } = this;
        const name = this.stack.pop();
        if (name === undefined || !xml_scan_isSameText(xml, i + 2, name))
            return -1;
        let j = i + 2 + name.length;
        while (j < n && is(xml.charCodeAt(j), SPACE))
            j++;
        return xml.charCodeAt(j) === GT ? j + 1 : -1;
    }
    /** `<!--`, `<![CDATA[` or `<!DOCTYPE` at `i`. */
    bang(i) {
        const { xml, n } = this;
        if (xml.startsWith('<!--', i)) {
            // No `--` inside (this also rules out `--->`): the first `--` must start `-->`.
            const end = xml.indexOf('-->', i + 4);
            return end < 0 || xml.indexOf('--', i + 4) !== end || hasOdd(xml, i + 4, end) ? -1 : end + 3;
        }
        if (xml.startsWith('<![CDATA[', i)) {
            const end = xml.indexOf(']]>', i + 9);
            if (this.stack.length === 0 || end < 0 || hasOdd(xml, i + 9, end))
                return -1;
            if (this.handler.wantsText())
                this.handler.text(decodeRange(xml, i + 9, end, 'cdata'));
            return end + 3;
        }
        if (!xml.startsWith('<!DOCTYPE', i) || !is(xml.charCodeAt(i + 9), SPACE))
            return -1;
        if (this.sawRoot || this.sawDoctype)
            return -1;
        this.sawDoctype = true;
        let q = 0;
        for (let j = i + 10; j < n; j++) {
            const c = xml.charCodeAt(j);
            if (q !== 0) {
                if (c === q)
                    q = 0;
            }
            else if (c === QUOT || c === APOS)
                q = c;
            else if (c === GT)
                return j + 1;
            else if (c === 91 || c === LT)
                return -1; // an internal subset, or not certain
            if (isOdd(c))
                return -1;
        }
        return -1;
    }
    /** A processing instruction at `i`; a target starting with "xml" is reserved: not certain. */
    instruction(i) {
        const { xml, n } = this;
        let j = i + 2;
        if (!is(xml.charCodeAt(j), NAME_START) || /^xml/i.test(xml.slice(j, j + 3)))
            return -1;
        while (j < n && is(xml.charCodeAt(j), xml_scan_NAME))
            j++;
        const end = xml.indexOf('?>', j);
        return end < 0 || (end > j && !is(xml.charCodeAt(j), SPACE)) || hasOdd(xml, j, end) ? -1 : end + 2;
    }
    /** The whole document; false when not certain. */
    run() {
        const { xml, n, stack, handler } = this;
        let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
        if (xml.startsWith('<?xml', i)) {
            XML_DECL.lastIndex = i;
            if (!XML_DECL.test(xml))
                return false;
            i = XML_DECL.lastIndex;
        }
        while (i < n) {
            if (xml.charCodeAt(i) !== LT) {
                const start = i;
                i = this.text(i);
                if (i < 0)
                    return false;
                if (stack.length > 0 && handler.wantsText())
                    handler.text(decodeRange(xml, start, i, 'text'));
                if (i >= n)
                    break;
            }
            const c1 = xml.charCodeAt(i + 1);
            if (is(c1, NAME_START)) {
                if (this.sawRoot && stack.length === 0)
                    return false;
                const end = this.startTag(i);
                if (end < 0)
                    return false;
                this.sawRoot = true;
                const name = this.names.get(i + 1, this.nameEnd);
                handler.open(name, this.attrs);
                if (this.selfClosing)
                    handler.close();
                else
                    stack.push(name);
                i = end;
            }
            else if (c1 === SLASH) {
                i = this.endTag(i);
                if (i < 0)
                    return false;
                handler.close();
            }
            else {
                i = c1 === BANG ? this.bang(i) : c1 === QUESTION ? this.instruction(i) : -1;
                if (i < 0)
                    return false;
            }
        }
        return this.sawRoot && stack.length === 0;
    }
}
/**
 * Scans `xml`, reporting elements and wanted text to `handler`. Returns false — possibly after
 * some events were reported — when the document holds anything this scanner does not handle
 * with certainty; the caller must then discard what it built and use a strict parser.
 */
function scanXml(xml, handler) {
    return new Scanner(xml, handler).run();
}

;// CONCATENATED MODULE: ./js/coverage/cobertura.js
/**
 * Reader of Cobertura XML in both common dialects:
 * - istanbul's `cobertura` reporter (c8, nyc, jest, vitest): `<source>` is the project root,
 *   `filename` is relative to it, `<methods>` lists the functions;
 * - coverage.py / pytest-cov `coverage.xml`: one `<source>` per `--cov` directory, `filename`
 *   relative to one of them, package/class nesting by directory, `<methods/>` always empty.
 *
 * Lines come from `<line hits>`. Branches come from `condition-coverage="50% (1/2)"`: the line
 * becomes one branch point with 2 outcomes, 1 of them hit (Cobertura does not say which, so the
 * covered outcomes get the line's hits); coverage.py adds `missing-branches="50,exit"`, the untaken
 * destinations, kept on the branch so that merged runs equal `coverage combine`. Functions come from `<method>` when the report has any,
 * else `null`. Statements are always `null`.
 *
 * Branches are `null` (not measured) when no line anywhere has `condition-coverage` and the root
 * says no branches were measured: `branch-rate` absent, or `branches-valid="0"` with
 * `branch-rate="0"` — coverage.py's output without `--cov-branch`. (With branch measurement and
 * no branch in the code, coverage.py and istanbul both write `branch-rate="1"`: a measured 0/0.)
 *
 * The XML is read in one pass without building an object tree: first by the fast scanner of
 * xml-scan.ts, which gives up on anything it does not handle with certainty; then, only if it gave
 * up, by saxes (a strict, non-validating SAX parser: any well-formedness error, such as a truncated
 * file, stops it and names its line). Both feed the same builder, so the result is the same.
 * Only elements at their Cobertura place count: `coverage/packages/package/classes/class`, its
 * `lines/line` and `methods/method/lines/line`, and `coverage/sources/source`. A `<line>`,
 * `<method>` or `<class>` without attributes or child elements is skipped, as before.
 */






/** saxes' attribute record seen through the {@link AttributeReader} the builder reads. */
class RecordAttributes {
    record = {};
    get count() {
        let count = 0;
        for (const _ in this.record)
            count++;
        return count;
    }
    get(name) {
        return this.record[name];
    }
    getNumber(name) {
        return Number(this.record[name]);
    }
    toRecord() {
        return this.record;
    }
}
/**
 * Reads Cobertura XML with the fast scanner only. Returns null when the scanner gave up (the
 * XML has something it does not handle with certainty, or is not well-formed); else the same
 * document, or the same CoverageFormatError, as {@link parseCoberturaXmlStrictly}.
 */
function scanCoberturaXml(text, source) {
    const builder = new CoberturaBuilder(source);
    return scanXml(text, builder) ? finishDocument(builder, source) : null;
}
/** Reads Cobertura XML with saxes only: the reference the fast scanner must agree with. */
function parseCoberturaXmlStrictly(text, source) {
    const builder = new CoberturaBuilder(source);
    const parser = new saxes/* SaxesParser */.wT();
    parser.on('error', (error) => {
        const msg = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
        throw new CoverageFormatError(`${source}:${parser.line}: invalid XML (${msg}); is the file truncated?`);
    });
    // Text is only kept inside <source>: listening to all of it costs time on every <line>.
    const onText = (t) => builder.text(t);
    const attrs = new RecordAttributes();
    parser.on('opentag', (tag) => {
        attrs.record = tag.attributes;
        builder.open(tag.name, attrs);
        if (builder.wantsText()) {
            parser.on('text', onText);
            parser.on('cdata', onText);
        }
    });
    parser.on('closetag', () => {
        if (builder.wantsText()) {
            parser.off('text');
            parser.off('cdata');
        }
        builder.close();
    });
    parser.write(text).close();
    return finishDocument(builder, source);
}
/**
 * Reads Cobertura XML text in one pass (fast scanner, else saxes). Throws CoverageFormatError
 * naming `source`: first for XML that is not well-formed (with its line), then for a root other
 * than `<coverage>`, then for the first `<line>` with a bad number, hit count or condition-coverage.
 */
function parseCoberturaXml(text, source) {
    return scanCoberturaXml(text, source) ?? parseCoberturaXmlStrictly(text, source);
}
/** Reads a Cobertura document (from {@link parseCoberturaXml}) into the common model. */
function readCobertura(doc, source, opts) {
    void source; // errors are all found while parsing; kept for the readers' common signature
    const sourceRoots = doc.sources;
    const classes = doc.classes;
    const hasMethods = classes.some((c) => c.functions.size > 0);
    const branchRate = attr(doc.attributes, 'branch-rate');
    const noBranchesMeasured = branchRate === undefined ||
        (Number(attr(doc.attributes, 'branches-valid')) === 0 && Number(branchRate) === 0);
    const hasBranches = classes.some((c) => c.branches.size > 0) || !noBranchesMeasured;
    const files = new Map();
    const dropped = [];
    const toRepoPath = createRepoPathResolver({ ...opts, sourceRoots });
    for (const cls of classes) {
        const path = toRepoPath(cls.raw);
        if (path === null) {
            dropped.push(sourceRoots.length > 0 && !/^([/\\]|[a-zA-Z]:)/.test(cls.raw)
                ? `${sourceRoots[0]}/${cls.raw}`
                : cls.raw);
            continue;
        }
        addFileCoverage(files, {
            path,
            lines: cls.lines,
            statements: null,
            functions: hasMethods ? cls.functions : null,
            branches: hasBranches ? cls.branches : null,
        });
    }
    return {
        data: toCoverageData(files, ['cobertura'], isCoveragePy(doc) ? 'coverage.py' : undefined),
        dropped,
    };
}
/**
 * coverage.py writes `version` as its own release (`6.5.0`) and never lists methods; istanbul
 * writes `version="0.1"`, Java's Cobertura and others list `<method>`s or prefix their name.
 */
function isCoveragePy(doc) {
    const version = attr(doc.attributes, 'version') ?? '';
    return (/^\d+\.\d+\.\d+/.test(version) && version !== '0.1' && doc.classes.every((c) => c.functions.size === 0));
}

;// CONCATENATED MODULE: ./js/coverage/istanbul.js
/**
 * Reader of istanbul `coverage-final.json` (c8, nyc, jest, vitest: reporter "json").
 *
 * Counts exactly as istanbul-lib-coverage does: statements from `s`, functions from `f`, branch
 * outcomes from `b`, and lines from the statements (a line's hits are the max over the statements
 * starting on it: `getLineCoverage`). It walks the parsed JSON directly instead of building
 * istanbul `FileCoverage` objects, because reports of tens of MB must be read fast.
 */




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isRange(v) {
    return isObject(v) && isObject(v.start) && isObject(v.end) && typeof v.start.line === 'number';
}
/** Location id of a range; ids that repeat within one file get a `#n` suffix so nothing is lost. */
function idOf(range, fallback, seen) {
    let id = range ? locationId(range.start.line, range.start.column, range.end.line, range.end.column) : '';
    if (id === '' || seen.has(id))
        id = `${id}#${fallback}`;
    seen.add(id);
    return id;
}
/** True when `value` looks like a file entry of coverage-final.json. */
function isIstanbulFile(value) {
    return isObject(value) && isObject(value.statementMap) && isObject(value.s) && isObject(value.fnMap);
}
/**
 * The line a function or branch is at: 0 when the report gives none (the model's "unknown"), the
 * line when it is a real one, else the error `fail` makes of the reason.
 */
function lineOf(given, fail) {
    if (given === undefined)
        return 0;
    if (isLineNumber(given))
        return given;
    throw fail(describeBadLine(given));
}
function istanbul_readFile(raw, key, source) {
    const bad = (what) => new CoverageFormatError(`${source}: entry "${key}" has ${what}; regenerate it with the "json" reporter (coverage-final.json)`);
    const statementMap = raw.statementMap;
    const s = raw.s;
    const fnMap = isObject(raw.fnMap) ? raw.fnMap : {};
    const f = isObject(raw.f) ? raw.f : {};
    const branchMap = isObject(raw.branchMap) ? raw.branchMap : {};
    const b = isObject(raw.b) ? raw.b : {};
    const lines = new Map();
    const statements = new Map();
    let seen = new Set();
    for (const id in s) {
        const hits = s[id];
        if (!isHitCount(hits))
            throw bad(`statement count s["${id}"] = ${showValue(hits)}, not a whole number ≥ 0`);
        const loc = statementMap[id];
        // istanbul counts every key of `s` as a statement, but getLineCoverage skips unlocated ones.
        if (isRange(loc)) {
            const line = loc.start.line;
            if (!isLineNumber(line))
                throw bad(`statementMap["${id}"] starting at ${describeBadLine(line)}`);
            const prev = lines.get(line);
            if (prev === undefined || prev < hits)
                lines.set(line, hits);
            statements.set(idOf(loc, id, seen), hits);
        }
        else {
            statements.set(idOf(undefined, id, seen), hits);
        }
    }
    const functions = new Map();
    seen = new Set();
    for (const id in f) {
        const hits = f[id];
        if (!isHitCount(hits))
            throw bad(`function count f["${id}"] = ${showValue(hits)}, not a whole number ≥ 0`);
        const fn = fnMap[id];
        const meta = isObject(fn) ? fn : {};
        const loc = isRange(meta.loc) ? meta.loc : undefined;
        const decl = isRange(meta.decl) ? meta.decl : loc;
        const line = lineOf(decl?.start.line ?? meta.line, (why) => bad(`fnMap["${id}"] at ${why}`));
        const name = typeof meta.name === 'string' ? meta.name : `(function ${id})`;
        functions.set(idOf(loc, id, seen), { name, line, hits });
    }
    const branches = new Map();
    seen = new Set();
    for (const id in b) {
        const hits = b[id];
        if (!Array.isArray(hits) || !hits.every(isHitCount)) {
            throw bad(`branch counts b["${id}"] = ${showValue(hits)}, not an array of whole numbers ≥ 0`);
        }
        const br = branchMap[id];
        const meta = isObject(br) ? br : {};
        const first = Array.isArray(meta.locations) ? meta.locations[0] : undefined;
        const loc = isRange(first) ? first : isRange(meta.loc) ? meta.loc : undefined;
        const line = lineOf(meta.line ?? loc?.start.line, (why) => bad(`branchMap["${id}"] at ${why}`));
        branches.set(idOf(loc, id, seen), { line, hits });
    }
    return { lines, statements, functions, branches };
}
/**
 * Reads a parsed coverage-final.json. `value` must already be the result of JSON.parse; the
 * caller detected the format. Paths outside the root are returned in `dropped`.
 */
function readIstanbul(value, source, opts) {
    const files = new Map();
    const dropped = [];
    const toRepoPath = createRepoPathResolver(opts);
    for (const key in value)
        readIstanbulEntry(files, dropped, key, value[key], source, toRepoPath);
    return { data: toCoverageData(files, ['istanbul']), dropped };
}
/**
 * Adds one entry (`key`: its parsed value) of coverage-final.json to `files`, or its path to
 * `dropped` when it lies outside the root (shared with the streaming reader, istanbul-stream.ts).
 */
function readIstanbulEntry(files, dropped, key, value, source, toRepoPath) {
    let entry = value;
    // Old istanbul serialised FileCoverage objects as { data: {...} }.
    if (isObject(entry) && !isIstanbulFile(entry)) {
        const inner = entry.data;
        if (isIstanbulFile(inner))
            entry = inner;
    }
    if (!isObject(entry) || !isIstanbulFile(entry)) {
        throw new CoverageFormatError(`${source}: entry "${key}" is not istanbul file coverage (statementMap, s, fnMap, f, branchMap, b); ` +
            'point covgate at coverage-final.json from the "json" reporter');
    }
    const raw = typeof entry.path === 'string' && entry.path !== '' ? entry.path : key;
    const path = toRepoPath(raw);
    if (path === null) {
        dropped.push(raw);
        return;
    }
    const file = { path, ...istanbul_readFile(entry, key, source) };
    addFileCoverage(files, entry.all === true ? markPlaceholder(file) : file);
}

;// CONCATENATED MODULE: ./js/coverage/istanbul-stream.js
/**
 * Reads a big istanbul `coverage-final.json` without one `JSON.parse` of the whole file: the file
 * is read in chunks, a byte scanner finds where each top-level entry's object starts and ends, and
 * each entry alone is parsed and folded into the model. Peak memory is one chunk, one entry and the
 * model, instead of the whole text plus its whole object tree (bench/coverage-read.mjs).
 *
 * The result must equal `parseCoverage` on the whole text, so anything this scanner does not handle
 * with certainty — not an object of objects, duplicate or integer-like keys (JSON.parse would order
 * or merge those differently), a first entry that is not istanbul file coverage, any syntax error —
 * returns `null` and the caller reads the file the ordinary way, whose messages stay the only ones.
 */





const CHUNK = 1 << 22;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
// A key JSON.parse would move to the front of the object (an array index).
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
/** What may come next at depth 1 (between the entries). */
var Expect;
(function (Expect) {
    Expect[Expect["FirstKeyOrEnd"] = 0] = "FirstKeyOrEnd";
    Expect[Expect["Colon"] = 1] = "Colon";
    Expect[Expect["Value"] = 2] = "Value";
    Expect[Expect["CommaOrEnd"] = 3] = "CommaOrEnd";
    Expect[Expect["Key"] = 4] = "Key";
})(Expect || (Expect = {}));
const isBlank = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Offset of the `{` the file starts with (after a BOM and blanks), or null. */
function objectStart(buf, n) {
    let i = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    while (i < n && isBlank(buf[i]))
        i++;
    return i < n && buf[i] === OPEN ? i : null;
}
/**
 * Reads `file` as istanbul coverage-final.json entry by entry; `null` when the ordinary reader
 * must decide (see the file comment). `source` names the file in messages.
 */
function readIstanbulStreaming(file, source, opts, chunkSize = CHUNK) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        return scanFile(fd, source, opts, chunkSize);
    }
    catch (error) {
        // An entry the reader rejects: the ordinary reader decides which problem to report first.
        if (error instanceof CoverageFormatError)
            return null;
        throw error;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The scan proper: one pass over the bytes, one `JSON.parse` per entry; reads of `chunkSize` bytes. */
function scanFile(fd, source, opts, chunkSize) {
    const files = new Map();
    const dropped = [];
    const keys = new Set();
    const toRepoPath = createRepoPathResolver(opts);
    let first = true;
    // One buffer for the whole file: an unfinished key or entry moves to its front and the next read
    // goes after it (it grows only for an entry longer than a chunk), so reading allocates nothing.
    let work = Buffer.allocUnsafe(2 * chunkSize);
    let n = (0,external_node_fs_namespaceObject.readSync)(fd, work, 0, chunkSize, null);
    const start = objectStart(work, n);
    if (start === null)
        return null;
    let buf = work.subarray(start + 1, n);
    let depth = 1;
    let inString = false;
    let expect = Expect.FirstKeyOrEnd;
    // Where the current key string or entry object began in `buf` (-1: none), and the last key.
    let mark = -1;
    let key = '';
    let i = 0;
    for (;;) {
        const len = buf.length;
        while (i < len) {
            if (inString) {
                const q = buf.indexOf(QUOTE, i);
                if (q < 0) {
                    i = len;
                    break;
                }
                // The string's opening quote stops this walk, so escapes are counted within the string.
                let b = q - 1;
                while (buf[b] === BACKSLASH)
                    b--;
                i = q + 1;
                if ((q - 1 - b) % 2 === 1)
                    continue;
                inString = false;
                if (depth === 1) {
                    const parsed = parseKey(buf, mark, i);
                    if (parsed === null || keys.has(parsed) || INDEX_KEY.test(parsed))
                        return null;
                    keys.add(parsed);
                    key = parsed;
                    mark = -1;
                    expect = Expect.Colon;
                }
                continue;
            }
            const c = buf[i];
            if (depth >= 2) {
                if (c === QUOTE)
                    inString = true;
                else if (c === OPEN || c === OPEN_ARRAY)
                    depth++;
                else if (c === CLOSE || c === CLOSE_ARRAY) {
                    if (--depth === 1) {
                        let entry;
                        try {
                            entry = JSON.parse(buf.toString('utf8', mark, i + 1));
                        }
                        catch {
                            return null;
                        }
                        if (first &&
                            !isIstanbulFile(entry) &&
                            !isIstanbulFile(entry?.data)) {
                            return null;
                        }
                        first = false;
                        readIstanbulEntry(files, dropped, key, entry, source, toRepoPath);
                        mark = -1;
                        expect = Expect.CommaOrEnd;
                    }
                }
            }
            else if (depth === 1) {
                if (isBlank(c)) {
                    // between tokens
                }
                else if (c === QUOTE && (expect === Expect.FirstKeyOrEnd || expect === Expect.Key)) {
                    inString = true;
                    mark = i;
                }
                else if (c === 0x3a && expect === Expect.Colon)
                    expect = Expect.Value;
                else if (c === OPEN && expect === Expect.Value) {
                    depth = 2;
                    mark = i;
                }
                else if (c === 0x2c && expect === Expect.CommaOrEnd)
                    expect = Expect.Key;
                else if (c === CLOSE && (expect === Expect.CommaOrEnd || expect === Expect.FirstKeyOrEnd))
                    depth = 0;
                else
                    return null;
            }
            else if (!isBlank(c))
                return null; // only blanks may follow the top-level object
            i++;
        }
        // Carry the unfinished key or entry over; the scan resumes where it stopped.
        const carried = mark >= 0 ? buf.length - mark : 0;
        if (carried + chunkSize > work.length) {
            const bigger = Buffer.allocUnsafe(Math.max(2 * work.length, carried + chunkSize));
            buf.copy(bigger, 0, mark);
            work = bigger;
        }
        else if (carried > 0) {
            buf.copy(work, 0, mark); // copy handles the overlap (memmove)
        }
        n = (0,external_node_fs_namespaceObject.readSync)(fd, work, carried, chunkSize, null);
        if (n === 0)
            break;
        buf = work.subarray(0, carried + n);
        i = carried;
        if (mark >= 0)
            mark = 0;
    }
    if (depth !== 0 || first)
        return null;
    return { data: toCoverageData(files, ['istanbul']), dropped };
}
/** The key string at buf[from..to) (quotes included), or null when JSON.parse rejects it. */
function parseKey(buf, from, to) {
    try {
        const key = JSON.parse(buf.toString('utf8', from, to));
        return typeof key === 'string' ? key : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./js/coverage/line-hits.js
/**
 * A file's line hit counts in one flat array, for readers of reports with very many files: a
 * `Map` with two lines costs ~190 bytes, this ~110 (a million-file lcov report: 80 MB less).
 * Read like a `Map` through {@link LineCounts}. Pure.
 */
/** Line -> hits of one file, in ascending line order, each line once. Never changed once made. */
class LineHits {
    /** `[line, hits, line, hits, …]`, lines ascending and unique. */
    pairs;
    /** From `pairs` as described on the field, kept as given (the caller gives up the array). */
    constructor(pairs) {
        this.pairs = pairs;
    }
    get size() {
        return this.pairs.length / 2;
    }
    get(line) {
        const at = findLine(this.pairs, line);
        return at < 0 ? undefined : this.pairs[at + 1];
    }
    *[Symbol.iterator]() {
        const { pairs } = this;
        for (let i = 0; i < pairs.length; i += 2)
            yield [pairs[i] ?? 0, pairs[i + 1] ?? 0];
    }
    *keys() {
        const { pairs } = this;
        for (let i = 0; i < pairs.length; i += 2)
            yield pairs[i] ?? 0;
    }
    *values() {
        const { pairs } = this;
        for (let i = 1; i < pairs.length; i += 2)
            yield pairs[i] ?? 0;
    }
}
/**
 * LineHits of `pairs` (`[line, hits, …]`) in any order; a line listed twice keeps its last hits, as
 * a `Map` would. The array is kept when it is in order already.
 */
function lineHitsOf(pairs) {
    let sorted = true;
    for (let i = 2; i < pairs.length && sorted; i += 2)
        sorted = (pairs[i - 2] ?? 0) < (pairs[i] ?? 0);
    if (sorted)
        return new LineHits(pairs);
    const byLine = new Map();
    for (let i = 0; i < pairs.length; i += 2)
        byLine.set(pairs[i] ?? 0, pairs[i + 1] ?? 0);
    const out = [];
    for (const line of [...byLine.keys()].sort((a, b) => a - b))
        out.push(line, byLine.get(line) ?? 0);
    return new LineHits(out);
}
/**
 * Index of `line` in `pairs` (`[line, hits, …]`, lines ascending), or `-(insertion index) - 1`
 * when absent: a binary search over the even indexes.
 */
function findLine(pairs, line) {
    let low = 0;
    let high = pairs.length / 2 - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const at = pairs[mid * 2] ?? 0;
        if (at === line)
            return mid * 2;
        if (at < line)
            low = mid + 1;
        else
            high = mid - 1;
    }
    return -(low * 2) - 1;
}

;// CONCATENATED MODULE: ./js/coverage/lcov-file.js
/**
 * One lcov SF ... end_of_record block while it is read, the FileCoverage it becomes, and
 * the in-place readers of DA and BRDA, nearly every line of a tracefile. Pure.
 */

/** The function index of `file`, made on first use (most files of big reports have none). */
function functionIndex(file) {
    file.index ??= { byName: new Map(), fndaSeen: new Map(), byIndex: new Map() };
    return file.index;
}
/** An empty file of the SF record `raw`. */
function newOpenFile(raw) {
    return {
        raw,
        lines: [],
        maxLine: -1,
        functions: null,
        index: null,
        branches: null,
        maxBranchLine: -1,
        lastBranch: null,
        lastLine: -1,
        lastBlock: '',
    };
}
/** Adds `hits` to line `line`; a line above every line seen so far (nearly all) is appended. */
function addLineHits(file, line, hits) {
    const { lines } = file;
    if (line > file.maxLine) {
        file.maxLine = line;
        lines.push(line, 0 + hits); // as the sum below: a `-0` (DA:1,-0) counts as 0
        return;
    }
    const at = findLine(lines, line);
    if (at >= 0)
        lines[at + 1] = (lines[at + 1] ?? 0) + hits;
    else
        lines.splice(-at - 1, 0, line, 0 + hits);
}
/**
 * The file of a block whose end_of_record is read, its path made repo-relative (in report order,
 * as the resolver learns other checkouts' roots in that order). Its maps stay `null` when empty
 * until the end: a report of a million files must not make (or keep) two million empty maps.
 */
function closeFile(f, path) {
    return {
        path: ownCopy(path),
        lines: closeLines(f),
        statements: null,
        functions: f.functions,
        branches: f.branches,
    };
}
/**
 * `text` as a string of its own. A repo path is a substring of the absolute path it was made from
 * (or of the report's text), and V8 keeps a substring's whole parent alive: ~80 bytes a path
 * instead of ~40, for as long as the model lives.
 */
function ownCopy(text) {
    const copy = JSON.parse(JSON.stringify(text));
    return typeof copy === 'string' ? copy : text;
}
/** The line hits of a closed block, in an array of their exact size (a push leaves spare room). */
function closeLines(file) {
    return new LineHits(file.lines.slice());
}
/** Appends one outcome to the branch point `line`:`block`, creating it on its first outcome. */
function addBranchHit(file, line, block, taken) {
    const id = `${line}:${block}`;
    const branches = (file.branches ??= new Map());
    const known = line > file.maxBranchLine ? undefined : branches.get(id);
    if (line > file.maxBranchLine)
        file.maxBranchLine = line;
    let branch = known;
    if (branch === undefined) {
        branch = { line, hits: [taken] };
        branches.set(id, branch);
    }
    else {
        pushHit(branch, taken);
    }
    file.lastBranch = branch;
    file.lastLine = line;
    file.lastBlock = block;
}
/**
 * Appends an outcome. An array literal has its exact size, a push adds 16 spare slots: most branch
 * points have two outcomes, so the second one makes a new pair.
 */
function pushHit(branch, taken) {
    const hits = branch.hits;
    if (hits.length === 1)
        branch.hits = [hits[0] ?? 0, taken];
    else
        hits.push(taken);
}
/** Start of the next line when a line ends at `i` (a line feed, CRLF or the end), else -1. */
function nextLine(text, i) {
    const c = text.charCodeAt(i);
    if (c === 10)
        return i + 1;
    if (c === 13 && text.charCodeAt(i + 1) === 10)
        return i + 2;
    return i === text.length ? i + 1 : -1;
}
/**
 * DA and BRDA are nearly every line of a tracefile: their common form (all-digit numbers of up to
 * 15 digits, no blank) is read in place, numbers and all, without slicing the line or searching
 * its end first. These return the start of the next line, or -1 to let the general path handle
 * (or reject) the line, which reads that form to the same result.
 */
function readDaInPlace(file, text, start) {
    // DA:<line>,<hits>[,<checksum>]
    if (text.charCodeAt(start + 1) !== 65 || text.charCodeAt(start + 2) !== 58)
        return -1;
    let i = start + 3;
    let line = 0;
    for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
        line = line * 10 + d;
    // Line 0 is left to the general path, which refuses it with a message.
    if (i === start + 3 || i - start - 3 > 15 || line === 0 || text.charCodeAt(i) !== 44)
        return -1;
    const from = ++i;
    let hits = 0;
    for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
        hits = hits * 10 + d;
    if (i === from || i - from > 15)
        return -1;
    let next = nextLine(text, i);
    if (next === -1 && text.charCodeAt(i) === 44) {
        const eol = text.indexOf('\n', i);
        next = eol === -1 ? text.length + 1 : eol + 1;
    }
    if (next !== -1)
        addLineHits(file, line, hits);
    return next;
}
/**
 * BRDA:<line>,<block>,<branch>,<taken> (<taken> digits or `-`) in place, as {@link readDaInPlace};
 * a further outcome of the branch point of the last BRDA needs neither an id nor a lookup.
 */
function readBrdaInPlace(file, text, start) {
    if (!text.startsWith('RDA:', start + 1))
        return -1;
    let i = start + 5;
    let line = 0;
    for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
        line = line * 10 + d;
    if (i === start + 5 || i - start - 5 > 15 || line === 0 || text.charCodeAt(i) !== 44)
        return -1;
    const c1 = i;
    const c2 = endOfField(text, c1 + 1);
    const c3 = c2 === -1 ? -1 : endOfField(text, c2 + 1);
    if (c2 === c1 + 1 || c3 === -1)
        return -1;
    i = c3 + 1;
    let taken = 0;
    if (text.charCodeAt(i) === 45) {
        i += 1;
    }
    else {
        for (let d = text.charCodeAt(i) - 48; d >= 0 && d <= 9; d = text.charCodeAt(++i) - 48)
            taken = taken * 10 + d;
        if (i === c3 + 1 || i - c3 - 1 > 15)
            return -1;
    }
    const next = nextLine(text, i);
    if (next === -1)
        return -1;
    const last = file.lastBranch;
    const blockLength = c2 - c1 - 1;
    if (last !== null &&
        file.lastLine === line &&
        file.lastBlock.length === blockLength &&
        text.startsWith(file.lastBlock, c1 + 1)) {
        pushHit(last, taken);
    }
    else {
        addBranchHit(file, line, text.slice(c1 + 1, c2), taken);
    }
    return next;
}
/** Index of the comma ending the field that starts at `from`, or -1 when the line ends first. */
function endOfField(text, from) {
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 44)
            return i;
        if (c === 10)
            return -1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./js/coverage/lcov.js
/**
 * Reader of lcov tracefiles (`lcov.info`) from any producer: istanbul/c8/jest/vitest, lcov/geninfo
 * (1.x and 2.x with FNL/FNA), coverage.py, grcov, tarpaulin …
 *
 * Lines come from DA, functions from FN/FNDA (or FNL/FNA), branch outcomes from BRDA (`-` = never
 * evaluated = 0 hits). lcov has no statements. A metric is `null` for the whole report when no
 * record of it appears at all (the producer did not measure it), and an empty map otherwise.
 * The text is walked with indexOf, without a regex or split per line, for large files; DA and BRDA
 * lines are read in place (lcov-file.ts).
 */





const RECORD_KEY = /^[A-Z_]+$/;
const FUNCTION_KEYS = new Set(['FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA']);
const BRANCH_KEYS = new Set(['BRDA', 'BRF', 'BRH']);
const DIGITS = /^\d+$/;
/** A line number (digits, 1 to 2^53), else NaN. */
function lcov_int(s) {
    const n = s !== undefined && DIGITS.test(s) ? Number(s) : NaN;
    return isLineNumber(n) ? n : NaN;
}
/** A hit count (a whole number from 0 to 2^53), else NaN. */
function count(s) {
    const n = s === undefined || s.trim() === '' ? NaN : Number(s);
    return isHitCount(n) ? n : NaN;
}
/** Why `<line>,<hits>` was refused: which of the two is bad, and how. */
function whyBad(l, h, line, hits) {
    if (Number.isNaN(line))
        return describeBadLine(l ?? '');
    return Number.isNaN(hits) ? describeBadHits(h ?? '') : '';
}
/** Splits `text` at the first `count` commas; the last part keeps any further commas. */
function fields(text, count) {
    const out = [];
    let from = 0;
    for (let i = 0; i < count; i++) {
        const comma = text.indexOf(',', from);
        if (comma === -1)
            break;
        out.push(text.slice(from, comma));
        from = comma + 1;
    }
    out.push(text.slice(from));
    return out;
}
function addFunction(file, name, line) {
    const { byName } = functionIndex(file);
    const list = byName.get(name) ?? [];
    const fn = { name, line, hits: 0 };
    list.push(fn);
    byName.set(name, list);
    (file.functions ??= new Map()).set(list.length === 1 ? name : `${name}#${list.length}`, fn);
    return fn;
}
/** Applies one record to the open file; returns an error text for a malformed value. */
function applyRecord(file, key, value) {
    switch (key) {
        case 'DA': {
            const [l, h] = fields(value, 2);
            const line = lcov_int(l);
            const hits = count(h);
            if (Number.isNaN(line) || Number.isNaN(hits)) {
                return `DA needs <line>,<hits>: ${whyBad(l, h, line, hits)}`;
            }
            addLineHits(file, line, hits);
            return null;
        }
        case 'FN': {
            const [l, second = '', third] = fields(value, 2);
            const line = lcov_int(l);
            if (Number.isNaN(line))
                return `FN needs <line>,<name>: ${describeBadLine(l)}`;
            if (second === '')
                return 'FN needs <line>,<name>';
            // lcov 2: FN:<start>,<end>,<name>
            const name = third !== undefined && DIGITS.test(second) ? third : `${second}${third ? `,${third}` : ''}`;
            addFunction(file, name, line);
            return null;
        }
        case 'FNDA': {
            const [h, name = ''] = fields(value, 1);
            const hits = count(h);
            if (Number.isNaN(hits))
                return `FNDA needs <hits>,<name>: ${describeBadHits(h)}`;
            if (name === '')
                return 'FNDA needs <hits>,<name>';
            const { fndaSeen, byName } = functionIndex(file);
            const k = fndaSeen.get(name) ?? 0;
            fndaSeen.set(name, k + 1);
            const fn = byName.get(name)?.[k] ?? addFunction(file, name, 0);
            fn.hits += hits;
            return null;
        }
        case 'FNL': {
            const [index = '', l] = fields(value, 2);
            const line = lcov_int(l);
            if (index === '' || Number.isNaN(line))
                return `FNL needs <index>,<line>: ${describeBadLine(l ?? '')}`;
            const fn = { name: `#${index}`, line, hits: 0 };
            functionIndex(file).byIndex.set(index, fn);
            (file.functions ??= new Map()).set(`FNL#${index}`, fn);
            return null;
        }
        case 'FNA': {
            const [index = '', h, name = ''] = fields(value, 2);
            const hits = count(h);
            const fn = functionIndex(file).byIndex.get(index);
            if (!fn)
                return 'FNA needs <index of an FNL>,<hits>,<name>';
            if (Number.isNaN(hits))
                return `FNA needs <index>,<hits>,<name>: ${describeBadHits(h ?? '')}`;
            if (fn.name.startsWith('#'))
                fn.name = name;
            fn.hits += hits;
            return null;
        }
        case 'BRDA': {
            // BRDA:<line>,<block>,<branch>,<taken>; lcov 2 branch expressions may contain commas.
            const [l, block = '', rest = ''] = fields(value, 2);
            const comma = rest.lastIndexOf(',');
            const line = lcov_int(l);
            const takenText = comma === -1 ? '' : rest.slice(comma + 1);
            const taken = takenText === '-' ? 0 : count(takenText);
            if (Number.isNaN(line) || block === '' || Number.isNaN(taken)) {
                const why = block === '' ? '' : `: ${whyBad(l, takenText, line, taken)}`;
                return `BRDA needs <line>,<block>,<branch>,<taken>${why}`;
            }
            addBranchHit(file, line, block, taken);
            return null;
        }
        default:
            return null; // TN, LF, LH, FNF, FNH, BRF, BRH, VER and future records carry nothing we need
    }
}
/**
 * The metric of a count record at `start` (LF/LH, FNF/FNH, BRF/BRH: counts lcov writes per file,
 * which are recomputed, so only their presence matters), else null.
 */
function countRecord(text, start) {
    let i = start + 1;
    let metric;
    const c0 = text.charCodeAt(start);
    if (c0 === 76) {
        metric = 'lines'; // L
    }
    else if (c0 === 70 && text.charCodeAt(i) === 78) {
        metric = 'functions'; // FN
        i += 1;
    }
    else if (c0 === 66 && text.charCodeAt(i) === 82) {
        metric = 'branches'; // BR
        i += 1;
    }
    else {
        return null;
    }
    const c = text.charCodeAt(i);
    return (c === 70 || c === 72) && text.charCodeAt(i + 1) === 58 ? metric : null; // F or H, then :
}
/** Parses lcov text. Throws CoverageFormatError naming `source` and the line of a bad record. */
function readLcov(text, source, opts) {
    const reader = createLcovReader(source, opts);
    reader.read(text);
    return reader.finish();
}
/** A reader of one lcov report, see {@link LcovReader}. */
function createLcovReader(source, opts) {
    const files = new Map();
    const dropped = [];
    const toRepoPath = createRepoPathResolver(opts);
    let blocks = 0;
    const close = (f) => {
        blocks += 1;
        const path = toRepoPath(f.raw);
        if (path === null)
            dropped.push(f.raw);
        else
            addFileCoverage(files, closeFile(f, path));
    };
    let current = null;
    let sawFunctions = false;
    let sawBranches = false;
    let lineNo = 0;
    const fail = (what) => {
        throw new CoverageFormatError(`${source}:${lineNo}: ${what}; is this an lcov tracefile (lcov.info)?`);
    };
    const read = (text) => {
        let pos = 0;
        while (pos < text.length) {
            const start = pos;
            lineNo += 1;
            if (current !== null) {
                const c0 = text.charCodeAt(start);
                const next = c0 === 68
                    ? readDaInPlace(current, text, start)
                    : c0 === 66
                        ? readBrdaInPlace(current, text, start)
                        : -1;
                if (next !== -1) {
                    pos = next;
                    sawBranches ||= c0 === 66;
                    continue;
                }
            }
            let end = text.indexOf('\n', pos);
            if (end === -1)
                end = text.length;
            pos = end + 1;
            if (end > start && text.charCodeAt(end - 1) === 13)
                end -= 1; // CRLF
            if (current !== null) {
                // The other records of every file, without slicing the line.
                const counted = countRecord(text, start);
                if (counted !== null) {
                    sawFunctions ||= counted === 'functions';
                    sawBranches ||= counted === 'branches';
                    continue;
                }
                if (end - start === 13 && text.startsWith('end_of_record', start)) {
                    close(current);
                    current = null;
                    continue;
                }
            }
            const line = text.slice(start, end);
            if (line.trim() === '')
                continue;
            if (line === 'end_of_record') {
                if (!current)
                    fail('end_of_record without SF');
                else
                    close(current);
                current = null;
                continue;
            }
            const colon = line.indexOf(':');
            const key = colon === -1 ? '' : line.slice(0, colon);
            if (!RECORD_KEY.test(key))
                fail(`"${line.slice(0, 40)}" is not an lcov record`);
            const value = line.slice(colon + 1);
            if (key === 'SF') {
                if (current)
                    fail('SF before the previous end_of_record');
                current = newOpenFile(value);
                continue;
            }
            if (key === 'TN' || key === 'VER')
                continue;
            if (FUNCTION_KEYS.has(key))
                sawFunctions = true;
            if (BRANCH_KEYS.has(key))
                sawBranches = true;
            if (!current) {
                fail(`${key} record outside an SF ... end_of_record block`);
                continue;
            }
            const problem = applyRecord(current, key, value);
            if (problem)
                fail(`bad record "${line.slice(0, 40)}" (${problem})`);
        }
    };
    const finish = () => {
        if (current)
            fail('the last SF record has no end_of_record (truncated file?)');
        if (blocks === 0)
            fail('no SF record');
        // A metric the report has at all is an empty map, not null, in the files without it.
        if (sawFunctions || sawBranches) {
            for (const f of files.values()) {
                if (sawFunctions)
                    f.functions ??= new Map();
                if (sawBranches)
                    f.branches ??= new Map();
            }
        }
        return { data: toCoverageData(files, ['lcov']), dropped };
    };
    return { read, finish };
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./js/coverage/one-count.js
/**
 * One run, one count. Jest, c8 and Vitest write `coverage-final.json` AND `lcov.info` (and
 * Cobertura) from one run; merging them "as two runs" doubles every function and branch. Two rules,
 * both pure:
 *
 * - among reports found by the *default* globs in one directory, only the richest format is read
 *   (istanbul JSON > Cobertura > lcov: statements and function names are lost on the way down);
 * - in any list, a source file that arrives in reports of two *formats* is counted once, from the
 *   richest; reports of one format (shards, packages) still merge by adding hits.
 */

/** Richer formats first. */
const RICHNESS = ['istanbul', 'cobertura', 'lcov'];
/** The records an lcov tracefile starts with. */
const LCOV_START = ['TN:', 'SF:', 'VER:'];
/** How much of a report's start format detection looks at. */
const SNIFFED_CHARS = 4096;
/** First non-blank line of `text`, trimmed (only the first {@link SNIFFED_CHARS} are looked at). */
function firstLine(text) {
    for (const line of text.slice(0, SNIFFED_CHARS).split('\n')) {
        if (line.trim() !== '')
            return line.trim();
    }
    return '';
}
/** True when a report whose first non-blank line is `line` is an lcov tracefile. */
function isLcovStart(line) {
    return LCOV_START.some((p) => line.startsWith(p));
}
/** Format of a report from its first non-blank characters (content, never the name), or null. */
function sniffFormat(start) {
    const head = start.replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('{'))
        return 'istanbul';
    if (head.startsWith('<'))
        return 'cobertura';
    if (isLcovStart(head))
        return 'lcov';
    return null;
}
/**
 * Of several report files in one directory, the one of the richest format; the others are ignored
 * with a note. Files of an unknown format are kept (their reader gives the error).
 */
function pickRichestPerDirectory(files) {
    const byDir = new Map();
    for (const f of files)
        byDir.set((0,external_node_path_namespaceObject.dirname)(f.file), [...(byDir.get((0,external_node_path_namespaceObject.dirname)(f.file)) ?? []), f]);
    const keep = [];
    const notes = [];
    for (const group of byDir.values()) {
        const known = group.filter((f) => f.format !== null);
        const best = [...known].sort((a, b) => rank(a.format) - rank(b.format))[0];
        const ignored = best === undefined ? [] : known.filter((f) => f !== best);
        for (const f of group)
            if (!ignored.includes(f))
                keep.push(f.file);
        if (best !== undefined && ignored.length > 0) {
            notes.push(`read ${best.file} (${best.format}); ignored ${ignored.map((f) => `${f.file} (${f.format})`).join(', ')}: ` +
                'the same run in another format, which would count every file twice');
        }
    }
    return { keep: files.map((f) => f.file).filter((f) => keep.includes(f)), notes };
}
function rank(format) {
    return format === null ? RICHNESS.length : RICHNESS.indexOf(format);
}
/**
 * Removes, from each part, the source files that a part of a richer format also has, so that no
 * file is counted from two formats. `name` labels each part in the note.
 */
function dropDuplicateFormats(parts) {
    // The richest format each source file arrives in.
    const richest = new Map();
    for (const { data } of parts) {
        const r = partRank(data);
        for (const path of data.files.keys())
            richest.set(path, Math.min(richest.get(path) ?? r, r));
    }
    const notes = [];
    const out = parts.map(({ name, data }) => {
        const r = partRank(data);
        const dropped = new Set([...data.files.keys()].filter((path) => (richest.get(path) ?? r) < r));
        if (dropped.size === 0)
            return data;
        const example = [...dropped][0] ?? '';
        notes.push(`${name}: ${dropped.size} file(s) (e.g. ${example}) are also in ${RICHNESS[richest.get(example) ?? 0]} ` +
            'reports of this list; counted once, from those');
        const files = new Map([...data.files].filter(([path]) => !dropped.has(path)));
        return { files, formats: data.formats };
    });
    return { parts: out, notes };
}
/** Rank of a single-report part: its format's (a merged part counts as its richest). */
function partRank(data) {
    return Math.min(...data.formats.map((f) => RICHNESS.indexOf(f)), RICHNESS.length);
}

;// CONCATENATED MODULE: ./js/coverage/lcov-stream.js
/**
 * Reads a big lcov tracefile in chunks of whole lines instead of as one text: a 1,000,000-file
 * `lcov.info` (51 MB) is then never a 51 MB buffer plus a 51 MB string, only the 64 kB at hand and
 * the model. The lines go through the same reader as the whole text (lcov.ts), so the result and
 * every message equal `parseCoverage`'s. A file that does not start like lcov returns `null`: the
 * ordinary reader decides what it is (and says what is wrong with it).
 */




/**
 * 64 kB: the chunk's text then stays a small object that dies young; strings of 128 kB and more are
 * allocated with the long-lived objects and stay there, garbage, until a full collection.
 */
const lcov_stream_CHUNK = 1 << 16;
/**
 * Reads `file` as an lcov tracefile chunk by chunk; `null` when it does not start like one. Throws
 * CoverageFormatError as readLcov does. `source` names the file in messages.
 */
function readLcovStreaming(file, source, opts, chunkSize = lcov_stream_CHUNK) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        const buffer = Buffer.alloc(chunkSize);
        const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
        let n = 1;
        let text = '';
        const readMore = () => {
            n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, chunkSize, null);
            text += n > 0 ? decoder.write(buffer.subarray(0, n)) : decoder.end();
        };
        while (n > 0 && text.length < SNIFFED_CHARS)
            readMore();
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        // parseCoverage's own test, so that both read the same files as lcov.
        if (!isLcovStart(firstLine(text)))
            return null;
        const reader = createLcovReader(source, opts);
        for (;;) {
            // Whole lines to the reader; the unfinished last one waits for the next chunk.
            const cut = text.lastIndexOf('\n') + 1;
            if (cut > 0) {
                reader.read(text.slice(0, cut));
                text = text.slice(cut);
            }
            if (n === 0)
                break;
            readMore();
        }
        if (text !== '')
            reader.read(text);
        return reader.finish();
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./js/coverage/read.js
/**
 * Entry point of the coverage readers: detects a report's format from its content (never its
 * name), parses it into the common model, and loads + merges the files that globs match.
 *
 * Formats: istanbul `coverage-final.json` (c8, nyc, jest, vitest), lcov (any producer), Cobertura
 * XML (istanbul's reporter and coverage.py's). Every problem is a one-line CoverageFormatError or
 * InputError that names the file and says what to do.
 */












function parseJson(text, source, opts) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new CoverageFormatError(`${source}: invalid JSON (${errors_describeError(error)}); is the file truncated?`);
    }
    const hint = (what, fix) => new CoverageFormatError(`${source}: this is ${what}, not istanbul coverage-final.json; ${fix}`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw hint('a JSON value', 'use the "json" reporter of c8/nyc/jest/vitest (coverage/coverage-final.json)');
    }
    const obj = value;
    const first = Object.values(obj)[0];
    const wrapped = typeof first === 'object' && first !== null && isIstanbulFile(first.data);
    if (first === undefined || isIstanbulFile(first) || wrapped) {
        return readIstanbul(obj, source, opts);
    }
    if ('total' in obj) {
        throw hint('a json-summary (percentages only)', 'add the "json" reporter and point at coverage-final.json');
    }
    if (Array.isArray(obj.result))
        throw hint('raw V8 coverage', 'run `c8 report --reporter=json` first');
    if ('meta' in obj && 'files' in obj && 'totals' in obj) {
        throw hint('coverage.py JSON', 'write `coverage xml` (pytest --cov-report=xml) instead');
    }
    // `{"src/a.js": null}` and the like: the reader names the entry that is not file coverage.
    if (typeof first !== 'object' || first === null || Array.isArray(first))
        return readIstanbul(obj, source, opts);
    throw hint('JSON of another kind', 'use the "json" reporter of c8/nyc/jest/vitest (coverage-final.json)');
}
/**
 * Parses one report. `source` names it in error messages. Throws CoverageFormatError for an empty
 * or malformed file, an unknown format, or a report whose every file lies outside `opts.root`.
 */
function parseCoverage(text, source, opts) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const start = firstLine(body);
    let parsed;
    if (start === '') {
        throw new CoverageFormatError(`${source}: the file is empty; check that the test command wrote coverage`);
    }
    else if (start.startsWith('{') || start.startsWith('[')) {
        parsed = parseJson(body, source, opts);
    }
    else if (start.startsWith('<')) {
        parsed = readCobertura(parseCoberturaXml(body, source), source, opts);
    }
    else if (isLcovStart(start)) {
        parsed = readLcov(body, source, opts);
    }
    else {
        throw new CoverageFormatError(`${source}: unknown coverage format (starts with "${start.slice(0, 30)}"); ` +
            'use istanbul coverage-final.json, lcov.info or Cobertura XML');
    }
    return checkDropped(parsed, source, opts);
}
/** Lists each dropped path once; a report with every file outside the root is an error. */
function checkDropped(parsed, source, opts) {
    parsed.dropped = [...new Set(parsed.dropped)];
    if (parsed.data.files.size === 0 && parsed.dropped.length > 0) {
        throw new CoverageFormatError(`${source}: all ${parsed.dropped.length} files lie outside the root ${opts.root} ` +
            `(e.g. ${parsed.dropped[0]}) and none is found in this checkout under a shorter path; is it a report ` +
            'of this repository? (The CLI takes --root for the directory the report was made in.)');
    }
    return parsed;
}
/** Absolute files a glob matches, sorted; a literal path is taken as is (brackets and all). */
async function matchGlob(pattern, cwd, inputName) {
    const literal = (0,external_node_path_namespaceObject.resolve)(cwd, pattern);
    if ((0,external_node_fs_namespaceObject.existsSync)(literal)) {
        if ((0,external_node_fs_namespaceObject.statSync)(literal).isDirectory()) {
            throw new InputError(`${inputName}: "${pattern}" is a directory; give the report file or a glob such as ${pattern}/*.json`);
        }
        return [literal];
    }
    if (!isDynamicPattern(pattern))
        return [];
    const found = await glob([pattern], { cwd, absolute: true, dot: true, onlyFiles: true });
    return found.map((f) => (0,external_node_path_namespaceObject.resolve)(f)).sort();
}
/**
 * Reads and merges every report the globs match (resolved against `cwd`). With `requireEach`
 * (default true) a glob that matches nothing is an InputError; with `requireEach: false` (the
 * default globs) only "nothing matched at all" is, naming the globs searched.
 */
async function loadCoverage(globs, opts) {
    const requireEach = opts.requireEach ?? true;
    const files = [];
    for (const pattern of globs) {
        const matches = await matchGlob(pattern, opts.cwd, opts.inputName);
        if (matches.length === 0 && requireEach) {
            throw new InputError(`${opts.inputName}: no file matches "${pattern}" in ${opts.cwd}; ` +
                'check the path and that the test command writes its coverage report there');
        }
        for (const m of matches)
            if (!files.includes(m))
                files.push(m);
    }
    if (files.length === 0) {
        throw new InputError(`${opts.inputName}: no coverage report found in ${opts.cwd} (searched ${globs.join(', ')}); ` +
            `set ${opts.inputName} to your report's path or make the test command write one`);
    }
    const notes = [];
    let chosen = files;
    if (!requireEach && files.length > 1) {
        // The default globs: one directory's several formats are one run, read once.
        const sniffed = await Promise.all(files.map(async (file) => ({
            file: reportName(file, opts.cwd),
            format: sniffFormat(await readStart(file).catch(() => '')),
        })));
        const picked = pickRichestPerDirectory(sniffed);
        chosen = files.filter((f) => picked.keep.includes(reportName(f, opts.cwd)));
        notes.push(...picked.notes);
    }
    const parts = [];
    const dropped = new Set();
    for (const file of chosen) {
        const parsed = await readReportFile(file, opts, opts.inputName);
        parts.push({ name: reportName(file, opts.cwd), data: parsed.data });
        for (const d of parsed.dropped)
            dropped.add(d);
    }
    const once = dropDuplicateFormats(parts);
    notes.push(...once.notes);
    const data = mergeCoverage(once.parts);
    if (data.files.size === 0)
        throw new CoverageFormatError(describeNoData(parts, opts.inputName));
    return { data, files: chosen, dropped: [...dropped], notes };
}
/**
 * Reads one report file: istanbul JSON entry by entry (istanbul-stream.ts), lcov in chunks of lines
 * (lcov-stream.ts), the rest — or a file they leave to the ordinary reader — as one text. A file
 * that cannot be read is an InputError naming `inputName`; a report that is not valid says why in
 * its own words (CoverageFormatError).
 */
async function readReportFile(file, opts, inputName) {
    const name = reportName(file, opts.cwd);
    const options = readOptions(file, opts);
    let streamed;
    let text = '';
    try {
        streamed = readIstanbulStreaming(file, name, options) ?? readLcovStreaming(file, name, options);
        if (streamed === null)
            text = await readTextFile(file);
    }
    catch (error) {
        if (error instanceof CoverageFormatError)
            throw error;
        throw new InputError(`${inputName}: cannot read ${name} (${errors_describeError(error)})`);
    }
    return streamed ? checkDropped(streamed, name, options) : parseCoverage(text, name, options);
}
/**
 * Reports that hold no file at all (Jest or c8 writing `{}` when nothing matched their coverage
 * include) would otherwise be 0 of 0 lines: 100 %, a pass on no data.
 */
function describeNoData(parts, inputName) {
    const names = parts.map((p) => p.name).join(', ');
    return (`${inputName}: ${names} ${parts.length === 1 ? 'holds' : 'hold'} the coverage of no file; ` +
        'make the test command measure your sources (pytest-cov --cov=PACKAGE, Jest collectCoverageFrom, ' +
        'Vitest coverage.include, c8 --include)');
}
/** The first bytes of a file, enough to tell its format. */
async function readStart(file) {
    const handle = await (0,promises_namespaceObject.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(512);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.toString('utf8', 0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * The text of a UTF-8 file. Decoded in one piece: `readFile(path, 'utf8')` joins the decoded
 * chunks of a big file into a string that is copied again when first read.
 */
async function readTextFile(path) {
    return (await (0,promises_namespaceObject.readFile)(path)).toString('utf8');
}
/** How messages name a report file: relative to `cwd` when inside it, else absolute. */
function reportName(file, cwd) {
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, file);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? file : rel;
}
/**
 * Parses the text of the report file `file` (absolute) as {@link loadCoverage} does for each file
 * it reads, for a caller that has read the file already.
 */
function parseReportFile(text, file, opts) {
    return parseCoverage(text, reportName(file, opts.cwd), readOptions(file, opts));
}
/** The reader options of report file `file`. */
function readOptions(file, opts) {
    const exists = (repoPath) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(opts.root, repoPath));
    // Relative paths in a report are relative to where the tool ran: the working directory.
    return { root: opts.root, baseDir: opts.cwd, exists };
}

;// CONCATENATED MODULE: ./js/coverage/serialize.js
/**
 * The stored form of a coverage report (the baseline saved on the default branch): compact,
 * JSON-safe, versioned — and read back with full validation, because a baseline restored from a
 * cache or a file is untrusted input.
 */



/** Version of {@link SerializedCoverage}; bump it when the layout changes. */
const SERIALIZED_VERSION = 1;
const serialize_FORMATS = ['istanbul', 'lcov', 'cobertura'];
/** Converts CoverageData to its stored form (files in path order). */
function serializeCoverage(data) {
    const files = [];
    for (const file of data.files.values()) {
        const lines = [];
        for (const [line, hits] of file.lines)
            lines.push(line, hits);
        files.push({
            path: file.path,
            lines,
            statements: file.statements ? [...file.statements] : null,
            functions: file.functions ? [...file.functions].map(([id, f]) => [id, f.name, f.line, f.hits]) : null,
            branches: file.branches ? [...file.branches].map(([id, b]) => serializeBranch(id, b)) : null,
            ...(isPlaceholder(file) ? { placeholder: true } : {}),
        });
    }
    const producer = data.producer === undefined ? {} : { producer: data.producer };
    return { version: SERIALIZED_VERSION, formats: [...data.formats], ...producer, files };
}
/** A branch entry; the destinations are a 4th element only when known, so old readers' layout holds. */
function serializeBranch(id, b) {
    return b.missing === undefined ? [id, b.line, [...b.hits]] : [id, b.line, [...b.hits], [...b.missing]];
}
const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isLine = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
function readList(value, where, fail, item) {
    if (value === null)
        return null;
    if (!Array.isArray(value))
        return fail(`${where} is not a list`);
    return value.map((entry, i) => {
        const parsed = Array.isArray(entry) ? item(entry) : null;
        return parsed ?? fail(`${where}[${i}] is malformed`);
    });
}
function serialize_readFile(value, index, fail) {
    if (typeof value !== 'object' || value === null)
        return fail(`files[${index}] is not an object`);
    const v = value;
    if (typeof v.path !== 'string' || v.path === '')
        return fail(`files[${index}].path is missing`);
    const where = `files[${index}] (${v.path})`;
    if (!Array.isArray(v.lines) || v.lines.length % 2 !== 0)
        return fail(`${where}.lines is malformed`);
    // Checked into an array of their exact size, kept as the file's LineHits when in line order (a
    // baseline may be as big as the head report).
    const pairs = v.lines.map((value, i) => {
        const ok = i % 2 === 0 ? isLine(value) : isCount(value);
        if (!ok || typeof value !== 'number')
            return fail(`${where}.lines has a bad entry at ${i - (i % 2)}`);
        return value;
    });
    const lines = lineHitsOf(pairs);
    const statements = readList(v.statements, `${where}.statements`, fail, ([id, hits]) => typeof id === 'string' && isCount(hits) ? [id, hits] : null);
    const functions = readList(v.functions, `${where}.functions`, fail, ([id, name, line, hits]) => typeof id === 'string' && typeof name === 'string' && isLine(line) && isCount(hits)
        ? [id, { name, line, hits }]
        : null);
    const branches = readList(v.branches, `${where}.branches`, fail, ([id, line, hits, missing]) => {
        if (typeof id !== 'string' || !isLine(line) || !Array.isArray(hits) || !hits.every(isCount))
            return null;
        // Baselines written before destinations were kept have three elements.
        if (missing === undefined)
            return [id, { line, hits: [...hits] }];
        if (!Array.isArray(missing) || !missing.every((m) => typeof m === 'string'))
            return null;
        return [id, { line, hits: [...hits], missing: [...missing] }];
    });
    const file = {
        path: v.path,
        lines,
        statements: statements ? new Map(statements) : null,
        functions: functions ? new Map(functions) : null,
        branches: branches ? new Map(branches) : null,
    };
    return v.placeholder === true ? markPlaceholder(file) : file;
}
/**
 * Validates and converts a stored value back to CoverageData. `source` names it in the one-line
 * CoverageFormatError thrown for anything malformed or of another version.
 */
function deserializeCoverage(value, source) {
    const fail = (what) => {
        throw new CoverageFormatError(`${source}: stored coverage ${what}; delete it so a new baseline is saved`);
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail('is not an object');
    const v = value;
    if (v.version !== SERIALIZED_VERSION) {
        return fail(`has version ${JSON.stringify(v.version) ?? 'none'}, expected ${SERIALIZED_VERSION}`);
    }
    if (!Array.isArray(v.formats) || !v.formats.every((f) => typeof f === 'string' && serialize_FORMATS.includes(f))) {
        return fail('has a bad "formats" list');
    }
    if (!Array.isArray(v.files))
        return fail('has no "files" list');
    const files = new Map();
    v.files.forEach((f, i) => {
        const file = serialize_readFile(f, i, fail);
        if (files.has(file.path))
            fail(`lists ${file.path} twice`);
        files.set(file.path, file);
    });
    if (v.producer !== undefined && v.producer !== 'coverage.py')
        return fail('has a bad "producer"');
    return toCoverageData(files, v.formats, v.producer);
}

;// CONCATENATED MODULE: ./js/diff/parse.js
/**
 * Parses unified diffs (git's, GNU diff's, GitHub's) into changed head lines per file. Pure.
 *
 * Hunks are consumed by the counts in their headers, never by guessing from line prefixes, so a
 * removed line that reads `--- x` or a file that contains `diff --git` cannot derail the parse, and
 * `\ No newline at end of file` shifts nothing (the header's numbers are the truth).
 */


const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function startDraft(git, headerOld, headerNew) {
    return {
        git,
        headerOld,
        headerNew,
        oldPath: null,
        newPath: null,
        renameFrom: null,
        renameTo: null,
        isNew: false,
        isDeleted: false,
        isBinary: false,
        hunks: 0,
        added: [],
    };
}
/** Splits on LF and drops a trailing CR, so CRLF diffs (and CRLF files inside them) parse alike. */
function splitLines(text) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
/** Decodes a C-style quoted path as git writes it (`"a/\303\251.js"` -> `a/é.js`). */
function unquote(quoted) {
    const bytes = [];
    const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
    const body = quoted.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const ch = body[i] ?? '';
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Index just past the closing quote of a quoted path starting at `text[0]`, or -1. */
function endOfQuoted(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i += 1;
        else if (text[i] === '"')
            return i + 1;
    }
    return -1;
}
/** A path from a `---`/`+++`/`rename` line: unquoted, without a trailing tab + timestamp. */
function readPath(raw) {
    if (raw.startsWith('"')) {
        const end = endOfQuoted(raw);
        if (end > 0)
            return unquote(raw.slice(0, end));
    }
    const tab = raw.indexOf('\t');
    return tab >= 0 ? raw.slice(0, tab) : raw;
}
/** The two paths of a `diff --git` line (used when no `---`/`+++` lines follow). */
function readGitHeader(rest) {
    if (rest.startsWith('"')) {
        const cut = endOfQuoted(rest);
        if (cut < 0)
            return [null, null];
        return [unquote(rest.slice(0, cut)), readPath(rest.slice(cut + 1))];
    }
    if (rest.endsWith('"')) {
        const open = rest.lastIndexOf(' "');
        return open < 0 ? [null, null] : [rest.slice(0, open), unquote(rest.slice(open + 1))];
    }
    // Unquoted and unrenamed: "a/X b/X" — split in the middle so spaces in X are fine.
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) && rest[half] === ' ' && rest.slice(2, half) === rest.slice(half + 3)) {
        return [rest.slice(0, half), rest.slice(half + 1)];
    }
    const split = rest.indexOf(' b/');
    return split < 0 ? [null, null] : [rest.slice(0, split), rest.slice(split + 1)];
}
/** Drops the `a/`, `b/` (or mnemonic `c/`, `w/` …) prefixes when both sides carry different ones. */
function stripPrefixes(oldPath, newPath) {
    const prefix = (p) => (p === null ? null : (/^[^/]+\//.exec(p)?.[0] ?? null));
    const po = prefix(oldPath);
    const pn = prefix(newPath);
    const strip = (p, pre) => p === null || pre === null ? p : p.slice(pre.length);
    if (oldPath === null || newPath === null) {
        return [
            oldPath === null ? null : strip(oldPath, po === 'a/' ? po : null),
            strip(newPath, pn === 'b/' ? pn : null),
        ];
    }
    if (po !== null && pn !== null && po !== pn)
        return [strip(oldPath, po), strip(newPath, pn)];
    return [oldPath, newPath];
}
const orNull = (p) => (p === '/dev/null' ? null : p);
/**
 * Refuses a hunk header whose numbers cannot be real: beyond 2^53 (they would be rounded), or a
 * hunk that adds lines but starts at line 0. `start` is the index of the line after the header.
 */
function checkHunkHeader(header, start, oldCount, newCount) {
    const oldStart = Number(header[1]);
    const newStart = Number(header[3]);
    const place = `the hunk header "${header[0]}" on line ${start} of the diff`;
    const safe = [oldStart, newStart, oldCount, newCount].every((n) => Number.isSafeInteger(n));
    // The last added line, newStart + newCount - 1, must be safe too (compared without adding).
    if (!safe || newCount - 1 > Number.MAX_SAFE_INTEGER - newStart) {
        throw new DiffFormatError(`not a valid unified diff: ${place} has a line number beyond 2^53`);
    }
    if (newCount > 0 && !isLineNumber(newStart)) {
        throw new DiffFormatError(`not a valid unified diff: ${place} adds lines, but ${describeBadLine(newStart)}`);
    }
}
/**
 * Walks one hunk body from `lines[start]` and records added head lines; returns the index after it.
 */
function readHunk(lines, start, header, added) {
    let oldLeft = header[2] === undefined ? 1 : Number(header[2]);
    let newLeft = header[4] === undefined ? 1 : Number(header[4]);
    let line = Number(header[3]);
    checkHunkHeader(header, start, oldLeft, newLeft);
    let i = start;
    while (oldLeft > 0 || newLeft > 0) {
        const body = lines[i];
        if (body === undefined) {
            throw new DiffFormatError(`not a complete unified diff: the hunk "${header[0]}" ends early`);
        }
        const mark = body[0] ?? ' ';
        if (mark === ' ') {
            oldLeft -= 1;
            newLeft -= 1;
            line += 1;
        }
        else if (mark === '+') {
            added.push(line);
            newLeft -= 1;
            line += 1;
        }
        else if (mark === '-') {
            oldLeft -= 1;
        }
        else if (mark !== '\\') {
            throw new DiffFormatError(`not a valid unified diff: unexpected line ${i + 1} inside "${header[0]}"`);
        }
        i += 1;
    }
    while (lines[i]?.startsWith('\\'))
        i += 1;
    return i;
}
/** Added head lines of a hunks-only patch, like the `patch` of GitHub's PR files list. */
function parseHunks(patch) {
    const lines = splitLines(patch);
    const added = [];
    let i = 0;
    while (i < lines.length) {
        const header = HUNK_HEADER.exec(lines[i] ?? '');
        i = header ? readHunk(lines, i + 1, header, added) : i + 1;
    }
    return [...new Set(added)].sort((a, b) => a - b);
}
function finishDraft(d) {
    let [oldPath, newPath] = [orNull(d.oldPath ?? d.headerOld), orNull(d.newPath ?? d.headerNew)];
    if (d.oldPath === null && d.newPath === null && !d.git)
        [oldPath, newPath] = [d.headerOld, d.headerNew];
    [oldPath, newPath] = stripPrefixes(oldPath, newPath);
    if (d.renameFrom !== null)
        oldPath = d.renameFrom;
    if (d.renameTo !== null)
        newPath = d.renameTo;
    const isNew = d.isNew || (oldPath === null && newPath !== null);
    const isDeleted = d.isDeleted || (newPath === null && oldPath !== null);
    const path = (isDeleted ? oldPath : newPath) ?? oldPath ?? '';
    const previousPath = !isNew && !isDeleted && oldPath !== null && oldPath !== newPath ? oldPath : null;
    let status = 'modified';
    if (d.isBinary)
        status = 'binary';
    else if (isDeleted)
        status = 'deleted';
    else if (isNew)
        status = 'added';
    else if (previousPath !== null)
        status = 'renamed';
    const addedLines = status === 'deleted' || status === 'binary' ? [] : [...new Set(d.added)];
    return { path, previousPath, status, addedLines: addedLines.sort((a, b) => a - b) };
}
/**
 * Parses a unified diff (`git diff`, `diff -u`, GitHub's `application/vnd.github.diff`) into a
 * ChangeSet. Throws DiffFormatError for text that is not a diff or ends inside a hunk; an empty
 * text is an empty, complete diff.
 */
function parseUnifiedDiff(text, origin = 'file') {
    const lines = splitLines(text);
    const files = [];
    let draft = null;
    let i = 0;
    while (i < lines.length) {
        const line = lines[i] ?? '';
        const next = lines[i + 1] ?? '';
        if (line.startsWith('diff --git ')) {
            if (draft)
                files.push(finishDraft(draft));
            const [a, b] = readGitHeader(line.slice('diff --git '.length));
            draft = startDraft(true, a, b);
        }
        else if (line.startsWith('--- ') && next.startsWith('+++ ')) {
            if (!draft || draft.hunks > 0 || draft.oldPath !== null || !draft.git) {
                if (draft)
                    files.push(finishDraft(draft));
                draft = startDraft(false, null, null);
            }
            draft.oldPath = readPath(line.slice(4));
            draft.newPath = readPath(next.slice(4));
            i += 1;
        }
        else if (draft && line.startsWith('@@ ')) {
            const header = HUNK_HEADER.exec(line);
            if (!header)
                throw new DiffFormatError(`not a valid unified diff: bad hunk header "${line}"`);
            draft.hunks += 1;
            i = readHunk(lines, i + 1, header, draft.added);
            continue;
        }
        else if (draft && draft.hunks === 0) {
            if (line.startsWith('new file mode'))
                draft.isNew = true;
            else if (line.startsWith('deleted file mode'))
                draft.isDeleted = true;
            else if (/^(rename|copy) from /.test(line))
                draft.renameFrom = readPath(line.replace(/^\w+ from /, ''));
            else if (/^(rename|copy) to /.test(line))
                draft.renameTo = readPath(line.replace(/^\w+ to /, ''));
            else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
                draft.isBinary = true;
        }
        i += 1;
    }
    if (draft)
        files.push(finishDraft(draft));
    if (files.length === 0 && text.trim() !== '') {
        throw new DiffFormatError('not a unified diff: no "diff --git" or "---"/"+++" file header found');
    }
    return { files, complete: true, origin, note: null };
}

;// CONCATENATED MODULE: ./js/report/escape.js
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
const ZERO_WIDTH_SPACE = '\u200B';
const ENTITIES = {
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
const NAMED_CONTROLS = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function showCodeUnit(ch) {
    return NAMED_CONTROLS[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Replaces control and bidi characters (and broken surrogates) by visible escapes such as `\n` or `\u202e`. */
function showInvisible(text) {
    return text.replace(INVISIBLE, showCodeUnit).replace(LONE_SURROGATE, showCodeUnit);
}
/** Breaks the patterns GitHub turns into pings, links or emoji after Markdown is rendered. */
function breakAutolinks(text) {
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
function isWordChar(ch) {
    return ch !== undefined && /^[\p{L}\p{N}]$/u.test(ch);
}
/**
 * Escapes untrusted text for Markdown text contexts (table cells, list items, link text,
 * paragraphs, inline HTML): the result renders as exactly the input, shown literally.
 */
function escapeMarkdown(text) {
    let out = breakAutolinks(showInvisible(text)).replace(SPECIAL, (ch, offset, whole) => ch === '_' && isWordChar(whole[offset - 1]) && isWordChar(whole[offset + 1]) ? ch : (ENTITIES[ch] ?? ch));
    // Characters that only mean something at the start of a block (list, setext underline, ordered list).
    out = out
        .replace(/^[-+=]/, (ch) => `&#${ch.charCodeAt(0)};`)
        .replace(/^(\d+)([.)])/, (_m, digits, mark) => `${digits}&#${mark.charCodeAt(0)};`);
    return out;
}
/**
 * Renders untrusted text as a complete inline code span (fences included), e.g. a command. The fence
 * is one backtick longer than the longest backtick run inside, so backticks cannot close it early.
 */
function escapeMarkdownCode(text, options = {}) {
    // A code span shows `<!-- covgate:comment-id=… -->` verbatim, and a raw marker of another
    // comment-id inside this comment would make it look like that one's sticky comment.
    let body = showInvisible(text).replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        body = ' ';
    const longestRun = (body.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space on each side when both are spaces; pad so the text survives intact.
    const needsPad = body.startsWith('`') || body.endsWith('`') || (/^ .*[^ ].* $/s.test(body) && body !== ' ');
    return needsPad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}
/** Shortens text to at most `max` code points, ending in `…` when cut. */
function truncateEnd(text, max) {
    const points = Array.from(text);
    return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** Shortens a path to at most `max` code points keeping both ends (the file name matters most). */
function escape_truncateMiddle(text, max) {
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    const tail = Math.ceil((max - 1) * 0.6);
    const head = Math.max(0, max - 1 - tail);
    return `${points.slice(0, head).join('')}…${points.slice(points.length - tail).join('')}`;
}
/** UTF-8 percent-encoding of every character of `text`: `(` -> `%28`, `é` -> `%C3%A9`. */
function percentEncode(text) {
    return Array.from(Buffer.from(text, 'utf8'), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
/**
 * Encodes a repo-relative path for a URL: each segment percent-encoded (`#`, `?`, spaces, `|` …),
 * plus the characters `encodeURIComponent` keeps that would end a Markdown link (`(`, `)`) or look odd.
 */
function encodePathForUrl(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replace(/[!'()*]/g, percentEncode))
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
function neutraliseWorkflowCommands(text) {
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
function neutraliseJsonForLog(json) {
    return json.replace(/##\[/g, '##\\u005b');
}

;// CONCATENATED MODULE: ./js/report/format.js

/** Placeholder for a value that does not exist (a metric the format lacks, no base). */
const format_NONE = '—';
/** `1234567` -> `1,234,567` (fixed separator, unlike `toLocaleString`). */
function formatInteger(n) {
    const sign = n < 0 ? '-' : '';
    return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** A percentage with two decimals: `81.25%`. */
function formatPct(pct) {
    return `${pct.toFixed(2)}%`;
}
/** A threshold or other configured number as the user wrote it: `85`, `85.5`. */
function formatNumber(n) {
    return String(Math.round(n * 100) / 100);
}
/** `81.25% (65/80)`, or `—` for a metric the report does not have. */
function format_formatCounts(counts) {
    if (counts === null)
        return format_NONE;
    return `${formatPct(counts.pct)} (${formatInteger(counts.covered)}/${formatInteger(counts.total)})`;
}
/** A delta in percentage points: `▲ +1.25`, `▼ -0.50`, `±0.00`, or `—` when unknown. */
function formatDelta(delta) {
    if (delta === null)
        return format_NONE;
    const hundredths = Math.round(delta * 100);
    if (hundredths === 0)
        return '±0.00';
    const text = (Math.abs(hundredths) / 100).toFixed(2);
    return hundredths > 0 ? `▲ +${text}` : `▼ -${text}`;
}
/** A duration for people: `850 ms`, `12.3 s`, `4 min 05 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
    const seconds = Math.floor(ms / 1000);
    return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
/** Sorted, de-duplicated line numbers merged into inclusive ranges: `[10,11,12,40]` -> `[[10,12],[40,40]]`. */
function toLineRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (const line of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && line === last[1] + 1)
            last[1] = line;
        else
            ranges.push([line, line]);
    }
    return ranges;
}
/** `10-12` or `40`. */
function formatRange([start, end]) {
    return start === end ? String(start) : `${start}-${end}`;
}
/** Builds a link target when both parts are known (offline there is nothing to link to). */
function makeLinkTarget(repoUrl, sha) {
    return repoUrl && sha ? { repoUrl: repoUrl.replace(/\/+$/, ''), sha } : null;
}
/** URL of a file (and optionally lines) at the head commit: `.../blob/<sha>/<path>#L10-L12`. */
function fileUrl(target, path, range) {
    const base = `${target.repoUrl}/blob/${encodeURIComponent(target.sha)}/${encodePathForUrl(path)}`;
    if (!range)
        return base;
    return range[0] === range[1] ? `${base}#L${range[0]}` : `${base}#L${range[0]}-L${range[1]}`;
}
/**
 * Uncovered line ranges as Markdown, each linked to the lines when a target is known; at most
 * `maxRanges` shown, then `+N more`.
 */
function format_formatLinkedRanges(path, lines, target, maxRanges) {
    const ranges = toLineRanges(lines);
    if (ranges.length === 0)
        return format_NONE;
    const shown = ranges.slice(0, maxRanges).map((range) => {
        const text = formatRange(range);
        return target ? `[${text}](${fileUrl(target, path, range)})` : text;
    });
    const hidden = ranges.length - shown.length;
    return hidden > 0 ? `${shown.join(', ')} +${formatInteger(hidden)} more` : shown.join(', ');
}
/** A file path as Markdown link text (escaped), linked to the file at the head when possible. */
function format_formatFileLink(path, displayPath, target) {
    const text = escapeMarkdown(displayPath);
    return target ? `[${text}](${fileUrl(target, path)})` : text;
}

;// CONCATENATED MODULE: ./js/html/layout.js

const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text for HTML element content and quoted attribute values: `& < > " '` become entities. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
/** Text for element content only (never attributes): `& < >` become entities. */
function escapeText(text) {
    return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c) : text;
}
/** A relative URL for an `href`: each path segment percent-encoded, then HTML-escaped. */
function hrefTo(path) {
    return escapeHtml(path.split('/').map(encodeURIComponent).join('/'));
}
/** What both kinds of page use. */
const BASE_CSS = `:root{--hit:#dcfce7;--miss:#fee2e2;--part:#fef3c7;--chg:#2563eb;--muted:#6b7280;--line:#e5e7eb}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#111827}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:#f9fafb}
header h1{font-size:18px;margin:0 0 4px}main{padding:12px 20px}a{color:#1d4ed8}
.muted{color:var(--muted)}.totals{display:flex;gap:18px;flex-wrap:wrap;margin-top:6px}.totals b{font-size:16px}`;
/** The index's tables. */
const INDEX_CSS = `table{border-collapse:collapse;width:100%;margin:8px 0 20px}
th,td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
th{background:#f3f4f6;position:sticky;top:0;cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.low{background:var(--miss)}td.mid{background:var(--part)}td.high{background:var(--hit)}
.up{color:#15803d}.down{color:#b91c1c}input[type=search]{padding:4px 8px;width:320px;max-width:100%}`;
/** A file page's source table (kept short: it is inlined into every one of thousands of pages). */
const FILE_CSS = `.src{font:12.5px/1.5 ui-monospace,Menlo,Consolas,monospace;border-collapse:collapse;min-width:100%}
.src td{padding:0 8px;vertical-align:top;white-space:pre}.src td:nth-child(3){width:100%}
.src td:first-child{color:var(--muted);border-left:4px solid transparent;text-align:right}
.src td:nth-child(2){color:var(--muted);text-align:right}.src tr.hit td:nth-child(3){background:var(--hit)}
.src tr.miss td:nth-child(n+2){background:var(--miss)}.src tr.part td:nth-child(3){background:var(--part)}
.src tr.chg td:first-child{border-left-color:var(--chg);color:var(--chg);font-weight:600}
.br{margin-left:12px;padding:0 6px;border-radius:4px;background:#fde68a;color:#78350f;font:11.5px system-ui,sans-serif}
tr:target td{outline:2px solid #f59e0b}.legend span{margin-right:14px;padding:0 6px}`;
/**
 * Click a header to sort its table (numbers by `data-v`, text otherwise); the search box filters
 * the rows whose first cell contains its text. No framework, no network.
 */
const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
    var asc=th.getAttribute('aria-sort')!=='ascending',b=t.tBodies[0],rows=[].slice.call(b.rows);
    t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var key=function(r){var c=r.cells[i],v=c.getAttribute('data-v');return v===null?c.textContent:Number(v)};
    rows.sort(function(x,y){var a=key(x),c=key(y);return (a<c?-1:a>c?1:0)*(asc?1:-1)});
    rows.forEach(function(r){b.appendChild(r)});
  })});
});
var q=document.getElementById('filter');
if(q)q.addEventListener('input',function(){var s=q.value.toLowerCase();
  document.querySelectorAll('table.sortable tbody tr').forEach(function(r){
    r.hidden=s!==''&&r.cells[0].textContent.toLowerCase().indexOf(s)<0})});
`;
/** A whole page: `title` and `body` are HTML (the caller escapes); an index gets the sorter script. */
function renderPage(title, body, kind) {
    const css = `${BASE_CSS}${kind === 'index' ? INDEX_CSS : FILE_CSS}`;
    // Inline style and script only: the CSP forbids every fetch, so a stray URL can never load.
    const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
    return ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
        `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
        '<meta name="viewport" content="width=device-width,initial-scale=1">' +
        `<title>${title}</title><style>${css}</style></head><body>\n${body}\n` +
        (kind === 'index' ? `<script>${SCRIPT}</script>` : '') +
        '</body></html>\n');
}
/** The colour band of a percentage, as istanbul's reports use them (low < 50 ≤ mid < 80 ≤ high). */
function band(pct) {
    return pct < 50 ? 'low' : pct < 80 ? 'mid' : 'high';
}
/** A table cell with a metric: `81.25% (65/80)` sorted by its percentage, or `—`. */
function countsCell(counts) {
    if (counts === null)
        return `<td data-v="-1">${format_NONE}</td>`;
    const text = `${formatPct(counts.pct)} <span class="muted">(${formatInteger(counts.covered)}/${formatInteger(counts.total)})</span>`;
    return `<td class="${band(counts.pct)}" data-v="${counts.pct}">${text}</td>`;
}
/** A table cell with a delta in points, coloured by its sign, or `—`. */
function deltaCell(delta) {
    if (delta === null)
        return `<td data-v="-1000">${format_NONE}</td>`;
    const cls = delta > 0 ? ' class="up"' : delta < 0 ? ' class="down"' : '';
    return `<td${cls} data-v="${delta}">${formatDelta(delta)}</td>`;
}

;// CONCATENATED MODULE: ./js/html/view.js



/** The destinations of a branch's outcomes when a reader recorded them (coverage.py's Cobertura). */
function destinationsOf(branch) {
    const value = branch.destinations;
    return Array.isArray(value) && value.length === branch.hits.length ? value : null;
}
/** Branch points by line. */
function branchesByLine(file) {
    const byLine = new Map();
    for (const branch of file.branches?.values() ?? []) {
        const list = byLine.get(branch.line);
        if (list === undefined)
            byLine.set(branch.line, [branch]);
        else
            list.push(branch);
    }
    return byLine;
}
/**
 * The view of every line that has something to show (hits, branches or a change), by line number.
 * Lines absent from the map are plain, non-executable source.
 */
function buildLineViews(file, changedLines) {
    const views = new Map();
    const view = (line) => {
        let v = views.get(line);
        if (v === undefined) {
            v = { hits: null, branches: null, untaken: [], changed: changedLines.has(line) };
            views.set(line, v);
        }
        return v;
    };
    for (const [line, hits] of file.lines)
        view(line).hits = hits;
    for (const [line, branches] of branchesByLine(file)) {
        const v = view(line);
        let taken = 0;
        let total = 0;
        for (const branch of branches) {
            const destinations = destinationsOf(branch);
            branch.hits.forEach((hits, i) => {
                total += 1;
                if (hits > 0)
                    taken += 1;
                else {
                    const to = destinations?.[i];
                    v.untaken.push({
                        index: i + 1,
                        of: branch.hits.length,
                        destination: typeof to === 'number' || typeof to === 'string' ? String(to) : null,
                    });
                }
            });
        }
        v.branches = { taken, total };
    }
    for (const line of changedLines)
        view(line);
    return views;
}
/** The CSS class of a line: `miss` (not run), `part` (run, a branch outcome never taken), `hit`, or ''. */
function lineClass(v) {
    if (v === undefined)
        return '';
    if (v.hits === 0)
        return 'miss';
    if (v.untaken.length > 0)
        return v.hits === null && v.branches?.taken === 0 ? 'miss' : 'part';
    return v.hits === null && v.branches === null ? '' : 'hit';
}
function addCounts(a, b) {
    if (a === null)
        return b === null ? null : makeCounts(b.covered, b.total);
    if (b === null)
        return a;
    return makeCounts(a.covered + b.covered, a.total + b.total);
}
function addTotals(a, b) {
    return {
        lines: addCounts(a.lines, b.lines) ?? a.lines,
        statements: addCounts(a.statements, b.statements),
        functions: addCounts(a.functions, b.functions),
        branches: addCounts(a.branches, b.branches),
    };
}
const ZERO = { lines: makeCounts(0, 0), statements: null, functions: null, branches: null };
/** The directory of a repo-relative path, with a trailing `/` (`./` for the root). */
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? './' : path.slice(0, slash + 1);
}
/**
 * Index rows: one per file of the report and one per directory (its files summed), each with its
 * delta against the base. A file not in `fileChanges` has the base's coverage unchanged.
 */
function buildIndexRows(report, hrefOf) {
    const hasBase = report.base !== null;
    const changes = new Map(report.fileChanges.map((c) => [c.path, c]));
    const dirs = new Map();
    const entryOf = (dir) => {
        let entry = dirs.get(dir);
        if (entry === undefined)
            dirs.set(dir, (entry = { head: ZERO, base: null, missing: 0 }));
        return entry;
    };
    // A directory's base is the base of its files that existed there (new files add nothing to it).
    const addBase = (dir, base) => {
        const entry = entryOf(dir);
        entry.base = entry.base === null ? base : addTotals(entry.base, base);
    };
    const files = [];
    for (const f of report.files) {
        const totals = {
            lines: f.lines,
            statements: f.statements,
            functions: f.functions,
            branches: f.branches,
        };
        const change = changes.get(f.path);
        const base = !hasBase ? null : change === undefined ? totals : change.base;
        files.push({
            path: f.path,
            totals,
            delta: base === null ? null : change === undefined ? computeDelta(totals, base) : change.delta,
            missing: f.missingLines.length,
            href: hrefOf(f.path),
        });
        const entry = entryOf(directoryOf(f.path));
        entry.head = addTotals(entry.head, totals);
        entry.missing += f.missingLines.length;
        if (base !== null)
            addBase(directoryOf(f.path), base);
    }
    for (const c of report.fileChanges) {
        if (c.kind === 'removed' && c.base !== null && dirs.has(directoryOf(c.path)))
            addBase(directoryOf(c.path), c.base);
    }
    const directories = [...dirs].map(([path, d]) => ({
        path,
        totals: d.head,
        delta: d.base === null ? null : computeDelta(d.head, d.base),
        missing: d.missing,
        href: null,
    }));
    directories.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, directories };
}
/** The metrics the report carries (lines always), in display order. */
function presentMetrics(totals) {
    return METRICS.filter((m) => totals[m] !== null);
}

;// CONCATENATED MODULE: ./js/html/file-page.js



/** "branch 2 of 2 not taken", or "→ line 7 not taken" when the report names the destination. */
function describeUntaken(u) {
    if (u.destination === null)
        return `branch ${u.index} of ${u.of} not taken`;
    return /^-?\d+$/.test(u.destination)
        ? `jump to line ${escapeHtml(u.destination)} not taken`
        : `${escapeHtml(u.destination)} not taken`;
}
/** One source row; `html` is the line's text, already escaped. */
function renderLine(n, html, v) {
    // Lean markup — cells styled by position, the optional </td></tr> left out (valid HTML): a
    // 15,000-file report has millions of these rows, and writing them is most of its time. Rows are
    // joined with nothing between them: the last cell is `white-space: pre`, so a newline would show.
    if (v === undefined)
        return `<tr id=L${n}><td>${n}<td><td>${html}`;
    const kind = lineClass(v);
    const cls = v.changed ? (kind === '' ? 'chg' : `${kind} chg`) : kind;
    const hits = v.hits === null ? '' : `${formatInteger(v.hits)}×`;
    let notes = '';
    if (v.branches !== null && v.untaken.length > 0) {
        const what = v.untaken.map(describeUntaken).join('; ');
        notes = `<span class="br">${v.branches.taken}/${v.branches.total} branches · ${what}</span>`;
    }
    const attrs = cls === '' ? '' : ` class="${cls}"`;
    return `<tr id=L${n}${attrs}><td>${n}<td>${hits}<td>${html}${notes}`;
}
/** Counts of uncovered and partially covered lines, for the page header. */
function countKinds(lines) {
    let miss = 0;
    let part = 0;
    for (const v of lines.values()) {
        const cls = lineClass(v);
        if (cls === 'miss')
            miss += 1;
        else if (cls === 'part')
            part += 1;
    }
    return { miss, part };
}
/** The whole page of one file; `source` is its text from the checkout. */
function renderFilePage(input, source) {
    const { file, lines } = input;
    // One escaping pass over the whole file, then rows appended as the lines are found: no array of
    // lines or rows to allocate and collect (a 15,000-file report renders millions of rows).
    const html = escapeText(source.endsWith('\n') ? source.slice(0, -1) : source);
    let rows = '';
    for (let start = 0, n = 1; start <= html.length; n++) {
        let end = html.indexOf('\n', start);
        if (end < 0)
            end = html.length;
        const line = html.slice(start, end > start && html.charCodeAt(end - 1) === 13 ? end - 1 : end);
        rows += renderLine(n, line, lines.get(n));
        start = end + 1;
    }
    const kinds = countKinds(lines);
    const metrics = ['lines', 'statements', 'functions', 'branches']
        .filter((m) => file[m] !== null)
        .map((m) => `<span>${m[0]?.toUpperCase()}${m.slice(1)} <b>${escapeHtml(format_formatCounts(file[m]))}</b></span>`);
    const name = escapeHtml(file.path);
    const body = [
        `<header><div><a href="${input.indexHref}">← All files</a></div><h1>${name}</h1>`,
        `<div class="totals">${metrics.join('')}</div>`,
        `<div class="legend muted"><span style="background:var(--miss)">${formatInteger(kinds.miss)} uncovered</span>` +
            `<span style="background:var(--part)">${formatInteger(kinds.part)} partly covered</span>` +
            `<span style="border-left:4px solid var(--chg)">${formatInteger(input.changedCount)} changed in this PR</span></div>`,
        '</header><main>',
        `<table class="src"><tbody>${rows}</tbody></table>`,
        '</main>',
    ];
    return renderPage(`${name} · coverage`, body.join('\n'), 'file');
}

;// CONCATENATED MODULE: ./js/html/index-page.js



const LABELS = {
    lines: 'Lines',
    statements: 'Statements',
    functions: 'Functions',
    branches: 'Branches',
};
function renderTotals(report, metrics) {
    const items = metrics.map((m) => {
        const delta = report.delta === null ? '' : ` <span class="muted">${formatDelta(report.delta[m])}</span>`;
        return `<span>${LABELS[m]} <b>${escapeHtml(format_formatCounts(report.totals[m]))}</b>${delta}</span>`;
    });
    if (report.patch !== null) {
        const p = report.patch;
        const pct = p.pct === null ? 'unknown' : `${p.pct.toFixed(2)}%`;
        items.push(`<span>Patch <b>${pct}</b> <span class="muted">(${formatInteger(p.covered)}/${formatInteger(p.total)} changed lines)</span></span>`);
    }
    return `<div class="totals" id="totals">${items.join('')}</div>`;
}
function renderTable(id, first, rows, metrics, withDelta) {
    const head = `<tr><th>${first}</th>` +
        metrics.map((m) => `<th>${LABELS[m]}</th>`).join('') +
        (withDelta ? '<th>Δ lines</th>' : '') +
        '<th>Missing lines</th></tr>';
    const body = rows.map((row) => {
        const name = escapeHtml(row.path);
        const link = row.href === null ? name : `<a href="${hrefTo(row.href)}">${name}</a>`;
        const cells = metrics.map((m) => countsCell(row.totals[m]));
        const delta = withDelta ? deltaCell(row.delta?.lines ?? null) : '';
        return `<tr><td>${link}</td>${cells.join('')}${delta}<td data-v="${row.missing}">${formatInteger(row.missing)}</td></tr>`;
    });
    return `<table class="sortable" id="${id}"><thead>${head}</thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}
/** The whole `index.html`. */
function renderIndexPage(report, rows, info) {
    const totals = report.totals;
    const metrics = presentMetrics(totals);
    const withDelta = report.base !== null;
    const sha = info.headSha === null ? '' : ` at <code>${escapeHtml(info.headSha.slice(0, 12))}</code>`;
    const missing = info.missingSources === 0
        ? ''
        : `<p class="muted">${formatInteger(info.missingSources)} file(s) have no page: their source is not in the checkout.</p>`;
    const body = [
        `<header><h1>Coverage · ${escapeHtml(info.title)}</h1>`,
        `<div class="muted">${formatInteger(report.files.length)} files${sha}${withDelta ? ', deltas against the base' : ''}</div>`,
        renderTotals(report, metrics),
        '</header><main>',
        missing,
        `<h2>Directories (${formatInteger(rows.directories.length)})</h2>`,
        renderTable('directories', 'Directory', rows.directories, metrics, withDelta),
        `<h2>Files (${formatInteger(rows.files.length)})</h2>`,
        '<p><input type="search" id="filter" placeholder="Filter by path" aria-label="Filter by path"></p>',
        renderTable('files', 'File', rows.files, metrics, withDelta),
        '</main>',
    ];
    return renderPage(`Coverage · ${escapeHtml(info.title)}`, body.join('\n'), 'index');
}

;// CONCATENATED MODULE: ./js/html/write-report.js
/**
 * Writes the HTML report to a directory: `index.html` and `files/<n>-<name>.html` per file whose
 * source is in the checkout. The one part of `html/` that does I/O; the pages come from the pure
 * renderers. Used by the action (then uploaded as an artifact) and by `covgate report --html`.
 */






/** A short, safe file name for a page: its number (unique) plus the path's base name, sanitised. */
function pageName(n, path) {
    const base = (path.split('/').pop() ?? 'file').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
    return `${n}-${base}.html`;
}
/** The source of `path`, or `null` when it is not a readable file inside `root`. */
function readSource(root, path) {
    const full = (0,external_node_path_namespaceObject.resolve)(root, path);
    // A path from a report is data: it may not read anything outside the checkout.
    if (!full.startsWith(root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep))
        return null;
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(full, 'utf8');
    }
    catch {
        return null;
    }
}
/** Renders and writes the whole report; returns where it is. */
async function writeHtmlReport(input) {
    const { report, head, outDir } = input;
    const root = (0,external_node_path_namespaceObject.resolve)(input.sourceRoot);
    // Never emptied: `--html .` must not delete anything. Pages of an earlier run may remain, but the
    // index links (and the upload takes) only this run's files.
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(outDir, 'files'), { recursive: true });
    const changed = new Map();
    for (const f of input.changes?.files ?? [])
        changed.set(f.path, new Set(f.addedLines));
    const hrefs = new Map();
    const written = [];
    // Synchronous reads and writes: thousands of small files go several times faster without a
    // thread-pool round trip each (measured in bench/html-render.mjs), and nothing else runs meanwhile.
    report.files.forEach((file, n) => {
        const coverage = head.files.get(file.path);
        const source = coverage === undefined ? null : readSource(root, file.path);
        if (coverage === undefined || source === null)
            return;
        const changedLines = changed.get(file.path) ?? new Set();
        const name = pageName(n + 1, file.path);
        const html = renderFilePage({
            file,
            lines: buildLineViews(coverage, changedLines),
            indexHref: '../index.html',
            changedCount: changedLines.size,
        }, source);
        const target = (0,external_node_path_namespaceObject.join)(outDir, 'files', name);
        (0,external_node_fs_namespaceObject.writeFileSync)(target, html);
        hrefs.set(file.path, `files/${name}`);
        written.push(target);
    });
    const rows = buildIndexRows(report, (path) => hrefs.get(path) ?? null);
    const indexFile = (0,external_node_path_namespaceObject.join)(outDir, 'index.html');
    const missingSources = report.files.length - hrefs.size;
    await (0,promises_namespaceObject.writeFile)(indexFile, renderIndexPage(report, rows, { title: input.title, headSha: input.headSha, missingSources }));
    return { indexFile, files: [indexFile, ...written.sort()], missingSources };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./js/github/baseline-store.js
/**
 * The baseline: the coverage of a commit on a base branch, kept so a PR can be compared with its
 * base without re-running the base. `BaselineStore` is the seam (like actions/cache's state
 * provider): the action uses the cache-backed store (cache-baseline-store.ts); tests may pass a
 * file-backed one (test/support/file-baseline-store.ts).
 * Baselines are immutable — saving a key that exists is "exists", never an overwrite.
 */




/** A restored file larger than this is not a baseline covgate wrote; refuse to parse it. */
const BASELINE_MAX_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/** Cache keys are at most 512 characters; long branch names are shortened with a hash. */
const COMPONENT_MAX = 120;
/**
 * The storage key of a baseline: `covgate-<comment-id>-<branch>-<sha>`. Each part is encoded so
 * that it holds no `-` (keeps `covgate-app-main-` from matching branch `main-2`), no `/`, no comma:
 * characters other than `[A-Za-z0-9.]` become `_xx` (UTF-8 hex).
 */
function baselineKey(commentId, branch, sha) {
    return `${baselinePrefix(commentId, branch)}${encodeKeyPart(sha.toLowerCase())}`;
}
/** The key prefix shared by every baseline of one comment id and branch (ends with `-`). */
function baselinePrefix(commentId, branch) {
    return `covgate-${encodeKeyPart(commentId)}-${encodeKeyPart(branch)}-`;
}
function encodeKeyPart(part) {
    let out = '';
    for (const byte of Buffer.from(part, 'utf8')) {
        const ch = String.fromCharCode(byte);
        out += /[A-Za-z0-9.]/.test(ch) ? ch : `_${byte.toString(16).padStart(2, '0')}`;
    }
    if (out.length <= COMPONENT_MAX)
        return out;
    const hash = createHash('sha256').update(part).digest('hex').slice(0, 16);
    return `${out.slice(0, COMPONENT_MAX - 18)}_h${hash}`;
}
/**
 * Checks a restored baseline as untrusted data (it came from a cache or a file anyone could have
 * written) and returns it typed. Throws an Error whose message names `source` and the problem.
 */
function parseBaseline(value, source) {
    const bad = (what) => new Error(`${source} is not a covgate baseline: ${what}`);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw bad('not a JSON object');
    const v = value;
    if (v.version !== 1)
        throw bad(`unsupported format version ${JSON.stringify(v.version)}`);
    for (const field of ['sha', 'branch', 'createdAt', 'commentId']) {
        if (typeof v[field] !== 'string' || v[field] === '')
            throw bad(`"${field}" must be a non-empty string`);
    }
    const b = v;
    if (!/^[0-9a-f]{7,64}$/i.test(b.sha))
        throw bad('"sha" is not a commit SHA');
    if (Number.isNaN(Date.parse(b.createdAt)))
        throw bad('"createdAt" is not a date');
    // Throws a CoverageFormatError naming the problem; the model is kept for coverageOf.
    const data = deserializeCoverage(v.coverage, source);
    const coverage = v.coverage;
    validated.set(coverage, data);
    return { version: 1, ...b, coverage };
}
/** The models parseBaseline made while validating, so that a restore does not build one twice. */
const validated = new WeakMap();
/**
 * The coverage model of a baseline: the one parseBaseline made while checking it, else (a baseline
 * made here rather than restored) deserialized now.
 */
function coverageOf(b, source) {
    return validated.get(b.coverage) ?? deserializeCoverage(b.coverage, source);
}
/**
 * Checks that a parsed baseline is the one asked for (a cache entry's key is no proof of its
 * content). Returns the reason it is not, or `null`.
 */
function mismatchOf(b, q, exact) {
    if (b.commentId !== q.commentId)
        return `it belongs to comment id "${b.commentId}"`;
    if (b.branch !== q.branch)
        return `it belongs to branch "${b.branch}"`;
    if (exact && q.sha !== undefined && b.sha.toLowerCase() !== q.sha.toLowerCase()) {
        return `it is of commit ${b.sha}, not ${q.sha}`;
    }
    return null;
}
/**
 * Reads and validates a baseline file (untrusted: restored from a cache or written by anyone).
 * Throws an Error naming `source` when it is too large, not JSON or not a baseline.
 */
async function readBaselineFile(file, source) {
    if ((await stat(file)).size > BASELINE_MAX_BYTES) {
        throw new Error(`${source} is larger than ${BASELINE_MAX_BYTES} bytes`);
    }
    let value;
    try {
        value = JSON.parse(await readFile(file, 'utf8'));
    }
    catch (error) {
        throw new Error(`${source} is not JSON: ${describeError(error)}`);
    }
    return parseBaseline(value, source);
}

;// CONCATENATED MODULE: ./js/report/json-stream.js
/**
 * `JSON.stringify(value, null, 2) + '\n'`, written in pieces: the top-level object and the arrays
 * and objects directly in it are taken apart, everything below is stringified a few dozen items
 * at a time. A report of 10,000 files is then never one 20 MB string (plus its escaped copy and its
 * encoded copy) at once (bench/coverage-read.mjs), and one of a million files never a 270 MB one.
 * Pieces are batched so the writer sees few, large writes.
 *
 * An optional `transform` rewrites every string value (not keys), as the replacer
 * `(key, value) => typeof value === 'string' ? transform(value) : value` would: report.json is
 * redacted so.
 */
const BATCH = 1 << 16;
/**
 * Array items stringified per JSON.stringify call: enough to make the calls few, few enough that the
 * text stays well under 128 kB (a longer string is allocated with the long-lived objects and stays
 * there, garbage, until a full collection).
 */
const ITEMS_PER_CALL = 32;
/** True for what JSON.stringify takes apart itself: plain arrays and objects without toJSON. */
function isContainer(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    return typeof value.toJSON !== 'function';
}
/** The replacer of `transform`, for JSON.stringify. */
function replacerOf(transform) {
    return transform === undefined
        ? undefined
        : (_key, value) => (typeof value === 'string' ? transform(value) : value);
}
/** The value JSON.stringify writes for `value` under `key`: its toJSON result, transformed if a string. */
function resolve(key, value, transform) {
    const toJSON = value?.toJSON;
    const own = typeof toJSON === 'function' ? toJSON.call(value, key) : value;
    return transform !== undefined && typeof own === 'string' ? transform(own) : own;
}
/** JSON.stringify's text of a resolved value at nesting `indent`; undefined where it would skip it. */
function leaf(value, indent, transform) {
    // A primitive is resolved already; a container's members are transformed by the replacer.
    const text = JSON.stringify(value, isContainer(value) ? replacerOf(transform) : undefined, 2);
    return text === undefined || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}
/**
 * `items` (of an array whose own brackets are at `indent`) in one JSON.stringify call, separated and
 * indented as in the whole text: wrapped in one array per level above, so that JSON.stringify
 * indents them itself, and unwrapped.
 */
function itemsText(items, indent, transform) {
    const levels = indent.length / 2 + 1;
    let wrapped = items;
    for (let k = 1; k < levels; k++)
        wrapped = [wrapped];
    const text = JSON.stringify(wrapped, replacerOf(transform), 2);
    let head = '';
    let tail = '';
    for (let k = 0; k < levels; k++) {
        head += `${'  '.repeat(k)}[\n`;
        tail = `\n${'  '.repeat(k)}]${tail}`;
    }
    head += '  '.repeat(levels);
    return text.slice(head.length, text.length - tail.length);
}
function* emit(value, indent, depth, transform) {
    if (depth >= 2 || !isContainer(value)) {
        yield leaf(value, indent, transform) ?? 'null';
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield `[\n${inner}`;
        for (let i = 0; i < value.length; i += ITEMS_PER_CALL) {
            if (i > 0)
                yield `,\n${inner}`;
            const items = value.slice(i, i + ITEMS_PER_CALL);
            if (depth === 0 && items.some(isContainer)) {
                // Items of the top level are taken apart in turn.
                for (const [k, raw] of items.entries()) {
                    if (k > 0)
                        yield `,\n${inner}`;
                    const item = resolve(String(i + k), raw, transform);
                    if (isContainer(item))
                        yield* emit(item, inner, depth + 1, transform);
                    else
                        yield leaf(item, inner, transform) ?? 'null'; // in an array, a skipped value is null
                }
            }
            else {
                yield itemsText(items, indent, transform);
            }
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const key of Object.keys(value)) {
        const item = resolve(key, value[key], transform);
        const text = isContainer(item) ? undefined : leaf(item, inner, transform);
        if (!isContainer(item) && text === undefined)
            continue; // undefined, functions, symbols
        yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        if (text === undefined)
            yield* emit(item, inner, depth + 1, transform);
        else
            yield text;
    }
    yield first ? '{}' : `\n${indent}}`;
}
/**
 * `JSON.stringify(value, null, 2) + '\n'` (string values rewritten by `transform`) in pieces of
 * about 64 kB, made as they are taken. A value JSON.stringify would write as `undefined` (a
 * function) is written as `null`.
 */
function* jsonPieces(value, transform) {
    let pending = '';
    for (const s of emit(resolve('', value, transform), '', 0, transform)) {
        pending += s;
        if (pending.length >= BATCH) {
            yield pending;
            pending = '';
        }
    }
    yield `${pending}\n`;
}
/** Writes {@link jsonPieces} of `value` to `write`, one piece at a time. */
function writeJson(value, write, transform) {
    for (const piece of jsonPieces(value, transform))
        write(piece);
}

;// CONCATENATED MODULE: ./js/report/coverage-py-table.js
/**
 * Python's `round(x, digits)` then `'%.*f'`: ties go to the even digit, decided on the exact binary
 * value of `x` (JavaScript's toFixed rounds exact ties up).
 */
function formatPythonRound(x, digits) {
    const exact = x.toFixed(Math.min(100, digits + 70)); // a double in 0..100 has at most ~60 decimals
    const dot = exact.indexOf('.');
    const keep = exact.slice(0, dot + 1 + digits).replace(/\.$/, '');
    const rest = exact.slice(dot + 1 + digits);
    const half = rest[0] === '5' && /^5?0*$/.test(rest);
    const lastDigit = Number(keep.replace('.', '').slice(-1));
    const up = (rest[0] ?? '0') > '5' || (rest[0] === '5' && (!half || lastDigit % 2 === 1));
    if (!up)
        return keep;
    return (Number(keep) + 10 ** -digits).toFixed(digits);
}
/**
 * coverage.py's displayed percentage (`Numbers.display_covered`): rounded like Python, but never
 * "0" unless nothing is covered and never "100" unless everything is.
 */
function displayCoveragePyPct(covered, total, precision = 0) {
    const pc = total > 0 ? (100 * covered) / total : 100;
    const near0 = 1 / 10 ** precision;
    if (pc > 0 && pc < near0)
        return near0.toFixed(precision);
    if (pc > 100 - near0 && pc < 100)
        return (100 - near0).toFixed(precision);
    return formatPythonRound(pc, precision);
}
/** The missing destinations of a branch line, else (a report without them) none can be named. */
function coverage_py_table_destinationsOf(branch) {
    return branch.missing ?? [];
}
function numbersOf(file) {
    const n = {
        statements: file.lines.size,
        missing: 0,
        branches: 0,
        partial: 0,
        missingBranches: 0,
    };
    for (const hits of file.lines.values())
        if (hits === 0)
            n.missing += 1;
    for (const br of file.branches?.values() ?? []) {
        const untaken = br.hits.filter((h) => h === 0).length;
        n.branches += br.hits.length;
        n.missingBranches += untaken;
        if ((file.lines.get(br.line) ?? 0) > 0)
            n.partial += untaken;
    }
    return n;
}
/** `format_lines`: runs of missing statements (gaps of non-statements do not break a run). */
function missingRanges(file) {
    const statements = [...file.lines.keys()].sort((a, b) => a - b);
    const items = [];
    let start = null;
    let end = 0;
    const close = () => {
        if (start !== null)
            items.push([start, start === end ? `${start}` : `${start}-${end}`]);
        start = null;
    };
    for (const line of statements) {
        if (file.lines.get(line) === 0) {
            start ??= line;
            end = line;
        }
        else
            close();
    }
    close();
    return items;
}
/** The `Missing` column: ranges plus `line->dest` for untaken branches of lines that ran. */
function formatCoveragePyMissing(file) {
    const items = missingRanges(file);
    const missing = (line) => file.lines.get(line) === 0;
    for (const br of file.branches?.values() ?? []) {
        if (missing(br.line))
            continue;
        for (const dest of coverage_py_table_destinationsOf(br)) {
            if (dest !== 'exit' && missing(Number(dest)))
                continue;
            items.push([br.line, `${br.line}->${dest}`]);
        }
    }
    // Python sorts the (line, text) pairs: by line, then by the text's code points.
    items.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    return items.map((i) => i[1]).join(', ');
}
/** Python's `human_key`: text split into string and integer chunks, compared chunk by chunk. */
function compareHuman(a, b) {
    const ca = a.split(/(\d+)/);
    const cb = b.split(/(\d+)/);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
        const x = ca[i] ?? '';
        const y = cb[i] ?? '';
        if (i % 2 === 1 && Number(x) !== Number(y))
            return Number(x) - Number(y);
        if (i % 2 === 0 && x !== y)
            return x < y ? -1 : 1;
    }
    return ca.length - cb.length;
}
/**
 * The whole `coverage report -m` table of `data` (Branch/BrPart columns when it has branch data),
 * each line right-trimmed as coverage.py writes them, ending with a newline.
 */
function renderCoveragePyTable(data) {
    const files = [...data.files.values()];
    const withBranches = files.some((f) => f.branches !== null);
    // A loop, not Math.max(...spread): a spread of a million files overflows the call stack.
    const nameWidth = files.reduce((max, f) => Math.max(max, f.path.length), 5);
    const pad = (n) => String(n).padStart(6);
    const row = (name, n, missingText) => {
        let text = `${name.padEnd(nameWidth)}  ${pad(n.statements)} ${pad(n.missing)}`;
        if (withBranches)
            text += ` ${pad(n.branches)} ${pad(n.partial)}`;
        const covered = n.statements - n.missing + n.branches - n.missingBranches;
        const pct = n.statements > 0 ? displayCoveragePyPct(covered, n.statements + n.branches) : '100';
        return `${text}${pct.padStart(6)}%   ${missingText}`.trimEnd();
    };
    let header = `${'Name'.padEnd(nameWidth)}   Stmts   Miss`;
    if (withBranches)
        header += ' Branch BrPart';
    header += '  Cover   Missing';
    const rule = '-'.repeat(header.length);
    const total = { statements: 0, missing: 0, branches: 0, partial: 0, missingBranches: 0 };
    const rows = files.map((file) => {
        const n = numbersOf(file);
        for (const key of Object.keys(total))
            total[key] += n[key];
        return row(file.path, n, formatCoveragePyMissing(file));
    });
    rows.sort(compareHuman);
    const out = [header, rule, ...rows];
    if (files.length > 0)
        out.push(rule, row('TOTAL', total, ''));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./js/report/convention.js

function round(c) {
    return { ...c, pct: Number(displayCoveragePyPct(c.covered, c.total, 2)) };
}
const roundOrNull = (c) => (c == null ? null : round(c));
function roundTotals(t) {
    const out = {
        lines: round(t.lines),
        statements: roundOrNull(t.statements),
        functions: roundOrNull(t.functions),
        branches: roundOrNull(t.branches),
    };
    if (t.total !== undefined)
        out.total = roundOrNull(t.total);
    return out;
}
/** The report with its coverage percentages in the producing tool's convention, for display only. */
function showInToolConvention(report) {
    if (report.producer !== 'coverage.py')
        return report;
    return {
        ...report,
        totals: roundTotals(report.totals),
        base: report.base === null ? null : { totals: roundTotals(report.base.totals) },
        files: report.files.map((f) => ({ ...f, ...roundTotals(f) })),
        thresholds: report.thresholds.map((t) => roundThreshold(t, report.totals)),
    };
}
/** A metric threshold's actual, rounded too — except where rounding would seem to meet a failed one. */
function roundThreshold(t, totals) {
    const metric = ['lines', 'statements', 'functions', 'branches', 'total'].find((m) => m === t.name);
    const counts = metric === undefined ? null : totals[metric];
    if (counts == null || t.actual === null)
        return t;
    const shown = Number(displayCoveragePyPct(counts.covered, counts.total, 2));
    return !t.ok && shown >= t.required ? t : { ...t, actual: shown };
}

;// CONCATENATED MODULE: ./js/report/context.js
/**
 * What the renderers need besides the report: where the numbers came from and how the test phases
 * went. The pipeline fills it; the CLI fills what it knows.
 */
/** The label of a published report, in the comment, the summary and the check run's title. */
const REPORTED_BY_PR_LABEL = "numbers reported by the pull request's run";

;// CONCATENATED MODULE: ./js/report/budget.js
/**
 * Size budgets: the comment and the job summary stay under GitHub's limits by construction, not by
 * cutting the finished text (which could split a table row, an entity or a link in half). Every
 * variable-length part is a list of whole lines, added one at a time while they fit, and a reserved
 * "N more" line accounts for the rest.
 */
/**
 * UTF-16 code units. GitHub counts characters; a code unit count is never smaller, so staying under
 * the limit in code units stays under it in characters.
 */
const measureChars = (text) => text.length;
/** UTF-8 bytes, the unit of the job summary limit. */
const measureBytes = (text) => Buffer.byteLength(text, 'utf8');
/** Rows of already rendered lines. */
function eagerRows(lines) {
    return { length: lines.length, render: (i) => lines[i] ?? '' };
}
/** Rows rendering `items` with `render` on demand. */
function budget_lazyRows(items, render) {
    return { length: items.length, render: (i) => render(items[i]) };
}
/**
 * Joins `head` and as many `rows` (in order) as fit in `budget`, then `more(hidden)` when rows were
 * left out. Returns '' when not even the head and the "more" line fit, or when there are no rows.
 * `more(n)` must not get longer as `n` gets smaller (true of any text that only embeds `n`).
 */
function fitLines(head, rows, more, budget, measure) {
    return fitRows(head, rows, more, budget, measure).text;
}
/** {@link fitLines}, also telling how many rows were shown. */
function fitRows(head, rows, more, budget, measure) {
    if (rows.length === 0)
        return { text: '', shown: 0 };
    const lines = [...head];
    let size = measure(head.join('\n'));
    const reserve = measure(`\n${more(rows.length)}`);
    // Rows that fit with room left for a "more" line are safe whatever follows.
    let shown = 0;
    for (; shown < rows.length; shown += 1) {
        const row = rows.render(shown);
        const cost = measure(`\n${row}`);
        if (size + cost + reserve > budget) {
            // The rest may still fit without a "more" line; that look-ahead costs at most `reserve`.
            const rest = [row];
            let restSize = size + cost;
            for (let i = shown + 1; i < rows.length && restSize <= budget; i += 1) {
                const next = rows.render(i);
                rest.push(next);
                restSize += measure(`\n${next}`);
            }
            if (restSize <= budget && shown + rest.length === rows.length) {
                return { text: [...lines, ...rest].join('\n'), shown: rows.length };
            }
            break;
        }
        lines.push(row);
        size += cost;
    }
    if (shown === rows.length)
        return { text: lines.join('\n'), shown };
    if (size + reserve > budget)
        return { text: '', shown: 0 };
    lines.push(more(rows.length - shown));
    return { text: lines.join('\n'), shown };
}
/** Keeps `text` when it fits in `budget`, else ''. For parts that are small by construction. */
function fitBlock(text, budget, measure) {
    return measure(text) <= budget ? text : '';
}
// The one text order of covgate (defined beside the paths it mostly sorts), re-exported for report/.

/** Ascending numbers with `null` last. */
function compareNullable(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? 1 : -1;
    return a - b;
}

;// CONCATENATED MODULE: ./js/report/components-table.js



const HEAD = [
    '| Component | Files | Lines | Δ Lines | Branches | Patch | Thresholds |',
    '|:--|--:|--:|--:|--:|--:|:--|',
];
function describePatch(patch) {
    if (patch === null)
        return 'unknown';
    if (patch.total === 0)
        return 'N/A';
    if (patch.pct === null)
        return 'unknown';
    return `${formatPct(patch.pct)} (${formatInteger(patch.covered)}/${formatInteger(patch.total)})`;
}
/** `✅ lines ≥ 85%` per threshold, failing ones with their actual value; `—` when there are none. */
function describeThresholds(c) {
    if (c.thresholds.length === 0)
        return format_NONE;
    return c.thresholds
        .map((t) => {
        const actual = t.actual === null ? 'unknown' : formatPct(t.actual);
        return t.ok
            ? `✅ ${escapeMarkdown(t.name)} ≥ ${formatNumber(t.required)}%`
            : `❌ ${escapeMarkdown(t.name)} ${actual} < ${formatNumber(t.required)}%`;
    })
        .join('<br>');
}
/** The "Components" section, within `budget`; '' when no component is configured. */
function renderComponentsTable(report, budget, measure) {
    const components = report.components;
    if (components === undefined)
        return '';
    const rows = budget_lazyRows(Object.entries(components), ([name, c]) => {
        const label = escapeMarkdown(truncateEnd(name, 100));
        const delta = c.delta === null ? format_NONE : formatDelta(c.delta.lines);
        return (`| ${label} | ${formatInteger(c.files)} | ${format_formatCounts(c.totals.lines)} | ${delta} | ` +
            `${format_formatCounts(c.totals.branches)} | ${describePatch(c.patch)} | ${describeThresholds(c)} |`);
    });
    return fitLines(['#### Components', '', ...HEAD], rows, (n) => `\n… and ${formatInteger(n)} more components`, budget, measure);
}

;// CONCATENATED MODULE: ./js/report/sections.js
/**
 * The parts of the comment and job summary that are about the whole run: verdict, totals, patch
 * coverage, thresholds, provenance. Each returns Markdown; untrusted text is escaped here.
 */




/** Longest untrusted name or message shown, in code points (before escaping). */
const MAX_TEXT = 300;
/** The comment id that needs no mention in the heading. */
const DEFAULT_COMMENT_ID = 'covgate';
const METRIC_LABELS = {
    lines: 'Lines',
    statements: 'Statements',
    functions: 'Functions',
    branches: 'Branches',
};
/** The verdict shown: the outcome's when given, else the gate held and nothing else failed. */
function isPassing(report, ctx) {
    return ctx.passed ?? (report.passed && ctx.errors.length === 0);
}
/** The verdict heading, with the comment id when it is not the default. */
function renderHeading(passed, commentId) {
    const id = commentId === DEFAULT_COMMENT_ID ? '' : ` · ${escapeMarkdown(truncateEnd(commentId, 100))}`;
    return passed ? `### ✅ Coverage check passed${id}` : `### ❌ Coverage check failed${id}`;
}
/** Heading with the verdict, and a line with the key figures. */
function renderHeadline(report, ctx) {
    const heading = renderHeading(isPassing(report, ctx), ctx.commentId);
    const lines = `Lines **${formatPct(report.totals.lines.pct)}**`;
    const delta = report.delta ? ` (${formatDelta(report.delta.lines)})` : '';
    return `${heading}\n\n${lines}${delta} · Patch **${describePatchShort(report)}**`;
}
function describePatchShort(report) {
    const patch = report.patch;
    if (patch === null || patch.pct === null)
        return 'unknown';
    if (patch.total === 0)
        return 'N/A';
    return formatPct(patch.pct);
}
/** Why the check failed: each failed threshold, then each error; as a bullet list within `budget`. */
function renderReasons(report, ctx, budget, measure) {
    const failed = sortThresholds(report.thresholds).filter((t) => !t.ok);
    const reasons = [...failed, ...ctx.errors];
    const rows = budget_lazyRows(reasons, (r) => typeof r === 'string'
        ? `- ❌ ${escapeMarkdown(truncateEnd(r, MAX_TEXT))}`
        : `- ❌ ${describeThreshold(r).reason}`);
    return fitLines([], rows, (n) => `- … and ${formatInteger(n)} more`, budget, measure);
}
/** Base / Head / Δ per metric, and a sentence saying what the base is. */
function sections_renderTotals(report, ctx) {
    const rows = ['| Metric | Base | Head | Δ |', '|:--|--:|--:|--:|'];
    for (const metric of METRICS) {
        const head = report.totals[metric];
        const base = report.base?.totals[metric] ?? null;
        if (head === null && base === null)
            continue;
        const delta = report.delta ? formatDelta(report.delta[metric]) : format_NONE;
        rows.push(`| ${METRIC_LABELS[metric]} | ${format_formatCounts(base)} | ${format_formatCounts(head)} | ${delta} |`);
    }
    rows.push(...renderTotalRow(report));
    return `${rows.join('\n')}\n\n${describeBase(report, ctx.provenance)}`;
}
/** coverage.py's TOTAL (statements + branches), when the report has branch data to add. */
function renderTotalRow(report) {
    const head = report.totals.total ?? null;
    if (head === null || report.totals.branches === null)
        return [];
    const base = report.base?.totals.total ?? null;
    const delta = base === null ? format_NONE : formatDelta(Math.round((head.pct - base.pct) * 100) / 100 + 0);
    return [`| Total (statements + branches) | ${format_formatCounts(base)} | ${format_formatCounts(head)} | ${delta} |`];
}
function shortSha(sha) {
    return escapeMarkdownCode(truncateEnd(sha, 40).slice(0, 7));
}
function describeBase(report, p) {
    const text = p.note ? escapeMarkdown(truncateEnd(p.note, MAX_TEXT).replace(/\.$/, '')) : null;
    if (report.base === null) {
        // Stores word their reasons "no baseline: …"; the sentence already says so.
        const why = text?.replace(/^no baseline: /i, '');
        return why ? `No baseline to compare with (${why}).` : 'No baseline to compare with.';
    }
    const note = text ? ` Note: ${text}.` : '';
    if (p.baselineSource === 'file') {
        const sha = p.baselineSha ? ` (commit ${shortSha(p.baselineSha)})` : '';
        return `Compared with the base coverage report given as a file${sha}.${note}`;
    }
    const baseline = p.baselineSha ? ` ${shortSha(p.baselineSha)}` : '';
    if (p.baselineExact)
        return `Compared with the baseline${baseline} of the PR's base commit.${note}`;
    const prBase = p.baseSha ? ` ${shortSha(p.baseSha)}` : '';
    return (`⚠️ Compared with the nearest baseline${baseline} of the base branch, not the PR's base commit${prBase}: ` +
        `the deltas may include changes merged into the base branch since.${note}`);
}
/** Patch coverage in one line: covered/total, N/A, or unknown with the reason. */
function renderPatch(report) {
    const patch = report.patch;
    const note = report.patchNote ? escapeMarkdown(truncateEnd(report.patchNote, MAX_TEXT)) : null;
    if (patch === null)
        return `**Patch coverage:** unknown — ${note ?? 'no diff of the changes is available'}`;
    if (patch.pct === null)
        return `**Patch coverage:** unknown — ${note ?? 'the diff is incomplete'}`;
    if (patch.total === 0)
        return '**Patch coverage:** N/A — no executable changed lines';
    const counts = `${formatInteger(patch.covered)}/${formatInteger(patch.total)} changed executable lines`;
    const branches = report.patchBranches ? ` · changed branches ${format_formatCounts(report.patchBranches)}` : '';
    return `**Patch coverage:** ${formatPct(patch.pct)} (${counts})${branches}`;
}
function thresholdRank(name) {
    const metric = METRICS.indexOf(name);
    if (metric >= 0)
        return metric;
    if (name === 'total')
        return 3.5;
    if (name === 'patch')
        return 4;
    if (name === 'max-drop')
        return 5;
    return name.startsWith('file:') ? 7 : 6;
}
/** Failing first, then metrics, patch, max-drop, others, files; then by name. Input order is irrelevant. */
function sortThresholds(thresholds) {
    return thresholds
        .map((t) => ({ t, rank: thresholdRank(t.name) }))
        .sort((a, b) => Number(a.t.ok) - Number(b.t.ok) ||
        a.rank - b.rank ||
        paths_compareText(a.t.name, b.t.name) ||
        a.t.required - b.t.required ||
        compareNullable(a.t.actual, b.t.actual))
        .map((item) => item.t);
}
/**
 * Human text of one threshold. `max-drop` is read as: `required` = the largest allowed drop and
 * `actual` = the drop (base − head, points); the others as percentages.
 */
function describeThreshold(t) {
    const required = formatNumber(t.required);
    if (t.name === 'max-drop') {
        const actual = t.actual === null ? 'unknown' : `${formatNumber(t.actual)} pts`;
        const reason = t.actual === null
            ? `Line coverage change vs base is unknown (allowed drop ${required} pts)`
            : `Line coverage dropped by ${formatNumber(t.actual)} pts, more than the allowed ${required}`;
        return { label: 'Max drop (lines)', required: `≤ ${required} pts`, actual, reason };
    }
    const actual = t.actual === null ? 'unknown' : formatPct(t.actual);
    let label;
    let subject;
    if (t.name.startsWith('file:')) {
        const path = escapeMarkdown(escape_truncateMiddle(t.name.slice('file:'.length), MAX_TEXT));
        label = `File ${path} (lines)`;
        subject = `File ${path}: line coverage`;
    }
    else {
        const known = METRIC_LABELS[t.name] ??
            (t.name === 'patch' ? 'Patch' : t.name === 'total' ? 'Total (statements + branches)' : undefined);
        label = known ?? escapeMarkdown(truncateEnd(t.name, MAX_TEXT));
        subject = `${label} coverage`;
    }
    const note = t.note === undefined ? '' : `: ${escapeMarkdown(truncateEnd(t.note, MAX_TEXT))}`;
    const reason = t.actual === null
        ? `${subject} is unknown (required ${required}%)${note}`
        : `${subject} ${actual} is below the required ${required}%`;
    return { label, required: `≥ ${required}%`, actual, reason };
}
/** Thresholds with pass/fail, failing first, within `budget`. */
function renderThresholds(report, budget, measure, moreNote) {
    const rows = budget_lazyRows(sortThresholds(report.thresholds), (t) => {
        const text = describeThreshold(t);
        return `| ${text.label} | ${text.required} | ${text.actual} | ${t.ok ? '✅ pass' : '❌ fail'} |`;
    });
    const head = ['#### Thresholds', '', '| Threshold | Required | Actual | Result |', '|:--|--:|--:|:-:|'];
    const table = fitLines(head, rows, (n) => `\n… and ${formatInteger(n)} more thresholds${moreNote}`, budget, measure);
    return table + renderRatchet(report.thresholds);
}
/** The seed's ratchet advice: thresholds that passed with room, and the next step for each. */
function renderRatchet(thresholds) {
    const steps = thresholds.filter((t) => t.suggested !== undefined && t.actual !== null);
    if (steps.length === 0)
        return '';
    const items = steps.map((t) => `${t.name} ${formatPct(t.actual ?? 0)} — \`fail-under: ${t.name}=${formatNumber(t.required)}\` could be ${formatNumber(t.suggested ?? 0)}`);
    return `\n\n💡 Room to ratchet: ${items.join('; ')}.`;
}
/** Head, base and baseline commits, and whether the baseline is the exact base. */
function renderProvenanceLines(p) {
    const sha = (value) => value ? escapeMarkdownCode(truncateEnd(value, 64)) : 'unknown';
    const lines = [`- Head commit: ${sha(p.headSha)}`, `- PR base commit: ${sha(p.baseSha)}`];
    if (p.baselineSource === 'none') {
        lines.push('- Baseline: none — no baseline, so coverage is not compared with the base.');
    }
    else if (p.baselineSource === 'file') {
        lines.push(`- Baseline: ${sha(p.baselineSha)} from a file (\`base-coverage\` / \`--base\`).`);
    }
    else {
        const exact = p.baselineExact
            ? 'the exact PR base commit'
            : '**not the exact PR base commit** — the newest baseline of the base branch was used instead';
        lines.push(`- Baseline: ${sha(p.baselineSha)} from the baseline store (Actions cache); ${exact}.`);
    }
    if (p.note)
        lines.push(`- Note: ${escapeMarkdown(truncateEnd(p.note, MAX_TEXT))}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./js/report/partial-lines.js
/** One partial line as text. */
function describePartialLine(p) {
    if (p.missing !== undefined && p.missing.length > 0) {
        const arcs = p.missing.map((d) => `${p.line}→${/^\d+$/.test(d) ? d : 'exit'}`).join(', ');
        return `${p.line} (${p.taken} of ${p.total} branches; ${arcs} never taken)`;
    }
    const untaken = p.untaken ?? [];
    const word = untaken.length === 1 ? 'branch' : 'branches';
    return `${p.line} (${word} ${untaken.join(', ')} of ${p.total} never taken)`;
}
/** The sentence an annotation of a partial line carries. */
function describePartialAnnotation(p) {
    if (p.missing !== undefined && p.missing.length > 0) {
        const arcs = p.missing.map((d) => `${p.line}→${/^\d+$/.test(d) ? d : 'exit'}`).join(', ');
        return `Branch never taken: ${arcs} (${p.taken} of ${p.total} branches taken)`;
    }
    return `Branch never taken: ${describePartialLine(p).replace(/^\d+ \((.*)\)$/, '$1')}`;
}

;// CONCATENATED MODULE: ./js/report/tables.js
/**
 * Per-file and per-phase tables as lists of rows, sorted with explicit tie-breakers so the same data
 * renders the same way whatever order it arrived in. The caller fits them into its size budget.
 */






/** Longest path shown, in code points (the link still points at the full path). */
const MAX_PATH = 200;
/** Header lines of the changed-files table. */
const CHANGED_FILES_HEAD = [
    '| File | Patch | Lines | Δ Lines | Uncovered changed lines |',
    '|:--|--:|--:|--:|:--|',
];
/** Header lines of the other-changes table. */
const OTHER_CHANGES_HEAD = [
    '| File | Change | Lines | Δ Lines | Δ Branches |',
    '|:--|:--|--:|--:|--:|',
];
/** Header lines of the all-files table. */
const ALL_FILES_HEAD = (/* unused pure expression or super */ null && ([
    '| File | Lines | Statements | Functions | Branches | Missing lines |',
    '|:--|--:|--:|--:|--:|:--|',
]));
/** Distinct line numbers; the usual already-ascending list is counted without building a Set. */
function countDistinct(lines) {
    for (let i = 1; i < lines.length; i += 1) {
        if ((lines[i] ?? 0) <= (lines[i - 1] ?? 0))
            return new Set(lines).size;
    }
    return lines.length;
}
/** Changed files with executable changed lines, worst first (most uncovered changed lines, then path). */
function sortPatchFiles(report) {
    const items = (report.patch?.files ?? [])
        .filter((f) => f.total > 0)
        .map((f) => ({ f, uncovered: countDistinct(f.uncoveredLines) }));
    items.sort((a, b) => b.uncovered - a.uncovered ||
        paths_compareText(a.f.path, b.f.path) ||
        a.f.total - b.f.total ||
        a.f.covered - b.f.covered);
    return items.map((item) => item.f);
}
/** Number of changed files that have no executable changed line (docs, config …). */
function countNonExecutableChanges(report) {
    return (report.patch?.files ?? []).filter((f) => f.total === 0).length;
}
function indexByPath(items) {
    const map = new Map();
    for (const item of items)
        if (!map.has(item.path))
            map.set(item.path, item);
    return map;
}
/** Builds the lookups once per render. */
function indexChangedFiles(report) {
    return {
        files: indexByPath(report.files),
        changes: indexByPath(report.fileChanges),
        hasBase: report.base !== null,
    };
}
/** Rows of the changed-files table: patch coverage, head line coverage, delta, linked uncovered ranges. */
function buildChangedFileRows(sorted, index, target, maxRanges) {
    return budget_lazyRows(sorted, (f) => {
        const link = format_formatFileLink(f.path, escape_truncateMiddle(f.path, MAX_PATH), target);
        const patch = `${formatPct(percent(f.covered, f.total))} (${formatInteger(f.covered)}/${formatInteger(f.total)})`;
        const head = index.files.get(f.path);
        const lines = head ? formatPct(head.lines.pct) : format_NONE;
        const change = index.changes.get(f.path);
        let delta = format_NONE;
        if (change?.kind === 'added')
            delta = 'new';
        else if (change)
            delta = formatDelta(change.delta.lines);
        else if (index.hasBase)
            delta = formatDelta(0);
        const partial = (f.partialLines ?? []).slice(0, maxRanges).map(describePartialLine);
        const more = (f.partialLines?.length ?? 0) > partial.length ? ', …' : '';
        const partly = partial.length > 0 ? `partly: ${partial.join(', ')}${more}` : '';
        const uncovered = f.uncoveredLines.length > 0 || partly === '';
        const ranges = (uncovered ? format_formatLinkedRanges(f.path, f.uncoveredLines, target, maxRanges) : '') +
            (uncovered && partly !== '' ? '; ' : '') +
            partly;
        return `| ${link} | ${patch} | ${lines} | ${delta} | ${ranges} |`;
    });
}
/** Coverage changes not shown in the changed-files table (indirect, removed …), worst delta first. */
function selectOtherChanges(report) {
    const shown = new Set((report.patch?.files ?? []).filter((f) => f.total > 0).map((f) => f.path));
    return report.fileChanges
        .filter((d) => !shown.has(d.path))
        .sort((a, b) => compareNullable(a.delta.lines, b.delta.lines) ||
        paths_compareText(a.path, b.path) ||
        paths_compareText(a.kind, b.kind));
}
/** Rows of the other-changes table. */
function buildOtherChangeRows(changes, target) {
    return budget_lazyRows(changes, (d) => {
        const display = escape_truncateMiddle(d.path, MAX_PATH);
        const file = d.kind === 'removed' ? escapeMarkdown(display) : format_formatFileLink(d.path, display, target);
        const lines = d.head ? format_formatCounts(d.head.lines) : d.kind;
        return `| ${file} | ${d.kind} | ${lines} | ${formatDelta(d.delta.lines)} | ${formatDelta(d.delta.branches)} |`;
    });
}
/** Rows of the all-files table (job summary), by path. */
function buildAllFileRows(report, target, maxRanges) {
    const sorted = [...report.files].sort((a, b) => compareText(a.path, b.path));
    return lazyRows(sorted, (f) => {
        const link = formatFileLink(f.path, truncateMiddle(f.path, MAX_PATH), target);
        const metrics = [f.lines, f.statements, f.functions, f.branches].map(formatCounts).join(' | ');
        return `| ${link} | ${metrics} | ${formatLinkedRanges(f.path, f.missingLines, target, maxRanges)} |`;
    });
}
const PHASE_LABELS = { unit: 'Unit', full: 'Full', rest: 'Rest' };
/** The outcome of a phase in a few words. */
function describePhaseOutcome(p) {
    if (p.skipped)
        return '⏭️ skipped (an earlier phase failed)';
    if (p.timedOut)
        return '⏱️ timed out';
    if (p.signal)
        return `❌ killed by ${escapeMarkdown(truncateEnd(p.signal, 40))}`;
    if (p.exitCode === 0)
        return '✅ passed';
    if (p.exitCode === null)
        return '❌ did not finish';
    return `❌ exit ${p.exitCode}`;
}
/** `Unit`, or `Unit · shard 1` after a merge of shards. */
function phaseLabel(p) {
    const shard = p.shard === undefined ? '' : ` · ${escapeMarkdown(truncateEnd(p.shard, 100))}`;
    return `${PHASE_LABELS[p.name]}${shard}`;
}
function formatTests(t) {
    return `${formatInteger(t.passed)} passed, ${formatInteger(t.failed)} failed, ${formatInteger(t.skipped)} skipped`;
}
/**
 * Rows of the test-phase table, in the order the phases ran; after a merge of shards, a last row
 * sums the tests of every shard.
 */
function buildPhaseRows(phases) {
    const rows = phases.map((p) => {
        const command = escapeMarkdownCode(truncateEnd(p.command, MAX_TEXT), { inTable: true });
        const duration = p.skipped ? format_NONE : formatDuration(p.durationMs);
        const t = p.tests;
        const tests = t
            ? `${formatInteger(t.passed)} passed, ${formatInteger(t.failed)} failed, ${formatInteger(t.skipped)} skipped${describeSkips(t)}`
            : format_NONE;
        return `| ${phaseLabel(p)} | ${command} | ${describePhaseOutcome(p)} | ${duration} | ${tests} |`;
    });
    const shards = new Set(phases.map((p) => p.shard).filter((s) => s !== undefined));
    const counted = phases.filter((p) => p.tests !== null);
    if (shards.size === 0 || counted.length === 0)
        return rows;
    const sum = { passed: 0, failed: 0, skipped: 0 };
    for (const p of counted) {
        sum.passed += p.tests?.passed ?? 0;
        sum.failed += p.tests?.failed ?? 0;
        sum.skipped += p.tests?.skipped ?? 0;
    }
    rows.push(`| **All ${formatInteger(shards.size)} shards** | | | | ${formatTests(sum)} |`);
    return rows;
}
/** ` — TEST_DATABASE_URL is not set` (one reason) or ` — reason (3), other (1)`; at most three. */
function describeSkips(t) {
    const reasons = t.skipReasons ?? [];
    if (t.skipped === 0 || reasons.length === 0)
        return '';
    const text = (r) => escapeMarkdown(truncateEnd(r, 120));
    if (reasons.length === 1 && reasons[0]?.count === t.skipped)
        return ` — ${text(reasons[0].reason)}`;
    const shown = reasons.slice(0, 3).map((r) => `${text(r.reason)} (${formatInteger(r.count)})`);
    return ` — ${shown.join(', ')}${reasons.length > 3 ? ', …' : ''}`;
}
/** Header lines of the test-phase table. */
const PHASES_HEAD = ['| Phase | Command | Result | Duration | Tests |', '|:--|:--|:--|--:|:--|'];
/** One list item per failed test: phase, name, file and first line of the message. */
function buildFailureRows(phases) {
    const failures = phases.flatMap((p) => (p.tests?.failures ?? []).map((f) => ({ phase: { name: p.name, shard: p.shard }, ...f })));
    return budget_lazyRows(failures, (f) => {
        const file = f.file ? ` (${escapeMarkdown(escape_truncateMiddle(f.file, MAX_PATH))})` : '';
        const message = f.message ? `: ${escapeMarkdown(truncateEnd(f.message, MAX_TEXT))}` : '';
        return `- ${phaseLabel(f.phase)} · ${escapeMarkdown(truncateEnd(f.name, MAX_TEXT))}${file}${message}`;
    });
}

;// CONCATENATED MODULE: ./js/report/markdown.js
/**
 * The sticky pull-request comment: verdict first, then the numbers a reviewer needs, the worst
 * files first, and the rest in collapsed details. Pure: same report and context, same bytes.
 */








/**
 * GitHub rejects issue comments longer than 65,536 characters ("Body is too long"), and a rejected
 * update would leave a stale comment behind; the comment is built to stay under it.
 */
const COMMENT_MAX_CHARS = 65_536;
/**
 * Uncovered ranges listed per changed file before "+N more": the first level at which every changed
 * file fits, else the last (fewest ranges, most files).
 */
const COMMENT_RANGE_LEVELS = [20, 5, 2];
/**
 * Hidden marker that identifies the sticky comment of one `comment-id`. The id is percent-encoded and
 * `--` runs are broken, so no id can end the HTML comment early or make one marker a prefix of another.
 */
function commentMarker(commentId) {
    const id = encodeURIComponent(commentId).replace(/-(?=-)|(?<=-)-/g, '%2D');
    return `<!-- covgate:comment-id=${id} -->`;
}
/** `1 file`, `2 files`. */
function pluralize(n, one, many) {
    return `${formatInteger(n)} ${n === 1 ? one : many}`;
}
/** A link to the job summary, or plain words when there is no (http) URL. */
function pointToSummary(summaryUrl) {
    // A URL too long to be a run link is not linked: every part of the comment has a bounded size.
    if (!summaryUrl || !/^https?:\/\//i.test(summaryUrl) || summaryUrl.length > 500)
        return 'the job summary';
    const url = summaryUrl.replace(/[\s()<>"'`|\\[\]]/g, percentEncode);
    return `[job summary](${url})`;
}
/** The line that links the HTML report artifact (`html-report`), or '' when there is none. */
function renderHtmlLink(url) {
    if (url === null || !/^https?:\/\//i.test(url) || url.length > 500)
        return '';
    const safe = url.replace(/[\s()<>"'`|\\[\]]/g, percentEncode);
    return `📄 [Browse the HTML coverage report](${safe}): every file's source with uncovered lines and branches (a zip artifact of this run).`;
}
/** Test phases table and the failed tests, within `budget`. */
function renderPhasesSection(phases, budget, measure) {
    if (phases.length === 0)
        return '';
    const table = fitLines(['#### Test phases', '', ...PHASES_HEAD], eagerRows(buildPhaseRows(phases)), (n) => `\n… and ${n} more phases`, budget, measure);
    const failures = buildFailureRows(phases);
    if (failures.length === 0)
        return table;
    const rest = budget - measure(table) - 2;
    const list = fitLines(['**Failed tests**', ''], failures, (n) => `- … and ${pluralize(n, 'more failed test', 'more failed tests')}`, rest, measure);
    return list ? `${table}\n\n${list}` : table;
}
/**
 * The changed-files table within `budget`; `more(n)` is the line that replaces the rows that do not
 * fit. Rows list up to `rangeLevels[0]` uncovered ranges each; when not every file fits, the next
 * (smaller) level is tried, so a big PR shows more files with fewer ranges each.
 */
function renderChangedFilesSection(report, target, options) {
    if (report.patch === null)
        return '';
    const head = ['#### Changed files', ''];
    const other = countNonExecutableChanges(report);
    if (other > 0) {
        head.push(`${pluralize(other, 'changed file has', 'changed files have')} no executable changed lines.`, '');
    }
    const sorted = sortPatchFiles(report);
    if (sorted.length === 0) {
        return other > 0 ? fitBlock(head.join('\n').trimEnd(), options.budget, options.measure) : '';
    }
    const context = indexChangedFiles(report);
    let fitted = { text: '', shown: 0 };
    for (const maxRanges of options.rangeLevels) {
        const rows = buildChangedFileRows(sorted, context, target, maxRanges);
        fitted = fitRows([...head, ...CHANGED_FILES_HEAD], rows, options.more, options.budget, options.measure);
        if (fitted.shown === sorted.length)
            break;
    }
    return fitted.text;
}
/** Files whose coverage changed outside the changed lines, in a collapsed block when `collapsed`. */
function renderOtherChangesSection(report, target, options) {
    const changes = selectOtherChanges(report);
    if (changes.length === 0)
        return '';
    const kinds = new Map();
    for (const c of changes)
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    const breakdown = [...kinds.entries()]
        .sort(([a], [b]) => paths_compareText(a, b))
        .map(([kind, n]) => `${formatInteger(n)} ${kind}`)
        .join(', ');
    const title = `Coverage changes in files without changed lines: ${pluralize(changes.length, 'file', 'files')} (${breakdown})`;
    const head = options.collapsed
        ? [`<details><summary>${title}</summary>`, '', ...OTHER_CHANGES_HEAD]
        : [`#### ${title}`, '', ...OTHER_CHANGES_HEAD];
    const tail = options.collapsed ? '\n\n</details>' : '';
    const more = (n) => `\n… and ${formatInteger(n)} more${options.moreNote}`;
    const rows = buildOtherChangeRows(changes, target);
    const body = fitLines(head, rows, more, options.budget - options.measure(tail), options.measure);
    return body ? body + tail : '';
}
/**
 * The parts the comment and the job summary both open with, in this order: verdict, why it failed
 * (only when it did), totals, patch coverage, components, thresholds, test phases. Empty parts are ''.
 */
function renderRunParts(report, ctx, options) {
    const { measure } = options;
    return [
        renderHeadline(report, ctx),
        ctx.reportedByPullRequest
            ? `> ℹ️ Published by a separate workflow — ${REPORTED_BY_PR_LABEL}; the verdict is this workflow's own, from its thresholds.`
            : '',
        isPassing(report, ctx) ? '' : renderReasons(report, ctx, options.reasonsBudget, measure),
        sections_renderTotals(report, ctx),
        renderHtmlLink(ctx.htmlReportUrl ?? null),
        renderPatch(report),
        // Components share the thresholds' size share: each component row carries its thresholds.
        renderComponentsTable(report, options.thresholdsBudget, measure),
        renderThresholds(report, options.thresholdsBudget, measure, options.thresholdsMore),
        renderPhasesSection(ctx.phases, options.phasesBudget, measure),
    ];
}
/** Provenance in a collapsed block. */
function renderProvenanceSection(ctx) {
    return `<details><summary>Provenance</summary>\n\n${renderProvenanceLines(ctx.provenance)}\n\n</details>`;
}
/** Joins non-empty parts with blank lines. */
function joinParts(parts) {
    return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
/**
 * The sticky PR comment as GitHub Markdown, at most {@link COMMENT_MAX_CHARS} characters whatever the
 * report's size: every other part has a fixed share, the changed-files table gets what is left.
 */
function renderComment(fullReport, ctx) {
    const report = showInToolConvention(fullReport);
    const measure = measureChars;
    const target = makeLinkTarget(ctx.repoUrl, ctx.provenance.headSha);
    const summary = pointToSummary(ctx.summaryUrl);
    const top = [
        commentMarker(ctx.commentId),
        ...renderRunParts(report, ctx, {
            measure,
            reasonsBudget: 4_000,
            thresholdsBudget: 6_000,
            phasesBudget: 8_000,
            thresholdsMore: ` — see ${summary}`,
        }),
    ];
    const bottom = [
        renderOtherChangesSection(report, target, {
            budget: 8_000,
            measure,
            collapsed: true,
            moreNote: ` — see ${summary}`,
        }),
        renderProvenanceSection(ctx),
    ];
    // Two characters of separator per part, plus the final newline.
    const used = measure(joinParts([...top, ...bottom])) + 2;
    const files = renderChangedFilesSection(report, target, {
        budget: COMMENT_MAX_CHARS - used,
        measure,
        rangeLevels: COMMENT_RANGE_LEVELS,
        more: (n) => `\n… and ${pluralize(n, 'more file', 'more files')} — see ${summary}`,
    });
    return joinParts([...top, files, ...bottom]);
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./js/report/istanbul-table.js

const PCT = 7;
const MIN_NAME = 4;
const MIN_MISSING = 17;
/** Uncovered runs of a file's line entries ("5,14-19"); for a fully covered file, its partly covered branch lines. */
function uncoveredText(file, summary) {
    let entries;
    if (summary.lines.total > 0 && summary.lines.covered === summary.lines.total) {
        const byLine = new Map();
        for (const br of file.branches?.values() ?? []) {
            const full = br.hits.every((h) => h > 0);
            byLine.set(br.line, (byLine.get(br.line) ?? true) && full);
        }
        entries = [...byLine];
    }
    else {
        entries = [...file.lines].map(([line, hits]) => [line, hits > 0]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const ranges = [];
    let start = null;
    let end = 0;
    const close = () => {
        if (start !== null)
            ranges.push(start === end ? `${start}` : `${start}-${end}`);
        start = null;
    };
    for (const [line, hit] of entries) {
        if (hit)
            close();
        else {
            start ??= line;
            end = line;
        }
    }
    close();
    return ranges.join(',');
}
const pct = (c, empty) => (c === null ? '-' : empty ? '0' : String(c.pct));
/** The directory part of a path ('' at the top). */
const dirOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
function layOut(data, files) {
    // Files by directory in one pass (a filter per directory is quadratic on monorepos).
    const byDir = new Map();
    for (const f of files) {
        const dir = dirOf(f.path);
        const list = byDir.get(dir);
        if (list === undefined)
            byDir.set(dir, [f]);
        else
            list.push(f);
    }
    const dirs = [...byDir.keys()].sort();
    const common = dirs.length === 0 ? '' : commonDir(dirs);
    const flat = dirs.length <= 1;
    const dirSummaries = new Map();
    let nameWidth = Math.max(MIN_NAME, 'All files'.length);
    let missingWidth = MIN_MISSING;
    const missing = [];
    for (const dir of dirs) {
        const inDir = byDir.get(dir) ?? [];
        if (!flat)
            nameWidth = Math.max(nameWidth, 1 + dirName(dir, common).length);
        for (const f of inDir) {
            nameWidth = Math.max(nameWidth, (flat ? 1 : 2) + fileName(f.path, dir, common, flat).length);
            const text = missingText(data, f);
            missing.push(text);
            missingWidth = Math.max(missingWidth, text.length);
        }
        dirSummaries.set(dir, sumSummaries(inDir));
    }
    const total = sumSummaries(dirSummaries.values());
    return { dirs, byDir, missing, common, dirSummaries, total, nameWidth, missingWidth };
}
/** The "Uncovered Line #s" of a file of the table. */
function missingText(data, f) {
    const file = data.files.get(f.path);
    return file === undefined ? '' : uncoveredText(file, f);
}
/** A directory's row name: relative to the common directory, `.` for the common one itself. */
function dirName(dir, common) {
    if (dir === common)
        return '.';
    return common === '' ? dir : dir.slice(common.length + 1);
}
/** A file's row name: its path under the common directory (one level), else its base name. */
function fileName(path, dir, common, flat) {
    if (flat)
        return common === '' ? path : path.slice(common.length + 1);
    return path.slice(dir === '' ? 0 : dir.length + 1);
}
/** Rows in the `pkg` layout: one directory level under "All files", relative to the common directory. */
function* tableRows(layout) {
    const { dirs, byDir, common } = layout;
    const flat = dirs.length <= 1;
    let index = 0;
    yield { name: 'All files', depth: 0, summary: layout.total, missing: '' };
    for (const dir of dirs) {
        const summary = layout.dirSummaries.get(dir);
        if (!flat && summary !== undefined)
            yield { name: dirName(dir, common), depth: 1, summary, missing: '' };
        for (const f of byDir.get(dir) ?? []) {
            const name = fileName(f.path, dir, common, flat);
            yield { name, depth: flat ? 1 : 2, summary: f, missing: layout.missing[index++] ?? '' };
        }
    }
}
function commonDir(dirs) {
    const parts = dirs.map((d) => (d === '' ? [] : d.split('/')));
    const first = parts[0] ?? [];
    let n = 0;
    while (n < first.length && parts.every((p) => p[n] === first[n]))
        n++;
    return first.slice(0, n).join('/');
}
/**
 * The table's lines, without line ends, made one at a time (see {@link Layout}). `files` are the
 * summaries of `data`'s files (the report's rows carry them), in path order.
 */
function* istanbulTableLines(data, files) {
    const layout = layOut(data, files);
    const { nameWidth, missingWidth } = layout;
    const cells = (name, s, missing) => [
        name.padEnd(nameWidth),
        (s[0] ?? '').padStart(PCT),
        (s[1] ?? '').padStart(PCT + 1),
        (s[2] ?? '').padStart(PCT),
        (s[3] ?? '').padStart(PCT),
        missing.padEnd(missingWidth),
    ].join(' | ') + ' ';
    const dash = (n) => '-'.repeat(n);
    const rule = [dash(nameWidth), dash(PCT), dash(PCT + 1), dash(PCT), dash(PCT), dash(missingWidth)].join('-|-') + '-';
    yield rule;
    yield cells('File', ['% Stmts', '% Branch', '% Funcs', '% Lines'], 'Uncovered Line #s');
    yield rule;
    for (const r of tableRows(layout)) {
        const empty = r.summary.lines.total === 0;
        const s = r.summary;
        const values = [
            pct(s.statements, empty),
            pct(s.branches, empty),
            pct(s.functions, empty),
            pct(s.lines, empty),
        ];
        yield cells(`${' '.repeat(r.depth)}${r.name}`, values, r.missing);
    }
    yield rule;
}
/** The whole table, ending with a newline. */
function renderIstanbulTable(data) {
    const files = [...data.files.values()].map((f) => ({ path: f.path, ...summarizeFile(f) }));
    return [...istanbulTableLines(data, files)].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./js/report/text.js
/**
 * Plain-text renderings for logs and `covgate report --format text`: a pytest-cov style
 * "term-missing" table and a few lines on deltas, patch coverage and thresholds. Pure.
 */






/** Collapses line numbers into ranges: [12, 13, 14, 15, 40] -> "12-15, 40". */
function formatLineRanges(lines) {
    return toLineRanges(lines).map(formatRange).join(', ');
}
function text_formatPct(pct) {
    return `${pct}%`;
}
/**
 * The term-missing table's lines (without line ends): Name, Stmts (executable lines), Miss, Cover,
 * Missing, with a TOTAL row, like `pytest --cov-report=term-missing`. Made one at a time: the
 * column widths are measured first, so a million-file table is never a million rows at once.
 */
function* termMissingLines(report) {
    const t = report.totals.lines;
    const total = ['TOTAL', String(t.total), String(t.total - t.covered), text_formatPct(t.pct), ''];
    const header = ['Name', 'Stmts', 'Miss', 'Cover', 'Missing'];
    const widths = [0, 1, 2, 3].map((c) => Math.max((header[c] ?? '').length, (total[c] ?? '').length));
    const widen = (c, text) => {
        widths[c] = Math.max(widths[c] ?? 0, text.length);
    };
    for (const f of report.files) {
        widen(0, f.path);
        widen(1, String(f.lines.total));
        widen(2, String(f.lines.total - f.lines.covered));
        widen(3, text_formatPct(f.lines.pct));
    }
    const gaps = ['', '   ', '   ', '  '];
    const format = (r) => [
        (r[0] ?? '').padEnd(widths[0] ?? 0),
        ...[1, 2, 3].map((c) => (gaps[c] ?? '') + (r[c] ?? '').padStart(widths[c] ?? 0)),
        r[4] ? `   ${r[4]}` : '',
    ]
        .join('')
        .trimEnd();
    const rule = '-'.repeat(format(header).length);
    yield format(header);
    yield rule;
    for (const f of report.files) {
        yield format([
            f.path,
            String(f.lines.total),
            String(f.lines.total - f.lines.covered),
            text_formatPct(f.lines.pct),
            formatLineRanges(f.missingLines),
        ]);
    }
    yield rule;
    yield format(total);
}
/** The term-missing table ({@link termMissingLines}), ending with a newline. */
function renderTermMissing(report) {
    return joinLines(termMissingLines(report));
}
/**
 * The lines of the table for the log: the producing tool's own layout — coverage.py's
 * `coverage report -m` for its reports, istanbul's `text` reporter columns for istanbul JSON and
 * lcov (`istanbulColumns`, the action's log) — else the term-missing table.
 */
function logTableLines(report, head, options = {}) {
    if (head?.producer === 'coverage.py')
        return renderCoveragePyTable(head).slice(0, -1).split('\n');
    const istanbulLike = head !== undefined && head.formats.every((f) => f === 'istanbul' || f === 'lcov');
    if (options.istanbulColumns === true && istanbulLike && head.files.size > 0)
        return istanbulTableLines(head, report.files);
    return termMissingLines(report);
}
/** The table for the log ({@link logTableLines}), ending with a newline. */
function renderLogTable(report, head, options = {}) {
    return joinLines(logTableLines(report, head, options));
}
/** Lines joined into one text ending with a newline. */
function joinLines(lines) {
    return [...lines].join('\n') + '\n';
}
/** Size of the pieces {@link lineBatches} makes: few writes, never one giant string. */
const text_BATCH = 1 << 16;
/**
 * `lines` in pieces of about 64 kB of whole lines joined by `\n` (no line end after a piece's last
 * line), made as they are taken: a million-row table reaches the log without being one string.
 */
function* lineBatches(lines) {
    let pending = [];
    let size = 0;
    for (const line of lines) {
        pending.push(line);
        size += line.length + 1;
        if (size >= text_BATCH) {
            yield pending.join('\n');
            pending = [];
            size = 0;
        }
    }
    if (pending.length > 0)
        yield pending.join('\n');
}
/**
 * Writes `pieces` one by one, letting the event loop turn after each: a write to a pipe (stdout, the
 * runner's log) holds its text until it does, so a loop of writes would hold the whole output
 * (270 MB of JSON for a million files).
 */
async function writeInTurns(pieces, write) {
    for (const piece of pieces) {
        write(piece);
        await (0,external_node_timers_promises_namespaceObject.setImmediate)();
    }
}
function text_formatCounts(c) {
    return c === null ? 'n/a' : `${c.pct}% (${c.covered}/${c.total})`;
}
function formatSigned(n) {
    if (n === null)
        return 'n/a';
    return n > 0 ? `+${n}` : String(n);
}
function text_formatDelta(delta) {
    return METRICS.map((m) => `${m} ${formatSigned(delta[m])}`).join(', ');
}
function formatThreshold(t) {
    const actual = t.actual === null ? 'unknown' : String(t.actual);
    const note = t.note === undefined ? '' : `: ${t.note}`;
    const next = t.suggested === undefined ? '' : `; could be ${t.suggested}`;
    return `  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name} >= ${t.required} (actual ${actual}${next})${note}`;
}
function text_renderPatch(report) {
    const patch = report.patch;
    if (patch === null)
        return ['Patch: no diff given'];
    const head = patch.pct === null
        ? `Patch: ${report.patchNote ?? 'unknown'} (${patch.covered}/${patch.total} changed lines covered)`
        : `Patch: ${patch.pct}% (${patch.covered}/${patch.total} changed lines covered)`;
    const lines = [head];
    if (report.patchBranches !== null)
        lines.push(`Patch branches: ${text_formatCounts(report.patchBranches)}`);
    for (const f of patch.files) {
        const partial = (f.partialLines ?? []).map(describePartialLine);
        const parts = [...(f.uncoveredLines.length > 0 ? [formatLineRanges(f.uncoveredLines)] : []), ...partial];
        if (parts.length > 0)
            lines.push(`  ${f.path}: ${parts.join(', ')}`);
    }
    return lines;
}
/**
 * The whole report as text: the log table ({@link renderLogTable}), totals, base delta, patch and
 * thresholds.
 */
function renderText(report, head) {
    return joinLines(textLines(report, head));
}
/** The lines of {@link renderText}, the log table's made one at a time. */
function* textLines(report, head) {
    // Every table's last line is right-trimmed already (a rule or the TOTAL row), so the table is
    // followed by one blank line, as the whole table trimmed at its end would be.
    yield* logTableLines(report, head);
    yield '';
    const out = [];
    const total = report.totals.total ?? null;
    out.push(`Totals: ${METRICS.map((m) => `${m} ${text_formatCounts(report.totals[m])}`).join(', ')}` +
        (total === null ? '' : `, total ${text_formatCounts(total)}`));
    if (report.base !== null && report.delta !== null) {
        out.push(`Base: ${METRICS.map((m) => `${m} ${text_formatCounts(report.base?.totals[m] ?? null)}`).join(', ')}`);
        out.push(`Delta (points): ${text_formatDelta(report.delta)}`);
        for (const f of report.fileChanges) {
            out.push(`  ${f.kind} ${f.path}${f.delta.lines === null ? '' : ` lines ${formatSigned(f.delta.lines)}`}`);
        }
    }
    else {
        out.push('Base: none');
    }
    out.push(...text_renderPatch(report));
    if (report.thresholds.length > 0) {
        out.push('Thresholds:', ...report.thresholds.map(formatThreshold));
    }
    out.push(report.passed ? 'Result: passed' : 'Result: FAILED');
    yield* out;
}

;// CONCATENATED MODULE: ./js/cli.js
/**
 * `covgate report`: the action's analysis offline. Reads coverage reports, an optional base (any
 * report or a covgate baseline) and an optional diff; prints the JSON report, the PR comment's
 * Markdown or a term-missing table. Exit 0 thresholds hold, 1 one failed, 2 bad input (one line on
 * stderr, `covgate: <message>`, never a stack trace).
 */

















async function readInputFile(path, cwd, flag) {
    try {
        return await readTextFile((0,external_node_path_namespaceObject.resolve)(cwd, path));
    }
    catch (error) {
        const why = error.code === 'ENOENT' ? 'no such file' : errors_describeError(error);
        throw new InputError(`${flag}: cannot read '${path}' (${why}); check the path`);
    }
}
/** A covgate baseline JSON (as the action stores it), its bare stored coverage, or null. */
function readStoredCoverage(text, source) {
    if (!text.trimStart().startsWith('{'))
        return null;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return null; // not JSON: the report readers give the precise error
    }
    const v = value;
    if ('coverage' in v && 'sha' in v) {
        try {
            const baseline = parseBaseline(value, source);
            return { data: coverageOf(baseline, source), sha: baseline.sha };
        }
        catch (error) {
            throw new InputError(errors_describeError(error));
        }
    }
    if ('version' in v && Array.isArray(v.files) && 'formats' in v) {
        return { data: deserializeCoverage(value, source), sha: null };
    }
    return null;
}
async function loadInputs(args, cwd, warn) {
    const head = await loadCoverage(args.coverage, { cwd, root: args.root, inputName: '--coverage' });
    for (const note of head.notes)
        warn(`note: ${note}`);
    if (head.dropped.length > 0) {
        warn(`warning: ${head.dropped.length} file(s) outside --root ${args.root} were dropped (e.g. ${head.dropped[0]})`);
    }
    let base = null;
    let baseSha = null;
    if (args.base !== undefined) {
        const text = await readInputFile(args.base, cwd, '--base');
        const stored = readStoredCoverage(text, `--base ${args.base}`);
        base = stored?.data ?? parseReportFile(text, (0,external_node_path_namespaceObject.resolve)(cwd, args.base), { cwd, root: args.root }).data;
        baseSha = stored?.sha ?? null;
    }
    let changes = null;
    if (args.diff !== undefined) {
        const text = await readInputFile(args.diff, cwd, '--diff');
        try {
            changes = parseUnifiedDiff(text, 'file');
        }
        catch (error) {
            throw new InputError(`--diff ${args.diff}: ${errors_describeError(error)}; give the output of 'git diff BASE...HEAD'`);
        }
    }
    const filter = (data) => filterCoverage(data, args.include, args.exclude);
    const filtered = filterReport(head.data, args.include, args.exclude, {
        include: '--include',
        exclude: '--exclude',
    });
    for (const warning of filtered.warnings)
        warn(`warning: ${warning}`);
    return { head: filtered.data, base: base === null ? null : filter(base), baseSha, changes };
}
function renderContext(loaded) {
    return {
        commentId: 'covgate',
        repoUrl: null,
        phases: [],
        provenance: {
            headSha: null,
            baseSha: null,
            baselineSha: loaded.baseSha,
            // A base the user named is the one they mean to compare with.
            baselineExact: loaded.base !== null,
            baselineSource: loaded.base === null ? 'none' : 'file',
            note: null,
        },
        errors: [],
        summaryUrl: null,
    };
}
/** The report in `format`: JSON and text in pieces ({@link writeInTurns}), never one string. */
async function render(report, format, loaded, out) {
    if (format === 'markdown')
        out(renderComment(report, renderContext(loaded)) + '\n');
    else if (format === 'json')
        await writeInTurns(jsonPieces(report), out);
    else
        await writeInTurns(lineBatches(textLines(report, loaded.head)), (piece) => out(`${piece}\n`));
}
/** The version in the covgate package.json above the bundle (dist/cli/index.js -> ../../). */
function readVersion() {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (let depth = 0; depth < 4; depth++, dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        try {
            const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(dir, 'package.json'), 'utf8'));
            if (pkg.name === 'covgate' && pkg.version !== undefined)
                return pkg.version;
        }
        catch {
            // no package.json here (or dist/package.json without a name): look further up
        }
    }
    return 'unknown';
}
/** `--html DIR`: writes the HTML report and says where; a directory it cannot write is bad input. */
async function writeHtml(dir, run, err) {
    try {
        const html = await writeHtmlReport({
            head: run.loaded.head,
            report: run.report,
            changes: run.loaded.changes,
            sourceRoot: run.root,
            outDir: dir,
            title: 'covgate',
            headSha: null,
        });
        err(`covgate: HTML report written to ${html.indexFile}\n`);
    }
    catch (error) {
        throw new InputError(`--html: cannot write the report to '${dir}' (${errors_describeError(error)}); give a writable directory`);
    }
}
/** Runs the CLI; returns the exit code. Writes the report to `out` and problems to `err`. */
async function runCli(argv, cwd, rawOut, rawErr) {
    // Everything printed comes from files the CLI read: in a CI log it must not issue workflow commands.
    const out = (s, format) => rawOut(format === 'json' ? neutraliseJsonForLog(s) : neutraliseWorkflowCommands(s));
    const err = (s) => rawErr(neutraliseWorkflowCommands(s));
    try {
        const parsed = parseCommandLine(argv, cwd);
        if (parsed.kind !== 'report') {
            out(parsed.kind === 'help' ? USAGE : `${readVersion()}\n`);
            return 0;
        }
        const { args } = parsed;
        const loaded = await loadInputs(args, cwd, (m) => err(`covgate: ${m}\n`));
        const components = args.components === undefined
            ? []
            : parseComponents(await readInputFile(args.components, cwd, '--components'), `--components ${args.components}`);
        const built = buildReport({
            head: loaded.head,
            base: loaded.base,
            changes: loaded.changes,
            thresholds: args.thresholds,
            failUnderFile: args.failUnderFile,
            maxDrop: args.maxDrop,
        });
        const report = applyComponents(built, components, loaded.base, '--components');
        if (args.html !== undefined)
            await writeHtml(args.html, { loaded, report, root: args.root }, err);
        await render(report, args.format, loaded, (s) => out(s, args.format));
        return report.passed ? 0 : 1;
    }
    catch (error) {
        const prefix = error instanceof InputError ? '' : 'unexpected error: ';
        err(`covgate: ${prefix}${errors_describeError(error)}\n`);
        return 2;
    }
}


/***/ }),

/***/ 935:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(964);
// The bundle entry of the `covgate` CLI: `src/cli.ts` exports `runCli()` for in-process tests.

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), process.cwd(), (s) => process.stdout.write(s), (s) => process.stderr.write(s));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(935);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
