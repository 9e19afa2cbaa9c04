exports.id = 121;
exports.ids = [121];
exports.modules = {

/***/ 8550:
/***/ ((module) => {

"use strict";

module.exports = function (arr, predicate, ctx) {
	if (typeof Array.prototype.findIndex === 'function') {
		return arr.findIndex(predicate, ctx);
	}

	if (typeof predicate !== 'function') {
		throw new TypeError('predicate must be a function');
	}

	var list = Object(arr);
	var len = list.length;

	if (len === 0) {
		return -1;
	}

	for (var i = 0; i < len; i++) {
		if (predicate.call(ctx, list[i], i, list)) {
			return i;
		}
	}

	return -1;
};


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


const pico = __webpack_require__(8016);
const utils = __webpack_require__(4059);

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

/***/ 5595:
/***/ ((module) => {

"use strict";


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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


const constants = __webpack_require__(5595);
const utils = __webpack_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


const scan = __webpack_require__(1781);
const parse = __webpack_require__(8265);
const utils = __webpack_require__(4059);
const constants = __webpack_require__(5595);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


const utils = __webpack_require__(4059);
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
} = __webpack_require__(5595);

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

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";
/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __webpack_require__(5595);

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

/***/ 7369:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var arrayFindIndex = __webpack_require__(8550)
var parse = __webpack_require__(4633)

var ranges = __webpack_require__(9344)

var notALicenseIdentifier = ' is not a simple license identifier'

var rangeComparison = function (comparison) {
  return function (first, second) {
    var firstAST = parse(first)
    if (!firstAST.hasOwnProperty('license')) {
      throw new Error('"' + first + '"' + notALicenseIdentifier)
    }
    var secondAST = parse(second)
    if (!secondAST.hasOwnProperty('license')) {
      throw new Error('"' + second + '"' + notALicenseIdentifier)
    }
    return ranges.some(function (range) {
      var firstLicense = firstAST.license
      var indexOfFirst = arrayFindIndex(range, function (element) {
        return (
          element === firstLicense ||
          (
            Array.isArray(element) &&
            element.indexOf(firstLicense) !== -1
          )
        )
      })
      if (indexOfFirst < 0) {
        return false
      }
      var secondLicense = secondAST.license
      var indexOfSecond = arrayFindIndex(range, function (element) {
        return (
          element === secondLicense ||
          (
            Array.isArray(element) &&
            element.indexOf(secondLicense) !== -1
          )
        )
      })
      if (indexOfSecond < 0) {
        return false
      }
      return comparison(indexOfFirst, indexOfSecond)
    })
  }
}

exports.gt = rangeComparison(function (first, second) {
  return first > second
})

exports.lt = rangeComparison(function (first, second) {
  return first < second
})

exports.eq = rangeComparison(function (first, second) {
  return first === second
})


/***/ }),

/***/ 4633:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var scan = __webpack_require__(692)
var parse = __webpack_require__(1502)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 1502:
/***/ ((module) => {

"use strict";


// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 692:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var licenses = []
  .concat(__webpack_require__(5204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = ['WITH', 'AND', 'OR', '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 5728:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/*
Copyright spdx-correct.js contributors

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var parse = __webpack_require__(2198)
var spdxLicenseIds = __webpack_require__(5204)

function valid (string) {
  try {
    parse(string)
    return true
  } catch (error) {
    return false
  }
}

// Sorting function that orders the given array of transpositions such
// that a transposition with the longer pattern comes before a transposition
// with a shorter pattern. This is to prevent e.g. the transposition
// ["General Public License", "GPL"] from matching to "Lesser General Public License"
// before a longer and more accurate transposition ["Lesser General Public License", "LGPL"]
// has a chance to be recognized.
function sortTranspositions(a, b) {
  var length = b[0].length - a[0].length
  if (length !== 0) return length
  return a[0].toUpperCase().localeCompare(b[0].toUpperCase())
}

// Common transpositions of license identifier acronyms
var transpositions = [
  ['APGL', 'AGPL'],
  ['Gpl', 'GPL'],
  ['GLP', 'GPL'],
  ['APL', 'Apache'],
  ['ISD', 'ISC'],
  ['GLP', 'GPL'],
  ['IST', 'ISC'],
  ['Claude', 'Clause'],
  [' or later', '+'],
  [' International', ''],
  ['GNU', 'GPL'],
  ['GUN', 'GPL'],
  ['+', ''],
  ['GNU GPL', 'GPL'],
  ['GNU LGPL', 'LGPL'],
  ['GNU/GPL', 'GPL'],
  ['GNU GLP', 'GPL'],
  ['GNU LESSER GENERAL PUBLIC LICENSE', 'LGPL'],
  ['GNU Lesser General Public License', 'LGPL'],
  ['GNU LESSER GENERAL PUBLIC LICENSE', 'LGPL-2.1'],
  ['GNU Lesser General Public License', 'LGPL-2.1'],
  ['LESSER GENERAL PUBLIC LICENSE', 'LGPL'],
  ['Lesser General Public License', 'LGPL'],
  ['LESSER GENERAL PUBLIC LICENSE', 'LGPL-2.1'],
  ['Lesser General Public License', 'LGPL-2.1'],
  ['GNU General Public License', 'GPL'],
  ['Gnu public license', 'GPL'],
  ['GNU Public License', 'GPL'],
  ['GNU GENERAL PUBLIC LICENSE', 'GPL'],
  ['MTI', 'MIT'],
  ['Mozilla Public License', 'MPL'],
  ['Universal Permissive License', 'UPL'],
  ['WTH', 'WTF'],
  ['WTFGPL', 'WTFPL'],
  ['-License', '']
].sort(sortTranspositions)

var TRANSPOSED = 0
var CORRECT = 1

// Simple corrections to nearly valid identifiers.
var transforms = [
  // e.g. 'mit'
  function (argument) {
    return argument.toUpperCase()
  },
  // e.g. 'MIT '
  function (argument) {
    return argument.trim()
  },
  // e.g. 'M.I.T.'
  function (argument) {
    return argument.replace(/\./g, '')
  },
  // e.g. 'Apache- 2.0'
  function (argument) {
    return argument.replace(/\s+/g, '')
  },
  // e.g. 'CC BY 4.0''
  function (argument) {
    return argument.replace(/\s+/g, '-')
  },
  // e.g. 'LGPLv2.1'
  function (argument) {
    return argument.replace('v', '-')
  },
  // e.g. 'Apache 2.0'
  function (argument) {
    return argument.replace(/,?\s*(\d)/, '-$1')
  },
  // e.g. 'GPL 2'
  function (argument) {
    return argument.replace(/,?\s*(\d)/, '-$1.0')
  },
  // e.g. 'Apache Version 2.0'
  function (argument) {
    return argument
      .replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, '-$2')
  },
  // e.g. 'Apache Version 2'
  function (argument) {
    return argument
      .replace(/,?\s*(V\.|v\.|V|v|Version|version)\s*(\d)/, '-$2.0')
  },
  // e.g. 'ZLIB'
  function (argument) {
    return argument[0].toUpperCase() + argument.slice(1)
  },
  // e.g. 'MPL/2.0'
  function (argument) {
    return argument.replace('/', '-')
  },
  // e.g. 'Apache 2'
  function (argument) {
    return argument
      .replace(/\s*V\s*(\d)/, '-$1')
      .replace(/(\d)$/, '$1.0')
  },
  // e.g. 'GPL-2.0', 'GPL-3.0'
  function (argument) {
    if (argument.indexOf('3.0') !== -1) {
      return argument + '-or-later'
    } else {
      return argument + '-only'
    }
  },
  // e.g. 'GPL-2.0-'
  function (argument) {
    return argument + 'only'
  },
  // e.g. 'GPL2'
  function (argument) {
    return argument.replace(/(\d)$/, '-$1.0')
  },
  // e.g. 'BSD 3'
  function (argument) {
    return argument.replace(/(-| )?(\d)$/, '-$2-Clause')
  },
  // e.g. 'BSD clause 3'
  function (argument) {
    return argument.replace(/(-| )clause(-| )(\d)/, '-$3-Clause')
  },
  // e.g. 'New BSD license'
  function (argument) {
    return argument.replace(/\b(Modified|New|Revised)(-| )?BSD((-| )License)?/i, 'BSD-3-Clause')
  },
  // e.g. 'Simplified BSD license'
  function (argument) {
    return argument.replace(/\bSimplified(-| )?BSD((-| )License)?/i, 'BSD-2-Clause')
  },
  // e.g. 'Free BSD license'
  function (argument) {
    return argument.replace(/\b(Free|Net)(-| )?BSD((-| )License)?/i, 'BSD-2-Clause-$1BSD')
  },
  // e.g. 'Clear BSD license'
  function (argument) {
    return argument.replace(/\bClear(-| )?BSD((-| )License)?/i, 'BSD-3-Clause-Clear')
  },
  // e.g. 'Old BSD License'
  function (argument) {
    return argument.replace(/\b(Old|Original)(-| )?BSD((-| )License)?/i, 'BSD-4-Clause')
  },
  // e.g. 'BY-NC-4.0'
  function (argument) {
    return 'CC-' + argument
  },
  // e.g. 'BY-NC'
  function (argument) {
    return 'CC-' + argument + '-4.0'
  },
  // e.g. 'Attribution-NonCommercial'
  function (argument) {
    return argument
      .replace('Attribution', 'BY')
      .replace('NonCommercial', 'NC')
      .replace('NoDerivatives', 'ND')
      .replace(/ (\d)/, '-$1')
      .replace(/ ?International/, '')
  },
  // e.g. 'Attribution-NonCommercial'
  function (argument) {
    return 'CC-' +
      argument
        .replace('Attribution', 'BY')
        .replace('NonCommercial', 'NC')
        .replace('NoDerivatives', 'ND')
        .replace(/ (\d)/, '-$1')
        .replace(/ ?International/, '') +
      '-4.0'
  }
]

var licensesWithVersions = spdxLicenseIds
  .map(function (id) {
    var match = /^(.*)-\d+\.\d+$/.exec(id)
    return match
      ? [match[0], match[1]]
      : [id, null]
  })
  .reduce(function (objectMap, item) {
    var key = item[1]
    objectMap[key] = objectMap[key] || []
    objectMap[key].push(item[0])
    return objectMap
  }, {})

var licensesWithOneVersion = Object.keys(licensesWithVersions)
  .map(function makeEntries (key) {
    return [key, licensesWithVersions[key]]
  })
  .filter(function identifySoleVersions (item) {
    return (
      // Licenses has just one valid version suffix.
      item[1].length === 1 &&
      item[0] !== null &&
      // APL will be considered Apache, rather than APL-1.0
      item[0] !== 'APL'
    )
  })
  .map(function createLastResorts (item) {
    return [item[0], item[1][0]]
  })

licensesWithVersions = undefined

// If all else fails, guess that strings containing certain substrings
// meant to identify certain licenses.
var lastResorts = [
  ['UNLI', 'Unlicense'],
  ['WTF', 'WTFPL'],
  ['2 CLAUSE', 'BSD-2-Clause'],
  ['2-CLAUSE', 'BSD-2-Clause'],
  ['3 CLAUSE', 'BSD-3-Clause'],
  ['3-CLAUSE', 'BSD-3-Clause'],
  ['AFFERO', 'AGPL-3.0-or-later'],
  ['AGPL', 'AGPL-3.0-or-later'],
  ['APACHE', 'Apache-2.0'],
  ['ARTISTIC', 'Artistic-2.0'],
  ['Affero', 'AGPL-3.0-or-later'],
  ['BEER', 'Beerware'],
  ['BOOST', 'BSL-1.0'],
  ['BSD', 'BSD-2-Clause'],
  ['CDDL', 'CDDL-1.1'],
  ['ECLIPSE', 'EPL-1.0'],
  ['FUCK', 'WTFPL'],
  ['GNU', 'GPL-3.0-or-later'],
  ['LGPL', 'LGPL-3.0-or-later'],
  ['GPLV1', 'GPL-1.0-only'],
  ['GPL-1', 'GPL-1.0-only'],
  ['GPLV2', 'GPL-2.0-only'],
  ['GPL-2', 'GPL-2.0-only'],
  ['GPL', 'GPL-3.0-or-later'],
  ['MIT +NO-FALSE-ATTRIBS', 'MITNFA'],
  ['MIT', 'MIT'],
  ['MPL', 'MPL-2.0'],
  ['X11', 'X11'],
  ['ZLIB', 'Zlib']
].concat(licensesWithOneVersion).sort(sortTranspositions)

var SUBSTRING = 0
var IDENTIFIER = 1

var validTransformation = function (identifier) {
  for (var i = 0; i < transforms.length; i++) {
    var transformed = transforms[i](identifier).trim()
    if (transformed !== identifier && valid(transformed)) {
      return transformed
    }
  }
  return null
}

var validLastResort = function (identifier) {
  var upperCased = identifier.toUpperCase()
  for (var i = 0; i < lastResorts.length; i++) {
    var lastResort = lastResorts[i]
    if (upperCased.indexOf(lastResort[SUBSTRING]) > -1) {
      return lastResort[IDENTIFIER]
    }
  }
  return null
}

var anyCorrection = function (identifier, check) {
  for (var i = 0; i < transpositions.length; i++) {
    var transposition = transpositions[i]
    var transposed = transposition[TRANSPOSED]
    if (identifier.indexOf(transposed) > -1) {
      var corrected = identifier.replace(
        transposed,
        transposition[CORRECT]
      )
      var checked = check(corrected)
      if (checked !== null) {
        return checked
      }
    }
  }
  return null
}

module.exports = function (identifier, options) {
  options = options || {}
  var upgrade = options.upgrade === undefined ? true : !!options.upgrade
  function postprocess (value) {
    return upgrade ? upgradeGPLs(value) : value
  }
  var validArugment = (
    typeof identifier === 'string' &&
    identifier.trim().length !== 0
  )
  if (!validArugment) {
    throw Error('Invalid argument. Expected non-empty string.')
  }
  identifier = identifier.trim()
  if (valid(identifier)) {
    return postprocess(identifier)
  }
  var noPlus = identifier.replace(/\+$/, '').trim()
  if (valid(noPlus)) {
    return postprocess(noPlus)
  }
  var transformed = validTransformation(identifier)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = anyCorrection(identifier, function (argument) {
    if (valid(argument)) {
      return argument
    }
    return validTransformation(argument)
  })
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = validLastResort(identifier)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  transformed = anyCorrection(identifier, validLastResort)
  if (transformed !== null) {
    return postprocess(transformed)
  }
  return null
}

function upgradeGPLs (value) {
  if ([
    'GPL-1.0', 'LGPL-1.0', 'AGPL-1.0',
    'GPL-2.0', 'LGPL-2.0', 'AGPL-2.0',
    'LGPL-2.1'
  ].indexOf(value) !== -1) {
    return value + '-only'
  } else if ([
    'GPL-1.0+', 'GPL-2.0+', 'GPL-3.0+',
    'LGPL-2.0+', 'LGPL-2.1+', 'LGPL-3.0+',
    'AGPL-1.0+', 'AGPL-3.0+'
  ].indexOf(value) !== -1) {
    return value.replace(/\+$/, '-or-later')
  } else if (['GPL-3.0', 'LGPL-3.0', 'AGPL-3.0'].indexOf(value) !== -1) {
    return value + '-or-later'
  } else {
    return value
  }
}


/***/ }),

/***/ 2198:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var scan = __webpack_require__(9721)
var parse = __webpack_require__(4789)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 4789:
/***/ ((module) => {

"use strict";


// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 9721:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var licenses = []
  .concat(__webpack_require__(5204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = ['WITH', 'AND', 'OR', '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 3326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var scan = __webpack_require__(6849)
var parse = __webpack_require__(5501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5501:
/***/ ((module) => {

"use strict";


// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 6849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var licenses = []
  .concat(__webpack_require__(5204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 5456:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";

module.exports = __webpack_require__(9843);


/***/ }),

/***/ 5131:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var compare = __webpack_require__(7369)
var parse = __webpack_require__(1947)
var ranges = __webpack_require__(9344)

function rangesAreCompatible (first, second) {
  return (
    first.license === second.license ||
    ranges.some(function (range) {
      return (
        licenseInRange(first.license, range) &&
        licenseInRange(second.license, range)
      )
    })
  )
}

function licenseInRange (license, range) {
  return (
    range.indexOf(license) !== -1 ||
    range.some(function (element) {
      return (
        Array.isArray(element) &&
        element.indexOf(license) !== -1
      )
    })
  )
}

function identifierInRange (identifier, range) {
  return (
    identifier.license === range.license ||
    compare.gt(identifier.license, range.license) ||
    compare.eq(identifier.license, range.license)
  )
}

function licensesAreCompatible (first, second) {
  if (first.exception !== second.exception) {
    return false
  } else if (second.hasOwnProperty('license')) {
    if (second.hasOwnProperty('plus')) {
      if (first.hasOwnProperty('plus')) {
        // first+, second+
        return rangesAreCompatible(first, second)
      } else {
        // first, second+
        return identifierInRange(first, second)
      }
    } else {
      if (first.hasOwnProperty('plus')) {
        // first+, second
        return identifierInRange(second, first)
      } else {
        // first, second
        return first.license === second.license
      }
    }
  }
}

function replaceGPLOnlyOrLaterWithRanges (argument) {
  var license = argument.license
  if (license) {
    if (endsWith(license, '-or-later')) {
      argument.license = license.replace('-or-later', '')
      argument.plus = true
    } else if (endsWith(license, '-only')) {
      argument.license = license.replace('-only', '')
      delete argument.plus
    }
  } else if (argument.left && argument.right) {
    argument.left = replaceGPLOnlyOrLaterWithRanges(argument.left)
    argument.right = replaceGPLOnlyOrLaterWithRanges(argument.right)
  }
  return argument
}

function endsWith (string, substring) {
  return string.indexOf(substring) === string.length - substring.length
}

function licenseString (e) {
  if (e.hasOwnProperty('noassertion')) return 'NOASSERTION'
  if (e.license) {
    return (
      e.license +
      (e.plus ? '+' : '') +
      (e.exception ? ('WITH ' + e.exception) : '')
    )
  }
}

// Expand the given expression into an equivalent array where each member is an array of licenses AND'd
// together and the members are OR'd together. For example, `(MIT OR ISC) AND GPL-3.0` expands to
// `[[GPL-3.0 AND MIT], [ISC AND MIT]]`. Note that within each array of licenses, the entries are
// normalized (sorted) by license name.
function expand (expression) {
  return sort(expandInner(expression))
}

function expandInner (expression) {
  if (!expression.conjunction) return [{ [licenseString(expression)]: expression }]
  if (expression.conjunction === 'or') return expandInner(expression.left).concat(expandInner(expression.right))
  if (expression.conjunction === 'and') {
    var left = expandInner(expression.left)
    var right = expandInner(expression.right)
    return left.reduce(function (result, l) {
      right.forEach(function (r) { result.push(Object.assign({}, l, r)) })
      return result
    }, [])
  }
}

function sort (licenseList) {
  var sortedLicenseLists = licenseList
    .filter(function (e) { return Object.keys(e).length })
    .map(function (e) { return Object.keys(e).sort() })
  return sortedLicenseLists.map(function (list, i) {
    return list.map(function (license) { return licenseList[i][license] })
  })
}

function isANDCompatible (parsedExpression, parsedLicenses) {
  return parsedExpression.every(function (element) {
    return parsedLicenses.some(function (approvedLicense) {
      return licensesAreCompatible(element, approvedLicense)
    })
  })
}

function satisfies (spdxExpression, arrayOfLicenses) {
  var parsedExpression = expand(replaceGPLOnlyOrLaterWithRanges(parse(spdxExpression)))
  var parsedLicenses = arrayOfLicenses.map(function (l) { return replaceGPLOnlyOrLaterWithRanges(parse(l)) })
  for (const parsed of parsedLicenses) {
    if (parsed.hasOwnProperty('conjunction')) {
      throw new Error('Approved licenses cannot be AND or OR expressions.')
    }
  }
  return parsedExpression.some(function (o) { return isANDCompatible(o, parsedLicenses) })
}

module.exports = satisfies


/***/ }),

/***/ 1947:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var scan = __webpack_require__(3394)
var parse = __webpack_require__(5460)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5460:
/***/ ((module) => {

"use strict";


// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      return { license: string }
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 3394:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

"use strict";


var licenses = []
  .concat(__webpack_require__(5204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = ['WITH', 'AND', 'OR', '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 3988:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 5204:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ }),

/***/ 9843:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('{"FSL-1.1-MIT":{"name":"Functional Source License, Version 1.1, MIT Future License","url":"https://fsl.software/FSL-1.1-MIT.template.md","osiApproved":false},"SISSL":{"name":"Sun Industry Standards Source License v1.1","url":"http://www.openoffice.org/licenses/sissl_license.html","osiApproved":true},"copyleft-next-0.3.1":{"name":"copyleft-next 0.3.1","url":"https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.1","osiApproved":false},"Noweb":{"name":"Noweb License","url":"https://fedoraproject.org/wiki/Licensing/Noweb","osiApproved":false},"CC-BY-3.0-DE":{"name":"Creative Commons Attribution 3.0 Germany","url":"https://creativecommons.org/licenses/by/3.0/de/legalcode","osiApproved":false},"BSD-3-Clause-acpica":{"name":"BSD 3-Clause acpica variant","url":"https://github.com/acpica/acpica/blob/master/source/common/acfileio.c#L119","osiApproved":false},"MakeIndex":{"name":"MakeIndex License","url":"https://fedoraproject.org/wiki/Licensing/MakeIndex","osiApproved":false},"Fair":{"name":"Fair License","url":"https://web.archive.org/web/20150926120323/http://fairlicense.org/","osiApproved":true},"MirOS":{"name":"The MirOS Licence","url":"https://opensource.org/licenses/MirOS","osiApproved":true},"Mackerras-3-Clause":{"name":"Mackerras 3-Clause License","url":"https://github.com/ppp-project/ppp/blob/master/pppd/chap_ms.c#L6-L28","osiApproved":false},"NRL":{"name":"NRL License","url":"http://web.mit.edu/network/isakmp/nrllicense.html","osiApproved":false},"InnoSetup":{"name":"Inno Setup License","url":"https://github.com/jrsoftware/issrc/blob/HEAD/license.txt","osiApproved":false},"CC-BY-2.5":{"name":"Creative Commons Attribution 2.5 Generic","url":"https://creativecommons.org/licenses/by/2.5/legalcode","osiApproved":false},"AGPL-1.0-or-later":{"name":"Affero General Public License v1.0 or later","url":"http://www.affero.org/oagpl.html","osiApproved":false},"Catharon":{"name":"Catharon License","url":"https://github.com/scummvm/scummvm/blob/v2.8.0/LICENSES/CatharonLicense.txt","osiApproved":false},"TU-Berlin-2.0":{"name":"Technische Universitaet Berlin License 2.0","url":"https://github.com/CorsixTH/deps/blob/fd339a9f526d1d9c9f01ccf39e438a015da50035/licences/libgsm.txt","osiApproved":false},"Abstyles":{"name":"Abstyles License","url":"https://fedoraproject.org/wiki/Licensing/Abstyles","osiApproved":false},"MS-RL":{"name":"Microsoft Reciprocal License","url":"http://www.microsoft.com/opensource/licenses.mspx","osiApproved":true},"NIST-Software":{"name":"NIST Software License","url":"https://github.com/open-quantum-safe/liboqs/blob/40b01fdbb270f8614fde30e65d30e9da18c02393/src/common/rand/rand_nist.c#L1-L15","osiApproved":false},"Unlicense-libwhirlpool":{"name":"Unlicense - libwhirlpool variant","url":"https://github.com/dfateyev/libwhirlpool/blob/master/README#L27","osiApproved":false},"CC-BY-ND-2.0":{"name":"Creative Commons Attribution No Derivatives 2.0 Generic","url":"https://creativecommons.org/licenses/by-nd/2.0/legalcode","osiApproved":false},"GPL-2.0+":{"name":"GNU General Public License v2.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"CAL-1.0":{"name":"Cryptographic Autonomy License 1.0","url":"http://cryptographicautonomylicense.com/license-text.html","osiApproved":true},"GFDL-1.2-invariants-only":{"name":"GNU Free Documentation License v1.2 only - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"GPL-2.0-with-bison-exception":{"name":"GNU General Public License v2.0 w/Bison exception","url":"http://git.savannah.gnu.org/cgit/bison.git/tree/data/yacc.c?id=193d7c7054ba7197b0789e14965b739162319b5e#n141","osiApproved":false},"CC-PDM-1.0":{"name":"Creative    Commons Public Domain Mark 1.0 Universal","url":"https://creativecommons.org/publicdomain/mark/1.0/","osiApproved":false},"CMU-Mach-nodoc":{"name":"CMU    Mach - no notices-in-documentation variant","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L718-L728","osiApproved":false},"RPSL-1.0":{"name":"RealNetworks Public Source License v1.0","url":"https://helixcommunity.org/content/rpsl","osiApproved":true},"CDLA-Permissive-1.0":{"name":"Community Data License Agreement Permissive 1.0","url":"https://cdla.io/permissive-1-0","osiApproved":false},"BSD-2-Clause-pkgconf-disclaimer":{"name":"BSD 2-Clause pkgconf disclaimer variant","url":"https://github.com/audacious-media-player/audacious/blob/master/src/audacious/main.cc","osiApproved":false},"GFDL-1.2":{"name":"GNU Free Documentation License v1.2","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"JPL-image":{"name":"JPL Image Use Policy","url":"https://www.jpl.nasa.gov/jpl-image-use-policy","osiApproved":false},"CC-BY-3.0":{"name":"Creative Commons Attribution 3.0 Unported","url":"https://creativecommons.org/licenses/by/3.0/legalcode","osiApproved":false},"LPPL-1.0":{"name":"LaTeX Project Public License v1.0","url":"http://www.latex-project.org/lppl/lppl-1-0.txt","osiApproved":false},"LGPLLR":{"name":"Lesser General Public License For Linguistic Resources","url":"http://www-igm.univ-mlv.fr/~unitex/lgpllr.html","osiApproved":false},"CC-BY-SA-2.0-UK":{"name":"Creative Commons Attribution Share Alike 2.0 England and Wales","url":"https://creativecommons.org/licenses/by-sa/2.0/uk/legalcode","osiApproved":false},"OLDAP-2.0.1":{"name":"Open LDAP Public License v2.0.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b6d68acd14e51ca3aab4428bf26522aa74873f0e","osiApproved":false},"Unicode-3.0":{"name":"Unicode License v3","url":"https://www.unicode.org/license.txt","osiApproved":true},"Parity-6.0.0":{"name":"The Parity Public License 6.0.0","url":"https://paritylicense.com/versions/6.0.0.html","osiApproved":false},"LPL-1.0":{"name":"Lucent Public License Version 1.0","url":"https://opensource.org/licenses/LPL-1.0","osiApproved":true},"Glulxe":{"name":"Glulxe License","url":"https://fedoraproject.org/wiki/Licensing/Glulxe","osiApproved":false},"CMU-Mach":{"name":"CMU Mach License","url":"https://www.cs.cmu.edu/~410/licenses.html","osiApproved":false},"Zeeff":{"name":"Zeeff License","url":"ftp://ftp.tin.org/pub/news/utils/newsx/newsx-1.6.tar.gz","osiApproved":false},"DL-DE-ZERO-2.0":{"name":"Data licence Germany – zero – version 2.0","url":"https://www.govdata.de/dl-de/zero-2-0","osiApproved":false},"NTIA-PD":{"name":"NTIA Public Domain Notice","url":"https://raw.githubusercontent.com/NTIA/itm/refs/heads/master/LICENSE.md","osiApproved":false},"Nokia":{"name":"Nokia Open Source License","url":"https://opensource.org/licenses/nokia","osiApproved":true},"CC-BY-3.0-IGO":{"name":"Creative Commons Attribution 3.0 IGO","url":"https://creativecommons.org/licenses/by/3.0/igo/legalcode","osiApproved":false},"Saxpath":{"name":"Saxpath License","url":"https://fedoraproject.org/wiki/Licensing/Saxpath_License","osiApproved":false},"McPhee-slideshow":{"name":"McPhee Slideshow License","url":"https://mirror.las.iastate.edu/tex-archive/graphics/metapost/contrib/macros/slideshow/slideshow.mp","osiApproved":false},"snprintf":{"name":"snprintf License","url":"https://github.com/openssh/openssh-portable/blob/master/openbsd-compat/bsd-snprintf.c#L2","osiApproved":false},"W3C-19980720":{"name":"W3C Software Notice and License (1998-07-20)","url":"http://www.w3.org/Consortium/Legal/copyright-software-19980720.html","osiApproved":false},"EFL-1.0":{"name":"Eiffel Forum License v1.0","url":"http://www.eiffel-nice.org/license/forum.txt","osiApproved":true},"xpp":{"name":"XPP License","url":"https://fedoraproject.org/wiki/Licensing/xpp","osiApproved":false},"TCL":{"name":"TCL/TK License","url":"http://www.tcl.tk/software/tcltk/license.html","osiApproved":false},"BSD-3-Clause-LBNL":{"name":"Lawrence Berkeley National Labs BSD variant license","url":"https://fedoraproject.org/wiki/Licensing/LBNLBSD","osiApproved":true},"OCLC-2.0":{"name":"OCLC Research Public License 2.0","url":"http://www.oclc.org/research/activities/software/license/v2final.htm","osiApproved":true},"OGC-1.0":{"name":"OGC Software License, Version 1.0","url":"https://www.ogc.org/ogc/software/1.0","osiApproved":false},"Latex2e-translated-notice":{"name":"Latex2e with translated notice permission","url":"https://git.savannah.gnu.org/cgit/indent.git/tree/doc/indent.texi?id=a74c6b4ee49397cf330b333da1042bffa60ed14f#n74","osiApproved":false},"GFDL-1.3-or-later":{"name":"GNU Free Documentation License v1.3 or later","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"Qhull":{"name":"Qhull License","url":"https://fedoraproject.org/wiki/Licensing/Qhull","osiApproved":false},"Spencer-99":{"name":"Spencer License 99","url":"http://www.opensource.apple.com/source/tcl/tcl-5/tcl/generic/regfronts.c","osiApproved":false},"IBM-pibs":{"name":"IBM PowerPC Initialization and Boot Software","url":"http://git.denx.de/?p=u-boot.git;a=blob;f=arch/powerpc/cpu/ppc4xx/miiphy.c;h=297155fdafa064b955e53e9832de93bfb0cfb85b;hb=9fab4bf4cc077c21e43941866f3f2c196f28670d","osiApproved":false},"GFDL-1.2-no-invariants-only":{"name":"GNU Free Documentation License v1.2 only - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"check-cvs":{"name":"check-cvs License","url":"http://cvs.savannah.gnu.org/viewvc/cvs/ccvs/contrib/check_cvs.in?revision=1.1.4.3&view=markup&pathrev=cvs1-11-23#l2","osiApproved":false},"HDF5":{"name":"HDF5 License","url":"https://github.com/HDFGroup/hdf5/?tab=License-1-ov-file#readme","osiApproved":false},"VOSTROM":{"name":"VOSTROM Public License for Open Source","url":"https://fedoraproject.org/wiki/Licensing/VOSTROM","osiApproved":false},"MS-PL":{"name":"Microsoft Public License","url":"http://www.microsoft.com/opensource/licenses.mspx","osiApproved":true},"CDDL-1.0":{"name":"Common Development and Distribution License 1.0","url":"https://opensource.org/licenses/cddl1","osiApproved":true},"OPL-UK-3.0":{"name":"United    Kingdom Open Parliament Licence v3.0","url":"https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/","osiApproved":false},"CNRI-Python-GPL-Compatible":{"name":"CNRI Python Open Source GPL Compatible License Agreement","url":"http://www.python.org/download/releases/1.6.1/download_win/","osiApproved":false},"UCL-1.0":{"name":"Upstream Compatibility License v1.0","url":"https://opensource.org/licenses/UCL-1.0","osiApproved":true},"OFL-1.0":{"name":"SIL Open Font License 1.0","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web","osiApproved":false},"Eurosym":{"name":"Eurosym License","url":"https://fedoraproject.org/wiki/Licensing/Eurosym","osiApproved":false},"ANTLR-PD-fallback":{"name":"ANTLR Software Rights Notice with license fallback","url":"http://www.antlr2.org/license.html","osiApproved":false},"DocBook-DTD":{"name":"DocBook DTD License","url":"http://www.docbook.org/xml/simple/1.1/docbook-simple-1.1.zip","osiApproved":false},"SMLNJ":{"name":"Standard ML of New Jersey License","url":"https://www.smlnj.org/license.html","osiApproved":false},"CATOSL-1.1":{"name":"Computer Associates Trusted Open Source License 1.1","url":"https://opensource.org/licenses/CATOSL-1.1","osiApproved":true},"MIPS":{"name":"MIPS License","url":"https://sourceware.org/cgit/binutils-gdb/tree/include/coff/sym.h#n11","osiApproved":false},"Net-SNMP":{"name":"Net-SNMP License","url":"http://net-snmp.sourceforge.net/about/license.html","osiApproved":false},"OAR":{"name":"OAR License","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/string/strsignal.c;hb=HEAD#l35","osiApproved":false},"mpi-permissive":{"name":"mpi Permissive License","url":"https://sources.debian.org/src/openmpi/4.1.0-10/ompi/debuggers/msgq_interface.h/?hl=19#L19","osiApproved":false},"Borceux":{"name":"Borceux license","url":"https://fedoraproject.org/wiki/Licensing/Borceux","osiApproved":false},"GFDL-1.2-no-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"NCSA":{"name":"University of Illinois/NCSA Open Source License","url":"http://otm.illinois.edu/uiuc_openSource","osiApproved":true},"GPL-3.0+":{"name":"GNU General Public License v3.0 or later","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"IJG":{"name":"Independent JPEG Group License","url":"http://dev.w3.org/cvsweb/Amaya/libjpeg/Attic/README?rev=1.2","osiApproved":false},"BSD-Source-Code":{"name":"BSD Source Code Attribution","url":"https://github.com/robbiehanson/CocoaHTTPServer/blob/master/LICENSE.txt","osiApproved":false},"CDL-1.0":{"name":"Common Documentation License 1.0","url":"http://www.opensource.apple.com/cdl/","osiApproved":false},"TTYP0":{"name":"TTYP0 License","url":"https://people.mpi-inf.mpg.de/~uwe/misc/uw-ttyp0/","osiApproved":false},"CC-BY-SA-4.0":{"name":"Creative Commons Attribution Share Alike 4.0 International","url":"https://creativecommons.org/licenses/by-sa/4.0/legalcode","osiApproved":false},"AGPL-3.0":{"name":"GNU Affero General Public License v3.0","url":"https://www.gnu.org/licenses/agpl.txt","osiApproved":true},"ALGLIB-Documentation":{"name":"ALGLIB Documentation License","osiApproved":true},"CC-BY-SA-3.0-AT":{"name":"Creative Commons Attribution Share Alike 3.0 Austria","url":"https://creativecommons.org/licenses/by-sa/3.0/at/legalcode","osiApproved":false},"swrule":{"name":"swrule License","url":"https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/misc/swrule.sty","osiApproved":false},"AAL":{"name":"Attribution Assurance License","url":"https://opensource.org/licenses/attribution","osiApproved":true},"AML-glslang":{"name":"AML glslang variant License","url":"https://github.com/KhronosGroup/glslang/blob/main/LICENSE.txt#L949","osiApproved":false},"FSFAP":{"name":"FSF All Permissive License","url":"https://www.gnu.org/prep/maintain/html_node/License-Notices-for-Other-Files.html","osiApproved":false},"VSL-1.0":{"name":"Vovida Software License v1.0","url":"https://opensource.org/licenses/VSL-1.0","osiApproved":true},"Sun-PPP":{"name":"Sun PPP License","url":"https://github.com/ppp-project/ppp/blob/master/pppd/eap.c#L7-L16","osiApproved":false},"gtkbook":{"name":"gtkbook License","url":"https://github.com/slogan621/gtkbook","osiApproved":false},"CC-BY-SA-2.5":{"name":"Creative Commons Attribution Share Alike 2.5 Generic","url":"https://creativecommons.org/licenses/by-sa/2.5/legalcode","osiApproved":false},"SMAIL-GPL":{"name":"SMAIL General Public License","url":"https://sources.debian.org/copyright/license/debianutils/4.11.2/","osiApproved":false},"Apache-2.0":{"name":"Apache License 2.0","url":"https://www.apache.org/licenses/LICENSE-2.0","osiApproved":true},"EPL-1.0":{"name":"Eclipse Public License 1.0","url":"http://www.eclipse.org/legal/epl-v10.html","osiApproved":true},"mpich2":{"name":"mpich2 License","url":"https://fedoraproject.org/wiki/Licensing/MIT","osiApproved":false},"NIST-PD-TNT":{"name":"NIST    Public Domain Notice TNT variant","url":"https://math.nist.gov/tnt/download.html","osiApproved":false},"MIT-Festival":{"name":"MIT Festival Variant","url":"https://github.com/festvox/flite/blob/master/COPYING","osiApproved":false},"OGL-UK-2.0":{"name":"Open Government Licence v2.0","url":"http://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/","osiApproved":false},"OLDAP-1.4":{"name":"Open LDAP Public License v1.4","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=c9f95c2f3f2ffb5e0ae55fe7388af75547660941","osiApproved":false},"Jam":{"name":"Jam License","url":"https://www.boost.org/doc/libs/1_35_0/doc/html/jam.html","osiApproved":true},"Python-2.0":{"name":"Python License 2.0","url":"https://opensource.org/licenses/Python-2.0","osiApproved":true},"HPND-Netrek":{"name":"Historical Permission Notice and Disclaimer - Netrek variant","osiApproved":false},"mailprio":{"name":"mailprio License","url":"https://fossies.org/linux/sendmail/contrib/mailprio","osiApproved":false},"OFL-1.0-no-RFN":{"name":"SIL Open Font License 1.0 with no Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web","osiApproved":false},"MIT":{"name":"MIT License","url":"https://opensource.org/license/mit/","osiApproved":true},"NPL-1.0":{"name":"Netscape Public License v1.0","url":"http://www.mozilla.org/MPL/NPL/1.0/","osiApproved":false},"Entessa":{"name":"Entessa Public License v1.0","url":"https://opensource.org/licenses/Entessa","osiApproved":true},"CC-BY-ND-1.0":{"name":"Creative Commons Attribution No Derivatives 1.0 Generic","url":"https://creativecommons.org/licenses/by-nd/1.0/legalcode","osiApproved":false},"ECL-2.0":{"name":"Educational Community License v2.0","url":"https://opensource.org/licenses/ECL-2.0","osiApproved":true},"OLDAP-2.2.2":{"name":"Open LDAP Public License 2.2.2","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=df2cc1e21eb7c160695f5b7cffd6296c151ba188","osiApproved":false},"OLDAP-2.4":{"name":"Open LDAP Public License v2.4","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cd1284c4a91a8a380d904eee68d1583f989ed386","osiApproved":false},"Adobe-Utopia":{"name":"Adobe Utopia Font License","url":"https://gitlab.freedesktop.org/xorg/font/adobe-utopia-100dpi/-/blob/master/COPYING?ref_type=heads","osiApproved":false},"AFL-1.1":{"name":"Academic Free License v1.1","url":"http://opensource.linux-mirror.org/licenses/afl-1.1.txt","osiApproved":true},"SHL-0.5":{"name":"Solderpad Hardware License v0.5","url":"https://solderpad.org/licenses/SHL-0.5/","osiApproved":false},"CC-BY-NC-SA-2.5":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","url":"https://creativecommons.org/licenses/by-nc-sa/2.5/legalcode","osiApproved":false},"TOSL":{"name":"Trusster Open Source License","url":"https://fedoraproject.org/wiki/Licensing/TOSL","osiApproved":false},"OFL-1.1-no-RFN":{"name":"SIL Open Font License 1.1 with no Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web","osiApproved":true},"APAFML":{"name":"Adobe Postscript AFM License","url":"https://fedoraproject.org/wiki/Licensing/AdobePostscriptAFM","osiApproved":false},"BSD-Mark-Modifications":{"name":"BSD Mark Modifications License","url":"https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2","osiApproved":false},"ECL-1.0":{"name":"Educational Community License v1.0","url":"https://opensource.org/licenses/ECL-1.0","osiApproved":true},"Spencer-86":{"name":"Spencer License 86","url":"https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License","osiApproved":false},"generic-xts":{"name":"Generic XTS License","url":"https://github.com/mhogomchungu/zuluCrypt/blob/master/external_libraries/tcplay/generic_xts.c","osiApproved":false},"RPL-1.1":{"name":"Reciprocal Public License 1.1","url":"https://opensource.org/licenses/RPL-1.1","osiApproved":true},"FSFUL":{"name":"FSF Unlimited License","url":"https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License","osiApproved":false},"3D-Slicer-1.0":{"name":"3D Slicer License v1.0","url":"https://slicer.org/LICENSE","osiApproved":false},"URT-RLE":{"name":"Utah Raster Toolkit Run Length Encoded License","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/other/pnmtorle.c","osiApproved":false},"Adobe-Display-PostScript":{"name":"Adobe Display PostScript License","url":"https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L752","osiApproved":false},"ZPL-1.1":{"name":"Zope Public License 1.1","url":"http://old.zope.org/Resources/License/ZPL-1.1","osiApproved":false},"UPL-1.0":{"name":"Universal Permissive License v1.0","url":"https://opensource.org/licenses/UPL","osiApproved":true},"metamail":{"name":"metamail License","url":"https://github.com/Dual-Life/mime-base64/blob/master/Base64.xs#L12","osiApproved":false},"DEC-3-Clause":{"name":"DEC 3-Clause License","url":"https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L239","osiApproved":false},"Unlicense":{"name":"The Unlicense","url":"https://unlicense.org/","osiApproved":true},"HPND-doc-sell":{"name":"Historical Permission Notice and Disclaimer - documentation sell variant","url":"https://gitlab.freedesktop.org/xorg/lib/libxtst/-/blob/master/COPYING?ref_type=heads#L108-117","osiApproved":false},"OLFL-1.3":{"name":"Open Logistics Foundation License Version 1.3","url":"https://openlogisticsfoundation.org/licenses/","osiApproved":true},"CECILL-2.1":{"name":"CeCILL Free Software License Agreement v2.1","url":"http://www.cecill.info/licences/Licence_CeCILL_V2.1-en.html","osiApproved":true},"Sun-PPP-2000":{"name":"Sun PPP License (2000)","url":"https://github.com/ppp-project/ppp/blob/master/modules/ppp_ahdlc.c#L7-L19","osiApproved":false},"SUL-1.0":{"name":"Sustainable Use License v1.0","url":"https://github.com/n8n-io/n8n/blob/master/LICENSE.md","osiApproved":false},"OGL-UK-3.0":{"name":"Open Government Licence v3.0","url":"http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/","osiApproved":false},"OLDAP-2.5":{"name":"Open LDAP Public License v2.5","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=6852b9d90022e8593c98205413380536b1b5a7cf","osiApproved":false},"HPND-export2-US":{"name":"HPND with US Government export control and 2 disclaimers","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L111-L133","osiApproved":false},"BSD-Advertising-Acknowledgement":{"name":"BSD Advertising Acknowledgement License","url":"https://github.com/python-excel/xlrd/blob/master/LICENSE#L33","osiApproved":false},"EUPL-1.2":{"name":"European Union Public License 1.2","url":"https://joinup.ec.europa.eu/page/eupl-text-11-12","osiApproved":true},"Plexus":{"name":"Plexus Classworlds License","url":"https://fedoraproject.org/wiki/Licensing/Plexus_Classworlds_License","osiApproved":false},"TAPR-OHL-1.0":{"name":"TAPR Open Hardware License v1.0","url":"https://www.tapr.org/OHL","osiApproved":false},"Motosoto":{"name":"Motosoto License","url":"https://opensource.org/licenses/Motosoto","osiApproved":true},"APL-1.0":{"name":"Adaptive Public License 1.0","url":"https://opensource.org/licenses/APL-1.0","osiApproved":true},"Cronyx":{"name":"Cronyx License","url":"https://gitlab.freedesktop.org/xorg/font/alias/-/blob/master/COPYING","osiApproved":false},"CC-BY-NC-2.0":{"name":"Creative Commons Attribution Non Commercial 2.0 Generic","url":"https://creativecommons.org/licenses/by-nc/2.0/legalcode","osiApproved":false},"Rdisc":{"name":"Rdisc License","url":"https://fedoraproject.org/wiki/Licensing/Rdisc_License","osiApproved":false},"GFDL-1.2-only":{"name":"GNU Free Documentation License v1.2 only","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"Elastic-2.0":{"name":"Elastic License 2.0","url":"https://www.elastic.co/licensing/elastic-license","osiApproved":false},"CC-BY-3.0-NL":{"name":"Creative Commons Attribution 3.0 Netherlands","url":"https://creativecommons.org/licenses/by/3.0/nl/legalcode","osiApproved":false},"LGPL-2.1+":{"name":"GNU Lesser General Public License v2.1 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"magaz":{"name":"magaz License","url":"https://mirrors.nic.cz/tex-archive/macros/latex/contrib/magaz/magaz.tex","osiApproved":false},"GPL-3.0":{"name":"GNU General Public License v3.0 only","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"eCos-2.0":{"name":"eCos license version 2.0","url":"https://www.gnu.org/licenses/ecos-license.html","osiApproved":false},"psfrag":{"name":"psfrag License","url":"https://fedoraproject.org/wiki/Licensing/psfrag","osiApproved":false},"CERN-OHL-1.1":{"name":"CERN Open Hardware Licence v1.1","url":"https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.1","osiApproved":false},"D-FSL-1.0":{"name":"Deutsche Freie Software Lizenz","url":"http://www.dipp.nrw.de/d-fsl/lizenzen/","osiApproved":false},"ngrep":{"name":"ngrep License","url":"https://github.com/jpr5/ngrep/blob/master/LICENSE","osiApproved":false},"w3m":{"name":"w3m License","url":"https://github.com/tats/w3m/blob/master/COPYING","osiApproved":false},"CC-BY-NC-SA-1.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","url":"https://creativecommons.org/licenses/by-nc-sa/1.0/legalcode","osiApproved":false},"TermReadKey":{"name":"TermReadKey License","url":"https://github.com/jonathanstowe/TermReadKey/blob/master/README#L9-L10","osiApproved":false},"GPL-3.0-or-later":{"name":"GNU General Public License v3.0 or later","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"SWL":{"name":"Scheme Widget Library (SWL) Software License Agreement","url":"https://fedoraproject.org/wiki/Licensing/SWL","osiApproved":false},"OpenSSL":{"name":"OpenSSL License","url":"http://www.openssl.org/source/license.html","osiApproved":false},"Python-2.0.1":{"name":"Python License 2.0.1","url":"https://www.python.org/download/releases/2.0.1/license/","osiApproved":false},"CC-BY-SA-3.0-DE":{"name":"Creative Commons Attribution Share Alike 3.0 Germany","url":"https://creativecommons.org/licenses/by-sa/3.0/de/legalcode","osiApproved":false},"OLDAP-2.7":{"name":"Open LDAP Public License v2.7","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=47c2415c1df81556eeb39be6cad458ef87c534a2","osiApproved":false},"SAX-PD":{"name":"Sax Public Domain Notice","url":"http://www.saxproject.org/copying.html","osiApproved":false},"HIDAPI":{"name":"HIDAPI License","url":"https://github.com/signal11/hidapi/blob/master/LICENSE-orig.txt","osiApproved":false},"Leptonica":{"name":"Leptonica License","url":"https://fedoraproject.org/wiki/Licensing/Leptonica","osiApproved":false},"SSH-short":{"name":"SSH short notice","url":"https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/pathnames.h","osiApproved":false},"SimPL-2.0":{"name":"Simple Public License 2.0","url":"https://opensource.org/licenses/SimPL-2.0","osiApproved":true},"GFDL-1.3-only":{"name":"GNU Free Documentation License v1.3 only","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"Kazlib":{"name":"Kazlib License","url":"http://git.savannah.gnu.org/cgit/kazlib.git/tree/except.c?id=0062df360c2d17d57f6af19b0e444c51feb99036","osiApproved":false},"CECILL-C":{"name":"CeCILL-C Free Software License Agreement","url":"http://www.cecill.info/licences/Licence_CeCILL-C_V1-en.html","osiApproved":false},"MS-LPL":{"name":"Microsoft Limited Public License","url":"https://www.openhub.net/licenses/mslpl","osiApproved":false},"CECILL-B":{"name":"CeCILL-B Free Software License Agreement","url":"http://www.cecill.info/licences/Licence_CeCILL-B_V1-en.html","osiApproved":false},"YPL-1.0":{"name":"Yahoo! Public License v1.0","url":"http://www.zimbra.com/license/yahoo_public_license_1.0.html","osiApproved":false},"ASWF-Digital-Assets-1.0":{"name":"ASWF Digital Assets License version 1.0","url":"https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.0.txt","osiApproved":false},"wwl":{"name":"WWL License","url":"http://www.db.net/downloads/wwl+db-1.3.tgz","osiApproved":false},"HTMLTIDY":{"name":"HTML Tidy License","url":"https://github.com/htacg/tidy-html5/blob/next/README/LICENSE.md","osiApproved":false},"HPND-INRIA-IMAG":{"name":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","url":"https://github.com/ppp-project/ppp/blob/master/pppd/ipv6cp.c#L75-L83","osiApproved":false},"xlock":{"name":"xlock License","url":"https://fossies.org/linux/tiff/contrib/ras/ras2tif.c","osiApproved":false},"CC0-1.0":{"name":"Creative Commons Zero v1.0 Universal","url":"https://creativecommons.org/publicdomain/zero/1.0/legalcode","osiApproved":false},"IEC-Code-Components-EULA":{"name":"IEC    Code Components End-user licence agreement","url":"https://www.iec.ch/webstore/custserv/pdf/CC-EULA.pdf","osiApproved":false},"SugarCRM-1.1.3":{"name":"SugarCRM Public License v1.1.3","url":"http://www.sugarcrm.com/crm/SPL","osiApproved":false},"HPND-DEC":{"name":"Historical Permission Notice and Disclaimer - DEC variant","url":"https://gitlab.freedesktop.org/xorg/app/xkbcomp/-/blob/master/COPYING?ref_type=heads#L69","osiApproved":false},"BSD-3-Clause-No-Military-License":{"name":"BSD 3-Clause No Military License","url":"https://gitlab.syncad.com/hive/dhive/-/blob/master/LICENSE","osiApproved":false},"NIST-PD-fallback":{"name":"NIST Public Domain Notice with license fallback","url":"https://github.com/usnistgov/jsip/blob/59700e6926cbe96c5cdae897d9a7d2656b42abe3/LICENSE","osiApproved":false},"LiLiQ-P-1.1":{"name":"Licence Libre du Québec – Permissive version 1.1","url":"https://forge.gouv.qc.ca/licence/fr/liliq-v1-1/","osiApproved":true},"Caldera":{"name":"Caldera License","url":"http://www.lemis.com/grog/UNIX/ancient-source-all.pdf","osiApproved":false},"FSFULLR":{"name":"FSF Unlimited License (with License Retention)","url":"https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License#License_Retention_Variant","osiApproved":false},"pnmstitch":{"name":"pnmstitch License","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/editor/pnmstitch.c#l2","osiApproved":false},"CC-BY-NC-SA-2.0-UK":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/uk/legalcode","osiApproved":false},"CC-BY-NC-SA-2.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/de/legalcode","osiApproved":false},"GCR-docs":{"name":"Gnome GCR Documentation License","url":"https://github.com/GNOME/gcr/blob/master/docs/COPYING","osiApproved":false},"CECILL-1.0":{"name":"CeCILL Free Software License Agreement v1.0","url":"http://www.cecill.info/licences/Licence_CeCILL_V1-fr.html","osiApproved":false},"HPND-sell-variant":{"name":"Historical Permission Notice and Disclaimer - sell variant","url":"https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/net/sunrpc/auth_gss/gss_generic_token.c?h=v4.19","osiApproved":false},"Clips":{"name":"Clips License","url":"https://github.com/DrItanium/maya/blob/master/LICENSE.CLIPS","osiApproved":false},"etalab-2.0":{"name":"Etalab Open License 2.0","url":"https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf","osiApproved":false},"CC-BY-NC-SA-3.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","url":"https://creativecommons.org/licenses/by-nc-sa/3.0/de/legalcode","osiApproved":false},"libtiff":{"name":"libtiff License","url":"https://fedoraproject.org/wiki/Licensing/libtiff","osiApproved":false},"BSD-4-Clause-Shortened":{"name":"BSD 4 Clause Shortened","url":"https://metadata.ftp-master.debian.org/changelogs//main/a/arpwatch/arpwatch_2.1a15-7_copyright","osiApproved":false},"curl":{"name":"curl License","url":"https://github.com/bagder/curl/blob/master/COPYING","osiApproved":false},"Bitstream-Charter":{"name":"Bitstream Charter Font License","url":"https://fedoraproject.org/wiki/Licensing/Charter#License_Text","osiApproved":false},"Apache-1.1":{"name":"Apache License 1.1","url":"http://apache.org/licenses/LICENSE-1.1","osiApproved":true},"HPND-Kevlin-Henney":{"name":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","url":"https://github.com/mruby/mruby/blob/83d12f8d52522cdb7c8cc46fad34821359f453e6/mrbgems/mruby-dir/src/Win/dirent.c#L127-L140","osiApproved":false},"pkgconf":{"name":"pkgconf License","url":"https://github.com/pkgconf/pkgconf/blob/master/cli/main.c#L8","osiApproved":false},"OGL-UK-1.0":{"name":"Open Government Licence v1.0","url":"http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/","osiApproved":false},"CC-BY-SA-2.1-JP":{"name":"Creative Commons Attribution Share Alike 2.1 Japan","url":"https://creativecommons.org/licenses/by-sa/2.1/jp/legalcode","osiApproved":false},"OLDAP-1.2":{"name":"Open LDAP Public License v1.2","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=42b0383c50c299977b5893ee695cf4e486fb0dc7","osiApproved":false},"FSFAP-no-warranty-disclaimer":{"name":"FSF All Permissive License (without Warranty)","url":"https://git.savannah.gnu.org/cgit/wget.git/tree/util/trunc.c?h=v1.21.3&id=40747a11e44ced5a8ac628a41f879ced3e2ebce9#n6","osiApproved":false},"BitTorrent-1.0":{"name":"BitTorrent Open Source License v1.0","url":"http://sources.gentoo.org/cgi-bin/viewvc.cgi/gentoo-x86/licenses/BitTorrent?r1=1.1&r2=1.1.1.1&diff_format=s","osiApproved":false},"Latex2e":{"name":"Latex2e License","url":"https://fedoraproject.org/wiki/Licensing/Latex2e","osiApproved":false},"fwlw":{"name":"fwlw License","url":"https://mirrors.nic.cz/tex-archive/macros/latex/contrib/fwlw/README","osiApproved":false},"MIT-Modern-Variant":{"name":"MIT License Modern Variant","url":"https://fedoraproject.org/wiki/Licensing:MIT#Modern_Variants","osiApproved":true},"SGP4":{"name":"SGP4 Permission Notice","url":"https://celestrak.org/publications/AIAA/2006-6753/faq.php","osiApproved":false},"BSD-4.3RENO":{"name":"BSD 4.3 RENO License","url":"https://sourceware.org/git/?p=binutils-gdb.git;a=blob;f=libiberty/strcasecmp.c;h=131d81c2ce7881fa48c363dc5bf5fb302c61ce0b;hb=HEAD","osiApproved":false},"LZMA-SDK-9.11-to-9.20":{"name":"LZMA SDK License (versions 9.11 to 9.20)","url":"https://www.7-zip.org/sdk.html","osiApproved":false},"GFDL-1.3-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"LPD-document":{"name":"LPD Documentation License","url":"https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md","osiApproved":false},"GFDL-1.3-invariants-only":{"name":"GNU Free Documentation License v1.3 only - invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"CC-BY-NC-SA-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","url":"https://creativecommons.org/licenses/by-nc-sa/3.0/igo/legalcode","osiApproved":false},"HPND-doc":{"name":"Historical Permission Notice and Disclaimer - documentation variant","url":"https://gitlab.freedesktop.org/xorg/lib/libxext/-/blob/master/COPYING?ref_type=heads#L185-197","osiApproved":false},"CNRI-Python":{"name":"CNRI Python License","url":"https://opensource.org/licenses/CNRI-Python","osiApproved":true},"CC-BY-2.5-AU":{"name":"Creative Commons Attribution 2.5 Australia","url":"https://creativecommons.org/licenses/by/2.5/au/legalcode","osiApproved":false},"jove":{"name":"Jove License","url":"https://github.com/jonmacs/jove/blob/4_17/LICENSE","osiApproved":false},"Hippocratic-2.1":{"name":"Hippocratic License 2.1","url":"https://firstdonoharm.dev/version/2/1/license.html","osiApproved":false},"ThirdEye":{"name":"ThirdEye License","url":"https://sourceware.org/cgit/binutils-gdb/tree/include/coff/symconst.h#n11","osiApproved":false},"NTP":{"name":"NTP License","url":"https://opensource.org/licenses/NTP","osiApproved":true},"ADSL":{"name":"Amazon Digital Services License","url":"https://fedoraproject.org/wiki/Licensing/AmazonDigitalServicesLicense","osiApproved":false},"CC-BY-ND-3.0":{"name":"Creative Commons Attribution No Derivatives 3.0 Unported","url":"https://creativecommons.org/licenses/by-nd/3.0/legalcode","osiApproved":false},"BSD-2-Clause-Darwin":{"name":"BSD 2-Clause - Ian Darwin variant","url":"https://github.com/file/file/blob/master/COPYING","osiApproved":false},"TGPPL-1.0":{"name":"Transitive Grace Period Public Licence 1.0","url":"https://fedoraproject.org/wiki/Licensing/TGPPL","osiApproved":false},"CC-BY-NC-SA-2.0-FR":{"name":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/fr/legalcode","osiApproved":false},"LAL-1.2":{"name":"Licence Art Libre 1.2","url":"http://artlibre.org/licence/lal/licence-art-libre-12/","osiApproved":false},"CECILL-1.1":{"name":"CeCILL Free Software License Agreement v1.1","url":"http://www.cecill.info/licences/Licence_CeCILL_V1.1-US.html","osiApproved":false},"CC-BY-ND-2.5":{"name":"Creative Commons Attribution No Derivatives 2.5 Generic","url":"https://creativecommons.org/licenses/by-nd/2.5/legalcode","osiApproved":false},"GPL-2.0-with-GCC-exception":{"name":"GNU General Public License v2.0 w/GCC Runtime Library exception","url":"https://gcc.gnu.org/git/?p=gcc.git;a=blob;f=gcc/libgcc1.c;h=762f5143fc6eed57b6797c82710f3538aa52b40b;hb=cb143a3ce4fb417c68f5fa2691a1b1b1053dfba9#l10","osiApproved":false},"Boehm-GC":{"name":"Boehm-Demers-Weiser GC License","url":"https://fedoraproject.org/wiki/Licensing:MIT#Another_Minimal_variant_(found_in_libatomic_ops)","osiApproved":false},"hdparm":{"name":"hdparm License","url":"https://github.com/Distrotech/hdparm/blob/4517550db29a91420fb2b020349523b1b4512df2/LICENSE.TXT","osiApproved":false},"HPND-MIT-disclaimer":{"name":"Historical Permission Notice and Disclaimer with MIT disclaimer","url":"https://metacpan.org/release/NLNETLABS/Net-DNS-SEC-1.22/source/LICENSE","osiApproved":false},"OpenVision":{"name":"OpenVision License","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L66-L98","osiApproved":false},"CC-BY-NC-SA-3.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","url":"https://creativecommons.org/licenses/by-nc-sa/3.0/legalcode","osiApproved":false},"mplus":{"name":"mplus Font License","url":"https://fedoraproject.org/wiki/Licensing:Mplus?rd=Licensing/mplus","osiApproved":false},"NOSL":{"name":"Netizen Open Source License","url":"http://bits.netizen.com.au/licenses/NOSL/nosl.txt","osiApproved":false},"X11-no-permit-persons":{"name":"X11 no permit persons clause","url":"https://gitlab.freedesktop.org/xorg/lib/libxinerama/-/blob/cc22c2f60c3862482562955116d5455263b443dc/COPYING#L44-66","osiApproved":false},"psutils":{"name":"psutils License","url":"https://fedoraproject.org/wiki/Licensing/psutils","osiApproved":false},"AMPAS":{"name":"Academy of Motion Picture Arts and Sciences BSD","url":"https://fedoraproject.org/wiki/Licensing/BSD#AMPASBSD","osiApproved":false},"DL-DE-BY-2.0":{"name":"Data licence Germany – attribution – version 2.0","url":"https://www.govdata.de/dl-de/by-2-0","osiApproved":false},"Xdebug-1.03":{"name":"Xdebug License v 1.03","url":"https://github.com/xdebug/xdebug/blob/master/LICENSE","osiApproved":false},"OFFIS":{"name":"OFFIS License","url":"https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/dicom/README","osiApproved":false},"MIT-0":{"name":"MIT No Attribution","url":"https://github.com/aws/mit-0","osiApproved":true},"EFL-2.0":{"name":"Eiffel Forum License v2.0","url":"http://www.eiffel-nice.org/license/eiffel-forum-license-2.html","osiApproved":true},"Vim":{"name":"Vim License","url":"http://vimdoc.sourceforge.net/htmldoc/uganda.html","osiApproved":false},"SunPro":{"name":"SunPro License","url":"https://github.com/freebsd/freebsd-src/blob/main/lib/msun/src/e_acosh.c","osiApproved":false},"xzoom":{"name":"xzoom License","url":"https://metadata.ftp-master.debian.org/changelogs//main/x/xzoom/xzoom_0.3-27_copyright","osiApproved":false},"ICU":{"name":"ICU License","url":"http://source.icu-project.org/repos/icu/icu/trunk/license.html","osiApproved":true},"SchemeReport":{"name":"Scheme Language Report License","osiApproved":false},"Unlicense-libtelnet":{"name":"Unlicense - libtelnet variant","url":"https://github.com/seanmiddleditch/libtelnet/blob/develop/COPYING","osiApproved":false},"Arphic-1999":{"name":"Arphic Public License","url":"http://ftp.gnu.org/gnu/non-gnu/chinese-fonts-truetype/LICENSE","osiApproved":false},"python-ldap":{"name":"Python ldap License","url":"https://github.com/python-ldap/python-ldap/blob/main/LICENCE","osiApproved":false},"Ubuntu-font-1.0":{"name":"Ubuntu Font Licence v1.0","url":"https://ubuntu.com/legal/font-licence","osiApproved":false},"LGPL-2.1":{"name":"GNU Lesser General Public License v2.1 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"GL2PS":{"name":"GL2PS License","url":"http://www.geuz.org/gl2ps/COPYING.GL2PS","osiApproved":false},"MulanPSL-1.0":{"name":"Mulan Permissive Software License, Version 1","url":"https://license.coscl.org.cn/MulanPSL/","osiApproved":false},"OLDAP-2.2.1":{"name":"Open LDAP Public License v2.2.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=4bc786f34b50aa301be6f5600f58a980070f481e","osiApproved":false},"LGPL-2.0-or-later":{"name":"GNU Library General Public License v2 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"Libpng":{"name":"libpng License","url":"http://www.libpng.org/pub/png/src/libpng-LICENSE.txt","osiApproved":false},"gnuplot":{"name":"gnuplot License","url":"https://fedoraproject.org/wiki/Licensing/Gnuplot","osiApproved":false},"Game-Programming-Gems":{"name":"Game Programming Gems License","url":"https://github.com/OGRECave/ogre/blob/master/OgreMain/include/OgreSingleton.h#L28C3-L35C46","osiApproved":false},"PHP-3.01":{"name":"PHP License v3.01","url":"http://www.php.net/license/3_01.txt","osiApproved":true},"CC-BY-NC-SA-4.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","url":"https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode","osiApproved":false},"SAX-PD-2.0":{"name":"Sax Public Domain Notice 2.0","url":"http://www.saxproject.org/copying.html","osiApproved":false},"OSL-2.1":{"name":"Open Software License 2.1","url":"http://web.archive.org/web/20050212003940/http://www.rosenlaw.com/osl21.htm","osiApproved":true},"MIT-Wu":{"name":"MIT Tom Wu Variant","url":"https://github.com/chromium/octane/blob/master/crypto.js","osiApproved":false},"EUPL-1.0":{"name":"European Union Public License 1.0","url":"http://ec.europa.eu/idabc/en/document/7330.html","osiApproved":false},"ulem":{"name":"ulem License","url":"https://mirrors.ctan.org/macros/latex/contrib/ulem/README","osiApproved":false},"BSD-3-Clause":{"name":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","url":"https://opensource.org/licenses/BSD-3-Clause","osiApproved":true},"AdaCore-doc":{"name":"AdaCore Doc License","url":"https://github.com/AdaCore/xmlada/blob/master/docs/index.rst","osiApproved":false},"OSSP":{"name":"OSSP License","url":"https://git.sr.ht/~nabijaczleweli/ossp-var","osiApproved":false},"Inner-Net-2.0":{"name":"Inner Net License v2.0","url":"https://fedoraproject.org/wiki/Licensing/Inner_Net_License","osiApproved":false},"BSD-4-Clause":{"name":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","url":"http://directory.fsf.org/wiki/License:BSD_4Clause","osiApproved":false},"JSON":{"name":"JSON License","url":"http://www.json.org/license.html","osiApproved":false},"MIT-STK":{"name":"MIT-STK License","url":"https://github.com/thestk/stk/blob/6aacd357d76250bb7da2b1ddf675651828784bbc/LICENSE","osiApproved":false},"ssh-keyscan":{"name":"ssh-keyscan License","url":"https://github.com/openssh/openssh-portable/blob/master/LICENCE#L82","osiApproved":false},"HPND":{"name":"Historical Permission Notice and Disclaimer","url":"https://opensource.org/licenses/HPND","osiApproved":true},"FreeImage":{"name":"FreeImage Public License v1.0","url":"http://freeimage.sourceforge.net/freeimage-license.txt","osiApproved":false},"RPL-1.5":{"name":"Reciprocal Public License 1.5","url":"https://opensource.org/licenses/RPL-1.5","osiApproved":true},"HPND-sell-MIT-disclaimer-xserver":{"name":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","url":"https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L1781","osiApproved":false},"ISO-permission":{"name":"ISO permission notice","url":"https://gitlab.com/agmartin/linuxdoc-tools/-/blob/master/iso-entities/COPYING?ref_type=heads","osiApproved":false},"NPOSL-3.0":{"name":"Non-Profit Open Software License 3.0","url":"https://opensource.org/licenses/NOSL3.0","osiApproved":true},"SSH-OpenSSH":{"name":"SSH OpenSSH license","url":"https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/LICENCE#L10","osiApproved":false},"BSD-2-Clause-Patent":{"name":"BSD-2-Clause Plus Patent License","url":"https://opensource.org/licenses/BSDplusPatent","osiApproved":true},"LGPL-2.0-only":{"name":"GNU Library General Public License v2 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"UnRAR":{"name":"UnRAR License","url":"https://public.dhe.ibm.com/aix/freeSoftware/aixtoolbox/LICENSES/unRAR.txt","osiApproved":false},"FSFULLRSD":{"name":"FSF Unlimited License (with License Retention and Short Disclaimer)","url":"https://git.savannah.gnu.org/cgit/gnulib.git/tree/modules/COPYING?id=7b08932179d0d6b017f7df01a2ddf6e096b038e3","osiApproved":false},"ESA-PL-weak-copyleft-2.4":{"name":"European Space Agency Public License – v2.4 – Weak Copyleft (Type 2)","url":"https://essr.esa.int/license/european-space-agency-public-license-v2-4-weak-copyleft-type-2","osiApproved":false},"NBPL-1.0":{"name":"Net Boolean Public License v1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=37b4b3f6cc4bf34e1d3dec61e69914b9819d8894","osiApproved":false},"OGL-Canada-2.0":{"name":"Open Government Licence - Canada","url":"https://open.canada.ca/en/open-government-licence-canada","osiApproved":false},"UMich-Merit":{"name":"Michigan/Merit Networks License","url":"https://github.com/radcli/radcli/blob/master/COPYRIGHT#L64","osiApproved":false},"TMate":{"name":"TMate Open Source License","url":"http://svnkit.com/license.html","osiApproved":false},"WordNet":{"name":"WordNet License","url":"https://wordnet.princeton.edu/license-and-commercial-use","osiApproved":true},"EPICS":{"name":"EPICS Open License","url":"https://epics.anl.gov/license/open.php","osiApproved":false},"BSD-2-Clause-Views":{"name":"BSD 2-Clause with views sentence","url":"http://www.freebsd.org/copyright/freebsd-license.html","osiApproved":false},"BSD-3-Clause-HP":{"name":"Hewlett-Packard BSD variant license","url":"https://github.com/zdohnal/hplip/blob/master/COPYING#L939","osiApproved":false},"BSD-3-Clause-flex":{"name":"BSD 3-Clause Flex variant","url":"https://github.com/westes/flex/blob/master/COPYING","osiApproved":false},"GPL-2.0":{"name":"GNU General Public License v2.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"QPL-1.0-INRIA-2004":{"name":"Q Public License 1.0 - INRIA 2004 variant","url":"https://github.com/maranget/hevea/blob/master/LICENSE","osiApproved":false},"CC-BY-NC-2.5":{"name":"Creative Commons Attribution Non Commercial 2.5 Generic","url":"https://creativecommons.org/licenses/by-nc/2.5/legalcode","osiApproved":false},"GPL-2.0-with-font-exception":{"name":"GNU General Public License v2.0 w/Font exception","url":"https://www.gnu.org/licenses/gpl-faq.html#FontException","osiApproved":false},"GPL-2.0-only":{"name":"GNU General Public License v2.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"OFL-1.1-RFN":{"name":"SIL Open Font License 1.1 with Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web","osiApproved":true},"Ruby":{"name":"Ruby License","url":"https://www.ruby-lang.org/en/about/license.txt","osiApproved":false},"FSFULLRWD":{"name":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","url":"https://lists.gnu.org/archive/html/autoconf/2012-04/msg00061.html","osiApproved":false},"GFDL-1.1-only":{"name":"GNU Free Documentation License v1.1 only","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"Info-ZIP":{"name":"Info-ZIP License","url":"http://www.info-zip.org/license.html","osiApproved":false},"Intel-ACPI":{"name":"Intel ACPI Software License Agreement","url":"https://fedoraproject.org/wiki/Licensing/Intel_ACPI_Software_License_Agreement","osiApproved":false},"libpng-2.0":{"name":"PNG Reference Library version 2","url":"http://www.libpng.org/pub/png/src/libpng-LICENSE.txt","osiApproved":false},"libselinux-1.0":{"name":"libselinux public domain notice","url":"https://github.com/SELinuxProject/selinux/blob/master/libselinux/LICENSE","osiApproved":false},"GPL-2.0-with-classpath-exception":{"name":"GNU General Public License v2.0 w/Classpath exception","url":"https://www.gnu.org/software/classpath/license.html","osiApproved":false},"BUSL-1.1":{"name":"Business Source License 1.1","url":"https://mariadb.com/bsl11/","osiApproved":false},"LGPL-2.1-or-later":{"name":"GNU Lesser General Public License v2.1 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"ImageMagick":{"name":"ImageMagick License","url":"http://www.imagemagick.org/script/license.php","osiApproved":false},"MMIXware":{"name":"MMIXware License","url":"https://gitlab.lrz.de/mmix/mmixware/-/blob/master/boilerplate.w","osiApproved":false},"BSD-3-Clause-Sun":{"name":"BSD 3-Clause Sun Microsystems","url":"https://github.com/xmlark/msv/blob/b9316e2f2270bc1606952ea4939ec87fbba157f3/xsdlib/src/main/java/com/sun/msv/datatype/regexp/InternalImpl.java","osiApproved":false},"IPL-1.0":{"name":"IBM Public License v1.0","url":"https://opensource.org/licenses/IPL-1.0","osiApproved":true},"BSD-Protection":{"name":"BSD Protection License","url":"https://fedoraproject.org/wiki/Licensing/BSD_Protection_License","osiApproved":false},"CDLA-Permissive-2.0":{"name":"Community Data License Agreement Permissive 2.0","url":"https://cdla.dev/permissive-2-0","osiApproved":false},"Linux-man-pages-1-para":{"name":"Linux man-pages - 1 paragraph","url":"https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/getcpu.2#n4","osiApproved":false},"SHL-0.51":{"name":"Solderpad Hardware License, Version 0.51","url":"https://solderpad.org/licenses/SHL-0.51/","osiApproved":false},"BSD-4-Clause-UC":{"name":"BSD-4-Clause (University of California-Specific)","url":"http://www.freebsd.org/copyright/license.html","osiApproved":false},"OLDAP-2.6":{"name":"Open LDAP Public License v2.6","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=1cae062821881f41b73012ba816434897abf4205","osiApproved":false},"Adobe-Glyph":{"name":"Adobe Glyph List License","url":"https://fedoraproject.org/wiki/Licensing/MIT#AdobeGlyph","osiApproved":false},"wxWindows":{"name":"wxWindows Library License","url":"https://opensource.org/licenses/WXwindows","osiApproved":true},"any-OSI":{"name":"Any OSI License","url":"https://metacpan.org/pod/Exporter::Tidy#LICENSE","osiApproved":false},"OPL-1.0":{"name":"Open Public License v1.0","url":"http://old.koalateam.com/jackaroo/OPL_1_0.TXT","osiApproved":false},"GPL-1.0-only":{"name":"GNU General Public License v1.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"Aspell-RU":{"name":"Aspell Russian License","url":"https://ftp.gnu.org/gnu/aspell/dict/ru/aspell6-ru-0.99f7-1.tar.bz2","osiApproved":false},"FTL":{"name":"Freetype Project License","url":"http://freetype.fis.uniroma2.it/FTL.TXT","osiApproved":false},"BitTorrent-1.1":{"name":"BitTorrent Open Source License v1.1","url":"http://directory.fsf.org/wiki/License:BitTorrentOSL1.1","osiApproved":false},"LGPL-2.0":{"name":"GNU Library General Public License v2 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"OSL-3.0":{"name":"Open Software License 3.0","url":"https://web.archive.org/web/20120101081418/http://rosenlaw.com:80/OSL3.0.htm","osiApproved":true},"Buddy":{"name":"Buddy License","url":"https://sourceforge.net/p/buddy/gitcode/ci/master/tree/README","osiApproved":false},"CPAL-1.0":{"name":"Common Public Attribution License 1.0","url":"https://opensource.org/licenses/CPAL-1.0","osiApproved":true},"APSL-2.0":{"name":"Apple Public Source License 2.0","url":"http://www.opensource.apple.com/license/apsl/","osiApproved":true},"CC-BY-SA-3.0-IGO":{"name":"Creative Commons Attribution-ShareAlike 3.0 IGO","url":"https://creativecommons.org/licenses/by-sa/3.0/igo/legalcode","osiApproved":false},"MIT-CMU":{"name":"CMU License","url":"https://fedoraproject.org/wiki/Licensing:MIT?rd=Licensing/MIT#CMU_Style","osiApproved":false},"Minpack":{"name":"Minpack License","url":"http://www.netlib.org/minpack/disclaimer","osiApproved":false},"Unicode-DFS-2015":{"name":"Unicode License Agreement - Data Files and Software (2015)","url":"https://web.archive.org/web/20151224134844/http://unicode.org/copyright.html","osiApproved":false},"Linux-man-pages-copyleft":{"name":"Linux man-pages Copyleft","url":"https://www.kernel.org/doc/man-pages/licenses.html","osiApproved":false},"CAL-1.0-Combined-Work-Exception":{"name":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","url":"http://cryptographicautonomylicense.com/license-text.html","osiApproved":true},"Xnet":{"name":"X.Net License","url":"https://opensource.org/licenses/Xnet","osiApproved":true},"OSC-1.0":{"name":"OSC License 1.0","url":"https://opensource.org/license/osc-license-1-0","osiApproved":true},"Cube":{"name":"Cube License","url":"https://fedoraproject.org/wiki/Licensing/Cube","osiApproved":false},"LPPL-1.1":{"name":"LaTeX Project Public License v1.1","url":"http://www.latex-project.org/lppl/lppl-1-1.txt","osiApproved":false},"NLOD-2.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 2.0","url":"http://data.norge.no/nlod/en/2.0","osiApproved":false},"Knuth-CTAN":{"name":"Knuth CTAN License","url":"https://ctan.org/license/knuth","osiApproved":false},"FreeBSD-DOC":{"name":"FreeBSD Documentation License","url":"https://www.freebsd.org/copyright/freebsd-doc-license/","osiApproved":false},"TORQUE-1.1":{"name":"TORQUE v2.5+ Software License v1.1","url":"https://fedoraproject.org/wiki/Licensing/TORQUEv1.1","osiApproved":false},"HPND-Markus-Kuhn":{"name":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","url":"https://www.cl.cam.ac.uk/~mgk25/ucs/wcwidth.c","osiApproved":false},"Adobe-2006":{"name":"Adobe Systems Incorporated Source Code License Agreement","url":"https://fedoraproject.org/wiki/Licensing/AdobeLicense","osiApproved":false},"MTLL":{"name":"Matrix Template Library License","url":"https://fedoraproject.org/wiki/Licensing/Matrix_Template_Library_License","osiApproved":false},"ANTLR-PD":{"name":"ANTLR Software Rights Notice","url":"http://www.antlr2.org/license.html","osiApproved":false},"Wsuipa":{"name":"Wsuipa License","url":"https://fedoraproject.org/wiki/Licensing/Wsuipa","osiApproved":false},"Artistic-1.0":{"name":"Artistic License 1.0","url":"https://opensource.org/licenses/Artistic-1.0","osiApproved":true},"COIL-1.0":{"name":"Copyfree Open Innovation License","url":"https://coil.apotheon.org/plaintext/01.0.txt","osiApproved":false},"OML":{"name":"Open Market License","url":"https://fedoraproject.org/wiki/Licensing/Open_Market_License","osiApproved":false},"AGPL-3.0-or-later":{"name":"GNU Affero General Public License v3.0 or later","url":"https://www.gnu.org/licenses/agpl.txt","osiApproved":true},"GFDL-1.1-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"SSLeay-standalone":{"name":"SSLeay License - standalone","url":"https://www.tq-group.com/filedownloads/files/software-license-conditions/OriginalSSLeay/OriginalSSLeay.pdf","osiApproved":false},"C-UDA-1.0":{"name":"Computational Use of Data Agreement v1.0","url":"https://github.com/microsoft/Computational-Use-of-Data-Agreement/blob/master/C-UDA-1.0.md","osiApproved":false},"HP-1989":{"name":"Hewlett-Packard 1989 License","url":"https://github.com/bleargh45/Data-UUID/blob/master/LICENSE","osiApproved":false},"Cornell-Lossless-JPEG":{"name":"Cornell Lossless JPEG License","url":"https://android.googlesource.com/platform/external/dng_sdk/+/refs/heads/master/source/dng_lossless_jpeg.cpp#16","osiApproved":false},"GFDL-1.3-no-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - no invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"CC-BY-1.0":{"name":"Creative Commons Attribution 1.0 Generic","url":"https://creativecommons.org/licenses/by/1.0/legalcode","osiApproved":false},"MMPL-1.0.1":{"name":"Minecraft Mod Public License v1.0.1","url":"https://github.com/BuildCraft/BuildCraft/blob/623d323b1868712f29f4a8b0979a02e8d1835131/LICENSE","osiApproved":false},"SNIA":{"name":"SNIA Public License 1.1","url":"https://fedoraproject.org/wiki/Licensing/SNIA_Public_License","osiApproved":false},"OpenPBS-2.3":{"name":"OpenPBS v2.3 Software License","url":"https://github.com/adaptivecomputing/torque/blob/master/PBS_License.txt","osiApproved":false},"NCGL-UK-2.0":{"name":"Non-Commercial Government Licence","url":"http://www.nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2/","osiApproved":false},"Mackerras-3-Clause-acknowledgment":{"name":"Mackerras 3-Clause - acknowledgment variant","url":"https://github.com/ppp-project/ppp/blob/master/pppd/auth.c#L6-L28","osiApproved":false},"NTP-0":{"name":"NTP No Attribution","url":"https://github.com/tytso/e2fsprogs/blob/master/lib/et/et_name.c","osiApproved":false},"NICTA-1.0":{"name":"NICTA Public Software License, Version 1.0","url":"https://opensource.apple.com/source/mDNSResponder/mDNSResponder-320.10/mDNSPosix/nss_ReadMe.txt","osiApproved":false},"Frameworx-1.0":{"name":"Frameworx Open License 1.0","url":"https://opensource.org/licenses/Frameworx-1.0","osiApproved":true},"CNRI-Jython":{"name":"CNRI Jython License","url":"http://www.jython.org/license.html","osiApproved":false},"Community-Spec-1.0":{"name":"Community Specification License 1.0","url":"https://github.com/CommunitySpecification/1.0/blob/master/1._Community_Specification_License-v1.md","osiApproved":false},"BSD-3-Clause-No-Nuclear-License":{"name":"BSD 3-Clause No Nuclear License","url":"http://download.oracle.com/otn-pub/java/licenses/bsd.txt","osiApproved":false},"libutil-David-Nugent":{"name":"libutil David Nugent License","url":"http://web.mit.edu/freebsd/head/lib/libutil/login_ok.3","osiApproved":false},"CC-BY-NC-ND-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","url":"https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode","osiApproved":false},"any-OSI-perl-modules":{"name":"Any OSI License - Perl Modules","url":"https://metacpan.org/release/JUERD/Exporter-Tidy-0.09/view/Tidy.pm#LICENSE","osiApproved":false},"MIT-advertising":{"name":"Enlightenment License (e16)","url":"https://fedoraproject.org/wiki/Licensing/MIT_With_Advertising","osiApproved":false},"HPND-export-US-modify":{"name":"HPND with US Government export control warning and modification rqmt","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L1157-L1182","osiApproved":false},"Xfig":{"name":"Xfig License","url":"https://github.com/Distrotech/transfig/blob/master/transfig/transfig.c","osiApproved":false},"zlib-acknowledgement":{"name":"zlib/libpng License with Acknowledgement","url":"https://fedoraproject.org/wiki/Licensing/ZlibWithAcknowledgement","osiApproved":false},"ISC-Veillard":{"name":"ISC Veillard variant","url":"https://raw.githubusercontent.com/GNOME/libxml2/4c2e7c651f6c2f0d1a74f350cbda95f7df3e7017/hash.c","osiApproved":false},"YPL-1.1":{"name":"Yahoo! Public License v1.1","url":"http://www.zimbra.com/license/yahoo_public_license_1.1.html","osiApproved":false},"BSD-3-Clause-Modification":{"name":"BSD 3-Clause Modification","url":"https://fedoraproject.org/wiki/Licensing:BSD#Modification_Variant","osiApproved":false},"Artistic-1.0-Perl":{"name":"Artistic License 1.0 (Perl)","url":"http://dev.perl.org/licenses/artistic.html","osiApproved":true},"GPL-3.0-only":{"name":"GNU General Public License v3.0 only","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"TU-Berlin-1.0":{"name":"Technische Universitaet Berlin License 1.0","url":"https://github.com/swh/ladspa/blob/7bf6f3799fdba70fda297c2d8fd9f526803d9680/gsm/COPYRIGHT","osiApproved":false},"GPL-1.0+":{"name":"GNU General Public License v1.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"OPUBL-1.0":{"name":"Open Publication License v1.0","url":"http://opencontent.org/openpub/","osiApproved":false},"App-s2p":{"name":"App::s2p License","url":"https://fedoraproject.org/wiki/Licensing/App-s2p","osiApproved":false},"checkmk":{"name":"Checkmk License","url":"https://github.com/libcheck/check/blob/master/checkmk/checkmk.in","osiApproved":false},"CC-BY-3.0-AU":{"name":"Creative Commons Attribution 3.0 Australia","url":"https://creativecommons.org/licenses/by/3.0/au/legalcode","osiApproved":false},"CC-BY-NC-4.0":{"name":"Creative Commons Attribution Non Commercial 4.0 International","url":"https://creativecommons.org/licenses/by-nc/4.0/legalcode","osiApproved":false},"Intel":{"name":"Intel Open Source License","url":"https://opensource.org/licenses/Intel","osiApproved":true},"OFL-1.0-RFN":{"name":"SIL Open Font License 1.0 with Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web","osiApproved":false},"MPL-2.0":{"name":"Mozilla Public License 2.0","url":"https://www.mozilla.org/MPL/2.0/","osiApproved":true},"NGPL":{"name":"Nethack General Public License","url":"https://opensource.org/licenses/NGPL","osiApproved":true},"0BSD":{"name":"BSD Zero Clause License","url":"http://landley.net/toybox/license.html","osiApproved":true},"OSET-PL-2.1":{"name":"OSET Public License version 2.1","url":"http://www.osetfoundation.org/public-license","osiApproved":true},"FBM":{"name":"Fuzzy Bitmap License","url":"https://github.com/SWI-Prolog/packages-xpce/blob/161a40cd82004f731ba48024f9d30af388a7edf5/src/img/gifwrite.c#L21-L26","osiApproved":false},"UnixCrypt":{"name":"UnixCrypt License","url":"https://foss.heptapod.net/python-libs/passlib/-/blob/branch/stable/LICENSE#L70","osiApproved":false},"LGPL-3.0":{"name":"GNU Lesser General Public License v3.0 only","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"MPL-1.0":{"name":"Mozilla Public License 1.0","url":"http://www.mozilla.org/MPL/MPL-1.0.html","osiApproved":true},"Giftware":{"name":"Giftware License","url":"http://liballeg.org/license.html#allegro-4-the-giftware-license","osiApproved":false},"Beerware":{"name":"Beerware License","url":"https://fedoraproject.org/wiki/Licensing/Beerware","osiApproved":false},"Caldera-no-preamble":{"name":"Caldera License (without preamble)","url":"https://github.com/apache/apr/blob/trunk/LICENSE#L298C6-L298C29","osiApproved":false},"BSD-2-Clause":{"name":"BSD 2-Clause \\"Simplified\\" License","url":"https://opensource.org/licenses/BSD-2-Clause","osiApproved":true},"TTWL":{"name":"Text-Tabs+Wrap License","url":"https://fedoraproject.org/wiki/Licensing/TTWL","osiApproved":false},"FSL-1.1-ALv2":{"name":"Functional Source License, Version 1.1, ALv2 Future License","url":"https://fsl.software/FSL-1.1-ALv2.template.md","osiApproved":false},"GFDL-1.1-or-later":{"name":"GNU Free Documentation License v1.1 or later","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"ESA-PL-permissive-2.4":{"name":"European Space Agency Public License – v2.4 – Permissive (Type 3)","url":"https://essr.esa.int/license/european-space-agency-public-license-v2-4-permissive-type-3","osiApproved":false},"OSL-1.1":{"name":"Open Software License 1.1","url":"https://fedoraproject.org/wiki/Licensing/OSL1.1","osiApproved":false},"OCCT-PL":{"name":"Open CASCADE Technology Public License","url":"http://www.opencascade.com/content/occt-public-license","osiApproved":false},"Interbase-1.0":{"name":"Interbase Public License v1.0","url":"https://web.archive.org/web/20060319014854/http://info.borland.com/devsupport/interbase/opensource/IPL.html","osiApproved":false},"AMD-newlib":{"name":"AMD newlib License","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/sys/a29khif/_close.S;h=04f52ae00de1dafbd9055ad8d73c5c697a3aae7f;hb=HEAD","osiApproved":false},"QPL-1.0":{"name":"Q Public License 1.0","url":"http://doc.qt.nokia.com/3.3/license.html","osiApproved":true},"libpng-1.6.35":{"name":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","url":"http://www.libpng.org/pub/png/src/libpng-LICENSE.txt","osiApproved":false},"MITNFA":{"name":"MIT +no-false-attribs license","url":"https://fedoraproject.org/wiki/Licensing/MITNFA","osiApproved":false},"OpenSSL-standalone":{"name":"OpenSSL License - standalone","url":"https://library.netapp.com/ecm/ecm_download_file/ECMP1196395","osiApproved":false},"MIT-Click":{"name":"MIT Click License","url":"https://github.com/kohler/t1utils/blob/master/LICENSE","osiApproved":false},"BSD-Systemics-W3Works":{"name":"Systemics W3Works BSD variant license","url":"https://metacpan.org/release/DPARIS/Crypt-Blowfish-2.14/source/COPYRIGHT#L7","osiApproved":false},"NIST-PD":{"name":"NIST Public Domain Notice","url":"https://github.com/tcheneau/simpleRPL/blob/e645e69e38dd4e3ccfeceb2db8cba05b7c2e0cd3/LICENSE.txt","osiApproved":false},"NLPL":{"name":"No Limit Public License","url":"https://fedoraproject.org/wiki/Licensing/NLPL","osiApproved":false},"BSD-Systemics":{"name":"Systemics BSD variant license","url":"https://metacpan.org/release/DPARIS/Crypt-DES-2.07/source/COPYRIGHT","osiApproved":false},"HPND-sell-variant-MIT-disclaimer-rev":{"name":"HPND sell variant with MIT disclaimer - reverse","url":"https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/dynlist.c","osiApproved":false},"CERN-OHL-1.2":{"name":"CERN Open Hardware Licence v1.2","url":"https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.2","osiApproved":false},"GFDL-1.2-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"SGI-B-2.0":{"name":"SGI Free Software License B v2.0","url":"http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.2.0.pdf","osiApproved":false},"Martin-Birgmeier":{"name":"Martin Birgmeier License","url":"https://github.com/Perl/perl5/blob/blead/util.c#L6136","osiApproved":false},"LGPL-2.0+":{"name":"GNU Library General Public License v2 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"WTFPL":{"name":"Do What The F*ck You Want To Public License","url":"http://www.wtfpl.net/about/","osiApproved":false},"Zimbra-1.3":{"name":"Zimbra Public License v1.3","url":"http://web.archive.org/web/20100302225219/http://www.zimbra.com/license/zimbra-public-license-1-3.html","osiApproved":false},"CC-BY-SA-3.0":{"name":"Creative Commons Attribution Share Alike 3.0 Unported","url":"https://creativecommons.org/licenses/by-sa/3.0/legalcode","osiApproved":false},"X11":{"name":"X11 License","url":"http://www.xfree86.org/3.3.6/COPYRIGHT2.html#3","osiApproved":false},"BSD-3-Clause-No-Nuclear-License-2014":{"name":"BSD 3-Clause No Nuclear License 2014","url":"https://java.net/projects/javaeetutorial/pages/BerkeleyLicense","osiApproved":false},"AFL-2.1":{"name":"Academic Free License v2.1","url":"http://opensource.linux-mirror.org/licenses/afl-2.1.txt","osiApproved":true},"CrystalStacker":{"name":"CrystalStacker License","url":"https://fedoraproject.org/wiki/Licensing:CrystalStacker?rd=Licensing/CrystalStacker","osiApproved":false},"LZMA-SDK-9.22":{"name":"LZMA SDK License (versions 9.22 and beyond)","url":"https://www.7-zip.org/sdk.html","osiApproved":false},"diffmark":{"name":"diffmark license","url":"https://fedoraproject.org/wiki/Licensing/diffmark","osiApproved":false},"softSurfer":{"name":"softSurfer License","url":"https://github.com/mm2/Little-CMS/blob/master/src/cmssm.c#L207","osiApproved":false},"hyphen-bulgarian":{"name":"hyphen-bulgarian License","url":"https://ctan.math.illinois.edu/systems/texlive/tlnet/archive/hyphen-bulgarian.tar.xz","osiApproved":false},"HPND-Intel":{"name":"Historical Permission Notice and Disclaimer - Intel variant","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/i960/memcpy.S;hb=HEAD","osiApproved":false},"Newsletr":{"name":"Newsletr License","url":"https://fedoraproject.org/wiki/Licensing/Newsletr","osiApproved":false},"copyleft-next-0.3.0":{"name":"copyleft-next 0.3.0","url":"https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.0","osiApproved":false},"iMatix":{"name":"iMatix Standard Function Library Agreement","url":"http://legacy.imatix.com/html/sfl/sfl4.htm#license","osiApproved":false},"LPPL-1.3a":{"name":"LaTeX Project Public License v1.3a","url":"http://www.latex-project.org/lppl/lppl-1-3a.txt","osiApproved":false},"LAL-1.3":{"name":"Licence Art Libre 1.3","url":"https://artlibre.org/","osiApproved":false},"OLDAP-2.1":{"name":"Open LDAP Public License v2.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b0d176738e96a0d3b9f85cb51e140a86f21be715","osiApproved":false},"Symlinks":{"name":"Symlinks License","url":"https://www.mail-archive.com/debian-bugs-rc@lists.debian.org/msg11494.html","osiApproved":false},"OFL-1.1":{"name":"SIL Open Font License 1.1","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web","osiApproved":true},"CC-BY-NC-ND-2.5":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","url":"https://creativecommons.org/licenses/by-nc-nd/2.5/legalcode","osiApproved":false},"Brian-Gladman-3-Clause":{"name":"Brian Gladman 3-Clause License","url":"https://github.com/SWI-Prolog/packages-clib/blob/master/sha1/brg_endian.h","osiApproved":false},"Artistic-1.0-cl8":{"name":"Artistic License 1.0 w/clause 8","url":"https://opensource.org/licenses/Artistic-1.0","osiApproved":true},"AFL-3.0":{"name":"Academic Free License v3.0","url":"http://www.rosenlaw.com/AFL3.0.htm","osiApproved":true},"MPL-1.1":{"name":"Mozilla Public License 1.1","url":"http://www.mozilla.org/MPL/MPL-1.1.html","osiApproved":true},"HPND-SMC":{"name":"Historical Permission Notice and Disclaimer - SMC variant","url":"https://docs.python.org/3/license.html#execution-tracing","osiApproved":false},"ISC":{"name":"ISC License","url":"https://www.isc.org/licenses/","osiApproved":true},"LGPL-2.1-only":{"name":"GNU Lesser General Public License v2.1 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"Zimbra-1.4":{"name":"Zimbra Public License v1.4","url":"http://www.zimbra.com/legal/zimbra-public-license-1-4","osiApproved":false},"dtoa":{"name":"David M. Gay dtoa License","url":"https://github.com/SWI-Prolog/swipl-devel/blob/master/src/os/dtoa.c","osiApproved":false},"ODC-By-1.0":{"name":"Open Data Commons Attribution License v1.0","url":"https://opendatacommons.org/licenses/by/1.0/","osiApproved":false},"GFDL-1.1":{"name":"GNU Free Documentation License v1.1","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"CC-BY-ND-4.0":{"name":"Creative Commons Attribution No Derivatives 4.0 International","url":"https://creativecommons.org/licenses/by-nd/4.0/legalcode","osiApproved":false},"W3C":{"name":"W3C Software Notice and License (2002-12-31)","url":"http://www.w3.org/Consortium/Legal/2002/copyright-software-20021231.html","osiApproved":true},"BSD-3-Clause-Open-MPI":{"name":"BSD 3-Clause Open MPI variant","url":"https://www.open-mpi.org/community/license.php","osiApproved":true},"PSF-2.0":{"name":"Python Software Foundation License 2.0","url":"https://opensource.org/licenses/Python-2.0","osiApproved":false},"GPL-2.0-or-later":{"name":"GNU General Public License v2.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"CC-BY-NC-3.0-DE":{"name":"Creative Commons Attribution Non Commercial 3.0 Germany","url":"https://creativecommons.org/licenses/by-nc/3.0/de/legalcode","osiApproved":false},"ESA-PL-strong-copyleft-2.4":{"name":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","url":"https://essr.esa.int/license/european-space-agency-public-license-v2-4-strong-copyleft-type-1","osiApproved":false},"bcrypt-Solar-Designer":{"name":"bcrypt Solar Designer License","url":"https://github.com/bcrypt-ruby/bcrypt-ruby/blob/master/ext/mri/crypt_blowfish.c","osiApproved":false},"AFL-1.2":{"name":"Academic Free License v1.2","url":"http://opensource.linux-mirror.org/licenses/afl-1.2.txt","osiApproved":true},"AFL-2.0":{"name":"Academic Free License v2.0","url":"http://wayback.archive.org/web/20060924134533/http://www.opensource.org/licenses/afl-2.0.txt","osiApproved":true},"BSD-4.3TAHOE":{"name":"BSD 4.3 TAHOE License","url":"https://github.com/389ds/389-ds-base/blob/main/ldap/include/sysexits-compat.h#L15","osiApproved":false},"LOOP":{"name":"Common Lisp LOOP License","url":"https://gitlab.com/embeddable-common-lisp/ecl/-/blob/develop/src/lsp/loop.lsp","osiApproved":false},"GFDL-1.3":{"name":"GNU Free Documentation License v1.3","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"SGI-OpenGL":{"name":"SGI OpenGL License","url":"https://gitlab.freedesktop.org/mesa/glw/-/blob/master/README?ref_type=heads","osiApproved":false},"Unicode-DFS-2016":{"name":"Unicode License Agreement - Data Files and Software (2016)","url":"https://www.unicode.org/license.txt","osiApproved":true},"ClArtistic":{"name":"Clarified Artistic License","url":"http://gianluca.dellavedova.org/2011/01/03/clarified-artistic-license/","osiApproved":false},"PolyForm-Small-Business-1.0.0":{"name":"PolyForm Small Business License 1.0.0","url":"https://polyformproject.org/licenses/small-business/1.0.0","osiApproved":false},"PHP-3.0":{"name":"PHP License v3.0","url":"http://www.php.net/license/3_0.txt","osiApproved":true},"HPND-export-US-acknowledgement":{"name":"HPND with US Government export control warning and acknowledgment","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L831-L852","osiApproved":false},"SISSL-1.2":{"name":"Sun Industry Standards Source License v1.2","url":"http://gridscheduler.sourceforge.net/Gridengine_SISSL_license.html","osiApproved":false},"CC-BY-NC-ND-1.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","url":"https://creativecommons.org/licenses/by-nd-nc/1.0/legalcode","osiApproved":false},"IPA":{"name":"IPA Font License","url":"https://opensource.org/licenses/IPA","osiApproved":true},"DSDP":{"name":"DSDP License","url":"https://fedoraproject.org/wiki/Licensing/DSDP","osiApproved":false},"LiLiQ-Rplus-1.1":{"name":"Licence Libre du Québec – Réciprocité forte version 1.1","url":"https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-forte-liliq-r-v1-1/","osiApproved":true},"Advanced-Cryptics-Dictionary":{"name":"Advanced Cryptics Dictionary License","url":"https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2","osiApproved":false},"Ferguson-Twofish":{"name":"Ferguson Twofish License","url":"https://github.com/wernerd/ZRTPCPP/blob/6b3cd8e6783642292bad0c21e3e5e5ce45ff3e03/cryptcommon/twofish.c#L113C3-L127","osiApproved":false},"W3C-20150513":{"name":"W3C Software Notice and Document License (2015-05-13)","url":"https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document","osiApproved":true},"NCL":{"name":"NCL Source Code License","url":"https://gitlab.freedesktop.org/pipewire/pipewire/-/blob/master/src/modules/module-filter-chain/pffft.c?ref_type=heads#L1-52","osiApproved":false},"BlueOak-1.0.0":{"name":"Blue Oak Model License 1.0.0","url":"https://blueoakcouncil.org/license/1.0.0","osiApproved":true},"SMPPL":{"name":"Secure Messaging Protocol Public License","url":"https://github.com/dcblake/SMP/blob/master/Documentation/License.txt","osiApproved":false},"gSOAP-1.3b":{"name":"gSOAP Public License v1.3b","url":"http://www.cs.fsu.edu/~engelen/license.html","osiApproved":false},"Vixie-Cron":{"name":"Vixie Cron License","url":"https://github.com/vixie/cron/tree/545b3f5246824a9cda5905eeb7cf019c95e66995","osiApproved":false},"ZPL-2.0":{"name":"Zope Public License 2.0","url":"http://old.zope.org/Resources/License/ZPL-2.0","osiApproved":true},"EPL-2.0":{"name":"Eclipse Public License 2.0","url":"https://www.eclipse.org/legal/epl-2.0","osiApproved":true},"MPL-2.0-no-copyleft-exception":{"name":"Mozilla Public License 2.0 (no copyleft exception)","url":"https://www.mozilla.org/MPL/2.0/","osiApproved":true},"Brian-Gladman-2-Clause":{"name":"Brian Gladman 2-Clause License","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L140-L156","osiApproved":false},"Soundex":{"name":"Soundex License","url":"https://metacpan.org/release/RJBS/Text-Soundex-3.05/source/Soundex.pm#L3-11","osiApproved":false},"BSD-2-Clause-first-lines":{"name":"BSD 2-Clause - first lines requirement","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L664-L690","osiApproved":false},"Bahyph":{"name":"Bahyph License","url":"https://fedoraproject.org/wiki/Licensing/Bahyph","osiApproved":false},"GPL-1.0-or-later":{"name":"GNU General Public License v1.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"SSPL-1.0":{"name":"Server Side Public License, v 1","url":"https://www.mongodb.com/licensing/server-side-public-license","osiApproved":false},"CC-BY-NC-ND-3.0-DE":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","url":"https://creativecommons.org/licenses/by-nc-nd/3.0/de/legalcode","osiApproved":false},"HPND-Fenneberg-Livingston":{"name":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","url":"https://github.com/FreeRADIUS/freeradius-client/blob/master/COPYRIGHT#L32","osiApproved":false},"HPND-UC-export-US":{"name":"Historical Permission Notice and Disclaimer - University of California, US export warning","url":"https://github.com/RTimothyEdwards/magic/blob/master/LICENSE","osiApproved":false},"TPL-1.0":{"name":"THOR Public License 1.0","url":"https://fedoraproject.org/wiki/Licensing:ThorPublicLicense","osiApproved":false},"LPL-1.02":{"name":"Lucent Public License v1.02","url":"http://plan9.bell-labs.com/plan9/license.html","osiApproved":true},"Xerox":{"name":"Xerox License","url":"https://fedoraproject.org/wiki/Licensing/Xerox","osiApproved":false},"BSD-Attribution-HPND-disclaimer":{"name":"BSD with Attribution and HPND disclaimer","url":"https://github.com/cyrusimap/cyrus-sasl/blob/master/COPYING","osiApproved":false},"CC-BY-3.0-AT":{"name":"Creative Commons Attribution 3.0 Austria","url":"https://creativecommons.org/licenses/by/3.0/at/legalcode","osiApproved":false},"Zend-2.0":{"name":"Zend License v2.0","url":"https://web.archive.org/web/20130517195954/http://www.zend.com/license/2_00.txt","osiApproved":false},"BSD-2-Clause-FreeBSD":{"name":"BSD 2-Clause FreeBSD License","url":"http://www.freebsd.org/copyright/freebsd-license.html","osiApproved":false},"RSA-MD":{"name":"RSA Message-Digest License","url":"http://www.faqs.org/rfcs/rfc1321.html","osiApproved":false},"TCP-wrappers":{"name":"TCP Wrappers License","url":"http://rc.quest.com/topics/openssh/license.php#tcpwrappers","osiApproved":false},"Lucida-Bitmap-Fonts":{"name":"Lucida Bitmap Fonts License","url":"https://gitlab.freedesktop.org/xorg/font/bh-100dpi/-/blob/master/COPYING?ref_type=heads","osiApproved":false},"LPPL-1.2":{"name":"LaTeX Project Public License v1.2","url":"http://www.latex-project.org/lppl/lppl-1-2.txt","osiApproved":false},"HPND-sell-variant-MIT-disclaimer":{"name":"HPND sell variant with MIT disclaimer","url":"https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/README","osiApproved":false},"Barr":{"name":"Barr License","url":"https://fedoraproject.org/wiki/Licensing/Barr","osiApproved":false},"CERN-OHL-W-2.0":{"name":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","url":"https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2","osiApproved":true},"CC-BY-NC-SA-2.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/legalcode","osiApproved":false},"SGI-B-1.0":{"name":"SGI Free Software License B v1.0","url":"http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.1.0.html","osiApproved":false},"Multics":{"name":"Multics License","url":"https://opensource.org/licenses/Multics","osiApproved":true},"TekHVC":{"name":"TekHVC License","url":"https://gitlab.freedesktop.org/xorg/lib/libx11/-/blob/master/COPYING?ref_type=heads#L138-171","osiApproved":false},"GD":{"name":"GD License","url":"https://libgd.github.io/manuals/2.3.0/files/license-txt.html","osiApproved":false},"NCBI-PD":{"name":"NCBI Public Domain Notice","url":"https://github.com/ncbi/sra-tools/blob/e8e5b6af4edc460156ad9ce5902d0779cffbf685/LICENSE","osiApproved":false},"CC-BY-NC-ND-4.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","url":"https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode","osiApproved":false},"Sendmail-8.23":{"name":"Sendmail License 8.23","url":"https://www.proofpoint.com/sites/default/files/sendmail-license.pdf","osiApproved":false},"dvipdfm":{"name":"dvipdfm License","url":"https://fedoraproject.org/wiki/Licensing/dvipdfm","osiApproved":false},"GPL-3.0-with-GCC-exception":{"name":"GNU General Public License v3.0 w/GCC Runtime Library exception","url":"https://www.gnu.org/licenses/gcc-exception-3.1.html","osiApproved":true},"MIT-open-group":{"name":"MIT Open Group variant","url":"https://gitlab.freedesktop.org/xorg/app/iceauth/-/blob/master/COPYING","osiApproved":false},"LGPL-3.0+":{"name":"GNU Lesser General Public License v3.0 or later","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"GFDL-1.1-no-invariants-only":{"name":"GNU Free Documentation License v1.1 only - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"CC-BY-SA-1.0":{"name":"Creative Commons Attribution Share Alike 1.0 Generic","url":"https://creativecommons.org/licenses/by-sa/1.0/legalcode","osiApproved":false},"OLDAP-1.1":{"name":"Open LDAP Public License v1.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=806557a5ad59804ef3a44d5abfbe91d706b0791f","osiApproved":false},"Afmparse":{"name":"Afmparse License","url":"https://fedoraproject.org/wiki/Licensing/Afmparse","osiApproved":false},"HaskellReport":{"name":"Haskell Language Report License","url":"https://fedoraproject.org/wiki/Licensing/Haskell_Language_Report_License","osiApproved":false},"DOC":{"name":"DOC License","url":"http://www.cs.wustl.edu/~schmidt/ACE-copying.html","osiApproved":false},"LGPL-3.0-or-later":{"name":"GNU Lesser General Public License v3.0 or later","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"Baekmuk":{"name":"Baekmuk License","url":"https://fedoraproject.org/wiki/Licensing:Baekmuk?rd=Licensing/Baekmuk","osiApproved":false},"EUDatagrid":{"name":"EU DataGrid Software License","url":"http://eu-datagrid.web.cern.ch/eu-datagrid/license.html","osiApproved":true},"Condor-1.1":{"name":"Condor Public License v1.1","url":"http://research.cs.wisc.edu/condor/license.html#condor","osiApproved":false},"CDLA-Sharing-1.0":{"name":"Community Data License Agreement Sharing 1.0","url":"https://cdla.io/sharing-1-0","osiApproved":false},"WTFNMFPL":{"name":"Do What The F*ck You Want To But It\'s Not My Fault Public License","url":"https://github.com/adversary-org/wtfnmf/raw/refs/tags/1.0/COPYING.WTFNMFPL","osiApproved":false},"X11-swapped":{"name":"X11 swapped final paragraphs","url":"https://github.com/fedeinthemix/chez-srfi/blob/master/srfi/LICENSE","osiApproved":false},"CC-BY-ND-3.0-DE":{"name":"Creative Commons Attribution No Derivatives 3.0 Germany","url":"https://creativecommons.org/licenses/by-nd/3.0/de/legalcode","osiApproved":false},"RSCPL":{"name":"Ricoh Source Code Public License","url":"http://wayback.archive.org/web/20060715140826/http://www.risource.org/RPL/RPL-1.0A.shtml","osiApproved":true},"DocBook-XML":{"name":"DocBook XML License","url":"https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/COPYING#L27","osiApproved":false},"GLWTPL":{"name":"Good Luck With That Public License","url":"https://github.com/me-shaon/GLWTPL/commit/da5f6bc734095efbacb442c0b31e33a65b9d6e85","osiApproved":false},"CC-PDDC":{"name":"Creative Commons Public Domain Dedication and Certification","url":"https://creativecommons.org/licenses/publicdomain/","osiApproved":false},"BSD-3-Clause-Attribution":{"name":"BSD with attribution","url":"https://fedoraproject.org/wiki/Licensing/BSD_with_Attribution","osiApproved":false},"Sleepycat":{"name":"Sleepycat License","url":"https://opensource.org/licenses/Sleepycat","osiApproved":true},"DRL-1.0":{"name":"Detection Rule License 1.0","url":"https://github.com/Neo23x0/sigma/blob/master/LICENSE.Detection.Rules.md","osiApproved":false},"JPNIC":{"name":"Japan Network Information Center License","url":"https://gitlab.isc.org/isc-projects/bind9/blob/master/COPYRIGHT#L366","osiApproved":false},"BSD-3-Clause-Clear":{"name":"BSD 3-Clause Clear License","url":"http://labs.metacarta.com/license-explanation.html#license","osiApproved":false},"Boehm-GC-without-fee":{"name":"Boehm-Demers-Weiser GC License (without fee)","url":"https://github.com/MariaDB/server/blob/11.6/libmysqld/lib_sql.cc","osiApproved":false},"APSL-1.2":{"name":"Apple Public Source License 1.2","url":"http://www.samurajdata.se/opensource/mirror/licenses/apsl.php","osiApproved":true},"MPEG-SSG":{"name":"MPEG Software Simulation","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/ppm/ppmtompeg/jrevdct.c#l1189","osiApproved":false},"BSD-Inferno-Nettverk":{"name":"BSD-Inferno-Nettverk","url":"https://www.inet.no/dante/LICENSE","osiApproved":false},"Dotseqn":{"name":"Dotseqn License","url":"https://fedoraproject.org/wiki/Licensing/Dotseqn","osiApproved":false},"CPL-1.0":{"name":"Common Public License 1.0","url":"https://opensource.org/licenses/CPL-1.0","osiApproved":true},"HP-1986":{"name":"Hewlett-Packard 1986 License","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/hppa/memchr.S;h=1cca3e5e8867aa4bffef1f75a5c1bba25c0c441e;hb=HEAD#l2","osiApproved":false},"CC-BY-NC-3.0":{"name":"Creative Commons Attribution Non Commercial 3.0 Unported","url":"https://creativecommons.org/licenses/by-nc/3.0/legalcode","osiApproved":false},"GFDL-1.1-invariants-only":{"name":"GNU Free Documentation License v1.1 only - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"TPDL":{"name":"Time::ParseDate License","url":"https://metacpan.org/pod/Time::ParseDate#LICENSE","osiApproved":false},"APSL-1.1":{"name":"Apple Public Source License 1.1","url":"http://www.opensource.apple.com/source/IOSerialFamily/IOSerialFamily-7/APPLE_LICENSE","osiApproved":true},"BSL-1.0":{"name":"Boost Software License 1.0","url":"http://www.boost.org/LICENSE_1_0.txt","osiApproved":true},"xkeyboard-config-Zinoviev":{"name":"xkeyboard-config Zinoviev License","url":"https://gitlab.freedesktop.org/xkeyboard-config/xkeyboard-config/-/blob/master/COPYING?ref_type=heads#L178","osiApproved":false},"XSkat":{"name":"XSkat License","url":"https://fedoraproject.org/wiki/Licensing/XSkat_License","osiApproved":false},"PADL":{"name":"PADL License","url":"https://git.openldap.org/openldap/openldap/-/blob/master/libraries/libldap/os-local.c?ref_type=heads#L19-23","osiApproved":false},"FDK-AAC":{"name":"Fraunhofer FDK AAC Codec Library","url":"https://fedoraproject.org/wiki/Licensing/FDK-AAC","osiApproved":false},"CPOL-1.02":{"name":"Code Project Open License 1.02","url":"http://www.codeproject.com/info/cpol10.aspx","osiApproved":false},"MIT-Khronos-old":{"name":"MIT Khronos - old variant","url":"https://github.com/KhronosGroup/SPIRV-Cross/blob/main/LICENSES/LicenseRef-KhronosFreeUse.txt","osiApproved":false},"bzip2-1.0.5":{"name":"bzip2 and libbzip2 License v1.0.5","url":"https://sourceware.org/bzip2/1.0.5/bzip2-manual-1.0.5.html","osiApproved":false},"bzip2-1.0.6":{"name":"bzip2 and libbzip2 License v1.0.6","url":"https://sourceware.org/git/?p=bzip2.git;a=blob;f=LICENSE;hb=bzip2-1.0.6","osiApproved":false},"CC-BY-NC-ND-3.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","url":"https://creativecommons.org/licenses/by-nc-nd/3.0/legalcode","osiApproved":false},"BSD-3-Clause-No-Nuclear-Warranty":{"name":"BSD 3-Clause No Nuclear Warranty","url":"https://jogamp.org/git/?p=gluegen.git;a=blob_plain;f=LICENSE.txt","osiApproved":false},"O-UDA-1.0":{"name":"Open Use of Data Agreement v1.0","url":"https://github.com/microsoft/Open-Use-of-Data-Agreement/blob/v1.0/O-UDA-1.0.md","osiApproved":false},"ZPL-2.1":{"name":"Zope Public License 2.1","url":"http://old.zope.org/Resources/ZPL/","osiApproved":true},"Spencer-94":{"name":"Spencer License 94","url":"https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License","osiApproved":false},"Artistic-dist":{"name":"Artistic License 1.0 (dist)","url":"https://github.com/pexip/os-perl/blob/833cf4c86cc465ccfc627ff16db67e783156a248/debian/copyright#L2720-L2845","osiApproved":false},"BOLA-1.1":{"name":"Buena Onda License Agreement v1.1","url":"https://blitiri.com.ar/p/bola/","osiApproved":false},"OLDAP-1.3":{"name":"Open LDAP Public License v1.3","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=e5f8117f0ce088d0bd7a8e18ddf37eaa40eb09b1","osiApproved":false},"Zed":{"name":"Zed License","url":"https://fedoraproject.org/wiki/Licensing/Zed","osiApproved":false},"MIT-enna":{"name":"enna License","url":"https://fedoraproject.org/wiki/Licensing/MIT#enna","osiApproved":false},"ASWF-Digital-Assets-1.1":{"name":"ASWF Digital Assets License 1.1","url":"https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.1.txt","osiApproved":false},"Linux-man-pages-copyleft-2-para":{"name":"Linux man-pages Copyleft - 2 paragraphs","url":"https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/move_pages.2#n5","osiApproved":false},"RHeCos-1.1":{"name":"Red Hat eCos Public License v1.1","url":"http://ecos.sourceware.org/old-license.html","osiApproved":false},"radvd":{"name":"radvd License","url":"https://github.com/radvd-project/radvd/blob/master/COPYRIGHT","osiApproved":false},"cve-tou":{"name":"Common Vulnerability Enumeration ToU License","url":"https://www.cve.org/Legal/TermsOfUse","osiApproved":false},"AML":{"name":"Apple MIT License","url":"https://fedoraproject.org/wiki/Licensing/Apple_MIT_License","osiApproved":false},"SOFA":{"name":"SOFA Software License","url":"http://www.iausofa.org/tandc.html","osiApproved":false},"blessing":{"name":"SQLite Blessing","url":"https://www.sqlite.org/src/artifact/e33a4df7e32d742a?ln=4-9","osiApproved":false},"EUPL-1.1":{"name":"European Union Public License 1.1","url":"https://joinup.ec.europa.eu/software/page/eupl/licence-eupl","osiApproved":true},"CERN-OHL-S-2.0":{"name":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","url":"https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2","osiApproved":true},"CC-BY-SA-2.0":{"name":"Creative Commons Attribution Share Alike 2.0 Generic","url":"https://creativecommons.org/licenses/by-sa/2.0/legalcode","osiApproved":false},"CAPEC-tou":{"name":"Common Attack    Pattern Enumeration and Classification License","url":"https://capec.mitre.org/about/termsofuse.html","osiApproved":false},"CUA-OPL-1.0":{"name":"CUA Office Public License v1.0","url":"https://opensource.org/licenses/CUA-OPL-1.0","osiApproved":true},"PolyForm-Noncommercial-1.0.0":{"name":"PolyForm Noncommercial License 1.0.0","url":"https://polyformproject.org/licenses/noncommercial/1.0.0","osiApproved":false},"XFree86-1.1":{"name":"XFree86 License 1.1","url":"http://www.xfree86.org/current/LICENSE4.html","osiApproved":false},"ParaType-Free-Font-1.3":{"name":"ParaType Free Font Licensing Agreement v1.3","url":"https://web.archive.org/web/20161209023955/http://www.paratype.ru/public/pt_openlicense_eng.asp","osiApproved":false},"OGDL-Taiwan-1.0":{"name":"Taiwan Open Government Data License, version 1.0","url":"https://data.gov.tw/license","osiApproved":false},"ODbL-1.0":{"name":"Open Data Commons Open Database License v1.0","url":"http://www.opendatacommons.org/licenses/odbl/1.0/","osiApproved":false},"SPL-1.0":{"name":"Sun Public License v1.0","url":"https://opensource.org/licenses/SPL-1.0","osiApproved":true},"Linux-man-pages-copyleft-var":{"name":"Linux man-pages Copyleft Variant","url":"https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/set_mempolicy.2#n5","osiApproved":false},"Widget-Workshop":{"name":"Widget Workshop License","url":"https://github.com/novnc/noVNC/blob/master/core/crypto/des.js#L24","osiApproved":false},"Artistic-2.0":{"name":"Artistic License 2.0","url":"http://www.perlfoundation.org/artistic_license_2_0","osiApproved":true},"LiLiQ-R-1.1":{"name":"Licence Libre du Québec – Réciprocité version 1.1","url":"https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-liliq-r-v1-1/","osiApproved":true},"Parity-7.0.0":{"name":"The Parity Public License 7.0.0","url":"https://paritylicense.com/versions/7.0.0.html","osiApproved":false},"xinetd":{"name":"xinetd License","url":"https://fedoraproject.org/wiki/Licensing/Xinetd_License","osiApproved":false},"AGPL-1.0":{"name":"Affero General Public License v1.0","url":"http://www.affero.org/oagpl.html","osiApproved":false},"NPL-1.1":{"name":"Netscape Public License v1.1","url":"http://www.mozilla.org/MPL/NPL/1.1/","osiApproved":false},"Gutmann":{"name":"Gutmann License","url":"https://www.cs.auckland.ac.nz/~pgut001/dumpasn1.c","osiApproved":false},"CC-BY-NC-ND-2.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","url":"https://creativecommons.org/licenses/by-nc-nd/2.0/legalcode","osiApproved":false},"Linux-OpenIB":{"name":"Linux Kernel Variant of OpenIB.org license","url":"https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/infiniband/core/sa.h","osiApproved":false},"CC-BY-4.0":{"name":"Creative Commons Attribution 4.0 International","url":"https://creativecommons.org/licenses/by/4.0/legalcode","osiApproved":false},"SGMLUG-PM":{"name":"SGMLUG Parser Materials License","url":"https://gitweb.gentoo.org/repo/gentoo.git/tree/licenses/SGMLUG?id=7d999af4a47bf55e53e54713d98d145f935935c1","osiApproved":false},"Pixar":{"name":"Pixar License","url":"https://github.com/PixarAnimationStudios/OpenSubdiv/raw/v3_5_0/LICENSE.txt","osiApproved":false},"DocBook-Stylesheet":{"name":"DocBook Stylesheet License","url":"http://www.docbook.org/xml/5.0/docbook-5.0.zip","osiApproved":false},"IJG-short":{"name":"Independent JPEG Group License - short","url":"https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/ljpg/","osiApproved":false},"AMDPLPA":{"name":"AMD\'s plpa_map.c License","url":"https://fedoraproject.org/wiki/Licensing/AMD_plpa_map_License","osiApproved":false},"CERN-OHL-P-2.0":{"name":"CERN Open Hardware Licence Version 2 - Permissive","url":"https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2","osiApproved":true},"GFDL-1.3-no-invariants-only":{"name":"GNU Free Documentation License v1.3 only - no invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"SCEA":{"name":"SCEA Shared Source License","url":"http://research.scea.com/scea_shared_source_license.html","osiApproved":false},"OGTSL":{"name":"Open Group Test Suite License","url":"http://www.opengroup.org/testing/downloads/The_Open_Group_TSL.txt","osiApproved":true},"BSD-3-Clause-Tso":{"name":"BSD 3-Clause Tso variant","url":"https://www.x.org/archive/current/doc/xorg-docs/License.html#Theodore_Tso","osiApproved":false},"MIT-testregex":{"name":"MIT testregex Variant","url":"https://github.com/dotnet/runtime/blob/55e1ac7c07df62c4108d4acedf78f77574470ce5/src/libraries/System.Text.RegularExpressions/tests/FunctionalTests/AttRegexTests.cs#L12-L28","osiApproved":false},"SL":{"name":"SL License","url":"https://github.com/mtoyoda/sl/blob/master/LICENSE","osiApproved":false},"GFDL-1.1-no-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"HPND-Pbmplus":{"name":"Historical Permission Notice and Disclaimer - Pbmplus variant","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/netpbm.c#l8","osiApproved":false},"Imlib2":{"name":"Imlib2 License","url":"http://trac.enlightenment.org/e/browser/trunk/imlib2/COPYING","osiApproved":false},"UCAR":{"name":"UCAR License","url":"https://github.com/Unidata/UDUNITS-2/blob/master/COPYRIGHT","osiApproved":false},"Naumen":{"name":"Naumen Public License","url":"https://opensource.org/licenses/Naumen","osiApproved":true},"Unicode-TOU":{"name":"Unicode Terms of Use","url":"http://web.archive.org/web/20140704074106/http://www.unicode.org/copyright.html","osiApproved":false},"lsof":{"name":"lsof License","url":"https://github.com/lsof-org/lsof/blob/master/COPYING","osiApproved":false},"AGPL-1.0-only":{"name":"Affero General Public License v1.0 only","url":"http://www.affero.org/oagpl.html","osiApproved":false},"TrustedQSL":{"name":"TrustedQSL License","url":"https://sourceforge.net/p/trustedqsl/tqsl/ci/master/tree/LICENSE.txt","osiApproved":false},"CDDL-1.1":{"name":"Common Development and Distribution License 1.1","url":"http://glassfish.java.net/public/CDDL+GPL_1_1.html","osiApproved":false},"OLDAP-2.2":{"name":"Open LDAP Public License v2.2","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=470b0c18ec67621c85881b2733057fecf4a1acc3","osiApproved":false},"Zlib":{"name":"zlib License","url":"http://www.zlib.net/zlib_license.html","osiApproved":true},"JasPer-2.0":{"name":"JasPer License","url":"http://www.ece.uvic.ca/~mdadams/jasper/LICENSE","osiApproved":false},"GPL-3.0-with-autoconf-exception":{"name":"GNU General Public License v3.0 w/Autoconf exception","url":"https://www.gnu.org/licenses/autoconf-exception-3.0.html","osiApproved":false},"NLOD-1.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 1.0","url":"http://data.norge.no/nlod/en/1.0","osiApproved":false},"HPND-sell-regexpr":{"name":"Historical Permission Notice and Disclaimer - sell regexpr variant","url":"https://gitlab.com/bacula-org/bacula/-/blob/Branch-11.0/bacula/LICENSE-FOSS?ref_type=heads#L245","osiApproved":false},"PPL":{"name":"Peer Production License","url":"https://wiki.p2pfoundation.net/Peer_Production_License","osiApproved":false},"SGI-B-1.1":{"name":"SGI Free Software License B v1.1","url":"http://oss.sgi.com/projects/FreeB/","osiApproved":false},"GFDL-1.2-or-later":{"name":"GNU Free Documentation License v1.2 or later","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"Graphics-Gems":{"name":"Graphics Gems License","url":"https://github.com/erich666/GraphicsGems/blob/master/LICENSE.md","osiApproved":false},"OSL-1.0":{"name":"Open Software License 1.0","url":"https://opensource.org/licenses/OSL-1.0","osiApproved":true},"Sendmail":{"name":"Sendmail License","url":"http://www.sendmail.com/pdfs/open_source/sendmail_license.pdf","osiApproved":false},"Kastrup":{"name":"Kastrup License","url":"https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/kastrup/binhex.dtx","osiApproved":false},"OSL-2.0":{"name":"Open Software License 2.0","url":"http://web.archive.org/web/20041020171434/http://www.rosenlaw.com/osl2.0.html","osiApproved":true},"StandardML-NJ":{"name":"Standard ML of New Jersey License","url":"https://www.smlnj.org/license.html","osiApproved":false},"Ruby-pty":{"name":"Ruby pty extension license","url":"https://github.com/ruby/ruby/blob/9f6deaa6888a423720b4b127b5314f0ad26cc2e6/ext/pty/pty.c#L775-L786","osiApproved":false},"LPPL-1.3c":{"name":"LaTeX Project Public License v1.3c","url":"http://www.latex-project.org/lppl/lppl-1-3c.txt","osiApproved":true},"Bitstream-Vera":{"name":"Bitstream Vera Font License","url":"https://web.archive.org/web/20080207013128/http://www.gnome.org/fonts/","osiApproved":false},"CC-SA-1.0":{"name":"Creative Commons Share Alike 1.0 Generic","url":"https://creativecommons.org/licenses/sa/1.0/legalcode","osiApproved":false},"NetCDF":{"name":"NetCDF license","url":"http://www.unidata.ucar.edu/software/netcdf/copyright.html","osiApproved":false},"Apache-1.0":{"name":"Apache License 1.0","url":"http://www.apache.org/licenses/LICENSE-1.0","osiApproved":false},"Watcom-1.0":{"name":"Sybase Open Watcom Public License 1.0","url":"https://opensource.org/licenses/Watcom-1.0","osiApproved":true},"HPND-sell-variant-critical-systems":{"name":"HPND - sell variant with safety critical systems clause","url":"https://gitlab.freedesktop.org/xorg/driver/xf86-video-voodoo/-/blob/68a5b6d98ae34749cca889f4373b4043d00bfe6a/src/voodoo_dga.c#L12-33","osiApproved":false},"threeparttable":{"name":"threeparttable License","url":"https://fedoraproject.org/wiki/Licensing/Threeparttable","osiApproved":false},"AGPL-3.0-only":{"name":"GNU Affero General Public License v3.0 only","url":"https://www.gnu.org/licenses/agpl.txt","osiApproved":true},"eGenix":{"name":"eGenix.com Public License 1.1.0","url":"http://www.egenix.com/products/eGenix.com-Public-License-1.1.0.pdf","osiApproved":false},"OpenMDW-1.0":{"name":"OpenMDW License Agreement v1.0","url":"https://raw.githubusercontent.com/OpenMDW/OpenMDW/refs/heads/main/1.0/LICENSE.openmdw","osiApproved":false},"Furuseth":{"name":"Furuseth License","url":"https://git.openldap.org/openldap/openldap/-/blob/master/COPYRIGHT?ref_type=heads#L39-51","osiApproved":false},"OLDAP-2.0":{"name":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cbf50f4e1185a21abd4c0a54d3f4341fe28f36ea","osiApproved":false},"ErlPL-1.1":{"name":"Erlang Public License v1.1","url":"http://www.erlang.org/EPLICENSE","osiApproved":false},"CFITSIO":{"name":"CFITSIO License","url":"https://heasarc.gsfc.nasa.gov/docs/software/fitsio/c/f_user/node9.html","osiApproved":false},"APSL-1.0":{"name":"Apple Public Source License 1.0","url":"https://fedoraproject.org/wiki/Licensing/Apple_Public_Source_License_1.0","osiApproved":true},"OLDAP-2.3":{"name":"Open LDAP Public License v2.3","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=d32cf54a32d581ab475d23c810b0a7fbaf8d63c3","osiApproved":false},"NAIST-2003":{"name":"Nara Institute of Science and Technology License (2003)","url":"https://enterprise.dejacode.com/licenses/public/naist-2003/#license-text","osiApproved":false},"CC-BY-2.0":{"name":"Creative Commons Attribution 2.0 Generic","url":"https://creativecommons.org/licenses/by/2.0/legalcode","osiApproved":false},"Nunit":{"name":"Nunit License","url":"https://fedoraproject.org/wiki/Licensing/Nunit","osiApproved":false},"HPND-UC":{"name":"Historical Permission Notice and Disclaimer - University of California variant","url":"https://core.tcl-lang.org/tk/file?name=compat/unistd.h","osiApproved":false},"Aladdin":{"name":"Aladdin Free Public License","url":"http://pages.cs.wisc.edu/~ghost/doc/AFPL/6.01/Public.htm","osiApproved":false},"CC-BY-NC-1.0":{"name":"Creative Commons Attribution Non Commercial 1.0 Generic","url":"https://creativecommons.org/licenses/by-nc/1.0/legalcode","osiApproved":false},"DocBook-Schema":{"name":"DocBook Schema License","url":"https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/assembly/schema/docbook51b7.rnc","osiApproved":false},"PDDL-1.0":{"name":"Open Data Commons Public Domain Dedication & License 1.0","url":"http://opendatacommons.org/licenses/pddl/1.0/","osiApproved":false},"CryptoSwift":{"name":"CryptoSwift License","url":"https://github.com/krzyzanowskim/CryptoSwift/blob/main/LICENSE","osiApproved":false},"X11-distribute-modifications-variant":{"name":"X11 License Distribution Modification Variant","url":"https://github.com/mirror/ncurses/blob/master/COPYING","osiApproved":false},"GPL-2.0-with-autoconf-exception":{"name":"GNU General Public License v2.0 w/Autoconf exception","url":"http://ac-archive.sourceforge.net/doc/copyright.html","osiApproved":false},"BSD-2-Clause-NetBSD":{"name":"BSD 2-Clause NetBSD License","url":"http://www.netbsd.org/about/redistribution.html#default","osiApproved":false},"MulanPSL-2.0":{"name":"Mulan Permissive Software License, Version 2","url":"https://license.coscl.org.cn/MulanPSL2","osiApproved":true},"CC-BY-3.0-US":{"name":"Creative Commons Attribution 3.0 United States","url":"https://creativecommons.org/licenses/by/3.0/us/legalcode","osiApproved":false},"HPND-export-US":{"name":"HPND with US Government export control warning","url":"https://www.kermitproject.org/ck90.html#source","osiApproved":false},"DRL-1.1":{"name":"Detection Rule License 1.1","url":"https://github.com/SigmaHQ/Detection-Rule-License/blob/6ec7fbde6101d101b5b5d1fcb8f9b69fbc76c04a/LICENSE.Detection.Rules.md","osiApproved":false},"GPL-1.0":{"name":"GNU General Public License v1.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"CECILL-2.0":{"name":"CeCILL Free Software License Agreement v2.0","url":"http://www.cecill.info/licences/Licence_CeCILL_V2-en.html","osiApproved":false},"OLDAP-2.8":{"name":"Open LDAP Public License v2.8","url":"http://www.openldap.org/software/release/license.html","osiApproved":true},"HPND-merchantability-variant":{"name":"Historical Permission Notice and Disclaimer - merchantability variant","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/misc/fini.c;hb=HEAD","osiApproved":false},"Glide":{"name":"3dfx Glide License","url":"http://www.users.on.net/~triforce/glidexp/COPYING.txt","osiApproved":false},"PostgreSQL":{"name":"PostgreSQL License","url":"http://www.postgresql.org/about/licence","osiApproved":true},"BSD-1-Clause":{"name":"BSD 1-Clause License","url":"https://svnweb.freebsd.org/base/head/include/ifaddrs.h?revision=326823","osiApproved":true},"Sendmail-Open-Source-1.1":{"name":"Sendmail Open Source License v1.1","url":"https://github.com/trusteddomainproject/OpenDMARC/blob/master/LICENSE.Sendmail","osiApproved":false},"Crossword":{"name":"Crossword License","url":"https://fedoraproject.org/wiki/Licensing/Crossword","osiApproved":false},"NASA-1.3":{"name":"NASA Open Source Agreement 1.3","url":"http://ti.arc.nasa.gov/opensource/nosa/","osiApproved":true},"BSD-Source-beginning-file":{"name":"BSD Source Code Attribution - beginning of file variant","url":"https://github.com/lattera/freebsd/blob/master/sys/cam/cam.c#L4","osiApproved":false},"Mup":{"name":"Mup License","url":"https://fedoraproject.org/wiki/Licensing/Mup","osiApproved":false},"MIT-feh":{"name":"feh License","url":"https://fedoraproject.org/wiki/Licensing/MIT#feh","osiApproved":false},"LGPL-3.0-only":{"name":"GNU Lesser General Public License v3.0 only","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"man2html":{"name":"man2html License","url":"http://primates.ximian.com/~flucifredi/man/man-1.6g.tar.gz","osiApproved":false}}');

/***/ }),

/***/ 9344:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('[["AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0"],["AGPL-1.0",["AGPL-3.0","AGPL-3.0-only"]],["Apache-1.0","Apache-1.1","Apache-2.0"],["APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0"],["Artistic-1.0","Artistic-2.0"],["BitTorrent-1.0","BitTorrent-1.1"],["CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-3.0","CC-BY-4.0"],["CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-4.0"],["CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-4.0"],["CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-4.0"],["CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-4.0"],["CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-4.0"],["CDDL-1.0","CDDL-1.1"],["CECILL-1.0","CECILL-1.1","CECILL-2.0"],["ECL-1.0","ECL-2.0"],["EFL-1.0","EFL-2.0"],["EPL-1.0","EPL-2.0"],["EUPL-1.0","EUPL-1.1"],[["GFDL-1.1","GFDL-1.1-only"],["GFDL-1.2","GFDL-1.2-only"],["GFDL-1.1-or-later","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-only","GFDL-1.3-or-later"]],[["GPL-1.0","GPL-1.0-only"],["GPL-2.0","GPL-2.0-only"],["GPL-1.0-or-later","GPL-2.0-or-later","GPL-3.0","GPL-3.0-only","GPL-3.0-or-later"]],[["LGPL-2.0","LGPL-2.0-only"],["LGPL-2.1","LGPL-2.1-only"],["LGPL-2.0-or-later","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0-only","LGPL-3.0-or-later"]],["LPL-1.0","LPL-1.02"],["LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c"],["MPL-1.0","MPL-1.1","MPL-2.0"],["MPL-1.0","MPL-1.1","MPL-2.0-no-copyleft-exception"],["NPL-1.0","NPL-1.1"],["OFL-1.0","OFL-1.1"],["OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8"],["OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0"],["PHP-3.0","PHP-3.01"],["RPL-1.1","RPL-1.5"],["SGI-B-1.0","SGI-B-1.1","SGI-B-2.0"],["YPL-1.0","YPL-1.1"],["ZPL-1.1","ZPL-2.0","ZPL-2.1"],["Zimbra-1.3","Zimbra-1.4"],["bzip2-1.0.5","bzip2-1.0.6"]]');

/***/ })

};
;