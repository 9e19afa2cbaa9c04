exports.id = 522;
exports.ids = [522];
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

/***/ 1778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ("\u346f \u3454|\u3473 \u3447|\u3476 \u3439|\u34e8 \u523e|\u35f2 \ud843\udd7e|\u361a \u360e|\u3704 \u36af|\u370f \u36e3|\u3722 \ud845\udfb1|\u380f \u37c6|\u3823 \ud86f\udd77|\u396e \u3918|\u3a5c \u3a2b|\u3a73 \u39d0|\u3a75 \u64dc|\u3e8f \ud852\udc0b|\u406a \ud854\udde2|\u407b \u4025|\u40ee \u9fce|\u42b7 \u4336|\u42d9 \u433a|\u42da \u433b|\u42f9 \u433f|\u42fb \u433e|\u4366 \u4360|\u43b1 \u43ac|\u44e3 \ud871\udf2f|\u4661 \u464c|\u4700 \u4727|\u477c \u478d|\u4875 \ud86d\udfe6|\u4947 \u4982|\u4951 \u9fcf|\u4955 \ud872\udf6f|\u4971 \u497e|\u499b \u49b6|\u499f \u49b7|\u49e2 \ud863\ude1f|\u4b84 \ud86e\udc0a|\u4bc0 \u4bc5|\u4c3e \u9c83|\u4c77 \u4ca3|\u4c7d \u4c9d|\u4c81 \u9cda|\u4c98 \u9ce4|\u4d09 \u9e6e|\u4e1f \u4e22|\u4e26 \u5e76|\u4e7e \u5e72|\u4e82 \u4e71|\u4e99 \u4e98|\u4e9e \u4e9a|\u4f47 \u4f2b|\u4f48 \u5e03|\u4f54 \u5360|\u4f75 \u5e76|\u4f86 \u6765|\u4f96 \u4ed1|\u4fb6 \u4fa3|\u4fb7 \u5c40|\u4fc1 \u4fe3|\u4fc2 \u7cfb|\u4fd4 \u4f23|\u4fe0 \u4fa0|\u4fe5 \u4f21|\u4fec \u79c1|\u5000 \u4f25|\u5006 \u4fe9|\u5008 \u4feb|\u5009 \u4ed3|\u500b \u4e2a|\u5011 \u4eec|\u5016 \u5e78|\u502b \u4f26|\u5032 \u3448|\u5049 \u4f1f|\u5051 \u343d|\u5074 \u4fa7|\u5075 \u4fa6|\u507d \u4f2a|\u508c \u3437|\u5091 \u6770|\u5096 \u4f27|\u5098 \u4f1e|\u5099 \u5907|\u50a2 \u5bb6|\u50ad \u4f63|\u50af \u506c|\u50b3 \u4f20|\u50b4 \u4f1b|\u50b5 \u503a|\u50b7 \u4f24|\u50be \u503e|\u50c2 \u507b|\u50c5 \u4ec5|\u50c9 \u4f65|\u50d1 \u4fa8|\u50d5 \u4ec6|\u50de \u4f2a|\u50e4 \ud86e\udcb8|\u50e5 \u4fa5|\u50e8 \u507e|\u50f1 \u96c7|\u50f9 \u4ef7|\u5100 \u4eea|\u5101 \u4fca|\u5102 \u4fac|\u5104 \u4ebf|\u5108 \u4fa9|\u5109 \u4fed|\u510e \u50a4|\u5110 \u50a7|\u5114 \u4fe6|\u5115 \u4faa|\u5118 \u5c3d|\u511f \u507f|\u512a \u4f18|\u5132 \u50a8|\u5137 \u4fea|\u5138 \u3469|\u513a \u50a9|\u513b \u50a5|\u513c \u4fe8|\u5147 \u51f6|\u514c \u5151|\u5152 \u513f|\u5157 \u5156|\u5167 \u5185|\u5169 \u4e24|\u518a \u518c|\u5191 \u80c4|\u51aa \u5e42|\u51c8 \u51c0|\u51cd \u51bb|\u51dc \u51db|\u51f1 \u51ef|\u5225 \u522b|\u522a \u5220|\u5244 \u522d|\u5247 \u5219|\u524b \u514b|\u524e \u5239|\u5257 \u522c|\u525b \u521a|\u525d \u5265|\u526e \u5250|\u5274 \u5240|\u5275 \u521b|\u5277 \u94f2|\u5283 \u5212|\u5284 \u672d|\u5287 \u5267|\u5289 \u5218|\u528a \u523d|\u528c \u523f|\u528d \u5251|\u528f \u34e5|\u5291 \u5242|\u529a \u3509|\u52c1 \u52b2|\u52d5 \u52a8|\u52d9 \u52a1|\u52db \u52cb|\u52dd \u80dc|\u52de \u52b3|\u52e2 \u52bf|\u52e3 \ud869\udfdd|\u52e9 \u52da|\u52f1 \u52a2|\u52f3 \u52cb|\u52f5 \u52b1|\u52f8 \u529d|\u52fb \u5300|\u532d \u5326|\u532f \u6c47|\u5331 \u532e|\u5340 \u533a|\u5354 \u534f|\u5379 \u6064|\u537b \u5374|\u537d \u5373|\u5399 \u538d|\u53a0 \u5395|\u53a4 \u5386|\u53ad \u538c|\u53b2 \u5389|\u53b4 \u53a3|\u53c3 \u53c2|\u53c4 \u53c1|\u53e2 \u4e1b|\u5412 \u54a4|\u5433 \u5434|\u5436 \u5450|\u5442 \u5415|\u54bc \u5459|\u54e1 \u5458|\u5504 \u5457|\u5538 \u5ff5|\u554f \u95ee|\u5553 \u542f|\u555e \u54d1|\u555f \u542f|\u5562 \u5521|\u558e \u359e|\u559a \u5524|\u55aa \u4e27|\u55ab \u5403|\u55ac \u4e54|\u55ae \u5355|\u55b2 \u54df|\u55c6 \u545b|\u55c7 \u556c|\u55ca \u551d|\u55ce \u5417|\u55da \u545c|\u55e9 \u5522|\u55f0 \ud842\udfb6|\u55f6 \u54d4|\u5606 \u53f9|\u560d \u55bd|\u5613 \u556f|\u5614 \u5455|\u5616 \u5567|\u5617 \u5c1d|\u561c \u551b|\u5629 \u54d7|\u562e \u5520|\u562f \u5578|\u5630 \u53fd|\u5635 \u54d3|\u5638 \u5452|\u563d \u5574|\u5641 \u6076|\u5653 \u5618|\u565a \u358a|\u565d \u549d|\u5660 \u54d2|\u5665 \u54dd|\u5666 \u54d5|\u566f \u55f3|\u5672 \u54d9|\u5674 \u55b7|\u5678 \u5428|\u5679 \u5f53|\u5680 \u549b|\u5687 \u5413|\u568c \u54dc|\u5690 \u5c1d|\u5695 \u565c|\u5699 \u556e|\u56a5 \u54bd|\u56a6 \u5456|\u56a7 \ud843\udc37|\u56a8 \u5499|\u56ae \u5411|\u56b2 \u4eb8|\u56b3 \u55be|\u56b4 \u4e25|\u56b6 \u5624|\u56c0 \u556d|\u56c1 \u55eb|\u56c2 \u56a3|\u56c5 \u5181|\u56c8 \u5453|\u56c9 \u5570|\u56cc \u82cf|\u56d1 \u5631|\u56ea \u56f1|\u5707 \u56f5|\u570b \u56fd|\u570d \u56f4|\u5712 \u56ed|\u5713 \u5706|\u5716 \u56fe|\u5718 \u56e2|\u57bb \u575d|\u57e1 \u57ad|\u57e8 \ud86e\udf62|\u57f0 \u91c7|\u57f7 \u6267|\u5805 \u575a|\u580a \u57a9|\u5816 \u57b4|\u581d \u57da|\u582f \u5c27|\u5831 \u62a5|\u5834 \u573a|\u584a \u5757|\u584b \u8314|\u584f \u57b2|\u5852 \u57d8|\u5857 \u6d82|\u585a \u51a2|\u5862 \u575e|\u5864 \u57d9|\u5875 \u5c18|\u5878 \ud86e\udf5f|\u5879 \u5811|\u587f \ud86a\udcfb|\u588a \u57ab|\u589c \u5760|\u58a0 \ud86e\udf83|\u58ae \u5815|\u58b0 \u575b|\u58b3 \u575f|\u58b6 \u57af|\u58bb \u5899|\u58be \u57a6|\u58c7 \u575b|\u58cb \u57b1|\u58ce \u57d9|\u58d3 \u538b|\u58d7 \ud844\udee4|\u58d8 \u5792|\u58d9 \u5739|\u58da \u5786|\u58dc \u575b|\u58de \u574f|\u58df \u5784|\u58e0 \u5785|\u58e2 \u575c|\u58e9 \u575d|\u58ea \u5846|\u58ef \u58ee|\u58fa \u58f6|\u58fc \u58f8|\u58fd \u5bff|\u5920 \u591f|\u5922 \u68a6|\u5925 \u4f19|\u593e \u5939|\u5950 \u5942|\u5967 \u5965|\u5969 \u5941|\u596a \u593a|\u596c \u5956|\u596e \u594b|\u597c \u59f9|\u599d \u5986|\u59cd \u59d7|\u59e6 \u5978|\u5a19 \ud86f\udc1b|\u5a1b \u5a31|\u5a41 \u5a04|\u5a66 \u5987|\u5a6d \u5a05|\u5aa7 \u5a32|\u5aaf \u59ab|\u5ab0 \u36c0|\u5abc \u5aaa|\u5abd \u5988|\u5acb \u8885|\u5ad7 \u59aa|\u5af5 \u59a9|\u5afa \u5a34|\u5afb \u5a34|\u5aff \u5a73|\u5b00 \u59ab|\u5b03 \u5aad|\u5b08 \u5a06|\u5b0b \u5a75|\u5b0c \u5a07|\u5b19 \u5af1|\u5b21 \u5ad2|\u5b24 \u5b37|\u5b2a \u5ad4|\u5b30 \u5a74|\u5b38 \u5a76|\u5b43 \u5a18|\u5b4b \u36e4|\u5b4c \u5a08|\u5b6b \u5b59|\u5b78 \u5b66|\u5b7b \ud846\udd67|\u5b7f \u5b6a|\u5bae \u5bab|\u5bc0 \u91c7|\u5be2 \u5bdd|\u5be6 \u5b9e|\u5be7 \u5b81|\u5be9 \u5ba1|\u5beb \u5199|\u5bec \u5bbd|\u5bf5 \u5ba0|\u5bf6 \u5b9d|\u5c07 \u5c06|\u5c08 \u4e13|\u5c0b \u5bfb|\u5c0d \u5bf9|\u5c0e \u5bfc|\u5c37 \u5c34|\u5c46 \u5c4a|\u5c4d \u5c38|\u5c53 \u5c43|\u5c5c \u5c49|\u5c62 \u5c61|\u5c64 \u5c42|\u5c68 \u5c66|\u5c6c \u5c5e|\u5ca1 \u5188|\u5cef \u5cf0|\u5cf4 \u5c98|\u5cf6 \u5c9b|\u5cfd \u5ce1|\u5d0d \u5d03|\u5d11 \u6606|\u5d17 \u5c97|\u5d19 \u4ed1|\u5d22 \u5ce5|\u5d2c \u5cbd|\u5d50 \u5c9a|\u5d57 \u5c81|\u5d7d \ud86f\udd87|\u5d7e \u37e5|\u5d81 \u5d5d|\u5d84 \u5d2d|\u5d87 \u5c96|\u5d94 \u5d5a|\u5d97 \u5d02|\u5da0 \u5ce4|\u5da2 \u5ce3|\u5da7 \u5cc4|\u5da8 \u5cc3|\u5dae \u5d04|\u5db8 \u5d58|\u5dba \u5cad|\u5dbc \u5c7f|\u5dbd \u5cb3|\u5dcb \u5cbf|\u5dd2 \u5ce6|\u5dd4 \u5dc5|\u5dd6 \u5ca9|\u5dd8 \ud86a\ude58|\u5df0 \u5def|\u5df9 \u537a|\u5e25 \u5e05|\u5e2b \u5e08|\u5e33 \u5e10|\u5e36 \u5e26|\u5e40 \u5e27|\u5e43 \u5e0f|\u5e53 \u384e|\u5e57 \u5e3c|\u5e58 \u5e3b|\u5e5f \u5e1c|\u5e63 \u5e01|\u5e6b \u5e2e|\u5e6c \u5e31|\u5e77 \u5e76|\u5e79 \u5e72|\u5e7e \u51e0|\u5eab \u5e93|\u5ec1 \u5395|\u5ec2 \u53a2|\u5ec4 \u53a9|\u5ec8 \u53a6|\u5ece \u5ebc|\u5ed5 \u836b|\u5eda \u53a8|\u5edd \u53ae|\u5ede \ud86f\uddf7|\u5edf \u5e99|\u5ee0 \u5382|\u5ee1 \u5e91|\u5ee2 \u5e9f|\u5ee3 \u5e7f|\u5ee9 \u5eea|\u5eec \u5e90|\u5ef3 \u5385|\u5f12 \u5f11|\u5f14 \u540a|\u5f33 \u5f2a|\u5f35 \u5f20|\u5f37 \u5f3a|\u5f44 \ud86f\ude29|\u5f46 \u522b|\u5f48 \u5f39|\u5f4c \u5f25|\u5f4e \u5f2f|\u5f54 \u5f55|\u5f59 \u6c47|\u5f60 \u5f5f|\u5f65 \u5f66|\u5f6b \u96d5|\u5f72 \u5f68|\u5f7f \u4f5b|\u5f8c \u540e|\u5f91 \u5f84|\u5f9e \u4ece|\u5fa0 \u5f95|\u5fa9 \u590d|\u5fb5 \u5f81|\u5fb9 \u5f7b|\u6046 \u6052|\u6065 \u803b|\u6085 \u60a6|\u609e \u60ae|\u60b5 \u6005|\u60b6 \u95f7|\u60bd \u51c4|\u60e1 \u6076|\u60f1 \u607c|\u60f2 \u607d|\u60fb \u607b|\u611b \u7231|\u611c \u60ec|\u6128 \u60ab|\u6134 \u6006|\u6137 \u607a|\u613e \u5ffe|\u6144 \u6817|\u614b \u6001|\u614d \u6120|\u6158 \u60e8|\u615a \u60ed|\u615f \u6078|\u6163 \u60ef|\u6164 \u60ab|\u616a \u6004|\u616b \u6002|\u616e \u8651|\u6173 \u60ad|\u6176 \u5e86|\u617a \u396a|\u617c \u621a|\u617e \u6b32|\u6182 \u5fe7|\u618a \u60eb|\u6190 \u601c|\u6191 \u51ed|\u6192 \u6126|\u6196 \u616d|\u619a \u60ee|\u61a4 \u6124|\u61ab \u60af|\u61ae \u6003|\u61b2 \u5baa|\u61b6 \u5fc6|\u61c7 \u6073|\u61c9 \u5e94|\u61cc \u603f|\u61cd \u61d4|\u61de \u8499|\u61df \u603c|\u61e3 \u61d1|\u61e4 \u393d|\u61e8 \u6079|\u61f2 \u60e9|\u61f6 \u61d2|\u61f7 \u6000|\u61f8 \u60ac|\u61fa \u5fcf|\u61fc \u60e7|\u61fe \u6151|\u6200 \u604b|\u6207 \u6206|\u6214 \u620b|\u6227 \u6217|\u6229 \u622c|\u6230 \u6218|\u6231 \u622f|\u6232 \u620f|\u6236 \u6237|\u625e \u634d|\u62cb \u629b|\u62da \u62fc|\u6329 \u635d|\u6331 \u6332|\u633e \u631f|\u6368 \u820d|\u636b \u626a|\u6371 \u6328|\u6372 \u5377|\u6383 \u626b|\u6384 \u62a1|\u6386 \u39cf|\u6397 \u631c|\u6399 \u6323|\u639b \u6302|\u63a1 \u91c7|\u63c0 \u62e3|\u63da \u626c|\u63db \u6362|\u63ee \u6325|\u63ef \u6404|\u640d \u635f|\u6416 \u6447|\u6417 \u6363|\u6427 \u6247|\u6435 \u63fe|\u6436 \u62a2|\u6451 \u63b4|\u645c \u63bc|\u645f \u6402|\u646f \u631a|\u6473 \u62a0|\u6476 \u629f|\u647a \u6298|\u647b \u63ba|\u6488 \u635e|\u648f \u6326|\u6490 \u6491|\u6493 \u6320|\u649d \u39d1|\u649f \u6322|\u64a3 \u63b8|\u64a5 \u62e8|\u64ab \u629a|\u64b2 \u6251|\u64b3 \u63ff|\u64bb \u631e|\u64be \u631d|\u64bf \u6361|\u64c1 \u62e5|\u64c4 \u63b3|\u64c7 \u62e9|\u64ca \u51fb|\u64cb \u6321|\u64d3 \u39df|\u64d4 \u62c5|\u64da \u636e|\u64e0 \u6324|\u64e1 \u62ac|\u64e3 \u6363|\u64ec \u62df|\u64ef \u6448|\u64f0 \u62e7|\u64f1 \u6401|\u64f2 \u63b7|\u64f4 \u6269|\u64f7 \u64b7|\u64fa \u6446|\u64fb \u64de|\u64fc \u64b8|\u64fd \u39f0|\u64fe \u6270|\u6504 \u6445|\u6506 \u64b5|\u650f \u62e2|\u6514 \u62e6|\u6516 \u6484|\u6519 \u6400|\u651b \u64ba|\u651c \u643a|\u651d \u6444|\u6522 \u6512|\u6523 \u631b|\u6524 \u644a|\u652a \u6405|\u652c \u63fd|\u654e \u6559|\u6553 \u655a|\u6557 \u8d25|\u6558 \u53d9|\u6575 \u654c|\u6578 \u6570|\u6582 \u655b|\u6583 \u6bd9|\u6586 \u6569|\u6595 \u6593|\u65ac \u65a9|\u65b7 \u65ad|\u65bc \u4e8e|\u65c2 \u65d7|\u65e3 \u65e2|\u6607 \u5347|\u6642 \u65f6|\u6649 \u664b|\u665b \ud870\udc2a|\u665d \u663c|\u6688 \u6655|\u6689 \u6656|\u6690 \ud870\udc29|\u6698 \u65f8|\u66a2 \u7545|\u66ab \u6682|\u66c4 \u6654|\u66c6 \u5386|\u66c7 \u6619|\u66c9 \u6653|\u66cf \u5411|\u66d6 \u66a7|\u66e0 \u65f7|\u66e5 \ud84c\udd90|\u66e8 \u663d|\u66ec \u6652|\u66f8 \u4e66|\u6703 \u4f1a|\u6725 \ud859\udee8|\u6727 \u80e7|\u672e \u672f|\u6771 \u4e1c|\u67b4 \u62d0|\u67f5 \u6805|\u67fa \u62d0|\u67fb \u67e5|\u6871 \ud84d\udc15|\u687f \u6746|\u6894 \u6800|\u6898 \u67a7|\u689c \ud870\udca9|\u689d \u6761|\u689f \u67ad|\u68b2 \u68c1|\u68c4 \u5f03|\u68ca \u68cb|\u68d6 \u67a8|\u68d7 \u67a3|\u68df \u680b|\u68e1 \u3b4e|\u68e7 \u6808|\u68f2 \u6816|\u68f6 \u68be|\u690f \u6860|\u6932 \u3b4f|\u694a \u6768|\u6953 \u67ab|\u6968 \u6862|\u696d \u4e1a|\u6975 \u6781|\u6998 \u77e9|\u69a6 \u5e72|\u69aa \u6769|\u69ae \u8363|\u69b2 \u6985|\u69bf \u6864|\u69cb \u6784|\u69cd \u67aa|\u69d3 \u6760|\u69e4 \u68bf|\u69e7 \u6920|\u69e8 \u6901|\u69ee \u692e|\u69f3 \u6868|\u69f6 \u6922|\u69fc \u691d|\u6a01 \u6869|\u6a02 \u4e50|\u6a05 \u679e|\u6a11 \u6881|\u6a13 \u697c|\u6a19 \u6807|\u6a1e \u67a2|\u6a22 \u3b64|\u6a23 \u6837|\u6a27 \u699d|\u6a2b \u3b74|\u6a33 \u686a|\u6a38 \u6734|\u6a39 \u6811|\u6a3a \u6866|\u6a3f \u692b|\u6a48 \u6861|\u6a4b \u6865|\u6a5f \u673a|\u6a62 \u692d|\u6a6b \u6a2a|\u6a6f \ud84d\udcff|\u6a81 \u6aa9|\u6a89 \u67fd|\u6a94 \u6863|\u6a9c \u6867|\u6a9f \u69da|\u6aa2 \u68c0|\u6aa3 \u6a2f|\u6aae \u68bc|\u6aaf \u53f0|\u6ab3 \u69df|\u6ab8 \u67e0|\u6abb \u69db|\u6ac3 \u67dc|\u6acd \ud870\udcca|\u6ad3 \u6a79|\u6ada \u6988|\u6adb \u6809|\u6add \u691f|\u6ade \u6a7c|\u6adf \u680e|\u6ae5 \u6a71|\u6ae7 \u69e0|\u6ae8 \u680c|\u6aea \u67a5|\u6aeb \u6a65|\u6aec \u6987|\u6af1 \u8616|\u6af3 \u680a|\u6af8 \u6989|\u6afb \u6a31|\u6b04 \u680f|\u6b05 \u6989|\u6b0a \u6743|\u6b0f \u6924|\u6b12 \u683e|\u6b13 \ud84d\uddcb|\u6b16 \u6984|\u6b1e \u68c2|\u6b3d \u94a6|\u6b4e \u53f9|\u6b50 \u6b27|\u6b5f \u6b24|\u6b61 \u6b22|\u6b72 \u5c81|\u6b77 \u5386|\u6b78 \u5f52|\u6b7f \u6b81|\u6b98 \u6b8b|\u6b9e \u6b92|\u6ba4 \u6b87|\u6ba8 \u3c6e|\u6bab \u6b9a|\u6bad \u50f5|\u6bae \u6b93|\u6baf \u6ba1|\u6bb0 \u3c69|\u6bb2 \u6b7c|\u6bba \u6740|\u6bbb \u58f3|\u6bbc \u58f3|\u6bc0 \u6bc1|\u6bc6 \u6bb4|\u6bff \u6bf5|\u6c02 \u7266|\u6c08 \u6be1|\u6c0c \u6c07|\u6c23 \u6c14|\u6c2b \u6c22|\u6c2c \u6c29|\u6c33 \u6c32|\u6c3e \u6cdb|\u6c4e \u6cdb|\u6c59 \u6c61|\u6c7a \u51b3|\u6c92 \u6ca1|\u6c96 \u51b2|\u6cc1 \u51b5|\u6cdd \u6eaf|\u6d29 \u6cc4|\u6d36 \u6c79|\u6d79 \u6d43|\u6d7f \ud870\uddd9|\u6d87 \u6cfe|\u6d97 \u6d9a|\u6dbc \u51c9|\u6dd2 \u51c4|\u6dda \u6cea|\u6de5 \u6e0c|\u6de8 \u51c0|\u6de9 \u51cc|\u6dea \u6ca6|\u6df5 \u6e0a|\u6df6 \u6d9e|\u6dfa \u6d45|\u6e19 \u6da3|\u6e1b \u51cf|\u6e22 \u6ca8|\u6e26 \u6da1|\u6e2c \u6d4b|\u6e3e \u6d51|\u6e4a \u51d1|\u6e4b \ud84f\udc97|\u6e5e \u6d48|\u6e67 \u6d8c|\u6e6f \u6c64|\u6e88 \u6ca9|\u6e96 \u51c6|\u6e9d \u6c9f|\u6eab \u6e29|\u6eae \u6d49|\u6eb3 \u6da2|\u6ebc \u6e7f|\u6ec4 \u6ca7|\u6ec5 \u706d|\u6ecc \u6da4|\u6ece \u8365|\u6ed9 \u6c47|\u6eec \u6caa|\u6eef \u6ede|\u6ef2 \u6e17|\u6ef7 \u5364|\u6ef8 \u6d52|\u6efb \u6d50|\u6efe \u6eda|\u6eff \u6ee1|\u6f01 \u6e14|\u6f0a \u6e87|\u6f0d \ud870\uddf9|\u6f1a \u6ca4|\u6f22 \u6c49|\u6f23 \u6d9f|\u6f2c \u6e0d|\u6f32 \u6da8|\u6f35 \u6e86|\u6f38 \u6e10|\u6f3f \u6d46|\u6f41 \u988d|\u6f51 \u6cfc|\u6f54 \u6d01|\u6f55 \ud84f\udc98|\u6f59 \u6ca9|\u6f5a \u3d0b|\u6f5b \u6f5c|\u6f64 \u6da6|\u6f6f \u6d54|\u6f70 \u6e83|\u6f77 \u6ed7|\u6f7f \u6da0|\u6f80 \u6da9|\u6f86 \u6d47|\u6f87 \u6d9d|\u6f90 \u6c84|\u6f97 \u6da7|\u6fa0 \u6e11|\u6fa4 \u6cfd|\u6fa6 \u6eea|\u6fa9 \u6cf6|\u6fab \ud870\uddd5|\u6fae \u6d4d|\u6fb1 \u6dc0|\u6fbe \u3ce0|\u6fc1 \u6d4a|\u6fc3 \u6d53|\u6fc4 \u3ce1|\u6fc6 \ud84f\ude23|\u6fd5 \u6e7f|\u6fd8 \u6cde|\u6fda \u6e81|\u6fdb \u8499|\u6fdc \u6d55|\u6fdf \u6d4e|\u6fe4 \u6d9b|\u6fe7 \u3cd4|\u6feb \u6ee5|\u6ff0 \u6f4d|\u6ff1 \u6ee8|\u6ffa \u6e85|\u6ffc \u6cfa|\u6ffe \u6ee4|\u7002 \u6f9b|\u7005 \u6ee2|\u7006 \u6e0e|\u7007 \u3cbf|\u7009 \u6cfb|\u700b \u6c88|\u700f \u6d4f|\u7015 \u6fd2|\u7018 \u6cf8|\u701d \u6ca5|\u701f \u6f47|\u7020 \u6f46|\u7026 \u6f74|\u7027 \u6cf7|\u7028 \u6fd1|\u7030 \u5f25|\u7032 \u6f4b|\u703e \u6f9c|\u7043 \u6ca3|\u7044 \u6ee0|\u7051 \u6d12|\u7052 \ud86b\uddfd|\u7055 \u6f13|\u7058 \u6ee9|\u7059 \ud84f\udebc|\u705d \u704f|\u7061 \u3cd5|\u7063 \u6e7e|\u7064 \u6ee6|\u7067 \u6edf|\u7069 \u6edf|\u707d \u707e|\u70ba \u4e3a|\u70cf \u4e4c|\u70f4 \u70c3|\u7121 \u65e0|\u7149 \u70bc|\u7152 \u709c|\u7159 \u70df|\u7162 \u8315|\u7165 \u7115|\u7169 \u70e6|\u716c \u7080|\u7171 \u3dbd|\u7185 \u7174|\u7192 \u8367|\u7197 \u709d|\u71b0 \ud870\ude7c|\u71b1 \u70ed|\u71b2 \u988e|\u71be \u70bd|\u71c0 \ud870\udea4|\u71c1 \u70e8|\u71c8 \u706f|\u71c9 \u7096|\u71d2 \u70e7|\u71d6 \ud870\ude88|\u71d9 \u70eb|\u71dc \u7116|\u71df \u8425|\u71e6 \u707f|\u71ec \u6bc1|\u71ed \u70db|\u71f4 \u70e9|\u71f6 \u3db6|\u71fb \u718f|\u71fc \u70ec|\u71fe \u7118|\u720d \u70c1|\u7210 \u7089|\u721b \u70c2|\u722d \u4e89|\u7232 \u4e3a|\u723a \u7237|\u723e \u5c14|\u7240 \u5e8a|\u7246 \u5899|\u7258 \u724d|\u7274 \u62b5|\u727d \u7275|\u7296 \u8366|\u729b \u7266|\u72a2 \u728a|\u72a7 \u727a|\u72c0 \u72b6|\u72f9 \u72ed|\u72fd \u72c8|\u7319 \u72f0|\u7336 \u72b9|\u733b \u72f2|\u7341 \u72b8|\u7343 \u5446|\u7344 \u72f1|\u7345 \u72ee|\u734e \u5956|\u7368 \u72ec|\u736a \u72ef|\u736b \u7303|\u736e \u72dd|\u7370 \u72de|\u7371 \u3e8d|\u7372 \u83b7|\u7375 \u730e|\u7377 \u72b7|\u7378 \u517d|\u737a \u736d|\u737b \u732e|\u737c \u7315|\u7380 \u7321|\u73fe \u73b0|\u7431 \u96d5|\u743a \u73d0|\u743f \u73f2|\u744b \u73ae|\u7452 \u739a|\u7463 \u7410|\u7464 \u7476|\u7469 \u83b9|\u746a \u739b|\u7472 \u73b1|\u7489 \u740f|\u748a \ud86d\udfa9|\u7495 \ud870\udf64|\u7497 \ud870\udf61|\u74a1 \u740e|\u74a3 \u7391|\u74a6 \u7477|\u74ab \u73f0|\u74af \u3ec5|\u74b0 \u73af|\u74b5 \u7399|\u74b8 \u7478|\u74bd \u73ba|\u74bf \u7487|\u74c5 \ud870\udf5b|\u74ca \u743c|\u74cf \u73d1|\u74d4 \u748e|\u74da \u74d2|\u74db \ud852\ude7d|\u750c \u74ef|\u7515 \u74ee|\u7522 \u4ea7|\u7523 \u4ea7|\u755d \u4ea9|\u7562 \u6bd5|\u756b \u753b|\u7570 \u5f02|\u7575 \u753b|\u7576 \u5f53|\u7587 \u7574|\u758a \u53e0|\u75d9 \u75c9|\u75e0 \u9178|\u75fe \u75b4|\u7602 \u75d6|\u760b \u75af|\u760d \u75a1|\u7613 \u75ea|\u761e \u7617|\u7621 \u75ae|\u7627 \u759f|\u762e \u7606|\u7632 \u75ad|\u763a \u7618|\u763b \u7618|\u7642 \u7597|\u7646 \u75e8|\u7647 \u75eb|\u7649 \u7605|\u7652 \u6108|\u7658 \u75a0|\u765f \u762a|\u7661 \u75f4|\u7662 \u75d2|\u7664 \u7596|\u7665 \u75c7|\u7667 \u75ac|\u7669 \u765e|\u766c \u7663|\u766d \u763f|\u766e \u763e|\u7670 \u75c8|\u7671 \u762b|\u7672 \u766b|\u767c \u53d1|\u7681 \u7682|\u769a \u7691|\u76b0 \u75b1|\u76b8 \u76b2|\u76ba \u76b1|\u76c3 \u676f|\u76dc \u76d7|\u76de \u76cf|\u76e1 \u5c3d|\u76e3 \u76d1|\u76e4 \u76d8|\u76e7 \u5362|\u76ea \u8361|\u771e \u771f|\u7725 \u7726|\u773e \u4f17|\u774d \ud86b\udfa2|\u774f \u56f0|\u775c \u7741|\u775e \u7750|\u7798 \u770d|\u779c \u4056|\u779e \u7792|\u77b6 \u7786|\u77bc \u7751|\u77c7 \u8499|\u77d3 \u772c|\u77da \u77a9|\u77ef \u77eb|\u7843 \u6731|\u785c \u7841|\u7864 \u7856|\u7868 \u7817|\u786f \u781a|\u7895 \u57fc|\u78a9 \u7855|\u78ad \u7800|\u78b8 \u781c|\u78ba \u786e|\u78bc \u7801|\u78bd \u40b5|\u78d1 \u7859|\u78da \u7816|\u78e0 \u7875|\u78e3 \u789c|\u78e7 \u789b|\u78ef \u77f6|\u78fd \u7857|\u78fe \u40c5|\u7904 \u785a|\u790e \u7840|\u7910 \ud871\udc88|\u7919 \u788d|\u7926 \u77ff|\u792a \u783a|\u792b \u783e|\u792c \u77fe|\u7931 \u783b|\u7955 \u79d8|\u797f \u7984|\u798d \u7978|\u798e \u796f|\u7995 \u794e|\u79a1 \u7943|\u79a6 \u5fa1|\u79aa \u7985|\u79ae \u793c|\u79b0 \u7962|\u79b1 \u7977|\u79bf \u79c3|\u79c8 \u7c7c|\u7a05 \u7a0e|\u7a08 \u79c6|\u7a0f \u4149|\u7a1c \u68f1|\u7a1f \u7980|\u7a2e \u79cd|\u7a31 \u79f0|\u7a40 \u8c37|\u7a47 \u415f|\u7a4c \u7a23|\u7a4d \u79ef|\u7a4e \u9896|\u7a60 \u79fe|\u7a61 \u7a51|\u7a62 \u79fd|\u7a69 \u7a33|\u7a6b \u83b7|\u7a6d \u7a5e|\u7aa9 \u7a9d|\u7aaa \u6d3c|\u7aae \u7a77|\u7aaf \u7a91|\u7ab5 \u7a8e|\u7ab6 \u7aad|\u7aba \u7aa5|\u7ac4 \u7a9c|\u7ac5 \u7a8d|\u7ac7 \u7aa6|\u7ac8 \u7076|\u7aca \u7a83|\u7aea \u7ad6|\u7af6 \u7ade|\u7b46 \u7b14|\u7b4d \u7b0b|\u7b67 \u7b15|\u7b74 \u41f2|\u7b87 \u4e2a|\u7b8b \u7b3a|\u7b8f \u7b5d|\u7b9a \u672d|\u7bc0 \u8282|\u7bc4 \u8303|\u7bc9 \u7b51|\u7bcb \u7ba7|\u7bd4 \u7b7c|\u7be0 \u7b7f|\u7be2 \ud871\udd42|\u7be4 \u7b03|\u7be9 \u7b5b|\u7bf3 \u7b5a|\u7bf8 \ud856\udfbe|\u7c00 \u7ba6|\u7c0d \u7bd3|\u7c11 \u84d1|\u7c1e \u7baa|\u7c21 \u7b80|\u7c23 \u7bd1|\u7c2b \u7bab|\u7c39 \u7b5c|\u7c3d \u7b7e|\u7c3e \u5e18|\u7c43 \u7bee|\u7c45 \ud856\udee3|\u7c4c \u7b79|\u7c54 \u4264|\u7c59 \u7b93|\u7c5b \u7bef|\u7c5c \u7ba8|\u7c5f \u7c41|\u7c60 \u7b3c|\u7c64 \u7b7e|\u7c69 \u7b3e|\u7c6a \u7c16|\u7c6c \u7bf1|\u7c6e \u7ba9|\u7c72 \u5401|\u7cb5 \u7ca4|\u7cc9 \u7cbd|\u7cdd \u7cc1|\u7cde \u7caa|\u7ce7 \u7cae|\u7cf0 \u56e2|\u7cf2 \u7c9d|\u7cf4 \u7c74|\u7cf6 \u7c9c|\u7cf9 \u7e9f|\u7cfe \u7ea0|\u7d00 \u7eaa|\u7d02 \u7ea3|\u7d03 \ud871\ude13|\u7d04 \u7ea6|\u7d05 \u7ea2|\u7d06 \u7ea1|\u7d07 \u7ea5|\u7d08 \u7ea8|\u7d09 \u7eab|\u7d0b \u7eb9|\u7d0d \u7eb3|\u7d10 \u7ebd|\u7d13 \u7ebe|\u7d14 \u7eaf|\u7d15 \u7eb0|\u7d16 \u7ebc|\u7d17 \u7eb1|\u7d18 \u7eae|\u7d19 \u7eb8|\u7d1a \u7ea7|\u7d1b \u7eb7|\u7d1c \u7ead|\u7d1d \u7eb4|\u7d1e \ud871\ude18|\u7d21 \u7eba|\u7d2c \u4337|\u7d2e \u624e|\u7d30 \u7ec6|\u7d31 \u7ec2|\u7d32 \u7ec1|\u7d33 \u7ec5|\u7d35 \u7ebb|\u7d39 \u7ecd|\u7d3a \u7ec0|\u7d3c \u7ecb|\u7d3f \u7ed0|\u7d40 \u7ecc|\u7d42 \u7ec8|\u7d43 \u5f26|\u7d44 \u7ec4|\u7d45 \u4339|\u7d46 \u7eca|\u7d4e \u7ed7|\u7d50 \u7ed3|\u7d55 \u7edd|\u7d5b \u7ee6|\u7d5d \u7ed4|\u7d5e \u7ede|\u7d61 \u7edc|\u7d62 \u7eda|\u7d66 \u7ed9|\u7d68 \u7ed2|\u7d6a \ud871\ude21|\u7d70 \u7ed6|\u7d71 \u7edf|\u7d72 \u4e1d|\u7d73 \u7edb|\u7d76 \u7edd|\u7d79 \u7ee2|\u7d7a \ud86c\udd28|\u7d81 \u7ed1|\u7d83 \u7ee1|\u7d84 \ud871\ude2b|\u7d86 \u7ee0|\u7d88 \u7ee8|\u7d89 \u7ee3|\u7d8c \u7ee4|\u7d8e \ud871\ude29|\u7d8f \u7ee5|\u7d90 \u433c|\u7d91 \u6346|\u7d93 \u7ecf|\u7d96 \ud86c\udd27|\u7d9c \u7efc|\u7d9d \ud871\ude2d|\u7d9e \u7f0d|\u7da0 \u7eff|\u7da1 \ud86d\udfc5|\u7da2 \u7ef8|\u7da3 \u7efb|\u7da7 \ud871\ude2f|\u7daa \ud871\ude2c|\u7dab \u7ebf|\u7dac \u7ef6|\u7dad \u7ef4|\u7daf \u7ef9|\u7db0 \u7efe|\u7db1 \u7eb2|\u7db2 \u7f51|\u7db3 \u7ef7|\u7db4 \u7f00|\u7db5 \u5f69|\u7db8 \u7eb6|\u7db9 \u7efa|\u7dba \u7eee|\u7dbb \u7efd|\u7dbd \u7ef0|\u7dbe \u7eeb|\u7dbf \u7ef5|\u7dc4 \u7ef2|\u7dc7 \u7f01|\u7dca \u7d27|\u7dcb \u7eef|\u7dd1 \u7eff|\u7dd2 \u7eea|\u7dd3 \u7eec|\u7dd4 \u7ef1|\u7dd7 \u7f03|\u7dd8 \u7f04|\u7dd9 \u7f02|\u7dda \u7ebf|\u7ddd \u7f09|\u7dde \u7f0e|\u7de0 \u7f14|\u7de1 \u7f17|\u7de3 \u7f18|\u7de6 \u7f0c|\u7de8 \u7f16|\u7de9 \u7f13|\u7dec \u7f05|\u7def \u7eac|\u7df1 \u7f11|\u7df2 \u7f08|\u7df4 \u7ec3|\u7df6 \u7f0f|\u7df9 \u7f07|\u7dfb \u81f4|\u7dfc \u7f0a|\u7e08 \u8426|\u7e09 \u7f19|\u7e0a \u7f22|\u7e0b \u7f12|\u7e10 \u7ec9|\u7e11 \u7f23|\u7e15 \u7f0a|\u7e17 \u7f1e|\u7e1b \u7f1a|\u7e1d \u7f1c|\u7e1e \u7f1f|\u7e1f \u7f1b|\u7e23 \u53bf|\u7e27 \u7ee6|\u7e2b \u7f1d|\u7e2d \u7f21|\u7e2e \u7f29|\u7e2f \ud871\ude42|\u7e31 \u7eb5|\u7e32 \u7f27|\u7e33 \u4338|\u7e34 \u7ea4|\u7e35 \u7f26|\u7e36 \u7d77|\u7e37 \u7f15|\u7e39 \u7f25|\u7e3d \u603b|\u7e3e \u7ee9|\u7e43 \u7ef7|\u7e45 \u7f2b|\u7e46 \u7f2a|\u7e52 \u7f2f|\u7e54 \u7ec7|\u7e55 \u7f2e|\u7e5a \u7f2d|\u7e5e \u7ed5|\u7e61 \u7ee3|\u7e62 \u7f0b|\u7e69 \u7ef3|\u7e6a \u7ed8|\u7e6b \u7cfb|\u7e6d \u8327|\u7e6e \u7f30|\u7e6f \u7f33|\u7e70 \u7f32|\u7e73 \u7f34|\u7e76 \ud86c\udd37|\u7e78 \u4341|\u7e79 \u7ece|\u7e7b \ud858\ude21|\u7e7c \u7ee7|\u7e7d \u7f24|\u7e7e \u7f31|\u7e7f \u4340|\u7e81 \ud86c\udd38|\u7e86 \ud871\ude4a|\u7e87 \u98a3|\u7e88 \u7f2c|\u7e8a \u7ea9|\u7e8c \u7eed|\u7e8d \u7d2f|\u7e8f \u7f20|\u7e93 \u7f28|\u7e94 \u624d|\u7e95 \ud871\ude4b|\u7e96 \u7ea4|\u7e98 \u7f35|\u7e9c \u7f06|\u7f3d \u94b5|\u7f43 \u44e8|\u7f48 \u575b|\u7f4c \u7f42|\u7f4e \u575b|\u7f70 \u7f5a|\u7f75 \u9a82|\u7f77 \u7f62|\u7f85 \u7f57|\u7f86 \u7f74|\u7f88 \u7f81|\u7f8b \u8288|\u7fa3 \u7fa4|\u7fa5 \u7f9f|\u7fa8 \u7fa1|\u7fa9 \u4e49|\u7fb6 \u81bb|\u7fd2 \u4e60|\u7feb \u73a9|\u7fec \u7fda|\u7ff9 \u7fd8|\u7ffd \u7fd9|\u802c \u8027|\u802e \u8022|\u8056 \u5723|\u805e \u95fb|\u806f \u8054|\u8070 \u806a|\u8072 \u58f0|\u8073 \u8038|\u8075 \u8069|\u8076 \u8042|\u8077 \u804c|\u8079 \u804d|\u807d \u542c|\u807e \u804b|\u8085 \u8083|\u8105 \u80c1|\u8108 \u8109|\u811b \u80eb|\u8123 \u5507|\u8129 \u4fee|\u812b \u8131|\u8139 \u80c0|\u814e \u80be|\u8156 \u80e8|\u8161 \u8136|\u8166 \u8111|\u816b \u80bf|\u8173 \u811a|\u8178 \u80a0|\u8183 \u817d|\u8195 \u8158|\u819a \u80a4|\u819e \u43dd|\u81a0 \u80f6|\u81a2 \ud859\udf7c|\u81a9 \u817b|\u81bd \u80c6|\u81be \u810d|\u81bf \u8113|\u81c9 \u8138|\u81cd \u8110|\u81cf \u8191|\u81d8 \u814a|\u81da \u80ea|\u81df \u810f|\u81e0 \u8114|\u81e2 \u81dc|\u81e5 \u5367|\u81e8 \u4e34|\u81fa \u53f0|\u8207 \u4e0e|\u8208 \u5174|\u8209 \u4e3e|\u820a \u65e7|\u8216 \u94fa|\u8218 \u9986|\u8259 \u8231|\u8264 \u8223|\u8266 \u8230|\u826b \u823b|\u8271 \u8270|\u8277 \u8273|\u82bb \u520d|\u82e7 \u82ce|\u8332 \u5179|\u834a \u8346|\u838a \u5e84|\u8396 \u830e|\u83a2 \u835a|\u83a7 \u82cb|\u83ef \u534e|\u83f4 \u5eb5|\u83f8 \u70df|\u8407 \u82cc|\u840a \u83b1|\u842c \u4e07|\u8434 \u835d|\u8435 \u83b4|\u8449 \u53f6|\u8452 \u836d|\u8464 \u836e|\u8466 \u82c7|\u846f \u836f|\u8477 \u8364|\u848d \ud86c\udded|\u8490 \u641c|\u8493 \u83bc|\u8494 \u83b3|\u8495 \u8480|\u849e \u8385|\u84bc \u82cd|\u84c0 \u836a|\u84c6 \u5e2d|\u84cb \u76d6|\u84ee \u83b2|\u84ef \u82c1|\u84f4 \u83bc|\u84fd \u835c|\u8504 \ud871\udf2c|\u8514 \u535c|\u8518 \u53c2|\u851e \u848c|\u8523 \u848b|\u8525 \u8471|\u8526 \u8311|\u852d \u836b|\u852f \ud86c\ude1f|\u853f \ud86c\udded|\u8541 \u8368|\u8546 \u8487|\u854e \u835e|\u8552 \u836c|\u8553 \u82b8|\u8555 \u83b8|\u8558 \u835b|\u8562 \u8489|\u8569 \u8361|\u856a \u829c|\u856d \u8427|\u8577 \u84e3|\u8580 \u8570|\u8588 \u835f|\u858a \u84df|\u858c \u8297|\u8591 \u59dc|\u8594 \u8537|\u8598 \u8359|\u859f \u83b6|\u85a6 \u8350|\u85a9 \u8428|\u85b3 \u44d5|\u85b4 \u82e7|\u85b5 \u44d3|\u85b9 \u82d4|\u85ba \u8360|\u85cd \u84dd|\u85ce \u8369|\u85dd \u827a|\u85e5 \u836f|\u85ea \u85ae|\u85ed \u44d6|\u85f4 \u8574|\u85f6 \u82c8|\u85f9 \u853c|\u85fa \u853a|\u8600 \u841a|\u8604 \u8572|\u8606 \u82a6|\u8607 \u82cf|\u860a \u8574|\u860b \u82f9|\u861a \u85d3|\u861e \u8539|\u861f \ud85b\uded5|\u8622 \u830f|\u862d \u5170|\u863a \u84e0|\u863f \u841d|\u8646 \u8502|\u8649 \ud871\udfc1|\u8655 \u5904|\u865b \u865a|\u865c \u864f|\u865f \u53f7|\u8667 \u4e8f|\u866f \u866c|\u86fa \u86f1|\u86fb \u8715|\u8706 \u86ac|\u8740 \ud871\udffd|\u8755 \u8680|\u875f \u732c|\u8766 \u867e|\u8768 \u8671|\u8778 \u8717|\u8784 \u86f3|\u879e \u8682|\u87a2 \u8424|\u87ae \u45d6|\u87bb \u877c|\u87bf \u8780|\u87c4 \u86f0|\u87c8 \u8748|\u87ce \u87a8|\u87e3 \u866e|\u87ec \u8749|\u87ef \u86f2|\u87f2 \u866b|\u87f3 \ud86c\udebb|\u87f6 \u86cf|\u87fb \u8681|\u8801 \u8683|\u8805 \u8747|\u8806 \u867f|\u880d \u874e|\u8810 \u86f4|\u8811 \u877e|\u8814 \u869d|\u881f \u8721|\u8823 \u86ce|\u8828 \u87cf|\u8831 \u86ca|\u8836 \u8695|\u883b \u86ee|\u8846 \u4f17|\u884a \u8511|\u8853 \u672f|\u8855 \u540c|\u885a \u80e1|\u885b \u536b|\u885d \u51b2|\u889e \u886e|\u88b7 \u5939|\u88ca \u8885|\u88cf \u91cc|\u88dc \u8865|\u88dd \u88c5|\u88e1 \u91cc|\u88fd \u5236|\u8907 \u590d|\u890c \u88c8|\u8918 \u8886|\u8932 \u88e4|\u8933 \u88e2|\u8938 \u891b|\u893b \u4eb5|\u8940 \ud86c\udf00|\u8947 \u88e5|\u8949 \u88e5|\u894f \u88af|\u8956 \u8884|\u895d \u88e3|\u8960 \u88c6|\u8964 \u8934|\u896a \u889c|\u896c \u6446|\u896f \u886c|\u8972 \u88ad|\u8974 \u8955|\u8988 \u6838|\u898b \u89c1|\u898e \u89c3|\u898f \u89c4|\u8993 \u89c5|\u8996 \u89c6|\u8998 \u89c7|\u89a1 \u89cb|\u89a5 \u89cd|\u89a6 \u89ce|\u89aa \u4eb2|\u89ac \u89ca|\u89af \u89cf|\u89b2 \u89d0|\u89b7 \u89d1|\u89ba \u89c9|\u89bd \u89c8|\u89bf \u89cc|\u89c0 \u89c2|\u89f4 \u89de|\u89f6 \u89ef|\u89f8 \u89e6|\u8a01 \u8ba0|\u8a02 \u8ba2|\u8a03 \u8ba3|\u8a08 \u8ba1|\u8a0a \u8baf|\u8a0c \u8ba7|\u8a0e \u8ba8|\u8a0f \ud872\udcd9|\u8a10 \u8ba6|\u8a12 \u8bb1|\u8a13 \u8bad|\u8a15 \u8baa|\u8a16 \u8bab|\u8a17 \u6258|\u8a18 \u8bb0|\u8a1b \u8bb9|\u8a1d \u8bb6|\u8a1f \u8bbc|\u8a22 \u4723|\u8a23 \u8bc0|\u8a25 \u8bb7|\u8a29 \u8bbb|\u8a2a \u8bbf|\u8a2d \u8bbe|\u8a31 \u8bb8|\u8a34 \u8bc9|\u8a36 \u8bc3|\u8a3a \u8bca|\u8a3b \u6ce8|\u8a3c \u8bc1|\u8a40 \ud85e\udfaa|\u8a41 \u8bc2|\u8a46 \u8bcb|\u8a4e \u8bb5|\u8a50 \u8bc8|\u8a52 \u8bd2|\u8a54 \u8bcf|\u8a55 \u8bc4|\u8a56 \u8bd0|\u8a57 \u8bc7|\u8a58 \u8bce|\u8a5b \u8bc5|\u8a5d \ud872\udcde|\u8a5e \u8bcd|\u8a60 \u548f|\u8a61 \u8be9|\u8a62 \u8be2|\u8a63 \u8be3|\u8a66 \u8bd5|\u8a69 \u8bd7|\u8a6a \ud872\udcf3|\u8a6b \u8be7|\u8a6c \u8bdf|\u8a6d \u8be1|\u8a6e \u8be0|\u8a70 \u8bd8|\u8a71 \u8bdd|\u8a72 \u8be5|\u8a73 \u8be6|\u8a75 \u8bdc|\u8a77 \ud86c\udf63|\u8a7c \u8bd9|\u8a7f \u8bd6|\u8a84 \u8bd4|\u8a85 \u8bdb|\u8a86 \u8bd3|\u8a87 \u5938|\u8a8c \u5fd7|\u8a8d \u8ba4|\u8a91 \u8bf3|\u8a92 \u8bf6|\u8a95 \u8bde|\u8a98 \u8bf1|\u8a9a \u8bee|\u8a9e \u8bed|\u8aa0 \u8bda|\u8aa1 \u8beb|\u8aa3 \u8bec|\u8aa4 \u8bef|\u8aa5 \u8bf0|\u8aa6 \u8bf5|\u8aa8 \u8bf2|\u8aaa \u8bf4|\u8aac \u8bf4|\u8ab0 \u8c01|\u8ab2 \u8bfe|\u8ab6 \u8c07|\u8ab9 \u8bfd|\u8abc \u8c0a|\u8abe \u8a1a|\u8abf \u8c03|\u8ac2 \u8c04|\u8ac4 \u8c06|\u8ac7 \u8c08|\u8ac9 \u8bff|\u8acb \u8bf7|\u8acd \u8be4|\u8acf \u8bf9|\u8ad1 \u8bfc|\u8ad2 \u8c05|\u8ad3 \ud872\udce1|\u8ad6 \u8bba|\u8ad7 \u8c02|\u8adb \u8c00|\u8adc \u8c0d|\u8add \u8c1e|\u8ade \u8c1d|\u8adf \ud872\udd0a|\u8ae1 \u8c25|\u8ae2 \u8be8|\u8ae4 \u8c14|\u8ae6 \u8c1b|\u8ae7 \u8c10|\u8aeb \u8c0f|\u8aed \u8c15|\u8aee \u54a8|\u8af1 \u8bb3|\u8af2 \ud872\udd07|\u8af3 \u8c19|\u8af4 \ud86c\udf6f|\u8af6 \u8c0c|\u8af7 \u8bbd|\u8af8 \u8bf8|\u8afa \u8c1a|\u8afc \u8c16|\u8afe \u8bfa|\u8b00 \u8c0b|\u8b01 \u8c12|\u8b02 \u8c13|\u8b04 \u8a8a|\u8b05 \u8bcc|\u8b0a \u8c0e|\u8b0e \u8c1c|\u8b0f \ud86c\udf72|\u8b10 \u8c27|\u8b14 \u8c11|\u8b16 \u8c21|\u8b17 \u8c24|\u8b19 \u8c26|\u8b1a \u8c25|\u8b1b \u8bb2|\u8b1d \u8c22|\u8b20 \u8c23|\u8b21 \u8c23|\u8b28 \u8c1f|\u8b2b \u8c2a|\u8b2c \u8c2c|\u8b2d \u8c2b|\u8b33 \u8bb4|\u8b39 \u8c28|\u8b3e \u8c29|\u8b41 \u54d7|\u8b49 \u8bc1|\u8b4e \u8c32|\u8b4f \u8ba5|\u8b53 \ud872\udd1d|\u8b56 \u8c2e|\u8b58 \u8bc6|\u8b59 \u8c2f|\u8b5a \u8c2d|\u8b5c \u8c31|\u8b5e \ud86c\udf7d|\u8b5f \u566a|\u8b6b \u8c35|\u8b6d \u6bc1|\u8b6f \u8bd1|\u8b70 \u8bae|\u8b74 \u8c34|\u8b77 \u62a4|\u8b78 \u8bea|\u8b7d \u8a89|\u8b7e \u8c2b|\u8b80 \u8bfb|\u8b85 \u8c09|\u8b8a \u53d8|\u8b8b \u8a5f|\u8b8c \u4729|\u8b8e \u96e0|\u8b92 \u8c17|\u8b93 \u8ba9|\u8b95 \u8c30|\u8b96 \u8c36|\u8b9a \u8d5e|\u8b9c \u8c20|\u8b9e \u8c33|\u8c3f \u6eaa|\u8c48 \u5c82|\u8c4e \u7ad6|\u8c50 \u4e30|\u8c54 \u8273|\u8c6c \u732a|\u8c76 \u8c6e|\u8c8d \u72f8|\u8c93 \u732b|\u8c99 \u4759|\u8c9d \u8d1d|\u8c9e \u8d1e|\u8c9f \u8d20|\u8ca0 \u8d1f|\u8ca1 \u8d22|\u8ca2 \u8d21|\u8ca7 \u8d2b|\u8ca8 \u8d27|\u8ca9 \u8d29|\u8caa \u8d2a|\u8cab \u8d2f|\u8cac \u8d23|\u8caf \u8d2e|\u8cb0 \u8d33|\u8cb2 \u8d40|\u8cb3 \u8d30|\u8cb4 \u8d35|\u8cb6 \u8d2c|\u8cb7 \u4e70|\u8cb8 \u8d37|\u8cba \u8d36|\u8cbb \u8d39|\u8cbc \u8d34|\u8cbd \u8d3b|\u8cbf \u8d38|\u8cc0 \u8d3a|\u8cc1 \u8d32|\u8cc2 \u8d42|\u8cc3 \u8d41|\u8cc4 \u8d3f|\u8cc5 \u8d45|\u8cc7 \u8d44|\u8cc8 \u8d3e|\u8cca \u8d3c|\u8cd1 \u8d48|\u8cd2 \u8d4a|\u8cd3 \u5bbe|\u8cd5 \u8d47|\u8cd9 \u8d52|\u8cda \u8d49|\u8cdc \u8d50|\u8cde \u8d4f|\u8ce0 \u8d54|\u8ce1 \u8d53|\u8ce2 \u8d24|\u8ce3 \u5356|\u8ce4 \u8d31|\u8ce6 \u8d4b|\u8ce7 \u8d55|\u8cea \u8d28|\u8ceb \u8d4d|\u8cec \u8d26|\u8ced \u8d4c|\u8cf0 \u4790|\u8cf4 \u8d56|\u8cf5 \u8d57|\u8cfa \u8d5a|\u8cfb \u8d59|\u8cfc \u8d2d|\u8cfd \u8d5b|\u8cfe \u8d5c|\u8d04 \u8d3d|\u8d05 \u8d58|\u8d07 \u8d5f|\u8d08 \u8d60|\u8d0a \u8d5e|\u8d0b \u8d5d|\u8d0d \u8d61|\u8d0f \u8d62|\u8d10 \u8d46|\u8d13 \u8d43|\u8d14 \u8d51|\u8d16 \u8d4e|\u8d17 \u8d5d|\u8d1b \u8d63|\u8d1c \u8d43|\u8d6c \u8d6a|\u8d95 \u8d76|\u8d99 \u8d75|\u8da8 \u8d8b|\u8db2 \u8db1|\u8de1 \u8ff9|\u8e10 \u8df5|\u8e30 \u903e|\u8e34 \u8e0a|\u8e4c \u8dc4|\u8e55 \u8df8|\u8e5f \u8ff9|\u8e60 \u8dd6|\u8e63 \u8e52|\u8e64 \u8e2a|\u8e7a \u8df7|\u8e82 \u8df6|\u8e89 \u8db8|\u8e8a \u8e0c|\u8e8b \u8dfb|\u8e8d \u8dc3|\u8e8e \u47e2|\u8e91 \u8e2f|\u8e92 \u8dde|\u8e93 \u8e2c|\u8e95 \u8e70|\u8e9a \u8df9|\u8ea1 \u8e51|\u8ea5 \u8e7f|\u8ea6 \u8e9c|\u8eaa \u8e8f|\u8ec0 \u8eaf|\u8eca \u8f66|\u8ecb \u8f67|\u8ecc \u8f68|\u8ecd \u519b|\u8ecf \ud86d\udc04|\u8ed1 \u8f6a|\u8ed2 \u8f69|\u8ed4 \u8f6b|\u8edb \u8f6d|\u8edd \ud872\ude02|\u8edf \u8f6f|\u8ee4 \u8f77|\u8eeb \u8f78|\u8ef2 \u8f71|\u8ef8 \u8f74|\u8ef9 \u8f75|\u8efa \u8f7a|\u8efb \u8f72|\u8efc \u8f76|\u8efe \u8f7c|\u8f03 \u8f83|\u8f04 \ud861\udc08|\u8f05 \u8f82|\u8f07 \u8f81|\u8f08 \u8f80|\u8f09 \u8f7d|\u8f0a \u8f7e|\u8f0b \ud86a\ude36|\u8f12 \u8f84|\u8f13 \u633d|\u8f14 \u8f85|\u8f15 \u8f7b|\u8f17 \ud86d\udc10|\u8f1b \u8f86|\u8f1c \u8f8e|\u8f1d \u8f89|\u8f1e \u8f8b|\u8f1f \u8f8d|\u8f25 \u8f8a|\u8f26 \u8f87|\u8f29 \u8f88|\u8f2a \u8f6e|\u8f2c \u8f8c|\u8f2e \ud86d\udc13|\u8f2f \u8f91|\u8f33 \u8f8f|\u8f36 \ud872\ude0e|\u8f38 \u8f93|\u8f3b \u8f90|\u8f3c \u8f92|\u8f3e \u8f97|\u8f3f \u8206|\u8f40 \u8f92|\u8f42 \u6bc2|\u8f44 \u8f96|\u8f45 \u8f95|\u8f46 \u8f98|\u8f49 \u8f6c|\u8f4d \u8f99|\u8f4e \u8f7f|\u8f54 \u8f9a|\u8f5f \u8f70|\u8f61 \u8f94|\u8f62 \u8f79|\u8f64 \u8f73|\u8fa6 \u529e|\u8fad \u8f9e|\u8fae \u8fab|\u8faf \u8fa9|\u8fb2 \u519c|\u8ff4 \u56de|\u9015 \u5f84|\u9019 \u8fd9|\u9023 \u8fde|\u9031 \u5468|\u9032 \u8fdb|\u904a \u6e38|\u904b \u8fd0|\u904e \u8fc7|\u9054 \u8fbe|\u9055 \u8fdd|\u9059 \u9065|\u905c \u900a|\u905e \u9012|\u9060 \u8fdc|\u9061 \u6eaf|\u9069 \u9002|\u9072 \u8fdf|\u9076 \u7ed5|\u9077 \u8fc1|\u9078 \u9009|\u907a \u9057|\u907c \u8fbd|\u9081 \u8fc8|\u9084 \u8fd8|\u9087 \u8fe9|\u908a \u8fb9|\u908f \u903b|\u9090 \u9026|\u90df \u90cf|\u90f5 \u90ae|\u9106 \u90d3|\u9109 \u4e61|\u9112 \u90b9|\u9114 \u90ac|\u9116 \u90e7|\u9127 \u9093|\u9129 \ud872\ude7d|\u912d \u90d1|\u9130 \u90bb|\u9132 \u90f8|\u9133 \ud86d\udc61|\u9134 \u90ba|\u9136 \u90d0|\u913a \u909d|\u9147 \u9142|\u9148 \u90e6|\u9183 \u814c|\u9196 \u915d|\u919c \u4e11|\u919e \u915d|\u919f \u848f|\u91a3 \u7cd6|\u91ab \u533b|\u91ac \u9171|\u91b1 \u9166|\u91b2 \ud872\udea9|\u91c0 \u917f|\u91c1 \u8845|\u91c3 \u917e|\u91c5 \u917d|\u91cb \u91ca|\u91d0 \u5398|\u91d2 \u9485|\u91d3 \u9486|\u91d4 \u9487|\u91d5 \u948c|\u91d7 \u948a|\u91d8 \u9489|\u91d9 \u948b|\u91dd \u9488|\u91e3 \u9493|\u91e4 \u9490|\u91e6 \u6263|\u91e7 \u948f|\u91e9 \u9492|\u91f4 \ud872\udf29|\u91f5 \u9497|\u91f7 \u948d|\u91f9 \u9495|\u91fa \u948e|\u91fe \u497a|\u91ff \ud872\udf31|\u9200 \u94af|\u9201 \u94ab|\u9203 \u9498|\u9204 \u94ad|\u9205 \u94a5|\u9207 \ud86d\udce7|\u9208 \u949a|\u9209 \u94a0|\u920d \u949d|\u920e \u94a9|\u9210 \u94a4|\u9211 \u94a3|\u9212 \u9491|\u9214 \u949e|\u9215 \u94ae|\u921e \u94a7|\u9221 \u949f|\u9223 \u9499|\u9225 \u94ac|\u9226 \u949b|\u9227 \u94aa|\u922e \u94cc|\u9230 \u94c8|\u9233 \u94b6|\u9234 \u94c3|\u9237 \u94b4|\u9238 \u94b9|\u9239 \u94cd|\u923a \u94b0|\u923d \u94b8|\u923e \u94c0|\u923f \u94bf|\u9240 \u94be|\u9245 \u5de8|\u9246 \u94bb|\u9248 \u94ca|\u9249 \u94c9|\u924a \ud872\udf3f|\u924b \u94c7|\u924d \u94cb|\u9251 \u94c2|\u9255 \u94b7|\u9257 \u94b3|\u925a \u94c6|\u925b \u94c5|\u925d \ud86d\udff7|\u925e \u94ba|\u9262 \u94b5|\u9264 \u94a9|\u9265 \ud872\udf38|\u9266 \u94b2|\u9267 \ud872\udf41|\u926c \u94bc|\u926d \u94bd|\u926e \ud872\udf39|\u9273 \u952b|\u9276 \u94cf|\u9277 \ud86d\udff9|\u9278 \u94f0|\u927a \u94d2|\u927b \u94ec|\u927f \u94ea|\u9280 \u94f6|\u9283 \u94f3|\u9285 \u94dc|\u9288 \ud86d\udcef|\u928d \u94da|\u9291 \u94e3|\u9293 \u94e8|\u9296 \u94e2|\u9298 \u94ed|\u929a \u94eb|\u929b \u94e6|\u929c \u8854|\u92a0 \u94d1|\u92a3 \u94f7|\u92a5 \u94f1|\u92a6 \u94df|\u92a8 \u94f5|\u92a9 \u94e5|\u92aa \u94d5|\u92ab \u94ef|\u92ac \u94d0|\u92b1 \u94de|\u92b3 \u9510|\u92b6 \ud863\udc47|\u92b7 \u9500|\u92b9 \u9508|\u92bb \u9511|\u92bc \u9509|\u92c1 \u94dd|\u92c3 \u9512|\u92c5 \u950c|\u92c7 \u94a1|\u92cc \u94e4|\u92cf \u94d7|\u92d0 \ud872\udf4e|\u92d2 \u950b|\u92d7 \ud86d\udcf6|\u92d9 \u94fb|\u92dd \u950a|\u92df \u9513|\u92e3 \u94d8|\u92e4 \u9504|\u92e5 \u9503|\u92e6 \u9514|\u92e8 \u9507|\u92e9 \u94d3|\u92ea \u94fa|\u92ed \u9510|\u92ee \u94d6|\u92ef \u9506|\u92f0 \u9502|\u92f1 \u94fd|\u92f6 \u950d|\u92f8 \u952f|\u92f9 \ud872\udf2e|\u92fc \u94a2|\u9300 \ud872\udf2d|\u9301 \u951e|\u9304 \u5f55|\u9306 \u9516|\u9307 \u952b|\u9308 \u9529|\u930f \u94d4|\u9310 \u9525|\u9312 \u9515|\u9315 \u951f|\u9318 \u9524|\u9319 \u9531|\u931a \u94ee|\u931b \u951b|\u931e \ud872\udf5a|\u931f \u952c|\u9320 \u952d|\u9321 \u951c|\u9322 \u94b1|\u9324 \ud86d\udcf9|\u9326 \u9526|\u9328 \u951a|\u9329 \u9520|\u932b \u9521|\u932e \u9522|\u932f \u9519|\u9332 \u5f55|\u9333 \u9530|\u9336 \u8868|\u9338 \u94fc|\u933c \u954e|\u9340 \u951d|\u9341 \u9528|\u9343 \u952a|\u9345 \u94ab|\u9346 \u9494|\u9347 \u9534|\u9348 \u9533|\u934a \u70bc|\u934b \u9505|\u934d \u9540|\u9354 \u9537|\u9358 \u94e1|\u935a \u9496|\u935b \u953b|\u9360 \u953d|\u9364 \u9538|\u9365 \u9532|\u9369 \u9518|\u936c \u9539|\u936d \ud872\udf64|\u9370 \u953e|\u9375 \u952e|\u9376 \u9536|\u937a \u9517|\u937c \u9488|\u937e \u949f|\u9382 \u9541|\u9384 \u953f|\u9387 \u9545|\u938a \u9551|\u938c \u9570|\u9393 \ud872\udf69|\u9394 \u9555|\u9396 \u9501|\u9398 \u9549|\u939a \u9524|\u939b \u9548|\u939d \ud863\udc4f|\u93a1 \u9543|\u93a2 \u94a8|\u93a3 \u84e5|\u93a6 \u954f|\u93a7 \u94e0|\u93a9 \u94e9|\u93aa \u953c|\u93ac \u9550|\u93ad \u9547|\u93ae \u9547|\u93b0 \u9552|\u93b2 \u954b|\u93b3 \u954d|\u93b5 \u9553|\u93b6 \u9fd4|\u93b8 \u954c|\u93bf \u954e|\u93c3 \u955e|\u93c7 \u65cb|\u93c8 \u94fe|\u93cc \u9546|\u93cd \u9559|\u93cf \ud872\udf6c|\u93d0 \u9560|\u93d1 \u955d|\u93d7 \u94ff|\u93d8 \u9535|\u93dc \u9557|\u93dd \u9558|\u93de \u955b|\u93df \u94f2|\u93e1 \u955c|\u93e2 \u9556|\u93e4 \u9542|\u93e8 \u933e|\u93f0 \u955a|\u93f5 \u94e7|\u93f7 \u9564|\u93f9 \u956a|\u93fa \u497d|\u93fb \ud872\udf78|\u93fd \u9508|\u9403 \u94d9|\u9404 \ud863\udc51|\u9407 \ud86d\udd0d|\u940b \u94f4|\u940d \ud86d\udd0e|\u940f \ud863\udc54|\u9410 \u9563|\u9412 \u94f9|\u9413 \u9566|\u9414 \u9561|\u9418 \u949f|\u9419 \u956b|\u941d \u9562|\u9420 \u9568|\u9425 \u4985|\u9426 \u950e|\u9427 \u950f|\u9428 \u9544|\u9429 \ud872\udf7c|\u942b \u954c|\u942e \u9570|\u942f \u4983|\u9432 \u956f|\u9433 \u956d|\u9435 \u94c1|\u9436 \u956e|\u9438 \u94ce|\u943a \u94db|\u943d \ud86d\udffc|\u943f \u9571|\u9444 \u94f8|\u944a \u956c|\u944c \u9554|\u9451 \u9274|\u9452 \u9274|\u9454 \u9572|\u9455 \u9527|\u945e \u9574|\u9460 \u94c4|\u9463 \u9573|\u9465 \u9565|\u946a \ud872\udf3b|\u946d \u9567|\u9470 \u94a5|\u9471 \u9575|\u9472 \u9576|\u9477 \u954a|\u9479 \u9569|\u947c \u9523|\u947d \u94bb|\u947e \u92ae|\u947f \u51ff|\u9481 \u9562|\u9482 \u954b|\u9577 \u957f|\u9580 \u95e8|\u9582 \u95e9|\u9583 \u95ea|\u9586 \u95eb|\u9588 \u95ec|\u9589 \u95ed|\u958b \u5f00|\u958c \u95f6|\u958e \u95f3|\u958f \u95f0|\u9591 \u95f2|\u9592 \u95f2|\u9593 \u95f4|\u9594 \u95f5|\u9598 \u95f8|\u95a1 \u9602|\u95a3 \u9601|\u95a4 \u5408|\u95a5 \u9600|\u95a8 \u95fa|\u95a9 \u95fd|\u95ab \u9603|\u95ac \u9606|\u95ad \u95fe|\u95b1 \u9605|\u95b2 \u9605|\u95b6 \u960a|\u95b9 \u9609|\u95bb \u960e|\u95bc \u960f|\u95bd \u960d|\u95be \u9608|\u95bf \u960c|\u95c3 \u9612|\u95c6 \u677f|\u95c7 \u6697|\u95c8 \u95f1|\u95c9 \ud872\udfb1|\u95ca \u9614|\u95cb \u9615|\u95cc \u9611|\u95cd \u9607|\u95d0 \u9617|\u95d1 \ud86d\udd36|\u95d2 \u9618|\u95d3 \u95ff|\u95d4 \u9616|\u95d5 \u9619|\u95d6 \u95ef|\u95dc \u5173|\u95de \u961a|\u95e0 \u9613|\u95e1 \u9610|\u95e2 \u8f9f|\u95e4 \u961b|\u95e5 \u95fc|\u9658 \u9649|\u965d \u9655|\u965e \u5347|\u9663 \u9635|\u9670 \u9634|\u9673 \u9648|\u9678 \u9646|\u967d \u9633|\u9689 \u9667|\u968a \u961f|\u968e \u9636|\u9691 \ud872\udfbf|\u9695 \u9668|\u969b \u9645|\u96a4 \ud872\udfce|\u96a8 \u968f|\u96aa \u9669|\u96ae \ud872\udfc0|\u96af \u9666|\u96b1 \u9690|\u96b4 \u9647|\u96b8 \u96b6|\u96bb \u53ea|\u96cb \u96bd|\u96d6 \u867d|\u96d9 \u53cc|\u96db \u96cf|\u96dc \u6742|\u96de \u9e21|\u96e2 \u79bb|\u96e3 \u96be|\u96f2 \u4e91|\u96fb \u7535|\u9711 \u6cbe|\u9722 \u9721|\u9727 \u96fe|\u973d \u9701|\u9742 \u96f3|\u9744 \u972d|\u9746 \u53c7|\u9748 \u7075|\u9749 \u53c6|\u975a \u9753|\u975c \u9759|\u975d \u9754|\u9766 \u817c|\u9768 \u9765|\u978f \u5de9|\u979d \u7ef1|\u97a6 \u79cb|\u97bd \u9792|\u97c1 \u7f30|\u97c3 \u9791|\u97c6 \u5343|\u97c9 \u97af|\u97cb \u97e6|\u97cc \u97e7|\u97cd \u97e8|\u97d3 \u97e9|\u97d9 \u97ea|\u97dc \u97ec|\u97dd \u97b2|\u97de \u97eb|\u97fb \u97f5|\u97ff \u54cd|\u9801 \u9875|\u9802 \u9876|\u9803 \u9877|\u9805 \u9879|\u9806 \u987a|\u9807 \u9878|\u9808 \u987b|\u980a \u987c|\u980c \u9882|\u980d \ud86e\udc06|\u980e \u9880|\u980f \u9883|\u9810 \u9884|\u9811 \u987d|\u9812 \u9881|\u9813 \u987f|\u9814 \ud873\udc56|\u9817 \u9887|\u9818 \u9886|\u981c \u988c|\u9820 \ud873\udc5f|\u9821 \u9889|\u9824 \u9890|\u9826 \u988f|\u982b \ud86d\uddaf|\u982d \u5934|\u982e \u9892|\u9830 \u988a|\u9832 \u988b|\u9834 \u9895|\u9835 \ud86d\uddb3|\u9837 \u9894|\u9838 \u9888|\u9839 \u9893|\u983b \u9891|\u983d \u9893|\u9846 \u9897|\u984c \u9898|\u984d \u989d|\u984e \u989a|\u984f \u989c|\u9852 \u9899|\u9853 \u989b|\u9854 \u989c|\u9857 \ud86d\uddae|\u9858 \u613f|\u9859 \u98a1|\u985b \u98a0|\u985e \u7c7b|\u9862 \u989f|\u9865 \u98a2|\u9867 \u987e|\u986b \u98a4|\u986c \u98a5|\u986f \u663e|\u9870 \u98a6|\u9871 \u9885|\u9873 \u989e|\u9874 \u98a7|\u98a8 \u98ce|\u98ad \u98d0|\u98ae \u98d1|\u98af \u98d2|\u98b1 \u53f0|\u98b3 \u522e|\u98b6 \u98d3|\u98b8 \u98d4|\u98ba \u98cf|\u98bb \u98d6|\u98bc \u98d5|\u98c0 \u98d7|\u98c4 \u98d8|\u98c6 \u98d9|\u98c8 \u98da|\u98db \u98de|\u98e0 \u9963|\u98e2 \u9965|\u98e3 \u9964|\u98e5 \u9966|\u98e9 \u9968|\u98ea \u996a|\u98eb \u996b|\u98ed \u996c|\u98ef \u996d|\u98f1 \u98e7|\u98f2 \u996e|\u98f4 \u9974|\u98fc \u9972|\u98fd \u9971|\u98fe \u9970|\u98ff \u9973|\u9903 \u997a|\u9904 \u9978|\u9905 \u997c|\u9908 \u7ccd|\u9909 \u9977|\u990a \u517b|\u990c \u9975|\u990e \u9979|\u990f \u997b|\u9911 \u997d|\u9912 \u9981|\u9913 \u997f|\u9915 \u9982|\u9916 \u997e|\u9917 \ud86d\udde7|\u9918 \u4f59|\u991a \u80b4|\u991b \u9984|\u991c \u9983|\u991e \u996f|\u9921 \u9985|\u9928 \u9986|\u992c \u7cca|\u9931 \u7cc7|\u9933 \u9967|\u9935 \u5582|\u9936 \u9989|\u9937 \u9987|\u9938 \ud866\udc0c|\u993a \u998e|\u993c \u9969|\u993e \u998f|\u993f \u998a|\u9941 \u998c|\u9943 \u998d|\u9945 \u9992|\u9948 \u9990|\u9949 \u9991|\u994a \u9993|\u994b \u9988|\u994c \u9994|\u9951 \u9965|\u9952 \u9976|\u9957 \u98e8|\u9958 \ud86d\uddf4|\u995c \u990d|\u995e \u998b|\u9962 \u9995|\u99ac \u9a6c|\u99ad \u9a6d|\u99ae \u51af|\u99b1 \u9a6e|\u99b3 \u9a70|\u99b4 \u9a6f|\u99b9 \u9a72|\u99bc \ud86d\ude1c|\u99c1 \u9a73|\u99c3 \ud86d\ude1d|\u99c9 \ud873\udcf6|\u99d0 \u9a7b|\u99d1 \u9a7d|\u99d2 \u9a79|\u99d3 \ud873\udcf5|\u99d4 \u9a75|\u99d5 \u9a7e|\u99d8 \u9a80|\u99d9 \u9a78|\u99db \u9a76|\u99dd \u9a7c|\u99df \u9a77|\u99e1 \u9a82|\u99e2 \u9a88|\u99ea \ud873\udcfd|\u99ed \u9a87|\u99f0 \u9a83|\u99f1 \u9a86|\u99f8 \u9a8e|\u99fc \ud873\udcff|\u99ff \u9a8f|\u9a01 \u9a8b|\u9a02 \u9a8d|\u9a04 \ud86d\ude27|\u9a05 \u9a93|\u9a0a \ud86d\ude26|\u9a0c \u9a94|\u9a0d \u9a92|\u9a0e \u9a91|\u9a0f \u9a90|\u9a11 \ud873\udd02|\u9a16 \u9a9b|\u9a19 \u9a97|\u9a1e \ud873\udd03|\u9a20 \ud86d\ude28|\u9a24 \u9a99|\u9a27 \u4bc4|\u9a2b \u9a9e|\u9a2d \u9a98|\u9a2e \u9a9d|\u9a30 \u817e|\u9a31 \ud86d\ude2c|\u9a35 \ud86d\ude2a|\u9a36 \u9a7a|\u9a37 \u9a9a|\u9a38 \u9a9f|\u9a3e \u9aa1|\u9a40 \u84e6|\u9a41 \u9a9c|\u9a42 \u9a96|\u9a43 \u9aa0|\u9a44 \u9aa2|\u9a45 \u9a71|\u9a4a \u9a85|\u9a4c \u9a95|\u9a4d \u9a81|\u9a4e \ud873\udd0a|\u9a4f \u9aa3|\u9a55 \u9a84|\u9a57 \u9a8c|\u9a5a \u60ca|\u9a5b \u9a7f|\u9a5f \u9aa4|\u9a62 \u9a74|\u9a64 \u9aa7|\u9a65 \u9aa5|\u9a66 \u9aa6|\u9a6a \u9a8a|\u9a6b \u9a89|\u9aaf \u80ae|\u9acf \u9ac5|\u9ad2 \u810f|\u9ad4 \u4f53|\u9ad5 \u9acc|\u9ad6 \u9acb|\u9aee \u53d1|\u9b06 \u677e|\u9b0d \u80e1|\u9b1a \u987b|\u9b22 \u9b13|\u9b25 \u6597|\u9b27 \u95f9|\u9b28 \u54c4|\u9b29 \u960b|\u9b2e \u9604|\u9b31 \u90c1|\u9b39 \u9b36|\u9b4e \u9b49|\u9b58 \u9b47|\u9b5a \u9c7c|\u9b5b \u9c7d|\u9b5f \ud86d\ude89|\u9b62 \u9c7e|\u9b68 \u9c80|\u9b6f \u9c81|\u9b74 \u9c82|\u9b77 \u9c7f|\u9b7a \u9c84|\u9b80 \ud873\udd8d|\u9b81 \u9c85|\u9b83 \u9c86|\u9b86 \ud86d\ude96|\u9b88 \ud873\udd8b|\u9b8a \u9c8c|\u9b8b \u9c89|\u9b8d \u9c8f|\u9b8e \u9c87|\u9b90 \u9c90|\u9b91 \u9c8d|\u9b92 \u9c8b|\u9b93 \u9c8a|\u9b9a \u9c92|\u9b9c \u9c98|\u9b9d \u9c9e|\u9b9e \u9c95|\u9b9f \ud867\udf7e|\u9ba0 \ud873\udd8f|\u9ba1 \ud873\udd90|\u9ba3 \u4c9f|\u9ba6 \u9c96|\u9baa \u9c94|\u9bab \u9c9b|\u9bad \u9c91|\u9bae \u9c9c|\u9bb3 \u9c93|\u9bb6 \u9caa|\u9bb8 \ud867\udf83|\u9bba \u9c9d|\u9bc0 \u9ca7|\u9bc1 \u9ca0|\u9bc7 \u9ca9|\u9bc9 \u9ca4|\u9bca \u9ca8|\u9bd2 \u9cac|\u9bd4 \u9cbb|\u9bd5 \u9caf|\u9bd6 \u9cad|\u9bd7 \u9c9e|\u9bdb \u9cb7|\u9bdd \u9cb4|\u9be1 \u9cb1|\u9be2 \u9cb5|\u9be4 \u9cb2|\u9be7 \u9cb3|\u9be8 \u9cb8|\u9bea \u9cae|\u9beb \u9cb0|\u9bf0 \u9cb6|\u9bf4 \u9cba|\u9bf7 \u9cc0|\u9bfb \ud873\udd9f|\u9bfd \u9cab|\u9bff \u9cca|\u9c01 \u9cc8|\u9c02 \u9c97|\u9c03 \u9cc2|\u9c06 \u4ca0|\u9c08 \u9cbd|\u9c09 \u9cc7|\u9c0a \ud873\udda0|\u9c0c \u4ca1|\u9c0d \u9cc5|\u9c0f \u9cbe|\u9c10 \u9cc4|\u9c12 \u9cc6|\u9c13 \u9cc3|\u9c1b \u9cc1|\u9c1c \u9cd2|\u9c1f \u9cd1|\u9c20 \u9ccb|\u9c23 \u9ca5|\u9c24 \ud86d\ude95|\u9c25 \u9ccf|\u9c27 \u4ca2|\u9c28 \u9cce|\u9c29 \u9cd0|\u9c2d \u9ccd|\u9c2e \u9cc1|\u9c31 \u9ca2|\u9c32 \u9ccc|\u9c33 \u9cd3|\u9c35 \u9cd8|\u9c36 \ud873\uddad|\u9c37 \u9ca6|\u9c39 \u9ca3|\u9c3a \u9cb9|\u9c3b \u9cd7|\u9c3c \u9cdb|\u9c3e \u9cd4|\u9c40 \ud873\udda8|\u9c42 \u9cc9|\u9c45 \u9cd9|\u9c47 \ud867\udf8c|\u9c48 \u9cd5|\u9c49 \u9cd6|\u9c52 \u9cdf|\u9c54 \u9cdd|\u9c56 \u9cdc|\u9c57 \u9cde|\u9c58 \u9c9f|\u9c5a \ud873\uddae|\u9c5d \u9cbc|\u9c5f \u9c8e|\u9c60 \u9c99|\u9c63 \u9ce3|\u9c64 \u9ce1|\u9c67 \u9ce2|\u9c68 \u9cbf|\u9c6d \u9c9a|\u9c6f \u9ce0|\u9c72 \ud86d\udead|\u9c77 \u9cc4|\u9c78 \u9c88|\u9c7a \u9ca1|\u9ce5 \u9e1f|\u9ce7 \u51eb|\u9ce9 \u9e20|\u9cec \u51eb|\u9cf2 \u9e24|\u9cf3 \u51e4|\u9cf4 \u9e23|\u9cf6 \u9e22|\u9cfe \u4d13|\u9d06 \u9e29|\u9d07 \u9e28|\u9d09 \u9e26|\u9d12 \u9e30|\u9d15 \u9e35|\u9d1b \u9e33|\u9d1d \u9e32|\u9d1e \u9e2e|\u9d1f \u9e31|\u9d23 \u9e2a|\u9d26 \u9e2f|\u9d28 \u9e2d|\u9d2f \u9e38|\u9d30 \u9e39|\u9d34 \u9e3b|\u9d37 \u4d15|\u9d3b \u9e3f|\u9d3f \u9e3d|\u9d41 \u4d14|\u9d42 \u9e3a|\u9d43 \u9e3c|\u9d4f \ud873\uddd5|\u9d50 \u9e40|\u9d51 \u9e43|\u9d52 \u9e46|\u9d53 \u9e41|\u9d5c \u9e48|\u9d5d \u9e45|\u9d5f \ud86d\udeed|\u9d60 \u9e44|\u9d61 \u9e49|\u9d6a \u9e4c|\u9d6c \u9e4f|\u9d6e \u9e50|\u9d6f \u9e4e|\u9d70 \u96d5|\u9d72 \u9e4a|\u9d77 \u9e53|\u9d7e \u9e4d|\u9d84 \u4d16|\u9d87 \u9e2b|\u9d89 \u9e51|\u9d8a \u9e52|\u9d93 \u9e4b|\u9d96 \u9e59|\u9d98 \u9e55|\u9d9a \u9e57|\u9da0 \ud873\ude18|\u9da1 \u9e56|\u9da5 \u9e5b|\u9da9 \u9e5c|\u9daa \u4d17|\u9dac \u9e27|\u9daf \u83ba|\u9db1 \ud873\ude23|\u9db2 \u9e5f|\u9db4 \u9e64|\u9db9 \u9e60|\u9dba \u9e61|\u9dbb \u9e58|\u9dbc \u9e63|\u9dbf \u9e5a|\u9dc0 \u9e5a|\u9dc1 \u9e62|\u9dc2 \u9e5e|\u9dc4 \u9e21|\u9dc9 \u4d18|\u9dca \u9e5d|\u9dd3 \u9e67|\u9dd6 \u9e65|\u9dd7 \u9e25|\u9dd9 \u9e37|\u9dda \u9e68|\u9ddf \ud873\ude26|\u9de5 \u9e36|\u9de6 \u9e6a|\u9deb \u9e54|\u9ded \ud873\ude2a|\u9def \u9e69|\u9df2 \u9e6b|\u9df3 \u9e47|\u9df4 \u9e47|\u9df8 \u9e6c|\u9df9 \u9e70|\u9dfa \u9e6d|\u9dfd \u9e34|\u9e02 \u3d89|\u9e07 \u9e6f|\u9e0a \u4d19|\u9e0c \u9e71|\u9e0f \u9e72|\u9e11 \ud873\ude1a|\u9e15 \u9e2c|\u9e18 \u9e74|\u9e1a \u9e66|\u9e1b \u9e73|\u9e1d \u9e42|\u9e1e \u9e3e|\u9e75 \u5364|\u9e79 \u54b8|\u9e7a \u9e7e|\u9e7c \u78b1|\u9e7d \u76d0|\u9e97 \u4e3d|\u9ea5 \u9ea6|\u9ea9 \u9eb8|\u9eaa \u9762|\u9eab \u9762|\u9eac \ud853\udff2|\u9eaf \u66f2|\u9eb3 \ud868\udf8c|\u9eb4 \u66f2|\u9eb5 \u9762|\u9ebc \u4e48|\u9ebd \u4e48|\u9ec3 \u9ec4|\u9ecc \u9ec9|\u9ede \u70b9|\u9ee8 \u515a|\u9ef2 \u9eea|\u9ef4 \u9709|\u9ef6 \u9ee1|\u9ef7 \u9ee9|\u9efd \u9efe|\u9eff \u9f0b|\u9f02 \u9f0c|\u9f09 \u9f0d|\u9f15 \u51ac|\u9f34 \u9f39|\u9f4a \u9f50|\u9f4b \u658b|\u9f4e \u8d4d|\u9f4f \u9f51|\u9f52 \u9f7f|\u9f54 \u9f80|\u9f55 \u9f81|\u9f57 \u9f82|\u9f58 \ud873\ude7c|\u9f59 \u9f85|\u9f5c \u9f87|\u9f5f \u9f83|\u9f60 \u9f86|\u9f61 \u9f84|\u9f63 \u51fa|\u9f66 \u9f88|\u9f67 \u556e|\u9f6a \u9f8a|\u9f6c \u9f89|\u9f6e \ud873\ude88|\u9f6f \ud86e\udc1c|\u9f72 \u9f8b|\u9f76 \u816d|\u9f77 \u9f8c|\u9f7c \ud873\ude93|\u9f8d \u9f99|\u9f8e \u5390|\u9f90 \u5e9e|\u9f91 \u4dae|\u9f94 \u9f9a|\u9f95 \u9f9b|\u9f9c \u9f9f|\u9fc1 \u4724|\u9fd3 \u9fd2|\ud840\udc5e \ud840\udc3e|\ud840\udf25 \ud840\udf25|\ud840\udfe2 \ud840\udfe2|\ud841\udc0a \ud841\udc0a|\ud841\udde3 \u34c6|\ud841\udf86 \ud841\udf86|\ud842\udc0e \ud842\udc0e|\ud842\udf19 \ud842\udf19|\ud843\udf24 \ud843\udf24|\ud843\udf43 \ud843\udf43|\ud843\udfd5 \ud843\udfd5|\ud844\udca1 \ud844\udca1|\ud844\udcc4 \ud844\udcc4|\ud844\udcd5 \ud843\udd1b|\ud844\udce4 \ud844\udce4|\ud844\udd14 \ud844\udd14|\ud844\udd23 \ud844\udd23|\ud844\udd4f \ud843\udca5|\ud844\udd6f \ud844\udd6f|\ud845\udc4d \ud86e\udf7c|\ud845\udc6d \ud844\uded7|\ud845\udcc1 \ud845\udcc1|\ud845\udcfe \ud844\udec0|\ud845\udd16 \ud844\udf63|\ud845\udfb5 \u36df|\ud845\udfeb \ud845\udfeb|\ud846\udc39 \u36ff|\ud846\udc83 \u36e0|\ud846\udf89 \ud846\udf5c|\ud846\udfa3 \ud846\udf6c|\ud847\udcf3 \ud847\udcc3|\ud847\ude17 \ud847\ude17|\ud847\ude6c \ud847\ude6c|\ud847\uded5 \u5c81|\ud847\udf57 \ud847\udf57|\ud847\udfb1 \u37dc|\ud847\udfd6 \ud847\udfd6|\ud848\udf70 \ud848\udf70|\ud84a\udc3c \ud84a\udc3c|\ud84a\udcd0 \ud84a\udcd0|\ud84a\udcda \ud849\ude1d|\ud84a\udced \ud84a\udced|\ud84a\udd29 \ud84a\udd29|\ud84a\udd31 \ud84a\udd31|\ud84a\udd3f \ud84a\udd3f|\ud84a\udff7 \ud84a\udff7|\ud84b\udd92 \ud84b\udd92|\ud84b\uddab \ud84a\udede|\ud84b\uddee \ud84b\uddee|\ud84b\ude7f \ud84a\udf26|\ud84b\udeb3 \ud84b\udeb3|\ud84c\ude36 \u6685|\ud84c\udecb \ud84c\udecb|\ud84c\udf50 \ud84c\udf50|\ud84d\ude4e \u3b63|\ud84d\udf2c \ud84d\udf2c|\ud84d\udf55 \ud84d\udf55|\ud84d\udfbb \ud84d\ude13|\ud84e\udc29 \ud84d\udf8e|\ud84e\udc32 \ud84d\udc76|\ud84e\udfe9 \ud84e\udfe9|\ud84e\udff4 \ud84e\udff4|\ud84e\udff6 \u6bf6|\ud84f\udf4f \ud84f\udf4f|\ud84f\udfb7 \u3ce2|\ud84f\udfc9 \ud84f\udfc9|\ud850\udc63 \ud84f\udebd|\ud850\udd37 \ud850\udd37|\ud850\udd76 \ud84f\uddf7|\ud851\udc73 \ud851\udc73|\ud851\udc79 \ud851\udc79|\ud851\udc8e \ud851\udc8e|\ud851\udcbb \ud851\udcbb|\ud851\udccc \ud851\udccc|\ud851\udcce \ud851\udcce|\ud851\udce9 \ud850\udeb0|\ud851\ude00 \ud851\ude00|\ud851\udeee \ud851\udeee|\ud851\udef1 \ud851\udef1|\ud851\udf06 \ud851\udf06|\ud852\udc2e \ud852\udc2e|\ud852\udc9f \ud852\udc9f|\ud852\udcbb \ud852\udcbb|\ud852\ude42 \ud852\ude42|\ud852\udeba \u3ed8|\ud852\udee9 \u3ecf|\ud852\udf05 \ud852\udf05|\ud853\udcf7 \ud853\udcf7|\ud853\udcf8 \ud853\udcc4|\ud853\uddc3 \ud853\uddc3|\ud853\ude2b \ud853\ude2b|\ud853\ude94 \ud853\ude94|\ud854\ude9d \ud854\udd7f|\ud854\udf03 \ud854\udd58|\ud854\udfdd \ud854\udfdd|\ud855\udd65 \ud855\udc30|\ud855\udd85 \ud855\udc2f|\ud855\uddb2 \ud855\uddb2|\ud855\uddc7 \ud855\uddc7|\ud855\uddfd \ud871\udc97|\ud855\udf10 \ud855\udf10|\ud855\udf30 \ud855\udf30|\ud855\udfb5 \ud855\udfb5|\ud856\udca2 \u416a|\ud856\udcb6 \ud856\udcb6|\ud856\udcb7 \ud856\udcb7|\ud856\ude10 \ud856\ude10|\ud856\ude82 \ud856\ude82|\ud856\udfe4 \ud856\udfe4|\ud857\udd28 \ud857\udd28|\ud857\udd3c \ud857\udd3c|\ud857\udd43 \ud857\udd43|\ud857\udd4a \ud857\udd4a|\ud857\uddbd \ud857\uddbd|\ud857\ude20 \ud856\udf8b|\ud857\udee6 \ud857\udee6|\ud857\udf3d \ud857\ude65|\ud857\udf56 \ud857\udf56|\ud857\udfaf \ud857\udfaf|\ud857\udfca \ud857\udfca|\ud858\udc16 \ud858\udc16|\ud858\udc85 \ud858\udc85|\ud858\udcc4 \ud858\udcc4|\ud858\udce9 \ud858\udce9|\ud858\udd47 \ud858\udd47|\ud858\udd48 \ud858\udd48|\ud858\uddb2 \ud858\uddb2|\ud859\udc80 \ud859\udc80|\ud859\udd16 \ud859\udd16|\ud859\ude27 \ud847\udcd2|\ud859\udffc \ud859\udffc|\ud85a\udc05 \ud85a\udc05|\ud85a\udc5d \ud85a\udc5d|\ud85a\udc88 \ud85a\udc88|\ud85a\udcce \ud859\udfd7|\ud85a\uddfa \ud85a\uddfa|\ud85a\ude99 \u447d|\ud85a\udebd \ud85a\udebd|\ud85b\udc4c \ud85b\udc4c|\ud85b\udf9f \ud85b\udf9f|\ud85c\udf88 \ud85c\udf88|\ud85d\udcaf \ud85d\udcaf|\ud85d\udd25 \ud85d\udd25|\ud85d\udd5f \ud85d\udd5f|\ud85d\udf17 \u461e|\ud85d\udf35 \u464a|\ud85d\udf5e \u461b|\ud85d\udfab \ud85d\udfab|\ud85d\udfc0 \ud85d\udf67|\ud85e\udc74 \ud85e\udc74|\ud85e\udc84 \ud85e\udc84|\ud85e\udd9d \ud85e\udd9d|\ud85e\udda7 \ud85e\udda7|\ud85e\ude55 \ud85e\ude55|\ud85e\ude59 \u4725|\ud85e\ude7c \ud85e\ude7c|\ud85e\udedd \ud85e\udedd|\ud85e\udf24 \ud85e\udf24|\ud85e\udf48 \ud85e\udf48|\ud85e\udf79 \ud85e\udf79|\ud85f\udcdf \ud85f\udcdf|\ud85f\udd73 \u478c|\ud85f\udd94 \ud85f\udd94|\ud85f\udda7 \u478e|\ud85f\uddce \ud85f\uddce|\ud85f\ude18 \ud85f\ude18|\ud85f\ude48 \ud85f\ude48|\ud85f\udf6f \ud85f\udf6f|\ud860\udc90 \ud860\udc90|\ud860\udd23 \ud860\udd23|\ud860\udd4d \ud860\udd4d|\ud860\uddaa \ud860\uddaa|\ud860\uddc1 \ud860\uddc1|\ud860\uddde \ud860\uddde|\ud860\udde4 \ud860\udde4|\ud860\uddf0 \ud860\uddf0|\ud860\uddfd \ud860\uddfd|\ud860\ude0a \ud860\ude0a|\ud860\ude0c \ud860\ude0c|\ud860\udeb0 \u4880|\ud860\udeb8 \u4881|\ud860\udebb \ud860\udebb|\ud860\udee2 \u4882|\ud860\udf08 \ud860\udf08|\ud860\udf70 \ud860\udf70|\ud860\udf8c \ud860\udf8c|\ud860\udfae \ud860\udfae|\ud860\udfe0 \ud860\udfe0|\ud860\udfe5 \ud860\udfe5|\ud861\udfba \ud861\udfba|\ud861\udfca \ud861\udfca|\ud862\udcbf \ud862\udcbf|\ud862\udcc8 \ud862\udcc8|\ud862\udcde \ud862\udcde|\ud862\udce7 \ud862\udce7|\ud862\udd3b \ud862\udd30|\ud862\udd5b \ud862\udd5b|\ud862\udd5f \ud862\udd5f|\ud862\uddab \u4980|\ud862\uddc0 \ud872\udf4a|\ud862\udddc \u4981|\ud862\uddf0 \ud862\uddf0|\ud862\uddf1 \ud862\uddf1|\ud862\ude0f \ud872\udf5b|\ud862\ude1b \ud862\ude1b|\ud862\ude22 \ud862\ude22|\ud862\ude70 \ud862\ude70|\ud862\ude95 \ud862\ude95|\ud862\uded2 \ud862\uded2|\ud862\udf16 \ud862\udf16|\ud862\udf46 \ud872\udf76|\ud862\udf4e \ud872\udf73|\ud862\udf56 \ud862\udf56|\ud862\udf78 \ud862\udf78|\ud862\udf82 \ud862\udf82|\ud862\udfb3 \ud862\udfb3|\ud862\udfc5 \u497f|\ud862\udfdf \ud862\udfdf|\ud863\udc03 \ud863\udc03|\ud863\udc0b \ud863\udc0b|\ud863\udc25 \ud863\udc25|\ud863\udc32 \ud863\udc32|\ud863\udcb3 \ud863\udcb3|\ud863\udcd1 \ud863\udcd1|\ud863\udcd5 \ud863\udcd5|\ud863\udd17 \ud863\udd17|\ud863\udd39 \ud863\udd39|\ud863\udd69 \ud863\udd69|\ud863\udd78 \ud863\udd78|\ud863\udd80 \ud863\udd80|\ud863\udd8f \ud863\udd8f|\ud863\uddae \ud863\uddae|\ud863\uddb2 \ud863\uddb2|\ud863\uddf2 \ud863\uddf2|\ud863\udf33 \ud863\udf33|\ud863\udf4f \ud863\udf4f|\ud864\udc28 \ud864\udc28|\ud864\udd59 \ud864\udd59|\ud864\udf96 \ud864\udf96|\ud864\udfa2 \ud864\udfa2|\ud864\udfc2 \ud864\udfc2|\ud864\udfe0 \ud864\udfe0|\ud864\udfea \ud864\udfea|\ud864\udff7 \ud864\udff7|\ud865\udc54 \ud865\udc54|\ud865\udc8e \ud865\udc8e|\ud865\udce3 \ud865\udce3|\ud865\udce5 \ud865\udce5|\ud865\udd11 \ud865\udd11|\ud865\udd33 \ud865\udd33|\ud865\uddb0 \ud865\uddb0|\ud865\uddc0 \ud865\uddc0|\ud865\uddd3 \ud865\uddd3|\ud865\uddf4 \ud865\uddf4|\ud865\ude00 \ud865\ude00|\ud865\ude1d \ud865\ude1d|\ud865\ude39 \ud865\ude39|\ud865\ude3a \ud865\ude3a|\ud865\ude48 \ud865\ude48|\ud865\ude9b \ud865\ude9b|\ud865\udea5 \ud865\udea5|\ud865\udea9 \ud865\udea9|\ud865\udeb5 \ud865\udeb5|\ud865\udec6 \ud865\udec6|\ud865\udecc \ud865\udecc|\ud865\udee1 \ud865\udee1|\ud865\udee9 \ud865\udee9|\ud865\udf07 \ud865\udf07|\ud865\udf26 \ud865\udf26|\ud865\udf35 \ud865\udf35|\ud865\udf54 \ud865\udf54|\ud865\udf7d \ud865\udf7d|\ud865\udf84 \ud865\udf84|\ud865\udfa6 \ud865\udfa6|\ud865\udfaf \u4b6a|\ud865\udfd0 \ud865\udfd0|\ud865\udfd7 \ud865\udfd7|\ud866\udc34 \ud866\udc20|\ud866\udc63 \ud866\udc63|\ud866\udc7a \ud866\udc7a|\ud866\udca1 \ud866\udca1|\ud866\udcb4 \ud866\udcb4|\ud866\udcb8 \ud866\udcb8|\ud866\udcbe \ud866\udcbe|\ud866\udccf \ud866\udccf|\ud866\udcd1 \u4bc3|\ud866\udceb \ud866\udceb|\ud866\udcf5 \ud866\udcf5|\ud866\udcfa \ud866\udcfa|\ud866\udd0a \ud866\udd0a|\ud866\udd19 \ud866\udd19|\ud866\udd32 \ud866\udd32|\ud866\udd38 \ud866\udd38|\ud866\udd44 \ud866\udd44|\ud866\udd47 \ud866\udd47|\ud866\udd49 \ud866\udd49|\ud866\udd51 \ud866\udd51|\ud866\udda0 \ud866\udda0|\ud866\uddc6 \ud866\uddc6|\ud866\udf59 \ud866\udf59|\ud866\udfc1 \ud866\udfc1|\ud866\udff3 \ud866\udff3|\ud867\udc00 \ud867\udc00|\ud867\udc39 \ud867\udc39|\ud867\udce4 \ud867\udce4|\ud867\udd35 \ud867\udd35|\ud867\udd66 \ud867\udd66|\ud867\udd69 \ud867\udd69|\ud867\udd79 \ud867\udd79|\ud867\udd81 \ud867\udd81|\ud867\udd98 \u4c9e|\ud867\uddb0 \ud867\uddb0|\ud867\uddb1 \ud867\uddb1|\ud867\uddf0 \ud867\uddf0|\ud867\ude03 \ud867\ude03|\ud867\ude04 \ud867\ude04|\ud867\ude21 \ud867\ude21|\ud867\ude26 \ud867\ude26|\ud867\uded7 \ud867\uded7|\ud867\udeec \ud867\udeec|\ud867\udeee \ud867\udeee|\ud867\udf36 \ud867\udf36|\ud867\udf47 \ud867\udf47|\ud867\udfc5 \ud867\udfc5|\ud867\udfe4 \ud867\udfe4|\ud867\udfea \ud867\udfea|\ud868\udc16 \ud868\udc16|\ud868\udc26 \ud868\udc26|\ud868\udc3e \ud868\udc3e|\ud868\udc48 \ud868\udc48|\ud868\udc56 \ud868\udc56|\ud868\udc86 \ud868\udc86|\ud868\udccd \ud868\udccd|\ud868\udccf \ud868\udccf|\ud868\udcd2 \ud868\udcd2|\ud868\udce7 \ud868\udce7|\ud868\udd06 \ud868\udd06|\ud868\udd15 \ud868\udd15|\ud868\udd42 \ud868\udd42|\ud868\uddb7 \ud868\uddb7|\ud868\uddf3 \ud868\uddf3|\ud868\ude3c \ud868\ude3c|\ud868\ude78 \ud868\ude78|\ud868\udeff \ud868\udeff|\ud868\udf2d \ud868\udf2d|\ud868\udf60 \ud868\udf60|\ud869\udcf0 \ud869\udcf0|\ud869\udd35 \ud869\udd35|\ud869\ude00 \ud869\ude00|\ud869\ude2f \ud869\ude2f|\ud869\ude4f \ud869\ude4f|\ud869\udfd6 \ud869\udfd6|\ud86b\uddd3 \ud86b\uddd3|\ud86d\udca1 \ud86d\udca1|\ud86d\udf26 \ud86d\udf26|\ud883\udede \ud883\udedd");


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
module.exports = /*#__PURE__*/JSON.parse('{"FSL-1.1-MIT":{"name":"Functional Source License, Version 1.1, MIT Future License","url":"https://fsl.software/FSL-1.1-MIT.template.md","osiApproved":false},"SISSL":{"name":"Sun Industry Standards Source License v1.1","url":"http://www.openoffice.org/licenses/sissl_license.html","osiApproved":true},"copyleft-next-0.3.1":{"name":"copyleft-next 0.3.1","url":"https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.1","osiApproved":false},"Noweb":{"name":"Noweb License","url":"https://fedoraproject.org/wiki/Licensing/Noweb","osiApproved":false},"CC-BY-3.0-DE":{"name":"Creative Commons Attribution 3.0 Germany","url":"https://creativecommons.org/licenses/by/3.0/de/legalcode","osiApproved":false},"BSD-3-Clause-acpica":{"name":"BSD 3-Clause acpica variant","url":"https://github.com/acpica/acpica/blob/master/source/common/acfileio.c#L119","osiApproved":false},"MakeIndex":{"name":"MakeIndex License","url":"https://fedoraproject.org/wiki/Licensing/MakeIndex","osiApproved":false},"Fair":{"name":"Fair License","url":"https://web.archive.org/web/20150926120323/http://fairlicense.org/","osiApproved":true},"MirOS":{"name":"The MirOS Licence","url":"https://opensource.org/licenses/MirOS","osiApproved":true},"Mackerras-3-Clause":{"name":"Mackerras 3-Clause License","url":"https://github.com/ppp-project/ppp/blob/master/pppd/chap_ms.c#L6-L28","osiApproved":false},"NRL":{"name":"NRL License","url":"http://web.mit.edu/network/isakmp/nrllicense.html","osiApproved":false},"InnoSetup":{"name":"Inno Setup License","url":"https://github.com/jrsoftware/issrc/blob/HEAD/license.txt","osiApproved":false},"CC-BY-2.5":{"name":"Creative Commons Attribution 2.5 Generic","url":"https://creativecommons.org/licenses/by/2.5/legalcode","osiApproved":false},"AGPL-1.0-or-later":{"name":"Affero General Public License v1.0 or later","url":"http://www.affero.org/oagpl.html","osiApproved":false},"Catharon":{"name":"Catharon License","url":"https://github.com/scummvm/scummvm/blob/v2.8.0/LICENSES/CatharonLicense.txt","osiApproved":false},"TU-Berlin-2.0":{"name":"Technische Universitaet Berlin License 2.0","url":"https://github.com/CorsixTH/deps/blob/fd339a9f526d1d9c9f01ccf39e438a015da50035/licences/libgsm.txt","osiApproved":false},"Abstyles":{"name":"Abstyles License","url":"https://fedoraproject.org/wiki/Licensing/Abstyles","osiApproved":false},"MS-RL":{"name":"Microsoft Reciprocal License","url":"http://www.microsoft.com/opensource/licenses.mspx","osiApproved":true},"NIST-Software":{"name":"NIST Software License","url":"https://github.com/open-quantum-safe/liboqs/blob/40b01fdbb270f8614fde30e65d30e9da18c02393/src/common/rand/rand_nist.c#L1-L15","osiApproved":false},"Unlicense-libwhirlpool":{"name":"Unlicense - libwhirlpool variant","url":"https://github.com/dfateyev/libwhirlpool/blob/master/README#L27","osiApproved":false},"CC-BY-ND-2.0":{"name":"Creative Commons Attribution No Derivatives 2.0 Generic","url":"https://creativecommons.org/licenses/by-nd/2.0/legalcode","osiApproved":false},"GPL-2.0+":{"name":"GNU General Public License v2.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"CAL-1.0":{"name":"Cryptographic Autonomy License 1.0","url":"http://cryptographicautonomylicense.com/license-text.html","osiApproved":true},"GFDL-1.2-invariants-only":{"name":"GNU Free Documentation License v1.2 only - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"GPL-2.0-with-bison-exception":{"name":"GNU General Public License v2.0 w/Bison exception","url":"http://git.savannah.gnu.org/cgit/bison.git/tree/data/yacc.c?id=193d7c7054ba7197b0789e14965b739162319b5e#n141","osiApproved":false},"CC-PDM-1.0":{"name":"Creative    Commons Public Domain Mark 1.0 Universal","url":"https://creativecommons.org/publicdomain/mark/1.0/","osiApproved":false},"CMU-Mach-nodoc":{"name":"CMU    Mach - no notices-in-documentation variant","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L718-L728","osiApproved":false},"RPSL-1.0":{"name":"RealNetworks Public Source License v1.0","url":"https://helixcommunity.org/content/rpsl","osiApproved":true},"CDLA-Permissive-1.0":{"name":"Community Data License Agreement Permissive 1.0","url":"https://cdla.io/permissive-1-0","osiApproved":false},"BSD-2-Clause-pkgconf-disclaimer":{"name":"BSD 2-Clause pkgconf disclaimer variant","url":"https://github.com/audacious-media-player/audacious/blob/master/src/audacious/main.cc","osiApproved":false},"GFDL-1.2":{"name":"GNU Free Documentation License v1.2","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"JPL-image":{"name":"JPL Image Use Policy","url":"https://www.jpl.nasa.gov/jpl-image-use-policy","osiApproved":false},"CC-BY-3.0":{"name":"Creative Commons Attribution 3.0 Unported","url":"https://creativecommons.org/licenses/by/3.0/legalcode","osiApproved":false},"LPPL-1.0":{"name":"LaTeX Project Public License v1.0","url":"http://www.latex-project.org/lppl/lppl-1-0.txt","osiApproved":false},"LGPLLR":{"name":"Lesser General Public License For Linguistic Resources","url":"http://www-igm.univ-mlv.fr/~unitex/lgpllr.html","osiApproved":false},"CC-BY-SA-2.0-UK":{"name":"Creative Commons Attribution Share Alike 2.0 England and Wales","url":"https://creativecommons.org/licenses/by-sa/2.0/uk/legalcode","osiApproved":false},"OLDAP-2.0.1":{"name":"Open LDAP Public License v2.0.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b6d68acd14e51ca3aab4428bf26522aa74873f0e","osiApproved":false},"Unicode-3.0":{"name":"Unicode License v3","url":"https://www.unicode.org/license.txt","osiApproved":true},"Parity-6.0.0":{"name":"The Parity Public License 6.0.0","url":"https://paritylicense.com/versions/6.0.0.html","osiApproved":false},"LPL-1.0":{"name":"Lucent Public License Version 1.0","url":"https://opensource.org/licenses/LPL-1.0","osiApproved":true},"Glulxe":{"name":"Glulxe License","url":"https://fedoraproject.org/wiki/Licensing/Glulxe","osiApproved":false},"CMU-Mach":{"name":"CMU Mach License","url":"https://www.cs.cmu.edu/~410/licenses.html","osiApproved":false},"Zeeff":{"name":"Zeeff License","url":"ftp://ftp.tin.org/pub/news/utils/newsx/newsx-1.6.tar.gz","osiApproved":false},"DL-DE-ZERO-2.0":{"name":"Data licence Germany \u2013 zero \u2013 version 2.0","url":"https://www.govdata.de/dl-de/zero-2-0","osiApproved":false},"NTIA-PD":{"name":"NTIA Public Domain Notice","url":"https://raw.githubusercontent.com/NTIA/itm/refs/heads/master/LICENSE.md","osiApproved":false},"Nokia":{"name":"Nokia Open Source License","url":"https://opensource.org/licenses/nokia","osiApproved":true},"CC-BY-3.0-IGO":{"name":"Creative Commons Attribution 3.0 IGO","url":"https://creativecommons.org/licenses/by/3.0/igo/legalcode","osiApproved":false},"Saxpath":{"name":"Saxpath License","url":"https://fedoraproject.org/wiki/Licensing/Saxpath_License","osiApproved":false},"McPhee-slideshow":{"name":"McPhee Slideshow License","url":"https://mirror.las.iastate.edu/tex-archive/graphics/metapost/contrib/macros/slideshow/slideshow.mp","osiApproved":false},"snprintf":{"name":"snprintf License","url":"https://github.com/openssh/openssh-portable/blob/master/openbsd-compat/bsd-snprintf.c#L2","osiApproved":false},"W3C-19980720":{"name":"W3C Software Notice and License (1998-07-20)","url":"http://www.w3.org/Consortium/Legal/copyright-software-19980720.html","osiApproved":false},"EFL-1.0":{"name":"Eiffel Forum License v1.0","url":"http://www.eiffel-nice.org/license/forum.txt","osiApproved":true},"xpp":{"name":"XPP License","url":"https://fedoraproject.org/wiki/Licensing/xpp","osiApproved":false},"TCL":{"name":"TCL/TK License","url":"http://www.tcl.tk/software/tcltk/license.html","osiApproved":false},"BSD-3-Clause-LBNL":{"name":"Lawrence Berkeley National Labs BSD variant license","url":"https://fedoraproject.org/wiki/Licensing/LBNLBSD","osiApproved":true},"OCLC-2.0":{"name":"OCLC Research Public License 2.0","url":"http://www.oclc.org/research/activities/software/license/v2final.htm","osiApproved":true},"OGC-1.0":{"name":"OGC Software License, Version 1.0","url":"https://www.ogc.org/ogc/software/1.0","osiApproved":false},"Latex2e-translated-notice":{"name":"Latex2e with translated notice permission","url":"https://git.savannah.gnu.org/cgit/indent.git/tree/doc/indent.texi?id=a74c6b4ee49397cf330b333da1042bffa60ed14f#n74","osiApproved":false},"GFDL-1.3-or-later":{"name":"GNU Free Documentation License v1.3 or later","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"Qhull":{"name":"Qhull License","url":"https://fedoraproject.org/wiki/Licensing/Qhull","osiApproved":false},"Spencer-99":{"name":"Spencer License 99","url":"http://www.opensource.apple.com/source/tcl/tcl-5/tcl/generic/regfronts.c","osiApproved":false},"IBM-pibs":{"name":"IBM PowerPC Initialization and Boot Software","url":"http://git.denx.de/?p=u-boot.git;a=blob;f=arch/powerpc/cpu/ppc4xx/miiphy.c;h=297155fdafa064b955e53e9832de93bfb0cfb85b;hb=9fab4bf4cc077c21e43941866f3f2c196f28670d","osiApproved":false},"GFDL-1.2-no-invariants-only":{"name":"GNU Free Documentation License v1.2 only - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"check-cvs":{"name":"check-cvs License","url":"http://cvs.savannah.gnu.org/viewvc/cvs/ccvs/contrib/check_cvs.in?revision=1.1.4.3&view=markup&pathrev=cvs1-11-23#l2","osiApproved":false},"HDF5":{"name":"HDF5 License","url":"https://github.com/HDFGroup/hdf5/?tab=License-1-ov-file#readme","osiApproved":false},"VOSTROM":{"name":"VOSTROM Public License for Open Source","url":"https://fedoraproject.org/wiki/Licensing/VOSTROM","osiApproved":false},"MS-PL":{"name":"Microsoft Public License","url":"http://www.microsoft.com/opensource/licenses.mspx","osiApproved":true},"CDDL-1.0":{"name":"Common Development and Distribution License 1.0","url":"https://opensource.org/licenses/cddl1","osiApproved":true},"OPL-UK-3.0":{"name":"United    Kingdom Open Parliament Licence v3.0","url":"https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/","osiApproved":false},"CNRI-Python-GPL-Compatible":{"name":"CNRI Python Open Source GPL Compatible License Agreement","url":"http://www.python.org/download/releases/1.6.1/download_win/","osiApproved":false},"UCL-1.0":{"name":"Upstream Compatibility License v1.0","url":"https://opensource.org/licenses/UCL-1.0","osiApproved":true},"OFL-1.0":{"name":"SIL Open Font License 1.0","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web","osiApproved":false},"Eurosym":{"name":"Eurosym License","url":"https://fedoraproject.org/wiki/Licensing/Eurosym","osiApproved":false},"ANTLR-PD-fallback":{"name":"ANTLR Software Rights Notice with license fallback","url":"http://www.antlr2.org/license.html","osiApproved":false},"DocBook-DTD":{"name":"DocBook DTD License","url":"http://www.docbook.org/xml/simple/1.1/docbook-simple-1.1.zip","osiApproved":false},"SMLNJ":{"name":"Standard ML of New Jersey License","url":"https://www.smlnj.org/license.html","osiApproved":false},"CATOSL-1.1":{"name":"Computer Associates Trusted Open Source License 1.1","url":"https://opensource.org/licenses/CATOSL-1.1","osiApproved":true},"MIPS":{"name":"MIPS License","url":"https://sourceware.org/cgit/binutils-gdb/tree/include/coff/sym.h#n11","osiApproved":false},"Net-SNMP":{"name":"Net-SNMP License","url":"http://net-snmp.sourceforge.net/about/license.html","osiApproved":false},"OAR":{"name":"OAR License","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/string/strsignal.c;hb=HEAD#l35","osiApproved":false},"mpi-permissive":{"name":"mpi Permissive License","url":"https://sources.debian.org/src/openmpi/4.1.0-10/ompi/debuggers/msgq_interface.h/?hl=19#L19","osiApproved":false},"Borceux":{"name":"Borceux license","url":"https://fedoraproject.org/wiki/Licensing/Borceux","osiApproved":false},"GFDL-1.2-no-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"NCSA":{"name":"University of Illinois/NCSA Open Source License","url":"http://otm.illinois.edu/uiuc_openSource","osiApproved":true},"GPL-3.0+":{"name":"GNU General Public License v3.0 or later","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"IJG":{"name":"Independent JPEG Group License","url":"http://dev.w3.org/cvsweb/Amaya/libjpeg/Attic/README?rev=1.2","osiApproved":false},"BSD-Source-Code":{"name":"BSD Source Code Attribution","url":"https://github.com/robbiehanson/CocoaHTTPServer/blob/master/LICENSE.txt","osiApproved":false},"CDL-1.0":{"name":"Common Documentation License 1.0","url":"http://www.opensource.apple.com/cdl/","osiApproved":false},"TTYP0":{"name":"TTYP0 License","url":"https://people.mpi-inf.mpg.de/~uwe/misc/uw-ttyp0/","osiApproved":false},"CC-BY-SA-4.0":{"name":"Creative Commons Attribution Share Alike 4.0 International","url":"https://creativecommons.org/licenses/by-sa/4.0/legalcode","osiApproved":false},"AGPL-3.0":{"name":"GNU Affero General Public License v3.0","url":"https://www.gnu.org/licenses/agpl.txt","osiApproved":true},"ALGLIB-Documentation":{"name":"ALGLIB Documentation License","osiApproved":true},"CC-BY-SA-3.0-AT":{"name":"Creative Commons Attribution Share Alike 3.0 Austria","url":"https://creativecommons.org/licenses/by-sa/3.0/at/legalcode","osiApproved":false},"swrule":{"name":"swrule License","url":"https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/misc/swrule.sty","osiApproved":false},"AAL":{"name":"Attribution Assurance License","url":"https://opensource.org/licenses/attribution","osiApproved":true},"AML-glslang":{"name":"AML glslang variant License","url":"https://github.com/KhronosGroup/glslang/blob/main/LICENSE.txt#L949","osiApproved":false},"FSFAP":{"name":"FSF All Permissive License","url":"https://www.gnu.org/prep/maintain/html_node/License-Notices-for-Other-Files.html","osiApproved":false},"VSL-1.0":{"name":"Vovida Software License v1.0","url":"https://opensource.org/licenses/VSL-1.0","osiApproved":true},"Sun-PPP":{"name":"Sun PPP License","url":"https://github.com/ppp-project/ppp/blob/master/pppd/eap.c#L7-L16","osiApproved":false},"gtkbook":{"name":"gtkbook License","url":"https://github.com/slogan621/gtkbook","osiApproved":false},"CC-BY-SA-2.5":{"name":"Creative Commons Attribution Share Alike 2.5 Generic","url":"https://creativecommons.org/licenses/by-sa/2.5/legalcode","osiApproved":false},"SMAIL-GPL":{"name":"SMAIL General Public License","url":"https://sources.debian.org/copyright/license/debianutils/4.11.2/","osiApproved":false},"Apache-2.0":{"name":"Apache License 2.0","url":"https://www.apache.org/licenses/LICENSE-2.0","osiApproved":true},"EPL-1.0":{"name":"Eclipse Public License 1.0","url":"http://www.eclipse.org/legal/epl-v10.html","osiApproved":true},"mpich2":{"name":"mpich2 License","url":"https://fedoraproject.org/wiki/Licensing/MIT","osiApproved":false},"NIST-PD-TNT":{"name":"NIST    Public Domain Notice TNT variant","url":"https://math.nist.gov/tnt/download.html","osiApproved":false},"MIT-Festival":{"name":"MIT Festival Variant","url":"https://github.com/festvox/flite/blob/master/COPYING","osiApproved":false},"OGL-UK-2.0":{"name":"Open Government Licence v2.0","url":"http://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/","osiApproved":false},"OLDAP-1.4":{"name":"Open LDAP Public License v1.4","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=c9f95c2f3f2ffb5e0ae55fe7388af75547660941","osiApproved":false},"Jam":{"name":"Jam License","url":"https://www.boost.org/doc/libs/1_35_0/doc/html/jam.html","osiApproved":true},"Python-2.0":{"name":"Python License 2.0","url":"https://opensource.org/licenses/Python-2.0","osiApproved":true},"HPND-Netrek":{"name":"Historical Permission Notice and Disclaimer - Netrek variant","osiApproved":false},"mailprio":{"name":"mailprio License","url":"https://fossies.org/linux/sendmail/contrib/mailprio","osiApproved":false},"OFL-1.0-no-RFN":{"name":"SIL Open Font License 1.0 with no Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web","osiApproved":false},"MIT":{"name":"MIT License","url":"https://opensource.org/license/mit/","osiApproved":true},"NPL-1.0":{"name":"Netscape Public License v1.0","url":"http://www.mozilla.org/MPL/NPL/1.0/","osiApproved":false},"Entessa":{"name":"Entessa Public License v1.0","url":"https://opensource.org/licenses/Entessa","osiApproved":true},"CC-BY-ND-1.0":{"name":"Creative Commons Attribution No Derivatives 1.0 Generic","url":"https://creativecommons.org/licenses/by-nd/1.0/legalcode","osiApproved":false},"ECL-2.0":{"name":"Educational Community License v2.0","url":"https://opensource.org/licenses/ECL-2.0","osiApproved":true},"OLDAP-2.2.2":{"name":"Open LDAP Public License 2.2.2","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=df2cc1e21eb7c160695f5b7cffd6296c151ba188","osiApproved":false},"OLDAP-2.4":{"name":"Open LDAP Public License v2.4","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cd1284c4a91a8a380d904eee68d1583f989ed386","osiApproved":false},"Adobe-Utopia":{"name":"Adobe Utopia Font License","url":"https://gitlab.freedesktop.org/xorg/font/adobe-utopia-100dpi/-/blob/master/COPYING?ref_type=heads","osiApproved":false},"AFL-1.1":{"name":"Academic Free License v1.1","url":"http://opensource.linux-mirror.org/licenses/afl-1.1.txt","osiApproved":true},"SHL-0.5":{"name":"Solderpad Hardware License v0.5","url":"https://solderpad.org/licenses/SHL-0.5/","osiApproved":false},"CC-BY-NC-SA-2.5":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","url":"https://creativecommons.org/licenses/by-nc-sa/2.5/legalcode","osiApproved":false},"TOSL":{"name":"Trusster Open Source License","url":"https://fedoraproject.org/wiki/Licensing/TOSL","osiApproved":false},"OFL-1.1-no-RFN":{"name":"SIL Open Font License 1.1 with no Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web","osiApproved":true},"APAFML":{"name":"Adobe Postscript AFM License","url":"https://fedoraproject.org/wiki/Licensing/AdobePostscriptAFM","osiApproved":false},"BSD-Mark-Modifications":{"name":"BSD Mark Modifications License","url":"https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2","osiApproved":false},"ECL-1.0":{"name":"Educational Community License v1.0","url":"https://opensource.org/licenses/ECL-1.0","osiApproved":true},"Spencer-86":{"name":"Spencer License 86","url":"https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License","osiApproved":false},"generic-xts":{"name":"Generic XTS License","url":"https://github.com/mhogomchungu/zuluCrypt/blob/master/external_libraries/tcplay/generic_xts.c","osiApproved":false},"RPL-1.1":{"name":"Reciprocal Public License 1.1","url":"https://opensource.org/licenses/RPL-1.1","osiApproved":true},"FSFUL":{"name":"FSF Unlimited License","url":"https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License","osiApproved":false},"3D-Slicer-1.0":{"name":"3D Slicer License v1.0","url":"https://slicer.org/LICENSE","osiApproved":false},"URT-RLE":{"name":"Utah Raster Toolkit Run Length Encoded License","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/other/pnmtorle.c","osiApproved":false},"Adobe-Display-PostScript":{"name":"Adobe Display PostScript License","url":"https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L752","osiApproved":false},"ZPL-1.1":{"name":"Zope Public License 1.1","url":"http://old.zope.org/Resources/License/ZPL-1.1","osiApproved":false},"UPL-1.0":{"name":"Universal Permissive License v1.0","url":"https://opensource.org/licenses/UPL","osiApproved":true},"metamail":{"name":"metamail License","url":"https://github.com/Dual-Life/mime-base64/blob/master/Base64.xs#L12","osiApproved":false},"DEC-3-Clause":{"name":"DEC 3-Clause License","url":"https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L239","osiApproved":false},"Unlicense":{"name":"The Unlicense","url":"https://unlicense.org/","osiApproved":true},"HPND-doc-sell":{"name":"Historical Permission Notice and Disclaimer - documentation sell variant","url":"https://gitlab.freedesktop.org/xorg/lib/libxtst/-/blob/master/COPYING?ref_type=heads#L108-117","osiApproved":false},"OLFL-1.3":{"name":"Open Logistics Foundation License Version 1.3","url":"https://openlogisticsfoundation.org/licenses/","osiApproved":true},"CECILL-2.1":{"name":"CeCILL Free Software License Agreement v2.1","url":"http://www.cecill.info/licences/Licence_CeCILL_V2.1-en.html","osiApproved":true},"Sun-PPP-2000":{"name":"Sun PPP License (2000)","url":"https://github.com/ppp-project/ppp/blob/master/modules/ppp_ahdlc.c#L7-L19","osiApproved":false},"SUL-1.0":{"name":"Sustainable Use License v1.0","url":"https://github.com/n8n-io/n8n/blob/master/LICENSE.md","osiApproved":false},"OGL-UK-3.0":{"name":"Open Government Licence v3.0","url":"http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/","osiApproved":false},"OLDAP-2.5":{"name":"Open LDAP Public License v2.5","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=6852b9d90022e8593c98205413380536b1b5a7cf","osiApproved":false},"HPND-export2-US":{"name":"HPND with US Government export control and 2 disclaimers","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L111-L133","osiApproved":false},"BSD-Advertising-Acknowledgement":{"name":"BSD Advertising Acknowledgement License","url":"https://github.com/python-excel/xlrd/blob/master/LICENSE#L33","osiApproved":false},"EUPL-1.2":{"name":"European Union Public License 1.2","url":"https://joinup.ec.europa.eu/page/eupl-text-11-12","osiApproved":true},"Plexus":{"name":"Plexus Classworlds License","url":"https://fedoraproject.org/wiki/Licensing/Plexus_Classworlds_License","osiApproved":false},"TAPR-OHL-1.0":{"name":"TAPR Open Hardware License v1.0","url":"https://www.tapr.org/OHL","osiApproved":false},"Motosoto":{"name":"Motosoto License","url":"https://opensource.org/licenses/Motosoto","osiApproved":true},"APL-1.0":{"name":"Adaptive Public License 1.0","url":"https://opensource.org/licenses/APL-1.0","osiApproved":true},"Cronyx":{"name":"Cronyx License","url":"https://gitlab.freedesktop.org/xorg/font/alias/-/blob/master/COPYING","osiApproved":false},"CC-BY-NC-2.0":{"name":"Creative Commons Attribution Non Commercial 2.0 Generic","url":"https://creativecommons.org/licenses/by-nc/2.0/legalcode","osiApproved":false},"Rdisc":{"name":"Rdisc License","url":"https://fedoraproject.org/wiki/Licensing/Rdisc_License","osiApproved":false},"GFDL-1.2-only":{"name":"GNU Free Documentation License v1.2 only","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"Elastic-2.0":{"name":"Elastic License 2.0","url":"https://www.elastic.co/licensing/elastic-license","osiApproved":false},"CC-BY-3.0-NL":{"name":"Creative Commons Attribution 3.0 Netherlands","url":"https://creativecommons.org/licenses/by/3.0/nl/legalcode","osiApproved":false},"LGPL-2.1+":{"name":"GNU Lesser General Public License v2.1 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"magaz":{"name":"magaz License","url":"https://mirrors.nic.cz/tex-archive/macros/latex/contrib/magaz/magaz.tex","osiApproved":false},"GPL-3.0":{"name":"GNU General Public License v3.0 only","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"eCos-2.0":{"name":"eCos license version 2.0","url":"https://www.gnu.org/licenses/ecos-license.html","osiApproved":false},"psfrag":{"name":"psfrag License","url":"https://fedoraproject.org/wiki/Licensing/psfrag","osiApproved":false},"CERN-OHL-1.1":{"name":"CERN Open Hardware Licence v1.1","url":"https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.1","osiApproved":false},"D-FSL-1.0":{"name":"Deutsche Freie Software Lizenz","url":"http://www.dipp.nrw.de/d-fsl/lizenzen/","osiApproved":false},"ngrep":{"name":"ngrep License","url":"https://github.com/jpr5/ngrep/blob/master/LICENSE","osiApproved":false},"w3m":{"name":"w3m License","url":"https://github.com/tats/w3m/blob/master/COPYING","osiApproved":false},"CC-BY-NC-SA-1.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","url":"https://creativecommons.org/licenses/by-nc-sa/1.0/legalcode","osiApproved":false},"TermReadKey":{"name":"TermReadKey License","url":"https://github.com/jonathanstowe/TermReadKey/blob/master/README#L9-L10","osiApproved":false},"GPL-3.0-or-later":{"name":"GNU General Public License v3.0 or later","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"SWL":{"name":"Scheme Widget Library (SWL) Software License Agreement","url":"https://fedoraproject.org/wiki/Licensing/SWL","osiApproved":false},"OpenSSL":{"name":"OpenSSL License","url":"http://www.openssl.org/source/license.html","osiApproved":false},"Python-2.0.1":{"name":"Python License 2.0.1","url":"https://www.python.org/download/releases/2.0.1/license/","osiApproved":false},"CC-BY-SA-3.0-DE":{"name":"Creative Commons Attribution Share Alike 3.0 Germany","url":"https://creativecommons.org/licenses/by-sa/3.0/de/legalcode","osiApproved":false},"OLDAP-2.7":{"name":"Open LDAP Public License v2.7","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=47c2415c1df81556eeb39be6cad458ef87c534a2","osiApproved":false},"SAX-PD":{"name":"Sax Public Domain Notice","url":"http://www.saxproject.org/copying.html","osiApproved":false},"HIDAPI":{"name":"HIDAPI License","url":"https://github.com/signal11/hidapi/blob/master/LICENSE-orig.txt","osiApproved":false},"Leptonica":{"name":"Leptonica License","url":"https://fedoraproject.org/wiki/Licensing/Leptonica","osiApproved":false},"SSH-short":{"name":"SSH short notice","url":"https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/pathnames.h","osiApproved":false},"SimPL-2.0":{"name":"Simple Public License 2.0","url":"https://opensource.org/licenses/SimPL-2.0","osiApproved":true},"GFDL-1.3-only":{"name":"GNU Free Documentation License v1.3 only","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"Kazlib":{"name":"Kazlib License","url":"http://git.savannah.gnu.org/cgit/kazlib.git/tree/except.c?id=0062df360c2d17d57f6af19b0e444c51feb99036","osiApproved":false},"CECILL-C":{"name":"CeCILL-C Free Software License Agreement","url":"http://www.cecill.info/licences/Licence_CeCILL-C_V1-en.html","osiApproved":false},"MS-LPL":{"name":"Microsoft Limited Public License","url":"https://www.openhub.net/licenses/mslpl","osiApproved":false},"CECILL-B":{"name":"CeCILL-B Free Software License Agreement","url":"http://www.cecill.info/licences/Licence_CeCILL-B_V1-en.html","osiApproved":false},"YPL-1.0":{"name":"Yahoo! Public License v1.0","url":"http://www.zimbra.com/license/yahoo_public_license_1.0.html","osiApproved":false},"ASWF-Digital-Assets-1.0":{"name":"ASWF Digital Assets License version 1.0","url":"https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.0.txt","osiApproved":false},"wwl":{"name":"WWL License","url":"http://www.db.net/downloads/wwl+db-1.3.tgz","osiApproved":false},"HTMLTIDY":{"name":"HTML Tidy License","url":"https://github.com/htacg/tidy-html5/blob/next/README/LICENSE.md","osiApproved":false},"HPND-INRIA-IMAG":{"name":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","url":"https://github.com/ppp-project/ppp/blob/master/pppd/ipv6cp.c#L75-L83","osiApproved":false},"xlock":{"name":"xlock License","url":"https://fossies.org/linux/tiff/contrib/ras/ras2tif.c","osiApproved":false},"CC0-1.0":{"name":"Creative Commons Zero v1.0 Universal","url":"https://creativecommons.org/publicdomain/zero/1.0/legalcode","osiApproved":false},"IEC-Code-Components-EULA":{"name":"IEC    Code Components End-user licence agreement","url":"https://www.iec.ch/webstore/custserv/pdf/CC-EULA.pdf","osiApproved":false},"SugarCRM-1.1.3":{"name":"SugarCRM Public License v1.1.3","url":"http://www.sugarcrm.com/crm/SPL","osiApproved":false},"HPND-DEC":{"name":"Historical Permission Notice and Disclaimer - DEC variant","url":"https://gitlab.freedesktop.org/xorg/app/xkbcomp/-/blob/master/COPYING?ref_type=heads#L69","osiApproved":false},"BSD-3-Clause-No-Military-License":{"name":"BSD 3-Clause No Military License","url":"https://gitlab.syncad.com/hive/dhive/-/blob/master/LICENSE","osiApproved":false},"NIST-PD-fallback":{"name":"NIST Public Domain Notice with license fallback","url":"https://github.com/usnistgov/jsip/blob/59700e6926cbe96c5cdae897d9a7d2656b42abe3/LICENSE","osiApproved":false},"LiLiQ-P-1.1":{"name":"Licence Libre du Qu\u00e9bec \u2013 Permissive version 1.1","url":"https://forge.gouv.qc.ca/licence/fr/liliq-v1-1/","osiApproved":true},"Caldera":{"name":"Caldera License","url":"http://www.lemis.com/grog/UNIX/ancient-source-all.pdf","osiApproved":false},"FSFULLR":{"name":"FSF Unlimited License (with License Retention)","url":"https://fedoraproject.org/wiki/Licensing/FSF_Unlimited_License#License_Retention_Variant","osiApproved":false},"pnmstitch":{"name":"pnmstitch License","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/editor/pnmstitch.c#l2","osiApproved":false},"CC-BY-NC-SA-2.0-UK":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/uk/legalcode","osiApproved":false},"CC-BY-NC-SA-2.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/de/legalcode","osiApproved":false},"GCR-docs":{"name":"Gnome GCR Documentation License","url":"https://github.com/GNOME/gcr/blob/master/docs/COPYING","osiApproved":false},"CECILL-1.0":{"name":"CeCILL Free Software License Agreement v1.0","url":"http://www.cecill.info/licences/Licence_CeCILL_V1-fr.html","osiApproved":false},"HPND-sell-variant":{"name":"Historical Permission Notice and Disclaimer - sell variant","url":"https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/net/sunrpc/auth_gss/gss_generic_token.c?h=v4.19","osiApproved":false},"Clips":{"name":"Clips License","url":"https://github.com/DrItanium/maya/blob/master/LICENSE.CLIPS","osiApproved":false},"etalab-2.0":{"name":"Etalab Open License 2.0","url":"https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf","osiApproved":false},"CC-BY-NC-SA-3.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","url":"https://creativecommons.org/licenses/by-nc-sa/3.0/de/legalcode","osiApproved":false},"libtiff":{"name":"libtiff License","url":"https://fedoraproject.org/wiki/Licensing/libtiff","osiApproved":false},"BSD-4-Clause-Shortened":{"name":"BSD 4 Clause Shortened","url":"https://metadata.ftp-master.debian.org/changelogs//main/a/arpwatch/arpwatch_2.1a15-7_copyright","osiApproved":false},"curl":{"name":"curl License","url":"https://github.com/bagder/curl/blob/master/COPYING","osiApproved":false},"Bitstream-Charter":{"name":"Bitstream Charter Font License","url":"https://fedoraproject.org/wiki/Licensing/Charter#License_Text","osiApproved":false},"Apache-1.1":{"name":"Apache License 1.1","url":"http://apache.org/licenses/LICENSE-1.1","osiApproved":true},"HPND-Kevlin-Henney":{"name":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","url":"https://github.com/mruby/mruby/blob/83d12f8d52522cdb7c8cc46fad34821359f453e6/mrbgems/mruby-dir/src/Win/dirent.c#L127-L140","osiApproved":false},"pkgconf":{"name":"pkgconf License","url":"https://github.com/pkgconf/pkgconf/blob/master/cli/main.c#L8","osiApproved":false},"OGL-UK-1.0":{"name":"Open Government Licence v1.0","url":"http://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/","osiApproved":false},"CC-BY-SA-2.1-JP":{"name":"Creative Commons Attribution Share Alike 2.1 Japan","url":"https://creativecommons.org/licenses/by-sa/2.1/jp/legalcode","osiApproved":false},"OLDAP-1.2":{"name":"Open LDAP Public License v1.2","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=42b0383c50c299977b5893ee695cf4e486fb0dc7","osiApproved":false},"FSFAP-no-warranty-disclaimer":{"name":"FSF All Permissive License (without Warranty)","url":"https://git.savannah.gnu.org/cgit/wget.git/tree/util/trunc.c?h=v1.21.3&id=40747a11e44ced5a8ac628a41f879ced3e2ebce9#n6","osiApproved":false},"BitTorrent-1.0":{"name":"BitTorrent Open Source License v1.0","url":"http://sources.gentoo.org/cgi-bin/viewvc.cgi/gentoo-x86/licenses/BitTorrent?r1=1.1&r2=1.1.1.1&diff_format=s","osiApproved":false},"Latex2e":{"name":"Latex2e License","url":"https://fedoraproject.org/wiki/Licensing/Latex2e","osiApproved":false},"fwlw":{"name":"fwlw License","url":"https://mirrors.nic.cz/tex-archive/macros/latex/contrib/fwlw/README","osiApproved":false},"MIT-Modern-Variant":{"name":"MIT License Modern Variant","url":"https://fedoraproject.org/wiki/Licensing:MIT#Modern_Variants","osiApproved":true},"SGP4":{"name":"SGP4 Permission Notice","url":"https://celestrak.org/publications/AIAA/2006-6753/faq.php","osiApproved":false},"BSD-4.3RENO":{"name":"BSD 4.3 RENO License","url":"https://sourceware.org/git/?p=binutils-gdb.git;a=blob;f=libiberty/strcasecmp.c;h=131d81c2ce7881fa48c363dc5bf5fb302c61ce0b;hb=HEAD","osiApproved":false},"LZMA-SDK-9.11-to-9.20":{"name":"LZMA SDK License (versions 9.11 to 9.20)","url":"https://www.7-zip.org/sdk.html","osiApproved":false},"GFDL-1.3-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"LPD-document":{"name":"LPD Documentation License","url":"https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md","osiApproved":false},"GFDL-1.3-invariants-only":{"name":"GNU Free Documentation License v1.3 only - invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"CC-BY-NC-SA-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","url":"https://creativecommons.org/licenses/by-nc-sa/3.0/igo/legalcode","osiApproved":false},"HPND-doc":{"name":"Historical Permission Notice and Disclaimer - documentation variant","url":"https://gitlab.freedesktop.org/xorg/lib/libxext/-/blob/master/COPYING?ref_type=heads#L185-197","osiApproved":false},"CNRI-Python":{"name":"CNRI Python License","url":"https://opensource.org/licenses/CNRI-Python","osiApproved":true},"CC-BY-2.5-AU":{"name":"Creative Commons Attribution 2.5 Australia","url":"https://creativecommons.org/licenses/by/2.5/au/legalcode","osiApproved":false},"jove":{"name":"Jove License","url":"https://github.com/jonmacs/jove/blob/4_17/LICENSE","osiApproved":false},"Hippocratic-2.1":{"name":"Hippocratic License 2.1","url":"https://firstdonoharm.dev/version/2/1/license.html","osiApproved":false},"ThirdEye":{"name":"ThirdEye License","url":"https://sourceware.org/cgit/binutils-gdb/tree/include/coff/symconst.h#n11","osiApproved":false},"NTP":{"name":"NTP License","url":"https://opensource.org/licenses/NTP","osiApproved":true},"ADSL":{"name":"Amazon Digital Services License","url":"https://fedoraproject.org/wiki/Licensing/AmazonDigitalServicesLicense","osiApproved":false},"CC-BY-ND-3.0":{"name":"Creative Commons Attribution No Derivatives 3.0 Unported","url":"https://creativecommons.org/licenses/by-nd/3.0/legalcode","osiApproved":false},"BSD-2-Clause-Darwin":{"name":"BSD 2-Clause - Ian Darwin variant","url":"https://github.com/file/file/blob/master/COPYING","osiApproved":false},"TGPPL-1.0":{"name":"Transitive Grace Period Public Licence 1.0","url":"https://fedoraproject.org/wiki/Licensing/TGPPL","osiApproved":false},"CC-BY-NC-SA-2.0-FR":{"name":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/fr/legalcode","osiApproved":false},"LAL-1.2":{"name":"Licence Art Libre 1.2","url":"http://artlibre.org/licence/lal/licence-art-libre-12/","osiApproved":false},"CECILL-1.1":{"name":"CeCILL Free Software License Agreement v1.1","url":"http://www.cecill.info/licences/Licence_CeCILL_V1.1-US.html","osiApproved":false},"CC-BY-ND-2.5":{"name":"Creative Commons Attribution No Derivatives 2.5 Generic","url":"https://creativecommons.org/licenses/by-nd/2.5/legalcode","osiApproved":false},"GPL-2.0-with-GCC-exception":{"name":"GNU General Public License v2.0 w/GCC Runtime Library exception","url":"https://gcc.gnu.org/git/?p=gcc.git;a=blob;f=gcc/libgcc1.c;h=762f5143fc6eed57b6797c82710f3538aa52b40b;hb=cb143a3ce4fb417c68f5fa2691a1b1b1053dfba9#l10","osiApproved":false},"Boehm-GC":{"name":"Boehm-Demers-Weiser GC License","url":"https://fedoraproject.org/wiki/Licensing:MIT#Another_Minimal_variant_(found_in_libatomic_ops)","osiApproved":false},"hdparm":{"name":"hdparm License","url":"https://github.com/Distrotech/hdparm/blob/4517550db29a91420fb2b020349523b1b4512df2/LICENSE.TXT","osiApproved":false},"HPND-MIT-disclaimer":{"name":"Historical Permission Notice and Disclaimer with MIT disclaimer","url":"https://metacpan.org/release/NLNETLABS/Net-DNS-SEC-1.22/source/LICENSE","osiApproved":false},"OpenVision":{"name":"OpenVision License","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L66-L98","osiApproved":false},"CC-BY-NC-SA-3.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","url":"https://creativecommons.org/licenses/by-nc-sa/3.0/legalcode","osiApproved":false},"mplus":{"name":"mplus Font License","url":"https://fedoraproject.org/wiki/Licensing:Mplus?rd=Licensing/mplus","osiApproved":false},"NOSL":{"name":"Netizen Open Source License","url":"http://bits.netizen.com.au/licenses/NOSL/nosl.txt","osiApproved":false},"X11-no-permit-persons":{"name":"X11 no permit persons clause","url":"https://gitlab.freedesktop.org/xorg/lib/libxinerama/-/blob/cc22c2f60c3862482562955116d5455263b443dc/COPYING#L44-66","osiApproved":false},"psutils":{"name":"psutils License","url":"https://fedoraproject.org/wiki/Licensing/psutils","osiApproved":false},"AMPAS":{"name":"Academy of Motion Picture Arts and Sciences BSD","url":"https://fedoraproject.org/wiki/Licensing/BSD#AMPASBSD","osiApproved":false},"DL-DE-BY-2.0":{"name":"Data licence Germany \u2013 attribution \u2013 version 2.0","url":"https://www.govdata.de/dl-de/by-2-0","osiApproved":false},"Xdebug-1.03":{"name":"Xdebug License v 1.03","url":"https://github.com/xdebug/xdebug/blob/master/LICENSE","osiApproved":false},"OFFIS":{"name":"OFFIS License","url":"https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/dicom/README","osiApproved":false},"MIT-0":{"name":"MIT No Attribution","url":"https://github.com/aws/mit-0","osiApproved":true},"EFL-2.0":{"name":"Eiffel Forum License v2.0","url":"http://www.eiffel-nice.org/license/eiffel-forum-license-2.html","osiApproved":true},"Vim":{"name":"Vim License","url":"http://vimdoc.sourceforge.net/htmldoc/uganda.html","osiApproved":false},"SunPro":{"name":"SunPro License","url":"https://github.com/freebsd/freebsd-src/blob/main/lib/msun/src/e_acosh.c","osiApproved":false},"xzoom":{"name":"xzoom License","url":"https://metadata.ftp-master.debian.org/changelogs//main/x/xzoom/xzoom_0.3-27_copyright","osiApproved":false},"ICU":{"name":"ICU License","url":"http://source.icu-project.org/repos/icu/icu/trunk/license.html","osiApproved":true},"SchemeReport":{"name":"Scheme Language Report License","osiApproved":false},"Unlicense-libtelnet":{"name":"Unlicense - libtelnet variant","url":"https://github.com/seanmiddleditch/libtelnet/blob/develop/COPYING","osiApproved":false},"Arphic-1999":{"name":"Arphic Public License","url":"http://ftp.gnu.org/gnu/non-gnu/chinese-fonts-truetype/LICENSE","osiApproved":false},"python-ldap":{"name":"Python ldap License","url":"https://github.com/python-ldap/python-ldap/blob/main/LICENCE","osiApproved":false},"Ubuntu-font-1.0":{"name":"Ubuntu Font Licence v1.0","url":"https://ubuntu.com/legal/font-licence","osiApproved":false},"LGPL-2.1":{"name":"GNU Lesser General Public License v2.1 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"GL2PS":{"name":"GL2PS License","url":"http://www.geuz.org/gl2ps/COPYING.GL2PS","osiApproved":false},"MulanPSL-1.0":{"name":"Mulan Permissive Software License, Version 1","url":"https://license.coscl.org.cn/MulanPSL/","osiApproved":false},"OLDAP-2.2.1":{"name":"Open LDAP Public License v2.2.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=4bc786f34b50aa301be6f5600f58a980070f481e","osiApproved":false},"LGPL-2.0-or-later":{"name":"GNU Library General Public License v2 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"Libpng":{"name":"libpng License","url":"http://www.libpng.org/pub/png/src/libpng-LICENSE.txt","osiApproved":false},"gnuplot":{"name":"gnuplot License","url":"https://fedoraproject.org/wiki/Licensing/Gnuplot","osiApproved":false},"Game-Programming-Gems":{"name":"Game Programming Gems License","url":"https://github.com/OGRECave/ogre/blob/master/OgreMain/include/OgreSingleton.h#L28C3-L35C46","osiApproved":false},"PHP-3.01":{"name":"PHP License v3.01","url":"http://www.php.net/license/3_01.txt","osiApproved":true},"CC-BY-NC-SA-4.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","url":"https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode","osiApproved":false},"SAX-PD-2.0":{"name":"Sax Public Domain Notice 2.0","url":"http://www.saxproject.org/copying.html","osiApproved":false},"OSL-2.1":{"name":"Open Software License 2.1","url":"http://web.archive.org/web/20050212003940/http://www.rosenlaw.com/osl21.htm","osiApproved":true},"MIT-Wu":{"name":"MIT Tom Wu Variant","url":"https://github.com/chromium/octane/blob/master/crypto.js","osiApproved":false},"EUPL-1.0":{"name":"European Union Public License 1.0","url":"http://ec.europa.eu/idabc/en/document/7330.html","osiApproved":false},"ulem":{"name":"ulem License","url":"https://mirrors.ctan.org/macros/latex/contrib/ulem/README","osiApproved":false},"BSD-3-Clause":{"name":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","url":"https://opensource.org/licenses/BSD-3-Clause","osiApproved":true},"AdaCore-doc":{"name":"AdaCore Doc License","url":"https://github.com/AdaCore/xmlada/blob/master/docs/index.rst","osiApproved":false},"OSSP":{"name":"OSSP License","url":"https://git.sr.ht/~nabijaczleweli/ossp-var","osiApproved":false},"Inner-Net-2.0":{"name":"Inner Net License v2.0","url":"https://fedoraproject.org/wiki/Licensing/Inner_Net_License","osiApproved":false},"BSD-4-Clause":{"name":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","url":"http://directory.fsf.org/wiki/License:BSD_4Clause","osiApproved":false},"JSON":{"name":"JSON License","url":"http://www.json.org/license.html","osiApproved":false},"MIT-STK":{"name":"MIT-STK License","url":"https://github.com/thestk/stk/blob/6aacd357d76250bb7da2b1ddf675651828784bbc/LICENSE","osiApproved":false},"ssh-keyscan":{"name":"ssh-keyscan License","url":"https://github.com/openssh/openssh-portable/blob/master/LICENCE#L82","osiApproved":false},"HPND":{"name":"Historical Permission Notice and Disclaimer","url":"https://opensource.org/licenses/HPND","osiApproved":true},"FreeImage":{"name":"FreeImage Public License v1.0","url":"http://freeimage.sourceforge.net/freeimage-license.txt","osiApproved":false},"RPL-1.5":{"name":"Reciprocal Public License 1.5","url":"https://opensource.org/licenses/RPL-1.5","osiApproved":true},"HPND-sell-MIT-disclaimer-xserver":{"name":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","url":"https://gitlab.freedesktop.org/xorg/xserver/-/blob/master/COPYING?ref_type=heads#L1781","osiApproved":false},"ISO-permission":{"name":"ISO permission notice","url":"https://gitlab.com/agmartin/linuxdoc-tools/-/blob/master/iso-entities/COPYING?ref_type=heads","osiApproved":false},"NPOSL-3.0":{"name":"Non-Profit Open Software License 3.0","url":"https://opensource.org/licenses/NOSL3.0","osiApproved":true},"SSH-OpenSSH":{"name":"SSH OpenSSH license","url":"https://github.com/openssh/openssh-portable/blob/1b11ea7c58cd5c59838b5fa574cd456d6047b2d4/LICENCE#L10","osiApproved":false},"BSD-2-Clause-Patent":{"name":"BSD-2-Clause Plus Patent License","url":"https://opensource.org/licenses/BSDplusPatent","osiApproved":true},"LGPL-2.0-only":{"name":"GNU Library General Public License v2 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"UnRAR":{"name":"UnRAR License","url":"https://public.dhe.ibm.com/aix/freeSoftware/aixtoolbox/LICENSES/unRAR.txt","osiApproved":false},"FSFULLRSD":{"name":"FSF Unlimited License (with License Retention and Short Disclaimer)","url":"https://git.savannah.gnu.org/cgit/gnulib.git/tree/modules/COPYING?id=7b08932179d0d6b017f7df01a2ddf6e096b038e3","osiApproved":false},"ESA-PL-weak-copyleft-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)","url":"https://essr.esa.int/license/european-space-agency-public-license-v2-4-weak-copyleft-type-2","osiApproved":false},"NBPL-1.0":{"name":"Net Boolean Public License v1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=37b4b3f6cc4bf34e1d3dec61e69914b9819d8894","osiApproved":false},"OGL-Canada-2.0":{"name":"Open Government Licence - Canada","url":"https://open.canada.ca/en/open-government-licence-canada","osiApproved":false},"UMich-Merit":{"name":"Michigan/Merit Networks License","url":"https://github.com/radcli/radcli/blob/master/COPYRIGHT#L64","osiApproved":false},"TMate":{"name":"TMate Open Source License","url":"http://svnkit.com/license.html","osiApproved":false},"WordNet":{"name":"WordNet License","url":"https://wordnet.princeton.edu/license-and-commercial-use","osiApproved":true},"EPICS":{"name":"EPICS Open License","url":"https://epics.anl.gov/license/open.php","osiApproved":false},"BSD-2-Clause-Views":{"name":"BSD 2-Clause with views sentence","url":"http://www.freebsd.org/copyright/freebsd-license.html","osiApproved":false},"BSD-3-Clause-HP":{"name":"Hewlett-Packard BSD variant license","url":"https://github.com/zdohnal/hplip/blob/master/COPYING#L939","osiApproved":false},"BSD-3-Clause-flex":{"name":"BSD 3-Clause Flex variant","url":"https://github.com/westes/flex/blob/master/COPYING","osiApproved":false},"GPL-2.0":{"name":"GNU General Public License v2.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"QPL-1.0-INRIA-2004":{"name":"Q Public License 1.0 - INRIA 2004 variant","url":"https://github.com/maranget/hevea/blob/master/LICENSE","osiApproved":false},"CC-BY-NC-2.5":{"name":"Creative Commons Attribution Non Commercial 2.5 Generic","url":"https://creativecommons.org/licenses/by-nc/2.5/legalcode","osiApproved":false},"GPL-2.0-with-font-exception":{"name":"GNU General Public License v2.0 w/Font exception","url":"https://www.gnu.org/licenses/gpl-faq.html#FontException","osiApproved":false},"GPL-2.0-only":{"name":"GNU General Public License v2.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"OFL-1.1-RFN":{"name":"SIL Open Font License 1.1 with Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web","osiApproved":true},"Ruby":{"name":"Ruby License","url":"https://www.ruby-lang.org/en/about/license.txt","osiApproved":false},"FSFULLRWD":{"name":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","url":"https://lists.gnu.org/archive/html/autoconf/2012-04/msg00061.html","osiApproved":false},"GFDL-1.1-only":{"name":"GNU Free Documentation License v1.1 only","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"Info-ZIP":{"name":"Info-ZIP License","url":"http://www.info-zip.org/license.html","osiApproved":false},"Intel-ACPI":{"name":"Intel ACPI Software License Agreement","url":"https://fedoraproject.org/wiki/Licensing/Intel_ACPI_Software_License_Agreement","osiApproved":false},"libpng-2.0":{"name":"PNG Reference Library version 2","url":"http://www.libpng.org/pub/png/src/libpng-LICENSE.txt","osiApproved":false},"libselinux-1.0":{"name":"libselinux public domain notice","url":"https://github.com/SELinuxProject/selinux/blob/master/libselinux/LICENSE","osiApproved":false},"GPL-2.0-with-classpath-exception":{"name":"GNU General Public License v2.0 w/Classpath exception","url":"https://www.gnu.org/software/classpath/license.html","osiApproved":false},"BUSL-1.1":{"name":"Business Source License 1.1","url":"https://mariadb.com/bsl11/","osiApproved":false},"LGPL-2.1-or-later":{"name":"GNU Lesser General Public License v2.1 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"ImageMagick":{"name":"ImageMagick License","url":"http://www.imagemagick.org/script/license.php","osiApproved":false},"MMIXware":{"name":"MMIXware License","url":"https://gitlab.lrz.de/mmix/mmixware/-/blob/master/boilerplate.w","osiApproved":false},"BSD-3-Clause-Sun":{"name":"BSD 3-Clause Sun Microsystems","url":"https://github.com/xmlark/msv/blob/b9316e2f2270bc1606952ea4939ec87fbba157f3/xsdlib/src/main/java/com/sun/msv/datatype/regexp/InternalImpl.java","osiApproved":false},"IPL-1.0":{"name":"IBM Public License v1.0","url":"https://opensource.org/licenses/IPL-1.0","osiApproved":true},"BSD-Protection":{"name":"BSD Protection License","url":"https://fedoraproject.org/wiki/Licensing/BSD_Protection_License","osiApproved":false},"CDLA-Permissive-2.0":{"name":"Community Data License Agreement Permissive 2.0","url":"https://cdla.dev/permissive-2-0","osiApproved":false},"Linux-man-pages-1-para":{"name":"Linux man-pages - 1 paragraph","url":"https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/getcpu.2#n4","osiApproved":false},"SHL-0.51":{"name":"Solderpad Hardware License, Version 0.51","url":"https://solderpad.org/licenses/SHL-0.51/","osiApproved":false},"BSD-4-Clause-UC":{"name":"BSD-4-Clause (University of California-Specific)","url":"http://www.freebsd.org/copyright/license.html","osiApproved":false},"OLDAP-2.6":{"name":"Open LDAP Public License v2.6","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=1cae062821881f41b73012ba816434897abf4205","osiApproved":false},"Adobe-Glyph":{"name":"Adobe Glyph List License","url":"https://fedoraproject.org/wiki/Licensing/MIT#AdobeGlyph","osiApproved":false},"wxWindows":{"name":"wxWindows Library License","url":"https://opensource.org/licenses/WXwindows","osiApproved":true},"any-OSI":{"name":"Any OSI License","url":"https://metacpan.org/pod/Exporter::Tidy#LICENSE","osiApproved":false},"OPL-1.0":{"name":"Open Public License v1.0","url":"http://old.koalateam.com/jackaroo/OPL_1_0.TXT","osiApproved":false},"GPL-1.0-only":{"name":"GNU General Public License v1.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"Aspell-RU":{"name":"Aspell Russian License","url":"https://ftp.gnu.org/gnu/aspell/dict/ru/aspell6-ru-0.99f7-1.tar.bz2","osiApproved":false},"FTL":{"name":"Freetype Project License","url":"http://freetype.fis.uniroma2.it/FTL.TXT","osiApproved":false},"BitTorrent-1.1":{"name":"BitTorrent Open Source License v1.1","url":"http://directory.fsf.org/wiki/License:BitTorrentOSL1.1","osiApproved":false},"LGPL-2.0":{"name":"GNU Library General Public License v2 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"OSL-3.0":{"name":"Open Software License 3.0","url":"https://web.archive.org/web/20120101081418/http://rosenlaw.com:80/OSL3.0.htm","osiApproved":true},"Buddy":{"name":"Buddy License","url":"https://sourceforge.net/p/buddy/gitcode/ci/master/tree/README","osiApproved":false},"CPAL-1.0":{"name":"Common Public Attribution License 1.0","url":"https://opensource.org/licenses/CPAL-1.0","osiApproved":true},"APSL-2.0":{"name":"Apple Public Source License 2.0","url":"http://www.opensource.apple.com/license/apsl/","osiApproved":true},"CC-BY-SA-3.0-IGO":{"name":"Creative Commons Attribution-ShareAlike 3.0 IGO","url":"https://creativecommons.org/licenses/by-sa/3.0/igo/legalcode","osiApproved":false},"MIT-CMU":{"name":"CMU License","url":"https://fedoraproject.org/wiki/Licensing:MIT?rd=Licensing/MIT#CMU_Style","osiApproved":false},"Minpack":{"name":"Minpack License","url":"http://www.netlib.org/minpack/disclaimer","osiApproved":false},"Unicode-DFS-2015":{"name":"Unicode License Agreement - Data Files and Software (2015)","url":"https://web.archive.org/web/20151224134844/http://unicode.org/copyright.html","osiApproved":false},"Linux-man-pages-copyleft":{"name":"Linux man-pages Copyleft","url":"https://www.kernel.org/doc/man-pages/licenses.html","osiApproved":false},"CAL-1.0-Combined-Work-Exception":{"name":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","url":"http://cryptographicautonomylicense.com/license-text.html","osiApproved":true},"Xnet":{"name":"X.Net License","url":"https://opensource.org/licenses/Xnet","osiApproved":true},"OSC-1.0":{"name":"OSC License 1.0","url":"https://opensource.org/license/osc-license-1-0","osiApproved":true},"Cube":{"name":"Cube License","url":"https://fedoraproject.org/wiki/Licensing/Cube","osiApproved":false},"LPPL-1.1":{"name":"LaTeX Project Public License v1.1","url":"http://www.latex-project.org/lppl/lppl-1-1.txt","osiApproved":false},"NLOD-2.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 2.0","url":"http://data.norge.no/nlod/en/2.0","osiApproved":false},"Knuth-CTAN":{"name":"Knuth CTAN License","url":"https://ctan.org/license/knuth","osiApproved":false},"FreeBSD-DOC":{"name":"FreeBSD Documentation License","url":"https://www.freebsd.org/copyright/freebsd-doc-license/","osiApproved":false},"TORQUE-1.1":{"name":"TORQUE v2.5+ Software License v1.1","url":"https://fedoraproject.org/wiki/Licensing/TORQUEv1.1","osiApproved":false},"HPND-Markus-Kuhn":{"name":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","url":"https://www.cl.cam.ac.uk/~mgk25/ucs/wcwidth.c","osiApproved":false},"Adobe-2006":{"name":"Adobe Systems Incorporated Source Code License Agreement","url":"https://fedoraproject.org/wiki/Licensing/AdobeLicense","osiApproved":false},"MTLL":{"name":"Matrix Template Library License","url":"https://fedoraproject.org/wiki/Licensing/Matrix_Template_Library_License","osiApproved":false},"ANTLR-PD":{"name":"ANTLR Software Rights Notice","url":"http://www.antlr2.org/license.html","osiApproved":false},"Wsuipa":{"name":"Wsuipa License","url":"https://fedoraproject.org/wiki/Licensing/Wsuipa","osiApproved":false},"Artistic-1.0":{"name":"Artistic License 1.0","url":"https://opensource.org/licenses/Artistic-1.0","osiApproved":true},"COIL-1.0":{"name":"Copyfree Open Innovation License","url":"https://coil.apotheon.org/plaintext/01.0.txt","osiApproved":false},"OML":{"name":"Open Market License","url":"https://fedoraproject.org/wiki/Licensing/Open_Market_License","osiApproved":false},"AGPL-3.0-or-later":{"name":"GNU Affero General Public License v3.0 or later","url":"https://www.gnu.org/licenses/agpl.txt","osiApproved":true},"GFDL-1.1-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"SSLeay-standalone":{"name":"SSLeay License - standalone","url":"https://www.tq-group.com/filedownloads/files/software-license-conditions/OriginalSSLeay/OriginalSSLeay.pdf","osiApproved":false},"C-UDA-1.0":{"name":"Computational Use of Data Agreement v1.0","url":"https://github.com/microsoft/Computational-Use-of-Data-Agreement/blob/master/C-UDA-1.0.md","osiApproved":false},"HP-1989":{"name":"Hewlett-Packard 1989 License","url":"https://github.com/bleargh45/Data-UUID/blob/master/LICENSE","osiApproved":false},"Cornell-Lossless-JPEG":{"name":"Cornell Lossless JPEG License","url":"https://android.googlesource.com/platform/external/dng_sdk/+/refs/heads/master/source/dng_lossless_jpeg.cpp#16","osiApproved":false},"GFDL-1.3-no-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - no invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"CC-BY-1.0":{"name":"Creative Commons Attribution 1.0 Generic","url":"https://creativecommons.org/licenses/by/1.0/legalcode","osiApproved":false},"MMPL-1.0.1":{"name":"Minecraft Mod Public License v1.0.1","url":"https://github.com/BuildCraft/BuildCraft/blob/623d323b1868712f29f4a8b0979a02e8d1835131/LICENSE","osiApproved":false},"SNIA":{"name":"SNIA Public License 1.1","url":"https://fedoraproject.org/wiki/Licensing/SNIA_Public_License","osiApproved":false},"OpenPBS-2.3":{"name":"OpenPBS v2.3 Software License","url":"https://github.com/adaptivecomputing/torque/blob/master/PBS_License.txt","osiApproved":false},"NCGL-UK-2.0":{"name":"Non-Commercial Government Licence","url":"http://www.nationalarchives.gov.uk/doc/non-commercial-government-licence/version/2/","osiApproved":false},"Mackerras-3-Clause-acknowledgment":{"name":"Mackerras 3-Clause - acknowledgment variant","url":"https://github.com/ppp-project/ppp/blob/master/pppd/auth.c#L6-L28","osiApproved":false},"NTP-0":{"name":"NTP No Attribution","url":"https://github.com/tytso/e2fsprogs/blob/master/lib/et/et_name.c","osiApproved":false},"NICTA-1.0":{"name":"NICTA Public Software License, Version 1.0","url":"https://opensource.apple.com/source/mDNSResponder/mDNSResponder-320.10/mDNSPosix/nss_ReadMe.txt","osiApproved":false},"Frameworx-1.0":{"name":"Frameworx Open License 1.0","url":"https://opensource.org/licenses/Frameworx-1.0","osiApproved":true},"CNRI-Jython":{"name":"CNRI Jython License","url":"http://www.jython.org/license.html","osiApproved":false},"Community-Spec-1.0":{"name":"Community Specification License 1.0","url":"https://github.com/CommunitySpecification/1.0/blob/master/1._Community_Specification_License-v1.md","osiApproved":false},"BSD-3-Clause-No-Nuclear-License":{"name":"BSD 3-Clause No Nuclear License","url":"http://download.oracle.com/otn-pub/java/licenses/bsd.txt","osiApproved":false},"libutil-David-Nugent":{"name":"libutil David Nugent License","url":"http://web.mit.edu/freebsd/head/lib/libutil/login_ok.3","osiApproved":false},"CC-BY-NC-ND-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","url":"https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode","osiApproved":false},"any-OSI-perl-modules":{"name":"Any OSI License - Perl Modules","url":"https://metacpan.org/release/JUERD/Exporter-Tidy-0.09/view/Tidy.pm#LICENSE","osiApproved":false},"MIT-advertising":{"name":"Enlightenment License (e16)","url":"https://fedoraproject.org/wiki/Licensing/MIT_With_Advertising","osiApproved":false},"HPND-export-US-modify":{"name":"HPND with US Government export control warning and modification rqmt","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L1157-L1182","osiApproved":false},"Xfig":{"name":"Xfig License","url":"https://github.com/Distrotech/transfig/blob/master/transfig/transfig.c","osiApproved":false},"zlib-acknowledgement":{"name":"zlib/libpng License with Acknowledgement","url":"https://fedoraproject.org/wiki/Licensing/ZlibWithAcknowledgement","osiApproved":false},"ISC-Veillard":{"name":"ISC Veillard variant","url":"https://raw.githubusercontent.com/GNOME/libxml2/4c2e7c651f6c2f0d1a74f350cbda95f7df3e7017/hash.c","osiApproved":false},"YPL-1.1":{"name":"Yahoo! Public License v1.1","url":"http://www.zimbra.com/license/yahoo_public_license_1.1.html","osiApproved":false},"BSD-3-Clause-Modification":{"name":"BSD 3-Clause Modification","url":"https://fedoraproject.org/wiki/Licensing:BSD#Modification_Variant","osiApproved":false},"Artistic-1.0-Perl":{"name":"Artistic License 1.0 (Perl)","url":"http://dev.perl.org/licenses/artistic.html","osiApproved":true},"GPL-3.0-only":{"name":"GNU General Public License v3.0 only","url":"https://www.gnu.org/licenses/gpl-3.0-standalone.html","osiApproved":true},"TU-Berlin-1.0":{"name":"Technische Universitaet Berlin License 1.0","url":"https://github.com/swh/ladspa/blob/7bf6f3799fdba70fda297c2d8fd9f526803d9680/gsm/COPYRIGHT","osiApproved":false},"GPL-1.0+":{"name":"GNU General Public License v1.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"OPUBL-1.0":{"name":"Open Publication License v1.0","url":"http://opencontent.org/openpub/","osiApproved":false},"App-s2p":{"name":"App::s2p License","url":"https://fedoraproject.org/wiki/Licensing/App-s2p","osiApproved":false},"checkmk":{"name":"Checkmk License","url":"https://github.com/libcheck/check/blob/master/checkmk/checkmk.in","osiApproved":false},"CC-BY-3.0-AU":{"name":"Creative Commons Attribution 3.0 Australia","url":"https://creativecommons.org/licenses/by/3.0/au/legalcode","osiApproved":false},"CC-BY-NC-4.0":{"name":"Creative Commons Attribution Non Commercial 4.0 International","url":"https://creativecommons.org/licenses/by-nc/4.0/legalcode","osiApproved":false},"Intel":{"name":"Intel Open Source License","url":"https://opensource.org/licenses/Intel","osiApproved":true},"OFL-1.0-RFN":{"name":"SIL Open Font License 1.0 with Reserved Font Name","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL10_web","osiApproved":false},"MPL-2.0":{"name":"Mozilla Public License 2.0","url":"https://www.mozilla.org/MPL/2.0/","osiApproved":true},"NGPL":{"name":"Nethack General Public License","url":"https://opensource.org/licenses/NGPL","osiApproved":true},"0BSD":{"name":"BSD Zero Clause License","url":"http://landley.net/toybox/license.html","osiApproved":true},"OSET-PL-2.1":{"name":"OSET Public License version 2.1","url":"http://www.osetfoundation.org/public-license","osiApproved":true},"FBM":{"name":"Fuzzy Bitmap License","url":"https://github.com/SWI-Prolog/packages-xpce/blob/161a40cd82004f731ba48024f9d30af388a7edf5/src/img/gifwrite.c#L21-L26","osiApproved":false},"UnixCrypt":{"name":"UnixCrypt License","url":"https://foss.heptapod.net/python-libs/passlib/-/blob/branch/stable/LICENSE#L70","osiApproved":false},"LGPL-3.0":{"name":"GNU Lesser General Public License v3.0 only","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"MPL-1.0":{"name":"Mozilla Public License 1.0","url":"http://www.mozilla.org/MPL/MPL-1.0.html","osiApproved":true},"Giftware":{"name":"Giftware License","url":"http://liballeg.org/license.html#allegro-4-the-giftware-license","osiApproved":false},"Beerware":{"name":"Beerware License","url":"https://fedoraproject.org/wiki/Licensing/Beerware","osiApproved":false},"Caldera-no-preamble":{"name":"Caldera License (without preamble)","url":"https://github.com/apache/apr/blob/trunk/LICENSE#L298C6-L298C29","osiApproved":false},"BSD-2-Clause":{"name":"BSD 2-Clause \\"Simplified\\" License","url":"https://opensource.org/licenses/BSD-2-Clause","osiApproved":true},"TTWL":{"name":"Text-Tabs+Wrap License","url":"https://fedoraproject.org/wiki/Licensing/TTWL","osiApproved":false},"FSL-1.1-ALv2":{"name":"Functional Source License, Version 1.1, ALv2 Future License","url":"https://fsl.software/FSL-1.1-ALv2.template.md","osiApproved":false},"GFDL-1.1-or-later":{"name":"GNU Free Documentation License v1.1 or later","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"ESA-PL-permissive-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)","url":"https://essr.esa.int/license/european-space-agency-public-license-v2-4-permissive-type-3","osiApproved":false},"OSL-1.1":{"name":"Open Software License 1.1","url":"https://fedoraproject.org/wiki/Licensing/OSL1.1","osiApproved":false},"OCCT-PL":{"name":"Open CASCADE Technology Public License","url":"http://www.opencascade.com/content/occt-public-license","osiApproved":false},"Interbase-1.0":{"name":"Interbase Public License v1.0","url":"https://web.archive.org/web/20060319014854/http://info.borland.com/devsupport/interbase/opensource/IPL.html","osiApproved":false},"AMD-newlib":{"name":"AMD newlib License","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/sys/a29khif/_close.S;h=04f52ae00de1dafbd9055ad8d73c5c697a3aae7f;hb=HEAD","osiApproved":false},"QPL-1.0":{"name":"Q Public License 1.0","url":"http://doc.qt.nokia.com/3.3/license.html","osiApproved":true},"libpng-1.6.35":{"name":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","url":"http://www.libpng.org/pub/png/src/libpng-LICENSE.txt","osiApproved":false},"MITNFA":{"name":"MIT +no-false-attribs license","url":"https://fedoraproject.org/wiki/Licensing/MITNFA","osiApproved":false},"OpenSSL-standalone":{"name":"OpenSSL License - standalone","url":"https://library.netapp.com/ecm/ecm_download_file/ECMP1196395","osiApproved":false},"MIT-Click":{"name":"MIT Click License","url":"https://github.com/kohler/t1utils/blob/master/LICENSE","osiApproved":false},"BSD-Systemics-W3Works":{"name":"Systemics W3Works BSD variant license","url":"https://metacpan.org/release/DPARIS/Crypt-Blowfish-2.14/source/COPYRIGHT#L7","osiApproved":false},"NIST-PD":{"name":"NIST Public Domain Notice","url":"https://github.com/tcheneau/simpleRPL/blob/e645e69e38dd4e3ccfeceb2db8cba05b7c2e0cd3/LICENSE.txt","osiApproved":false},"NLPL":{"name":"No Limit Public License","url":"https://fedoraproject.org/wiki/Licensing/NLPL","osiApproved":false},"BSD-Systemics":{"name":"Systemics BSD variant license","url":"https://metacpan.org/release/DPARIS/Crypt-DES-2.07/source/COPYRIGHT","osiApproved":false},"HPND-sell-variant-MIT-disclaimer-rev":{"name":"HPND sell variant with MIT disclaimer - reverse","url":"https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/dynlist.c","osiApproved":false},"CERN-OHL-1.2":{"name":"CERN Open Hardware Licence v1.2","url":"https://www.ohwr.org/project/licenses/wikis/cern-ohl-v1.2","osiApproved":false},"GFDL-1.2-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"SGI-B-2.0":{"name":"SGI Free Software License B v2.0","url":"http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.2.0.pdf","osiApproved":false},"Martin-Birgmeier":{"name":"Martin Birgmeier License","url":"https://github.com/Perl/perl5/blob/blead/util.c#L6136","osiApproved":false},"LGPL-2.0+":{"name":"GNU Library General Public License v2 or later","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.0-standalone.html","osiApproved":true},"WTFPL":{"name":"Do What The F*ck You Want To Public License","url":"http://www.wtfpl.net/about/","osiApproved":false},"Zimbra-1.3":{"name":"Zimbra Public License v1.3","url":"http://web.archive.org/web/20100302225219/http://www.zimbra.com/license/zimbra-public-license-1-3.html","osiApproved":false},"CC-BY-SA-3.0":{"name":"Creative Commons Attribution Share Alike 3.0 Unported","url":"https://creativecommons.org/licenses/by-sa/3.0/legalcode","osiApproved":false},"X11":{"name":"X11 License","url":"http://www.xfree86.org/3.3.6/COPYRIGHT2.html#3","osiApproved":false},"BSD-3-Clause-No-Nuclear-License-2014":{"name":"BSD 3-Clause No Nuclear License 2014","url":"https://java.net/projects/javaeetutorial/pages/BerkeleyLicense","osiApproved":false},"AFL-2.1":{"name":"Academic Free License v2.1","url":"http://opensource.linux-mirror.org/licenses/afl-2.1.txt","osiApproved":true},"CrystalStacker":{"name":"CrystalStacker License","url":"https://fedoraproject.org/wiki/Licensing:CrystalStacker?rd=Licensing/CrystalStacker","osiApproved":false},"LZMA-SDK-9.22":{"name":"LZMA SDK License (versions 9.22 and beyond)","url":"https://www.7-zip.org/sdk.html","osiApproved":false},"diffmark":{"name":"diffmark license","url":"https://fedoraproject.org/wiki/Licensing/diffmark","osiApproved":false},"softSurfer":{"name":"softSurfer License","url":"https://github.com/mm2/Little-CMS/blob/master/src/cmssm.c#L207","osiApproved":false},"hyphen-bulgarian":{"name":"hyphen-bulgarian License","url":"https://ctan.math.illinois.edu/systems/texlive/tlnet/archive/hyphen-bulgarian.tar.xz","osiApproved":false},"HPND-Intel":{"name":"Historical Permission Notice and Disclaimer - Intel variant","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/i960/memcpy.S;hb=HEAD","osiApproved":false},"Newsletr":{"name":"Newsletr License","url":"https://fedoraproject.org/wiki/Licensing/Newsletr","osiApproved":false},"copyleft-next-0.3.0":{"name":"copyleft-next 0.3.0","url":"https://github.com/copyleft-next/copyleft-next/blob/master/Releases/copyleft-next-0.3.0","osiApproved":false},"iMatix":{"name":"iMatix Standard Function Library Agreement","url":"http://legacy.imatix.com/html/sfl/sfl4.htm#license","osiApproved":false},"LPPL-1.3a":{"name":"LaTeX Project Public License v1.3a","url":"http://www.latex-project.org/lppl/lppl-1-3a.txt","osiApproved":false},"LAL-1.3":{"name":"Licence Art Libre 1.3","url":"https://artlibre.org/","osiApproved":false},"OLDAP-2.1":{"name":"Open LDAP Public License v2.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=b0d176738e96a0d3b9f85cb51e140a86f21be715","osiApproved":false},"Symlinks":{"name":"Symlinks License","url":"https://www.mail-archive.com/debian-bugs-rc@lists.debian.org/msg11494.html","osiApproved":false},"OFL-1.1":{"name":"SIL Open Font License 1.1","url":"http://scripts.sil.org/cms/scripts/page.php?item_id=OFL_web","osiApproved":true},"CC-BY-NC-ND-2.5":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","url":"https://creativecommons.org/licenses/by-nc-nd/2.5/legalcode","osiApproved":false},"Brian-Gladman-3-Clause":{"name":"Brian Gladman 3-Clause License","url":"https://github.com/SWI-Prolog/packages-clib/blob/master/sha1/brg_endian.h","osiApproved":false},"Artistic-1.0-cl8":{"name":"Artistic License 1.0 w/clause 8","url":"https://opensource.org/licenses/Artistic-1.0","osiApproved":true},"AFL-3.0":{"name":"Academic Free License v3.0","url":"http://www.rosenlaw.com/AFL3.0.htm","osiApproved":true},"MPL-1.1":{"name":"Mozilla Public License 1.1","url":"http://www.mozilla.org/MPL/MPL-1.1.html","osiApproved":true},"HPND-SMC":{"name":"Historical Permission Notice and Disclaimer - SMC variant","url":"https://docs.python.org/3/license.html#execution-tracing","osiApproved":false},"ISC":{"name":"ISC License","url":"https://www.isc.org/licenses/","osiApproved":true},"LGPL-2.1-only":{"name":"GNU Lesser General Public License v2.1 only","url":"https://www.gnu.org/licenses/old-licenses/lgpl-2.1-standalone.html","osiApproved":true},"Zimbra-1.4":{"name":"Zimbra Public License v1.4","url":"http://www.zimbra.com/legal/zimbra-public-license-1-4","osiApproved":false},"dtoa":{"name":"David M. Gay dtoa License","url":"https://github.com/SWI-Prolog/swipl-devel/blob/master/src/os/dtoa.c","osiApproved":false},"ODC-By-1.0":{"name":"Open Data Commons Attribution License v1.0","url":"https://opendatacommons.org/licenses/by/1.0/","osiApproved":false},"GFDL-1.1":{"name":"GNU Free Documentation License v1.1","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"CC-BY-ND-4.0":{"name":"Creative Commons Attribution No Derivatives 4.0 International","url":"https://creativecommons.org/licenses/by-nd/4.0/legalcode","osiApproved":false},"W3C":{"name":"W3C Software Notice and License (2002-12-31)","url":"http://www.w3.org/Consortium/Legal/2002/copyright-software-20021231.html","osiApproved":true},"BSD-3-Clause-Open-MPI":{"name":"BSD 3-Clause Open MPI variant","url":"https://www.open-mpi.org/community/license.php","osiApproved":true},"PSF-2.0":{"name":"Python Software Foundation License 2.0","url":"https://opensource.org/licenses/Python-2.0","osiApproved":false},"GPL-2.0-or-later":{"name":"GNU General Public License v2.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-2.0-standalone.html","osiApproved":true},"CC-BY-NC-3.0-DE":{"name":"Creative Commons Attribution Non Commercial 3.0 Germany","url":"https://creativecommons.org/licenses/by-nc/3.0/de/legalcode","osiApproved":false},"ESA-PL-strong-copyleft-2.4":{"name":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","url":"https://essr.esa.int/license/european-space-agency-public-license-v2-4-strong-copyleft-type-1","osiApproved":false},"bcrypt-Solar-Designer":{"name":"bcrypt Solar Designer License","url":"https://github.com/bcrypt-ruby/bcrypt-ruby/blob/master/ext/mri/crypt_blowfish.c","osiApproved":false},"AFL-1.2":{"name":"Academic Free License v1.2","url":"http://opensource.linux-mirror.org/licenses/afl-1.2.txt","osiApproved":true},"AFL-2.0":{"name":"Academic Free License v2.0","url":"http://wayback.archive.org/web/20060924134533/http://www.opensource.org/licenses/afl-2.0.txt","osiApproved":true},"BSD-4.3TAHOE":{"name":"BSD 4.3 TAHOE License","url":"https://github.com/389ds/389-ds-base/blob/main/ldap/include/sysexits-compat.h#L15","osiApproved":false},"LOOP":{"name":"Common Lisp LOOP License","url":"https://gitlab.com/embeddable-common-lisp/ecl/-/blob/develop/src/lsp/loop.lsp","osiApproved":false},"GFDL-1.3":{"name":"GNU Free Documentation License v1.3","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"SGI-OpenGL":{"name":"SGI OpenGL License","url":"https://gitlab.freedesktop.org/mesa/glw/-/blob/master/README?ref_type=heads","osiApproved":false},"Unicode-DFS-2016":{"name":"Unicode License Agreement - Data Files and Software (2016)","url":"https://www.unicode.org/license.txt","osiApproved":true},"ClArtistic":{"name":"Clarified Artistic License","url":"http://gianluca.dellavedova.org/2011/01/03/clarified-artistic-license/","osiApproved":false},"PolyForm-Small-Business-1.0.0":{"name":"PolyForm Small Business License 1.0.0","url":"https://polyformproject.org/licenses/small-business/1.0.0","osiApproved":false},"PHP-3.0":{"name":"PHP License v3.0","url":"http://www.php.net/license/3_0.txt","osiApproved":true},"HPND-export-US-acknowledgement":{"name":"HPND with US Government export control warning and acknowledgment","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L831-L852","osiApproved":false},"SISSL-1.2":{"name":"Sun Industry Standards Source License v1.2","url":"http://gridscheduler.sourceforge.net/Gridengine_SISSL_license.html","osiApproved":false},"CC-BY-NC-ND-1.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","url":"https://creativecommons.org/licenses/by-nd-nc/1.0/legalcode","osiApproved":false},"IPA":{"name":"IPA Font License","url":"https://opensource.org/licenses/IPA","osiApproved":true},"DSDP":{"name":"DSDP License","url":"https://fedoraproject.org/wiki/Licensing/DSDP","osiApproved":false},"LiLiQ-Rplus-1.1":{"name":"Licence Libre du Qu\u00e9bec \u2013 R\u00e9ciprocit\u00e9 forte version 1.1","url":"https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-forte-liliq-r-v1-1/","osiApproved":true},"Advanced-Cryptics-Dictionary":{"name":"Advanced Cryptics Dictionary License","url":"https://ftp.gnu.org/gnu/aspell/dict/en/aspell6-en-2020.12.07-0.tar.bz2","osiApproved":false},"Ferguson-Twofish":{"name":"Ferguson Twofish License","url":"https://github.com/wernerd/ZRTPCPP/blob/6b3cd8e6783642292bad0c21e3e5e5ce45ff3e03/cryptcommon/twofish.c#L113C3-L127","osiApproved":false},"W3C-20150513":{"name":"W3C Software Notice and Document License (2015-05-13)","url":"https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document","osiApproved":true},"NCL":{"name":"NCL Source Code License","url":"https://gitlab.freedesktop.org/pipewire/pipewire/-/blob/master/src/modules/module-filter-chain/pffft.c?ref_type=heads#L1-52","osiApproved":false},"BlueOak-1.0.0":{"name":"Blue Oak Model License 1.0.0","url":"https://blueoakcouncil.org/license/1.0.0","osiApproved":true},"SMPPL":{"name":"Secure Messaging Protocol Public License","url":"https://github.com/dcblake/SMP/blob/master/Documentation/License.txt","osiApproved":false},"gSOAP-1.3b":{"name":"gSOAP Public License v1.3b","url":"http://www.cs.fsu.edu/~engelen/license.html","osiApproved":false},"Vixie-Cron":{"name":"Vixie Cron License","url":"https://github.com/vixie/cron/tree/545b3f5246824a9cda5905eeb7cf019c95e66995","osiApproved":false},"ZPL-2.0":{"name":"Zope Public License 2.0","url":"http://old.zope.org/Resources/License/ZPL-2.0","osiApproved":true},"EPL-2.0":{"name":"Eclipse Public License 2.0","url":"https://www.eclipse.org/legal/epl-2.0","osiApproved":true},"MPL-2.0-no-copyleft-exception":{"name":"Mozilla Public License 2.0 (no copyleft exception)","url":"https://www.mozilla.org/MPL/2.0/","osiApproved":true},"Brian-Gladman-2-Clause":{"name":"Brian Gladman 2-Clause License","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L140-L156","osiApproved":false},"Soundex":{"name":"Soundex License","url":"https://metacpan.org/release/RJBS/Text-Soundex-3.05/source/Soundex.pm#L3-11","osiApproved":false},"BSD-2-Clause-first-lines":{"name":"BSD 2-Clause - first lines requirement","url":"https://github.com/krb5/krb5/blob/krb5-1.21.2-final/NOTICE#L664-L690","osiApproved":false},"Bahyph":{"name":"Bahyph License","url":"https://fedoraproject.org/wiki/Licensing/Bahyph","osiApproved":false},"GPL-1.0-or-later":{"name":"GNU General Public License v1.0 or later","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"SSPL-1.0":{"name":"Server Side Public License, v 1","url":"https://www.mongodb.com/licensing/server-side-public-license","osiApproved":false},"CC-BY-NC-ND-3.0-DE":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","url":"https://creativecommons.org/licenses/by-nc-nd/3.0/de/legalcode","osiApproved":false},"HPND-Fenneberg-Livingston":{"name":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","url":"https://github.com/FreeRADIUS/freeradius-client/blob/master/COPYRIGHT#L32","osiApproved":false},"HPND-UC-export-US":{"name":"Historical Permission Notice and Disclaimer - University of California, US export warning","url":"https://github.com/RTimothyEdwards/magic/blob/master/LICENSE","osiApproved":false},"TPL-1.0":{"name":"THOR Public License 1.0","url":"https://fedoraproject.org/wiki/Licensing:ThorPublicLicense","osiApproved":false},"LPL-1.02":{"name":"Lucent Public License v1.02","url":"http://plan9.bell-labs.com/plan9/license.html","osiApproved":true},"Xerox":{"name":"Xerox License","url":"https://fedoraproject.org/wiki/Licensing/Xerox","osiApproved":false},"BSD-Attribution-HPND-disclaimer":{"name":"BSD with Attribution and HPND disclaimer","url":"https://github.com/cyrusimap/cyrus-sasl/blob/master/COPYING","osiApproved":false},"CC-BY-3.0-AT":{"name":"Creative Commons Attribution 3.0 Austria","url":"https://creativecommons.org/licenses/by/3.0/at/legalcode","osiApproved":false},"Zend-2.0":{"name":"Zend License v2.0","url":"https://web.archive.org/web/20130517195954/http://www.zend.com/license/2_00.txt","osiApproved":false},"BSD-2-Clause-FreeBSD":{"name":"BSD 2-Clause FreeBSD License","url":"http://www.freebsd.org/copyright/freebsd-license.html","osiApproved":false},"RSA-MD":{"name":"RSA Message-Digest License","url":"http://www.faqs.org/rfcs/rfc1321.html","osiApproved":false},"TCP-wrappers":{"name":"TCP Wrappers License","url":"http://rc.quest.com/topics/openssh/license.php#tcpwrappers","osiApproved":false},"Lucida-Bitmap-Fonts":{"name":"Lucida Bitmap Fonts License","url":"https://gitlab.freedesktop.org/xorg/font/bh-100dpi/-/blob/master/COPYING?ref_type=heads","osiApproved":false},"LPPL-1.2":{"name":"LaTeX Project Public License v1.2","url":"http://www.latex-project.org/lppl/lppl-1-2.txt","osiApproved":false},"HPND-sell-variant-MIT-disclaimer":{"name":"HPND sell variant with MIT disclaimer","url":"https://github.com/sigmavirus24/x11-ssh-askpass/blob/master/README","osiApproved":false},"Barr":{"name":"Barr License","url":"https://fedoraproject.org/wiki/Licensing/Barr","osiApproved":false},"CERN-OHL-W-2.0":{"name":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","url":"https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2","osiApproved":true},"CC-BY-NC-SA-2.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","url":"https://creativecommons.org/licenses/by-nc-sa/2.0/legalcode","osiApproved":false},"SGI-B-1.0":{"name":"SGI Free Software License B v1.0","url":"http://oss.sgi.com/projects/FreeB/SGIFreeSWLicB.1.0.html","osiApproved":false},"Multics":{"name":"Multics License","url":"https://opensource.org/licenses/Multics","osiApproved":true},"TekHVC":{"name":"TekHVC License","url":"https://gitlab.freedesktop.org/xorg/lib/libx11/-/blob/master/COPYING?ref_type=heads#L138-171","osiApproved":false},"GD":{"name":"GD License","url":"https://libgd.github.io/manuals/2.3.0/files/license-txt.html","osiApproved":false},"NCBI-PD":{"name":"NCBI Public Domain Notice","url":"https://github.com/ncbi/sra-tools/blob/e8e5b6af4edc460156ad9ce5902d0779cffbf685/LICENSE","osiApproved":false},"CC-BY-NC-ND-4.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","url":"https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode","osiApproved":false},"Sendmail-8.23":{"name":"Sendmail License 8.23","url":"https://www.proofpoint.com/sites/default/files/sendmail-license.pdf","osiApproved":false},"dvipdfm":{"name":"dvipdfm License","url":"https://fedoraproject.org/wiki/Licensing/dvipdfm","osiApproved":false},"GPL-3.0-with-GCC-exception":{"name":"GNU General Public License v3.0 w/GCC Runtime Library exception","url":"https://www.gnu.org/licenses/gcc-exception-3.1.html","osiApproved":true},"MIT-open-group":{"name":"MIT Open Group variant","url":"https://gitlab.freedesktop.org/xorg/app/iceauth/-/blob/master/COPYING","osiApproved":false},"LGPL-3.0+":{"name":"GNU Lesser General Public License v3.0 or later","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"GFDL-1.1-no-invariants-only":{"name":"GNU Free Documentation License v1.1 only - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"CC-BY-SA-1.0":{"name":"Creative Commons Attribution Share Alike 1.0 Generic","url":"https://creativecommons.org/licenses/by-sa/1.0/legalcode","osiApproved":false},"OLDAP-1.1":{"name":"Open LDAP Public License v1.1","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=806557a5ad59804ef3a44d5abfbe91d706b0791f","osiApproved":false},"Afmparse":{"name":"Afmparse License","url":"https://fedoraproject.org/wiki/Licensing/Afmparse","osiApproved":false},"HaskellReport":{"name":"Haskell Language Report License","url":"https://fedoraproject.org/wiki/Licensing/Haskell_Language_Report_License","osiApproved":false},"DOC":{"name":"DOC License","url":"http://www.cs.wustl.edu/~schmidt/ACE-copying.html","osiApproved":false},"LGPL-3.0-or-later":{"name":"GNU Lesser General Public License v3.0 or later","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"Baekmuk":{"name":"Baekmuk License","url":"https://fedoraproject.org/wiki/Licensing:Baekmuk?rd=Licensing/Baekmuk","osiApproved":false},"EUDatagrid":{"name":"EU DataGrid Software License","url":"http://eu-datagrid.web.cern.ch/eu-datagrid/license.html","osiApproved":true},"Condor-1.1":{"name":"Condor Public License v1.1","url":"http://research.cs.wisc.edu/condor/license.html#condor","osiApproved":false},"CDLA-Sharing-1.0":{"name":"Community Data License Agreement Sharing 1.0","url":"https://cdla.io/sharing-1-0","osiApproved":false},"WTFNMFPL":{"name":"Do What The F*ck You Want To But It\'s Not My Fault Public License","url":"https://github.com/adversary-org/wtfnmf/raw/refs/tags/1.0/COPYING.WTFNMFPL","osiApproved":false},"X11-swapped":{"name":"X11 swapped final paragraphs","url":"https://github.com/fedeinthemix/chez-srfi/blob/master/srfi/LICENSE","osiApproved":false},"CC-BY-ND-3.0-DE":{"name":"Creative Commons Attribution No Derivatives 3.0 Germany","url":"https://creativecommons.org/licenses/by-nd/3.0/de/legalcode","osiApproved":false},"RSCPL":{"name":"Ricoh Source Code Public License","url":"http://wayback.archive.org/web/20060715140826/http://www.risource.org/RPL/RPL-1.0A.shtml","osiApproved":true},"DocBook-XML":{"name":"DocBook XML License","url":"https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/COPYING#L27","osiApproved":false},"GLWTPL":{"name":"Good Luck With That Public License","url":"https://github.com/me-shaon/GLWTPL/commit/da5f6bc734095efbacb442c0b31e33a65b9d6e85","osiApproved":false},"CC-PDDC":{"name":"Creative Commons Public Domain Dedication and Certification","url":"https://creativecommons.org/licenses/publicdomain/","osiApproved":false},"BSD-3-Clause-Attribution":{"name":"BSD with attribution","url":"https://fedoraproject.org/wiki/Licensing/BSD_with_Attribution","osiApproved":false},"Sleepycat":{"name":"Sleepycat License","url":"https://opensource.org/licenses/Sleepycat","osiApproved":true},"DRL-1.0":{"name":"Detection Rule License 1.0","url":"https://github.com/Neo23x0/sigma/blob/master/LICENSE.Detection.Rules.md","osiApproved":false},"JPNIC":{"name":"Japan Network Information Center License","url":"https://gitlab.isc.org/isc-projects/bind9/blob/master/COPYRIGHT#L366","osiApproved":false},"BSD-3-Clause-Clear":{"name":"BSD 3-Clause Clear License","url":"http://labs.metacarta.com/license-explanation.html#license","osiApproved":false},"Boehm-GC-without-fee":{"name":"Boehm-Demers-Weiser GC License (without fee)","url":"https://github.com/MariaDB/server/blob/11.6/libmysqld/lib_sql.cc","osiApproved":false},"APSL-1.2":{"name":"Apple Public Source License 1.2","url":"http://www.samurajdata.se/opensource/mirror/licenses/apsl.php","osiApproved":true},"MPEG-SSG":{"name":"MPEG Software Simulation","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/converter/ppm/ppmtompeg/jrevdct.c#l1189","osiApproved":false},"BSD-Inferno-Nettverk":{"name":"BSD-Inferno-Nettverk","url":"https://www.inet.no/dante/LICENSE","osiApproved":false},"Dotseqn":{"name":"Dotseqn License","url":"https://fedoraproject.org/wiki/Licensing/Dotseqn","osiApproved":false},"CPL-1.0":{"name":"Common Public License 1.0","url":"https://opensource.org/licenses/CPL-1.0","osiApproved":true},"HP-1986":{"name":"Hewlett-Packard 1986 License","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/machine/hppa/memchr.S;h=1cca3e5e8867aa4bffef1f75a5c1bba25c0c441e;hb=HEAD#l2","osiApproved":false},"CC-BY-NC-3.0":{"name":"Creative Commons Attribution Non Commercial 3.0 Unported","url":"https://creativecommons.org/licenses/by-nc/3.0/legalcode","osiApproved":false},"GFDL-1.1-invariants-only":{"name":"GNU Free Documentation License v1.1 only - invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"TPDL":{"name":"Time::ParseDate License","url":"https://metacpan.org/pod/Time::ParseDate#LICENSE","osiApproved":false},"APSL-1.1":{"name":"Apple Public Source License 1.1","url":"http://www.opensource.apple.com/source/IOSerialFamily/IOSerialFamily-7/APPLE_LICENSE","osiApproved":true},"BSL-1.0":{"name":"Boost Software License 1.0","url":"http://www.boost.org/LICENSE_1_0.txt","osiApproved":true},"xkeyboard-config-Zinoviev":{"name":"xkeyboard-config Zinoviev License","url":"https://gitlab.freedesktop.org/xkeyboard-config/xkeyboard-config/-/blob/master/COPYING?ref_type=heads#L178","osiApproved":false},"XSkat":{"name":"XSkat License","url":"https://fedoraproject.org/wiki/Licensing/XSkat_License","osiApproved":false},"PADL":{"name":"PADL License","url":"https://git.openldap.org/openldap/openldap/-/blob/master/libraries/libldap/os-local.c?ref_type=heads#L19-23","osiApproved":false},"FDK-AAC":{"name":"Fraunhofer FDK AAC Codec Library","url":"https://fedoraproject.org/wiki/Licensing/FDK-AAC","osiApproved":false},"CPOL-1.02":{"name":"Code Project Open License 1.02","url":"http://www.codeproject.com/info/cpol10.aspx","osiApproved":false},"MIT-Khronos-old":{"name":"MIT Khronos - old variant","url":"https://github.com/KhronosGroup/SPIRV-Cross/blob/main/LICENSES/LicenseRef-KhronosFreeUse.txt","osiApproved":false},"bzip2-1.0.5":{"name":"bzip2 and libbzip2 License v1.0.5","url":"https://sourceware.org/bzip2/1.0.5/bzip2-manual-1.0.5.html","osiApproved":false},"bzip2-1.0.6":{"name":"bzip2 and libbzip2 License v1.0.6","url":"https://sourceware.org/git/?p=bzip2.git;a=blob;f=LICENSE;hb=bzip2-1.0.6","osiApproved":false},"CC-BY-NC-ND-3.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","url":"https://creativecommons.org/licenses/by-nc-nd/3.0/legalcode","osiApproved":false},"BSD-3-Clause-No-Nuclear-Warranty":{"name":"BSD 3-Clause No Nuclear Warranty","url":"https://jogamp.org/git/?p=gluegen.git;a=blob_plain;f=LICENSE.txt","osiApproved":false},"O-UDA-1.0":{"name":"Open Use of Data Agreement v1.0","url":"https://github.com/microsoft/Open-Use-of-Data-Agreement/blob/v1.0/O-UDA-1.0.md","osiApproved":false},"ZPL-2.1":{"name":"Zope Public License 2.1","url":"http://old.zope.org/Resources/ZPL/","osiApproved":true},"Spencer-94":{"name":"Spencer License 94","url":"https://fedoraproject.org/wiki/Licensing/Henry_Spencer_Reg-Ex_Library_License","osiApproved":false},"Artistic-dist":{"name":"Artistic License 1.0 (dist)","url":"https://github.com/pexip/os-perl/blob/833cf4c86cc465ccfc627ff16db67e783156a248/debian/copyright#L2720-L2845","osiApproved":false},"BOLA-1.1":{"name":"Buena Onda License Agreement v1.1","url":"https://blitiri.com.ar/p/bola/","osiApproved":false},"OLDAP-1.3":{"name":"Open LDAP Public License v1.3","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=e5f8117f0ce088d0bd7a8e18ddf37eaa40eb09b1","osiApproved":false},"Zed":{"name":"Zed License","url":"https://fedoraproject.org/wiki/Licensing/Zed","osiApproved":false},"MIT-enna":{"name":"enna License","url":"https://fedoraproject.org/wiki/Licensing/MIT#enna","osiApproved":false},"ASWF-Digital-Assets-1.1":{"name":"ASWF Digital Assets License 1.1","url":"https://github.com/AcademySoftwareFoundation/foundation/blob/main/digital_assets/aswf_digital_assets_license_v1.1.txt","osiApproved":false},"Linux-man-pages-copyleft-2-para":{"name":"Linux man-pages Copyleft - 2 paragraphs","url":"https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/move_pages.2#n5","osiApproved":false},"RHeCos-1.1":{"name":"Red Hat eCos Public License v1.1","url":"http://ecos.sourceware.org/old-license.html","osiApproved":false},"radvd":{"name":"radvd License","url":"https://github.com/radvd-project/radvd/blob/master/COPYRIGHT","osiApproved":false},"cve-tou":{"name":"Common Vulnerability Enumeration ToU License","url":"https://www.cve.org/Legal/TermsOfUse","osiApproved":false},"AML":{"name":"Apple MIT License","url":"https://fedoraproject.org/wiki/Licensing/Apple_MIT_License","osiApproved":false},"SOFA":{"name":"SOFA Software License","url":"http://www.iausofa.org/tandc.html","osiApproved":false},"blessing":{"name":"SQLite Blessing","url":"https://www.sqlite.org/src/artifact/e33a4df7e32d742a?ln=4-9","osiApproved":false},"EUPL-1.1":{"name":"European Union Public License 1.1","url":"https://joinup.ec.europa.eu/software/page/eupl/licence-eupl","osiApproved":true},"CERN-OHL-S-2.0":{"name":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","url":"https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2","osiApproved":true},"CC-BY-SA-2.0":{"name":"Creative Commons Attribution Share Alike 2.0 Generic","url":"https://creativecommons.org/licenses/by-sa/2.0/legalcode","osiApproved":false},"CAPEC-tou":{"name":"Common Attack    Pattern Enumeration and Classification License","url":"https://capec.mitre.org/about/termsofuse.html","osiApproved":false},"CUA-OPL-1.0":{"name":"CUA Office Public License v1.0","url":"https://opensource.org/licenses/CUA-OPL-1.0","osiApproved":true},"PolyForm-Noncommercial-1.0.0":{"name":"PolyForm Noncommercial License 1.0.0","url":"https://polyformproject.org/licenses/noncommercial/1.0.0","osiApproved":false},"XFree86-1.1":{"name":"XFree86 License 1.1","url":"http://www.xfree86.org/current/LICENSE4.html","osiApproved":false},"ParaType-Free-Font-1.3":{"name":"ParaType Free Font Licensing Agreement v1.3","url":"https://web.archive.org/web/20161209023955/http://www.paratype.ru/public/pt_openlicense_eng.asp","osiApproved":false},"OGDL-Taiwan-1.0":{"name":"Taiwan Open Government Data License, version 1.0","url":"https://data.gov.tw/license","osiApproved":false},"ODbL-1.0":{"name":"Open Data Commons Open Database License v1.0","url":"http://www.opendatacommons.org/licenses/odbl/1.0/","osiApproved":false},"SPL-1.0":{"name":"Sun Public License v1.0","url":"https://opensource.org/licenses/SPL-1.0","osiApproved":true},"Linux-man-pages-copyleft-var":{"name":"Linux man-pages Copyleft Variant","url":"https://git.kernel.org/pub/scm/docs/man-pages/man-pages.git/tree/man2/set_mempolicy.2#n5","osiApproved":false},"Widget-Workshop":{"name":"Widget Workshop License","url":"https://github.com/novnc/noVNC/blob/master/core/crypto/des.js#L24","osiApproved":false},"Artistic-2.0":{"name":"Artistic License 2.0","url":"http://www.perlfoundation.org/artistic_license_2_0","osiApproved":true},"LiLiQ-R-1.1":{"name":"Licence Libre du Qu\u00e9bec \u2013 R\u00e9ciprocit\u00e9 version 1.1","url":"https://www.forge.gouv.qc.ca/participez/licence-logicielle/licence-libre-du-quebec-liliq-en-francais/licence-libre-du-quebec-reciprocite-liliq-r-v1-1/","osiApproved":true},"Parity-7.0.0":{"name":"The Parity Public License 7.0.0","url":"https://paritylicense.com/versions/7.0.0.html","osiApproved":false},"xinetd":{"name":"xinetd License","url":"https://fedoraproject.org/wiki/Licensing/Xinetd_License","osiApproved":false},"AGPL-1.0":{"name":"Affero General Public License v1.0","url":"http://www.affero.org/oagpl.html","osiApproved":false},"NPL-1.1":{"name":"Netscape Public License v1.1","url":"http://www.mozilla.org/MPL/NPL/1.1/","osiApproved":false},"Gutmann":{"name":"Gutmann License","url":"https://www.cs.auckland.ac.nz/~pgut001/dumpasn1.c","osiApproved":false},"CC-BY-NC-ND-2.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","url":"https://creativecommons.org/licenses/by-nc-nd/2.0/legalcode","osiApproved":false},"Linux-OpenIB":{"name":"Linux Kernel Variant of OpenIB.org license","url":"https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/infiniband/core/sa.h","osiApproved":false},"CC-BY-4.0":{"name":"Creative Commons Attribution 4.0 International","url":"https://creativecommons.org/licenses/by/4.0/legalcode","osiApproved":false},"SGMLUG-PM":{"name":"SGMLUG Parser Materials License","url":"https://gitweb.gentoo.org/repo/gentoo.git/tree/licenses/SGMLUG?id=7d999af4a47bf55e53e54713d98d145f935935c1","osiApproved":false},"Pixar":{"name":"Pixar License","url":"https://github.com/PixarAnimationStudios/OpenSubdiv/raw/v3_5_0/LICENSE.txt","osiApproved":false},"DocBook-Stylesheet":{"name":"DocBook Stylesheet License","url":"http://www.docbook.org/xml/5.0/docbook-5.0.zip","osiApproved":false},"IJG-short":{"name":"Independent JPEG Group License - short","url":"https://sourceforge.net/p/xmedcon/code/ci/master/tree/libs/ljpg/","osiApproved":false},"AMDPLPA":{"name":"AMD\'s plpa_map.c License","url":"https://fedoraproject.org/wiki/Licensing/AMD_plpa_map_License","osiApproved":false},"CERN-OHL-P-2.0":{"name":"CERN Open Hardware Licence Version 2 - Permissive","url":"https://www.ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2","osiApproved":true},"GFDL-1.3-no-invariants-only":{"name":"GNU Free Documentation License v1.3 only - no invariants","url":"https://www.gnu.org/licenses/fdl-1.3.txt","osiApproved":false},"SCEA":{"name":"SCEA Shared Source License","url":"http://research.scea.com/scea_shared_source_license.html","osiApproved":false},"OGTSL":{"name":"Open Group Test Suite License","url":"http://www.opengroup.org/testing/downloads/The_Open_Group_TSL.txt","osiApproved":true},"BSD-3-Clause-Tso":{"name":"BSD 3-Clause Tso variant","url":"https://www.x.org/archive/current/doc/xorg-docs/License.html#Theodore_Tso","osiApproved":false},"MIT-testregex":{"name":"MIT testregex Variant","url":"https://github.com/dotnet/runtime/blob/55e1ac7c07df62c4108d4acedf78f77574470ce5/src/libraries/System.Text.RegularExpressions/tests/FunctionalTests/AttRegexTests.cs#L12-L28","osiApproved":false},"SL":{"name":"SL License","url":"https://github.com/mtoyoda/sl/blob/master/LICENSE","osiApproved":false},"GFDL-1.1-no-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - no invariants","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.1.txt","osiApproved":false},"HPND-Pbmplus":{"name":"Historical Permission Notice and Disclaimer - Pbmplus variant","url":"https://sourceforge.net/p/netpbm/code/HEAD/tree/super_stable/netpbm.c#l8","osiApproved":false},"Imlib2":{"name":"Imlib2 License","url":"http://trac.enlightenment.org/e/browser/trunk/imlib2/COPYING","osiApproved":false},"UCAR":{"name":"UCAR License","url":"https://github.com/Unidata/UDUNITS-2/blob/master/COPYRIGHT","osiApproved":false},"Naumen":{"name":"Naumen Public License","url":"https://opensource.org/licenses/Naumen","osiApproved":true},"Unicode-TOU":{"name":"Unicode Terms of Use","url":"http://web.archive.org/web/20140704074106/http://www.unicode.org/copyright.html","osiApproved":false},"lsof":{"name":"lsof License","url":"https://github.com/lsof-org/lsof/blob/master/COPYING","osiApproved":false},"AGPL-1.0-only":{"name":"Affero General Public License v1.0 only","url":"http://www.affero.org/oagpl.html","osiApproved":false},"TrustedQSL":{"name":"TrustedQSL License","url":"https://sourceforge.net/p/trustedqsl/tqsl/ci/master/tree/LICENSE.txt","osiApproved":false},"CDDL-1.1":{"name":"Common Development and Distribution License 1.1","url":"http://glassfish.java.net/public/CDDL+GPL_1_1.html","osiApproved":false},"OLDAP-2.2":{"name":"Open LDAP Public License v2.2","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=470b0c18ec67621c85881b2733057fecf4a1acc3","osiApproved":false},"Zlib":{"name":"zlib License","url":"http://www.zlib.net/zlib_license.html","osiApproved":true},"JasPer-2.0":{"name":"JasPer License","url":"http://www.ece.uvic.ca/~mdadams/jasper/LICENSE","osiApproved":false},"GPL-3.0-with-autoconf-exception":{"name":"GNU General Public License v3.0 w/Autoconf exception","url":"https://www.gnu.org/licenses/autoconf-exception-3.0.html","osiApproved":false},"NLOD-1.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 1.0","url":"http://data.norge.no/nlod/en/1.0","osiApproved":false},"HPND-sell-regexpr":{"name":"Historical Permission Notice and Disclaimer - sell regexpr variant","url":"https://gitlab.com/bacula-org/bacula/-/blob/Branch-11.0/bacula/LICENSE-FOSS?ref_type=heads#L245","osiApproved":false},"PPL":{"name":"Peer Production License","url":"https://wiki.p2pfoundation.net/Peer_Production_License","osiApproved":false},"SGI-B-1.1":{"name":"SGI Free Software License B v1.1","url":"http://oss.sgi.com/projects/FreeB/","osiApproved":false},"GFDL-1.2-or-later":{"name":"GNU Free Documentation License v1.2 or later","url":"https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt","osiApproved":false},"Graphics-Gems":{"name":"Graphics Gems License","url":"https://github.com/erich666/GraphicsGems/blob/master/LICENSE.md","osiApproved":false},"OSL-1.0":{"name":"Open Software License 1.0","url":"https://opensource.org/licenses/OSL-1.0","osiApproved":true},"Sendmail":{"name":"Sendmail License","url":"http://www.sendmail.com/pdfs/open_source/sendmail_license.pdf","osiApproved":false},"Kastrup":{"name":"Kastrup License","url":"https://ctan.math.utah.edu/ctan/tex-archive/macros/generic/kastrup/binhex.dtx","osiApproved":false},"OSL-2.0":{"name":"Open Software License 2.0","url":"http://web.archive.org/web/20041020171434/http://www.rosenlaw.com/osl2.0.html","osiApproved":true},"StandardML-NJ":{"name":"Standard ML of New Jersey License","url":"https://www.smlnj.org/license.html","osiApproved":false},"Ruby-pty":{"name":"Ruby pty extension license","url":"https://github.com/ruby/ruby/blob/9f6deaa6888a423720b4b127b5314f0ad26cc2e6/ext/pty/pty.c#L775-L786","osiApproved":false},"LPPL-1.3c":{"name":"LaTeX Project Public License v1.3c","url":"http://www.latex-project.org/lppl/lppl-1-3c.txt","osiApproved":true},"Bitstream-Vera":{"name":"Bitstream Vera Font License","url":"https://web.archive.org/web/20080207013128/http://www.gnome.org/fonts/","osiApproved":false},"CC-SA-1.0":{"name":"Creative Commons Share Alike 1.0 Generic","url":"https://creativecommons.org/licenses/sa/1.0/legalcode","osiApproved":false},"NetCDF":{"name":"NetCDF license","url":"http://www.unidata.ucar.edu/software/netcdf/copyright.html","osiApproved":false},"Apache-1.0":{"name":"Apache License 1.0","url":"http://www.apache.org/licenses/LICENSE-1.0","osiApproved":false},"Watcom-1.0":{"name":"Sybase Open Watcom Public License 1.0","url":"https://opensource.org/licenses/Watcom-1.0","osiApproved":true},"HPND-sell-variant-critical-systems":{"name":"HPND - sell variant with safety critical systems clause","url":"https://gitlab.freedesktop.org/xorg/driver/xf86-video-voodoo/-/blob/68a5b6d98ae34749cca889f4373b4043d00bfe6a/src/voodoo_dga.c#L12-33","osiApproved":false},"threeparttable":{"name":"threeparttable License","url":"https://fedoraproject.org/wiki/Licensing/Threeparttable","osiApproved":false},"AGPL-3.0-only":{"name":"GNU Affero General Public License v3.0 only","url":"https://www.gnu.org/licenses/agpl.txt","osiApproved":true},"eGenix":{"name":"eGenix.com Public License 1.1.0","url":"http://www.egenix.com/products/eGenix.com-Public-License-1.1.0.pdf","osiApproved":false},"OpenMDW-1.0":{"name":"OpenMDW License Agreement v1.0","url":"https://raw.githubusercontent.com/OpenMDW/OpenMDW/refs/heads/main/1.0/LICENSE.openmdw","osiApproved":false},"Furuseth":{"name":"Furuseth License","url":"https://git.openldap.org/openldap/openldap/-/blob/master/COPYRIGHT?ref_type=heads#L39-51","osiApproved":false},"OLDAP-2.0":{"name":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=cbf50f4e1185a21abd4c0a54d3f4341fe28f36ea","osiApproved":false},"ErlPL-1.1":{"name":"Erlang Public License v1.1","url":"http://www.erlang.org/EPLICENSE","osiApproved":false},"CFITSIO":{"name":"CFITSIO License","url":"https://heasarc.gsfc.nasa.gov/docs/software/fitsio/c/f_user/node9.html","osiApproved":false},"APSL-1.0":{"name":"Apple Public Source License 1.0","url":"https://fedoraproject.org/wiki/Licensing/Apple_Public_Source_License_1.0","osiApproved":true},"OLDAP-2.3":{"name":"Open LDAP Public License v2.3","url":"http://www.openldap.org/devel/gitweb.cgi?p=openldap.git;a=blob;f=LICENSE;hb=d32cf54a32d581ab475d23c810b0a7fbaf8d63c3","osiApproved":false},"NAIST-2003":{"name":"Nara Institute of Science and Technology License (2003)","url":"https://enterprise.dejacode.com/licenses/public/naist-2003/#license-text","osiApproved":false},"CC-BY-2.0":{"name":"Creative Commons Attribution 2.0 Generic","url":"https://creativecommons.org/licenses/by/2.0/legalcode","osiApproved":false},"Nunit":{"name":"Nunit License","url":"https://fedoraproject.org/wiki/Licensing/Nunit","osiApproved":false},"HPND-UC":{"name":"Historical Permission Notice and Disclaimer - University of California variant","url":"https://core.tcl-lang.org/tk/file?name=compat/unistd.h","osiApproved":false},"Aladdin":{"name":"Aladdin Free Public License","url":"http://pages.cs.wisc.edu/~ghost/doc/AFPL/6.01/Public.htm","osiApproved":false},"CC-BY-NC-1.0":{"name":"Creative Commons Attribution Non Commercial 1.0 Generic","url":"https://creativecommons.org/licenses/by-nc/1.0/legalcode","osiApproved":false},"DocBook-Schema":{"name":"DocBook Schema License","url":"https://github.com/docbook/xslt10-stylesheets/blob/efd62655c11cc8773708df7a843613fa1e932bf8/xsl/assembly/schema/docbook51b7.rnc","osiApproved":false},"PDDL-1.0":{"name":"Open Data Commons Public Domain Dedication & License 1.0","url":"http://opendatacommons.org/licenses/pddl/1.0/","osiApproved":false},"CryptoSwift":{"name":"CryptoSwift License","url":"https://github.com/krzyzanowskim/CryptoSwift/blob/main/LICENSE","osiApproved":false},"X11-distribute-modifications-variant":{"name":"X11 License Distribution Modification Variant","url":"https://github.com/mirror/ncurses/blob/master/COPYING","osiApproved":false},"GPL-2.0-with-autoconf-exception":{"name":"GNU General Public License v2.0 w/Autoconf exception","url":"http://ac-archive.sourceforge.net/doc/copyright.html","osiApproved":false},"BSD-2-Clause-NetBSD":{"name":"BSD 2-Clause NetBSD License","url":"http://www.netbsd.org/about/redistribution.html#default","osiApproved":false},"MulanPSL-2.0":{"name":"Mulan Permissive Software License, Version 2","url":"https://license.coscl.org.cn/MulanPSL2","osiApproved":true},"CC-BY-3.0-US":{"name":"Creative Commons Attribution 3.0 United States","url":"https://creativecommons.org/licenses/by/3.0/us/legalcode","osiApproved":false},"HPND-export-US":{"name":"HPND with US Government export control warning","url":"https://www.kermitproject.org/ck90.html#source","osiApproved":false},"DRL-1.1":{"name":"Detection Rule License 1.1","url":"https://github.com/SigmaHQ/Detection-Rule-License/blob/6ec7fbde6101d101b5b5d1fcb8f9b69fbc76c04a/LICENSE.Detection.Rules.md","osiApproved":false},"GPL-1.0":{"name":"GNU General Public License v1.0 only","url":"https://www.gnu.org/licenses/old-licenses/gpl-1.0-standalone.html","osiApproved":false},"CECILL-2.0":{"name":"CeCILL Free Software License Agreement v2.0","url":"http://www.cecill.info/licences/Licence_CeCILL_V2-en.html","osiApproved":false},"OLDAP-2.8":{"name":"Open LDAP Public License v2.8","url":"http://www.openldap.org/software/release/license.html","osiApproved":true},"HPND-merchantability-variant":{"name":"Historical Permission Notice and Disclaimer - merchantability variant","url":"https://sourceware.org/git/?p=newlib-cygwin.git;a=blob;f=newlib/libc/misc/fini.c;hb=HEAD","osiApproved":false},"Glide":{"name":"3dfx Glide License","url":"http://www.users.on.net/~triforce/glidexp/COPYING.txt","osiApproved":false},"PostgreSQL":{"name":"PostgreSQL License","url":"http://www.postgresql.org/about/licence","osiApproved":true},"BSD-1-Clause":{"name":"BSD 1-Clause License","url":"https://svnweb.freebsd.org/base/head/include/ifaddrs.h?revision=326823","osiApproved":true},"Sendmail-Open-Source-1.1":{"name":"Sendmail Open Source License v1.1","url":"https://github.com/trusteddomainproject/OpenDMARC/blob/master/LICENSE.Sendmail","osiApproved":false},"Crossword":{"name":"Crossword License","url":"https://fedoraproject.org/wiki/Licensing/Crossword","osiApproved":false},"NASA-1.3":{"name":"NASA Open Source Agreement 1.3","url":"http://ti.arc.nasa.gov/opensource/nosa/","osiApproved":true},"BSD-Source-beginning-file":{"name":"BSD Source Code Attribution - beginning of file variant","url":"https://github.com/lattera/freebsd/blob/master/sys/cam/cam.c#L4","osiApproved":false},"Mup":{"name":"Mup License","url":"https://fedoraproject.org/wiki/Licensing/Mup","osiApproved":false},"MIT-feh":{"name":"feh License","url":"https://fedoraproject.org/wiki/Licensing/MIT#feh","osiApproved":false},"LGPL-3.0-only":{"name":"GNU Lesser General Public License v3.0 only","url":"https://www.gnu.org/licenses/lgpl-3.0-standalone.html","osiApproved":true},"man2html":{"name":"man2html License","url":"http://primates.ximian.com/~flucifredi/man/man-1.6g.tar.gz","osiApproved":false}}');

/***/ }),

/***/ 9344:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('[["AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0"],["AGPL-1.0",["AGPL-3.0","AGPL-3.0-only"]],["Apache-1.0","Apache-1.1","Apache-2.0"],["APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0"],["Artistic-1.0","Artistic-2.0"],["BitTorrent-1.0","BitTorrent-1.1"],["CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-3.0","CC-BY-4.0"],["CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-4.0"],["CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-4.0"],["CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-4.0"],["CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-4.0"],["CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-4.0"],["CDDL-1.0","CDDL-1.1"],["CECILL-1.0","CECILL-1.1","CECILL-2.0"],["ECL-1.0","ECL-2.0"],["EFL-1.0","EFL-2.0"],["EPL-1.0","EPL-2.0"],["EUPL-1.0","EUPL-1.1"],[["GFDL-1.1","GFDL-1.1-only"],["GFDL-1.2","GFDL-1.2-only"],["GFDL-1.1-or-later","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-only","GFDL-1.3-or-later"]],[["GPL-1.0","GPL-1.0-only"],["GPL-2.0","GPL-2.0-only"],["GPL-1.0-or-later","GPL-2.0-or-later","GPL-3.0","GPL-3.0-only","GPL-3.0-or-later"]],[["LGPL-2.0","LGPL-2.0-only"],["LGPL-2.1","LGPL-2.1-only"],["LGPL-2.0-or-later","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0-only","LGPL-3.0-or-later"]],["LPL-1.0","LPL-1.02"],["LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c"],["MPL-1.0","MPL-1.1","MPL-2.0"],["MPL-1.0","MPL-1.1","MPL-2.0-no-copyleft-exception"],["NPL-1.0","NPL-1.1"],["OFL-1.0","OFL-1.1"],["OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8"],["OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0"],["PHP-3.0","PHP-3.01"],["RPL-1.1","RPL-1.5"],["SGI-B-1.0","SGI-B-1.1","SGI-B-2.0"],["YPL-1.0","YPL-1.1"],["ZPL-1.1","ZPL-2.0","ZPL-2.1"],["Zimbra-1.3","Zimbra-1.4"],["bzip2-1.0.5","bzip2-1.0.6"]]');

/***/ })

};
;