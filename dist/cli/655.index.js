"use strict";
exports.id = 655;
exports.ids = [655];
exports.modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ escapeLocation),
/* harmony export */   F0: () => (/* binding */ sanitizeForLog),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   iu: () => (/* binding */ escapeShort),
/* harmony export */   jM: () => (/* binding */ shortenMiddle),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   tW: () => (/* binding */ neutralizeWorkflowCommands)
/* harmony export */ });
/* unused harmony exports UNSAFE_CHARS, oneLine */
// Everything taken from a repository passes through here before it reaches Markdown: no raw
// HTML, no @mentions that notify, no issue references that cross-link, no links or images, no
// breaking out of tables, code spans or <details>, no bidirectional overrides that reorder what
// follows. The result is inert text that renders as the characters it contains.
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '`': '&#96;',
    '|': '&#124;'
};
/**
 * C0 and C1 control characters (but tab and newlines, handled by the callers), and the Unicode
 * bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): an RLO in a model's name
 * would otherwise reverse the rest of a table row or a terminal line ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Drops control and bidi-override characters and folds line breaks (and tabs) into spaces. */
function oneLine(value) {
    return String(value ?? '')
        .replace(UNSAFE_CHARS, '')
        .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ');
}
/**
 * Breaks what GitHub would turn into a link on its own: bare URLs ("https://\u2026", "www.host") and
 * "GH-12" issue references, with a zero-width space that readers do not see. (Mentions and "#12"
 * are broken by the character loops below.) Runs on already escaped text; the patterns are fixed
 * strings, so the scan is linear.
 */
function breakAutolinks(escaped) {
    if (!/https?:|www\.|gh-\d/i.test(escaped))
        return escaped;
    return escaped
        .replace(/\b(https?)(:\/\/)/gi, '$1&#8203;$2')
        .replace(/\b(www)(\.)/gi, '$1&#8203;$2')
        .replace(/\b(gh)-(\d)/gi, '$1-&#8203;$2');
}
/** Inline text: one line, safe in a paragraph, a list item or a table cell. */
function escapeMarkdown(value) {
    const s = oneLine(value);
    let out = '';
    const chars = [...s];
    for (const [i, ch] of chars.entries()) {
        if (ch in ENTITY)
            out += ENTITY[ch];
        else if ('\\*_[]!~'.includes(ch))
            out += '\\' + ch;
        // A zero-width space after @ keeps @user and @org/team from notifying anyone, and one after
        // # keeps #123 (and owner/repo#123) from cross-referencing an issue.
        else if (ch === '@' || (ch === '#' && /\d/.test(chars[i + 1] ?? '')))
            out += ch + '&#8203;';
        else
            out += ch;
    }
    return breakAutolinks(out);
}
let segmenter;
/**
 * Text inside an HTML block (a `<summary>` line), where Markdown escapes would show their
 * backslashes: entities only, mentions and issue references broken the same way.
 */
function escapeHtml(value) {
    let out = '';
    const chars = [...oneLine(value)];
    for (const [i, ch] of chars.entries()) {
        if (ch in ENTITY)
            out += ENTITY[ch];
        else if (ch === "'")
            out += '&#39;';
        else if (ch === '@' || (ch === '#' && /\d/.test(chars[i + 1] ?? '')))
            out += ch + '&#8203;';
        else
            out += ch;
    }
    return breakAutolinks(out);
}
/**
 * One line for a log or a terminal, from text a repository controls: ANSI escape sequences (CSI,
 * OSC and two-character ones, in their 7-bit and 8-bit forms) removed whole, then every other C0
 * and C1 control character and every bidirectional control (marks, embeddings, overrides,
 * isolates); line breaks and tabs become spaces. One forward pass.
 */
function sanitizeForLog(value) {
    const s = String(value ?? '');
    let out = '';
    let run = 0;
    let i = 0;
    const drop = (to) => {
        out += s.slice(run, i);
        i = to;
        run = to;
    };
    while (i < s.length) {
        const c = s.charCodeAt(i);
        if (c === 0x1b || c === 0x9b || c === 0x9d) {
            let j = i + 1;
            const kind = c === 0x1b ? s[j] : c === 0x9b ? '[' : ']';
            if (c === 0x1b)
                j++;
            if (kind === '[') {
                // CSI: parameter and intermediate bytes, then one final byte
                while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x3f)
                    j++;
                if (j < s.length && s.charCodeAt(j) >= 0x40 && s.charCodeAt(j) <= 0x7e)
                    j++;
            }
            else if (kind === ']') {
                // OSC: up to BEL or ST (ESC \ or 0x9c)
                while (j < s.length &&
                    s.charCodeAt(j) !== 0x07 &&
                    s.charCodeAt(j) !== 0x9c &&
                    !(s.charCodeAt(j) === 0x1b && s[j + 1] === '\\'))
                    j++;
                if (s.charCodeAt(j) === 0x1b)
                    j += 2;
                else if (j < s.length)
                    j++;
            }
            drop(Math.min(j, s.length));
            continue;
        }
        if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2028 || c === 0x2029) {
            drop(i + 1);
            out += ' ';
            continue;
        }
        if (c < 0x20 ||
            (c >= 0x7f && c <= 0x9f) ||
            c === 0x061c ||
            c === 0x200e ||
            c === 0x200f ||
            (c >= 0x202a && c <= 0x202e) ||
            (c >= 0x2066 && c <= 0x2069)) {
            drop(i + 1);
            continue;
        }
        i++;
    }
    return out + s.slice(run);
}
/**
 * Text printed where GitHub Actions reads workflow commands: no line may start with "::" (a
 * repository could otherwise print "::error \u2026", "::add-mask::" or "::stop-commands::"). Such a
 * line gets a space between its first two colons.
 */
function neutralizeWorkflowCommands(text) {
    if (!text.includes('::'))
        return text;
    return text
        .split('\n')
        .map(line => {
        const lead = line.length - line.trimStart().length;
        return line.startsWith('::', lead) ? `${line.slice(0, lead)}: ${line.slice(lead + 1)}` : line;
    })
        .join('\n');
}
/** Cuts to at most max user-perceived characters (never inside an emoji or a combining sequence). */
function shorten(value, max) {
    const s = String(value ?? '');
    if (s.length <= max)
        return s;
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const kept = [];
    for (const { segment } of segmenter.segment(s)) {
        if (kept.length === max)
            return kept.slice(0, max - 1).join('') + '\u2026';
        kept.push(segment);
    }
    return s;
}
/** Shortens in the middle (keeping the file name of a long path visible). */
function shortenMiddle(value, max) {
    const chars = [...value];
    if (chars.length <= max)
        return value;
    const tail = Math.ceil((max - 1) / 2);
    return chars.slice(0, max - 1 - tail).join('') + '\u2026' + chars.slice(chars.length - tail).join('');
}
/** Shortens to at most max characters (on a character boundary), then escapes. */
function escapeShort(value, max = 200) {
    return escapeMarkdown(shorten(oneLine(value), max));
}
/** A file path with an optional line, e.g. LICENSE:12, shortened when very long, escaped. */
function escapeLocation(file, line) {
    if (!file)
        return '';
    const f = shortenMiddle(oneLine(file), 120);
    return escapeMarkdown(line ? `${f}:${line}` : f);
}
/**
 * Makes a URL safe inside a Markdown link's parentheses, or returns undefined when it is not an
 * http(s) URL: spaces, parentheses, angle brackets, quotes, backticks and pipes are percent-encoded.
 */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s/]/i.test(url))
        return undefined;
    const encode = (part, extra) => part.replace(extra, ch => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    const clean = oneLine(url);
    const slash = clean.indexOf('/', clean.indexOf('//') + 2);
    const origin = slash < 0 ? clean : clean.slice(0, slash);
    const rest = slash < 0 ? '' : clean.slice(slash);
    // In the path an @ is encoded too: nothing there should read as a mention.
    return encode(origin, /[\s()<>"'`|\\[\]]/g) + encode(rest, /[\s()<>"'`|\\[\]@]/g);
}


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SL: () => (/* binding */ pathInModel),
/* harmony export */   _L: () => (/* binding */ groupClauses),
/* harmony export */   _y: () => (/* binding */ groupRequirements),
/* harmony export */   dQ: () => (/* binding */ findingCount),
/* harmony export */   kG: () => (/* binding */ groupFindings)
/* harmony export */ });
/* harmony import */ var _text_trim_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3675);
// Report-level grouping for readers (text and Markdown): findings that share a cause are shown once.
// - The same rule, message and quote at the same line of the same file \u2014 or of the same-named file
//   in each model's folder (six folders each holding one licence text) \u2014 is one group that lists
//   every place and model.
// - A model's failing OSAID requirements (osaid/* findings, whose reasons the OSAID table already
//   gives) become one entry per model that names them.
// The JSON report keeps every finding per model; this only changes how they are shown.

/**
 * How many findings the groups stand for: one per place, and for a merged OSAID entry one per
 * requirement at each place, so that counts agree with the totals of the report.
 */
function findingCount(groups) {
    return groups.reduce((n, g) => n + g.places.length * g.rules.length, 0);
}
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
/** The path inside the model's folder when the file is in it, else the path itself. */
function pathInModel(file, model) {
    if (!model || !model.path || model.path === '.')
        return file;
    const prefix = (0,_text_trim_js__WEBPACK_IMPORTED_MODULE_0__/* .trimEndChars */ .vU)(model.path, '/') + '/';
    return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
/** Text with the model's own folder taken out, so that copies in sibling folders compare equal. */
function withoutModelPath(text, model) {
    if (!text || !model || !model.path || model.path === '.')
        return text ?? '';
    return text.split((0,_text_trim_js__WEBPACK_IMPORTED_MODULE_0__/* .trimEndChars */ .vU)(model.path, '/') + '/').join('\u0000/');
}
function normalise(text) {
    return (text ?? '').replace(/\s+/g, ' ').trim();
}
/** The osaid/* findings of one model as one finding naming the failing requirements. */
function mergeOsaid(findings) {
    const osaid = findings.filter(f => /^osaid\//.test(f.rule));
    const requirements = new Map();
    if (osaid.length <= 1) {
        for (const f of osaid)
            requirements.set(f, [f.rule.slice('osaid/'.length)]);
        return { merged: findings, requirements };
    }
    const groups = new Map();
    for (const f of osaid) {
        const key = `${f.severity}\u0000${f.status ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const merged = [];
    const done = new Set();
    for (const f of findings) {
        if (!/^osaid\//.test(f.rule)) {
            merged.push(f);
            continue;
        }
        if (done.has(f))
            continue;
        const same = groups.get(`${f.severity}\u0000${f.status ?? ''}`) ?? [f];
        for (const g of same)
            done.add(g);
        const names = same.map(g => g.rule.slice('osaid/'.length));
        const one = {
            ...f,
            message: `OSAID 1.0 fails on ${names.join(', ')}.`,
            evidence: undefined
        };
        requirements.set(one, names);
        merged.push(one);
    }
    return { merged, requirements };
}
/**
 * Groups the findings of a report by cause, errors first, then warnings and notes, each in the
 * order first met. `include` picks the findings (default: all that are not fixed).
 */
function groupFindings(report, include = f => f.status !== 'fixed') {
    const groups = new Map();
    const add = (f, model, osaidNames, rules) => {
        const key = [
            rules?.join(',') ?? f.rule,
            f.severity,
            f.status ?? '',
            normalise(withoutModelPath(f.message, model)),
            normalise(withoutModelPath(f.evidence, model)),
            f.file ? pathInModel(f.file, model) : '',
            f.line ?? '',
            model ? 'model' : 'repository'
        ].join('\u0001');
        let group = groups.get(key);
        if (!group) {
            group = {
                rule: f.rule,
                rules: rules ?? [f.rule],
                severity: f.severity,
                category: f.category,
                message: f.message,
                evidence: f.evidence,
                status: f.status,
                first: f,
                places: [],
                models: [],
                ...(osaidNames ? { osaidRequirements: osaidNames } : {})
            };
            groups.set(key, group);
        }
        group.places.push({ model, file: f.file, line: f.line });
        if (model && !group.models.includes(model))
            group.models.push(model);
    };
    for (const f of report.findings)
        if (include(f))
            add(f, null);
    for (const m of report.models) {
        const { merged, requirements } = mergeOsaid(m.findings.filter(include));
        for (const f of merged) {
            const names = requirements.get(f);
            add(f, m, names, names?.map(n => `osaid/${n}`));
        }
    }
    return [...groups.values()]
        .map((g, i) => ({ g, i }))
        .sort((a, b) => SEVERITY_ORDER[a.g.severity] - SEVERITY_ORDER[b.g.severity] || a.i - b.i)
        .map(x => x.g);
}
/** Clauses of all models, each distinct one once with its places (same keying as findings). */
function groupClauses(models, include = () => true) {
    const groups = new Map();
    for (const m of models)
        for (const c of m.clauses) {
            if (!include(c))
                continue;
            const key = [
                c.type,
                normalise(c.quote),
                c.file ? pathInModel(c.file, m) : '',
                c.line ?? '',
                c.source ?? ''
            ].join('\u0001');
            const group = groups.get(key) ?? { clause: c, places: [] };
            group.places.push({ model: m, file: c.file, line: c.line });
            groups.set(key, group);
        }
    return [...groups.values()];
}
/** The OSAID table across models: each requirement's distinct (verdict, reason) once. */
function groupRequirements(models) {
    const groups = new Map();
    for (const m of models)
        for (const r of m.osaidRequirements ?? []) {
            const key = [r.id, r.verdict, normalise(withoutModelPath(r.reason, m))].join('\u0001');
            const group = groups.get(key) ?? { id: r.id, verdict: r.verdict, reason: r.reason, models: [] };
            group.models.push(m);
            groups.set(key, group);
        }
    // Requirement by requirement, in the order the models list them.
    const order = [...new Set([...groups.values()].map(g => g.id))];
    return [...groups.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ONE_COLUMN_TEXT: () => (/* binding */ ONE_COLUMN_TEXT),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6349);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7923);




const ANSI = {
    red: [31, 39],
    yellow: [33, 39],
    green: [32, 39],
    cyan: [36, 39],
    dim: [2, 22],
    bold: [1, 22]
};
const SEV_STYLE = { error: 'red', warning: 'yellow', note: 'cyan' };
const VERDICT_STYLE = { pass: 'green', fail: 'red', unknown: 'yellow' };
const SEVERITIES = ['error', 'warning', 'note'];
/** Terminal output must not carry escape sequences (or bidi overrides) taken from a repository. */
function clean(s) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeForLog */ .F0)(s);
}
/**
 * Printable ASCII and the punctuation the report itself writes (\u2014 \u2026 \u201c \u201d \u2018 \u2019 \u00b7 \u00d7 \u2192 \u2264 \u2265 \u2260 \u00a7): one
 * column per character, as string-width counts them (__tests__/report/text-width.test.ts).
 */
const ONE_COLUMN_TEXT = /^[\x20-\x7e\u00a7\u00b7\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2192\u2260\u2264\u2265]*$/;
/**
 * string-width, once a report has needed it. Loading it costs about 50 ms (an ICU segmenter and an
 * emoji pattern built when the module is evaluated), and most reports hold only one-column text:
 * `renderText` renders without it first, and loads it only when a text outside ONE_COLUMN_TEXT
 * turns up (that first attempt stops there, and the report is rendered again).
 */
let stringWidth;
/** Thrown by a measure that needs string-width before it is loaded. */
class NeedsStringWidth extends Error {
}
function wideWidth(s) {
    if (!stringWidth)
        throw new NeedsStringWidth();
    return stringWidth(s);
}
/** The colour codes Writer.paint adds (text taken from a repository never holds an ESC: see clean). */
// eslint-disable-next-line no-control-regex
const OWN_COLOUR_CODE = /\u001b\[\d+m/g;
/** Display columns (ANSI sequences do not count; wide characters count two). */
function visible(s) {
    const plain = s.includes('\u001b') ? s.replace(OWN_COLOUR_CODE, '') : s;
    return ONE_COLUMN_TEXT.test(plain) ? plain.length : wideWidth(s);
}
let graphemes;
/** The word's graphemes, each with its display width. */
function cells(word) {
    if (ONE_COLUMN_TEXT.test(word))
        return [...word].map(c => ({ text: c, width: 1 }));
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return [...graphemes.segment(word)].map(g => ({ text: g.segment, width: wideWidth(g.segment) }));
}
/** Pads to `width` display columns. */
function padCols(s, width) {
    return s + ' '.repeat(Math.max(0, width - visible(s)));
}
class Writer {
    color;
    width;
    out = [];
    constructor(color, width) {
        this.color = color;
        this.width = width;
    }
    paint(style, s) {
        if (!this.color || !s)
            return s;
        const [on, off] = ANSI[style];
        return `\u001b[${on}m${s}\u001b[${off}m`;
    }
    /**
     * Adds `head` + `body`, the body's words wrapped so that continuation lines start under it
     * (at `hang` columns). `head` may hold colour; body is plain text.
     */
    wrap(head, body, hang = visible(head)) {
        const room = Math.max(20, this.width - hang);
        const words = body.split(/ +/).filter(Boolean);
        let lineText = head;
        let used = visible(head);
        let first = true;
        for (const word of words) {
            const len = visible(word);
            const sep = first ? 0 : 1;
            if (first && used > hang && used + len > this.width) {
                // A head too long to share its line with the first word: the body starts below it.
                this.out.push(lineText.trimEnd());
                lineText = ' '.repeat(hang);
                used = hang;
            }
            else if (!first && used + sep + len > this.width) {
                this.out.push(lineText.trimEnd());
                lineText = ' '.repeat(hang);
                used = hang;
            }
            else if (!first) {
                lineText += ' ';
                used += 1;
            }
            // A single word longer than the line is cut into pieces, between graphemes (split into
            // graphemes only then: their text joined is the word).
            let rest = null;
            let restWidth = len;
            while (restWidth > room && used + restWidth > this.width) {
                rest ??= cells(word);
                let take = 0;
                let taken = 0;
                while (take < rest.length && used + taken + rest[take].width <= this.width)
                    taken += rest[take++].width;
                if (take === 0) {
                    take = 1;
                    taken = rest[0].width;
                }
                lineText += rest
                    .slice(0, take)
                    .map(c => c.text)
                    .join('');
                this.out.push(lineText);
                rest = rest.slice(take);
                restWidth -= taken;
                lineText = ' '.repeat(hang);
                used = hang;
            }
            lineText += rest ? rest.map(c => c.text).join('') : word;
            used += restWidth;
            first = false;
        }
        this.out.push(lineText.trimEnd());
    }
    line(s = '') {
        this.out.push(s);
    }
}
function verdictWord(w, v) {
    return w.paint(VERDICT_STYLE[v.trim().toLowerCase()] ?? 'bold', v);
}
/** `file:line`, the file shortened in the middle. */
function where(w, file, line) {
    if (!file)
        return '';
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)(clean(file), Math.min(80, w.width - 16)) + (line ? `:${line}` : '');
}
/** A merged OSAID entry names the failing requirements, whose reasons the OSAID lines give. */
function groupMessage(g) {
    if (g.osaidRequirements)
        return `OSAID 1.0 fails on ${g.osaidRequirements.join(', ')} (reasons above).`;
    return g.message;
}
/** "in all 6 models" or "in Orca-3-1B, Orca-3-3B". */
function modelsText(g, total) {
    if (g.models.length === 0)
        return '';
    if (g.models.length === total && total > 1)
        return `in all ${total} models`;
    return `in ${g.models.map(m => clean(m.name ?? m.path)).join(', ')}`;
}
/** Distinct `file:line` of the places, in order. */
function placeList(w, places) {
    return [...new Set(places.filter(p => p.file).map(p => where(w, p.file, p.line)))];
}
function groupLines(w, g, context) {
    const places = placeList(w, g.places);
    const status = g.status === 'new' ? '[new] ' : g.status === 'fixed' ? '[fixed] ' : '';
    const tag = g.rules.length > 1 ? `[${g.rules.join(', ')}]` : `[${g.rule}]`;
    const inModels = context.model ? '' : modelsText(g, context.total);
    const lead = places.length === 1 ? w.paint('bold', places[0]) + '  ' : '';
    w.wrap('    ' + lead, `${status}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(groupMessage(g)), 600)} ${tag}${inModels ? ` \u2014 ${inModels}` : ''}`, 6);
    const last = w.out.length - 1;
    w.out[last] = w.out[last].replace(tag, w.paint('dim', tag));
    if (places.length > 1)
        w.wrap('      ', places.join(', '), 6);
    const model = g.places[0]?.model ?? null;
    const catalogue = (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .catalogueLicence */ .rN)(g.first, model);
    if (g.evidence && catalogue)
        w.wrap('      ', `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(catalogue), 80)}, per the licence catalogue: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(g.evidence).trim(), 240)}`, 6);
    else if (g.evidence)
        w.wrap('      \u201c', `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(g.evidence).trim(), 240)}\u201d`, 7);
}
function findingGroups(w, groups, context) {
    const live = groups.filter(g => g.status !== 'fixed');
    for (const sev of SEVERITIES) {
        const group = live.filter(g => g.severity === sev);
        if (group.length === 0)
            continue;
        const n = (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .findingCount */ .dQ)(group);
        const label = n === group.length
            ? `${_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_LABEL */ .Rt[sev]} (${n})`
            : `${_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_LABEL */ .Rt[sev]} (${n}, ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(group.length, 'cause')})`;
        w.line(`  ${w.paint(SEV_STYLE[sev], label)}`);
        for (const g of group)
            groupLines(w, g, context);
    }
    const fixed = groups.filter(g => g.status === 'fixed');
    if (fixed.length > 0) {
        w.line(`  ${w.paint('green', `Fixed (${(0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .findingCount */ .dQ)(fixed)})`)}`);
        for (const g of fixed)
            groupLines(w, g, context);
    }
}
/** The findings of one model (or of the repository when model is null), grouped. */
function groupsOf(report, model) {
    const sub = model ? { ...report, findings: [], models: [model] } : { ...report, models: [] };
    return (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupFindings */ .kG)(sub, () => true);
}
function clauseSummary(m) {
    // a clause that binds only the models its text names is listed apart from the same type for all
    const byType = new Map();
    for (const c of m.clauses) {
        const key = `${c.type}\u0001${c.appliesTo?.models ?? ''}`;
        const e = byType.get(key);
        if (e)
            e.n++;
        else
            byType.set(key, {
                type: c.type,
                n: 1,
                where: (c.file ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)(clean(c.file), 60)}${c.line ? `:${c.line}` : ''}` : 'catalogue') +
                    appliesToText(c.appliesTo)
            });
    }
    const fmt = (e) => `${e.type}${e.n > 1 ? ` \u00d7${e.n}` : ''} (${e.where})`;
    const entries = [...byType.values()];
    return {
        restrictive: entries
            .filter(e => !_types_js__WEBPACK_IMPORTED_MODULE_0__/* .NON_RESTRICTIVE_CLAUSES */ .K2.has(e.type))
            .map(fmt)
            .join(', '),
        other: entries
            .filter(e => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .NON_RESTRICTIVE_CLAUSES */ .K2.has(e.type))
            .map(fmt)
            .join(', ')
    };
}
/** "; applies to: the Heron-70B model" for a clause whose text names the models it binds. */
function appliesToText(scope) {
    return scope ? `; applies to: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(scope.models), 160)}` : '';
}
/** "Name (path)", the name shortened first so that the path stays whole. */
function modelTitle(m, max = 100) {
    const p = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)(clean((0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .modelWhere */ .Fg)(m)), Math.min(60, max));
    if (!m.name)
        return p;
    const room = Math.max(10, Math.min(80, max - [...p].length - 3));
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(m.name), room)} (${p})`;
}
function modelBlock(w, m, report) {
    const c = (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .counts */ .tQ)(m.findings);
    const verdict = m.verdict ? `  ${verdictWord(w, m.verdict.toUpperCase())}` : '';
    w.line(`${w.paint('bold', modelTitle(m, w.width - 40))}${verdict}  ${w.paint('dim', (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .countsText */ .WN)(c))}`);
    const licences = (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .licenceLabels */ .Jr)(m.licenses).map(l => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(clean(l), 80));
    w.wrap('  Licence     ', licences.join(', ') || 'none found');
    w.line(`  OSAID 1.0   ${verdictWord(w, m.osaid)}`);
    for (const r of m.osaidRequirements ?? []) {
        const head = `    ${r.id.padEnd(17)}${verdictWord(w, r.verdict)}${' '.repeat(Math.max(1, 9 - r.verdict.length))}`;
        w.wrap(head, clean(r.reason), 30);
    }
    const progress = (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .mofProgressText */ .hE)(m.mofProgress);
    w.wrap('  MOF         ', `${(0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .mofLabel */ .XR)(m.mofClass)}${progress ? ` \u2014 progress: ${progress}` : ''}`, 14);
    if (m.clauses.length > 0) {
        const { restrictive, other } = clauseSummary(m);
        if (restrictive)
            w.wrap('  Restricts   ', restrictive, 14);
        if (other)
            w.wrap('  Also        ', other, 14);
    }
    if (m.findings.length > 0)
        findingGroups(w, groupsOf(report, m), { total: 1, model: m });
}
/** One line per model when it fits the width, else two: the title, then its licence and verdicts. */
function overview(w, models, withLicence) {
    const rows = models.map(m => ({
        m,
        title: modelTitle(m, w.width - 10),
        // A licence file's label is its path: inside the model's folder, the folder is already in the title.
        licence: withLicence
            ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)((0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .licenceLabels */ .Jr)(m.licenses)
                .map(l => clean((0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .pathInModel */ .SL)(l, m)))
                .join(', ') || 'no licence', 48)
            : '',
        mof: (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .mofShort */ .$v)(m.mofClass, m.mofProgress),
        counts: (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .countsText */ .WN)((0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .counts */ .tQ)(m.findings))
    }));
    const titleW = Math.max(...rows.map(r => visible(r.title)));
    const licenceW = Math.max(...rows.map(r => visible(r.licence)));
    const mofW = Math.max(...rows.map(r => r.mof.length));
    const countsW = Math.max(...rows.map(r => r.counts.length));
    const licenceCols = withLicence ? licenceW + 2 : 0;
    const fits = 2 + 4 + 2 + titleW + 2 + licenceCols + 'OSAID unknown'.length + 2 + 4 + mofW + 2 + countsW <= w.width;
    for (const r of rows) {
        const verdict = verdictWord(w, r.m.verdict ?? '    ') + ' '.repeat(4 - (r.m.verdict ?? '    ').length);
        const osaid = `OSAID ${verdictWord(w, r.m.osaid)}${' '.repeat(7 - r.m.osaid.length)}`;
        const licence = withLicence ? `${padCols(r.licence, licenceW)}  ` : '';
        if (fits) {
            w.line(`  ${verdict}  ${padCols(r.title, titleW)}  ${licence}${osaid}  MOF ${r.mof.padEnd(mofW)}  ${r.counts}`.trimEnd());
        }
        else {
            w.wrap(`  ${verdict}  `, r.title, 8);
            const parts = [withLicence ? r.licence : '', `OSAID ${r.m.osaid}`, `MOF ${r.mof}`, r.counts].filter(Boolean);
            w.wrap(' '.repeat(8), parts.join(' \u00b7 '), 8);
        }
    }
}
/** Several models: the OSAID requirements once each, with the models they concern. */
function requirementsBlock(w, models) {
    const groups = (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupRequirements */ ._y)(models);
    if (groups.length === 0)
        return;
    w.line(w.paint('bold', 'OSAID 1.0 requirements'));
    for (const g of groups) {
        const head = `  ${g.id.padEnd(17)}${verdictWord(w, g.verdict)}${' '.repeat(Math.max(1, 9 - g.verdict.length))}`;
        const scope = modelsText(g, models.length);
        w.wrap(head, `${clean(g.reason)}${scope ? ` (${scope})` : ''}`, 28);
    }
}
/** Several models: the clauses no finding cites (attribution, notices\u2026), each once with its places. */
function otherClausesBlock(w, report, groups) {
    const cited = new Set(groups.flatMap(g => g.places.map(p => `${p.file ?? ''}:${p.line ?? ''}`)));
    const clauses = (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupClauses */ ._L)(report.models).filter(g => !g.places.every(p => cited.has(`${p.file ?? ''}:${p.line ?? ''}`)));
    if (clauses.length === 0)
        return;
    w.line('');
    w.line(w.paint('bold', 'Other clauses'));
    for (const g of clauses) {
        const places = placeList(w, g.places.map(p => ({ file: p.file ?? undefined, line: p.line ?? undefined })));
        const restrictive = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .NON_RESTRICTIVE_CLAUSES */ .K2.has(g.clause.type) ? '' : ' (restrictive)';
        const scope = modelsText({ models: [...new Set(g.places.map(p => p.model))] }, report.models.length);
        w.wrap('  ', `${g.clause.type}${restrictive}${places.length ? ` \u2014 ${places.join(', ')}` : ' \u2014 licence catalogue'}${appliesToText(g.clause.appliesTo).replace('; ', ' \u2014 ')}${scope ? ` (${scope})` : ''}`, 4);
    }
}
/** The report as text for a terminal or a log. */
async function renderText(report, options = {}) {
    if (!stringWidth)
        try {
            return render(report, options);
        }
        catch (e) {
            if (!(e instanceof NeedsStringWidth))
                throw e;
            // Eager: bundled into the same file (the action is one file), still evaluated only here.
            stringWidth = (await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 4292))).default;
        }
    return render(report, options);
}
function render(report, options) {
    const w = new Writer(options.color ?? false, Math.max(60, options.width ?? 100));
    const all = [...report.findings, ...report.models.flatMap(m => m.findings)];
    const c = (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .counts */ .tQ)(all);
    w.wrap(`${w.paint('bold', 'Model Openness Audit:')} ${verdictWord(w, report.verdict.toUpperCase())}  `, `${(0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .countsText */ .WN)(c)} (policy ${report.policy ?? 'osaid'}, fails on ${report.failOn ?? 'error'})`, 2);
    if (report.models.length === 0)
        w.line('No model found.');
    const several = report.models.length > 1;
    if (options.summary || several) {
        w.line('');
        if (several && !options.summary)
            w.line(w.paint('bold', `Models (${report.models.length})`));
        overview(w, report.models, several && !options.summary);
    }
    if (options.summary)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .tW)(w.out.join('\n') + '\n');
    if (several) {
        w.line('');
        requirementsBlock(w, report.models);
        const groups = (0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .groupFindings */ .kG)(report, () => true);
        if (groups.length > 0) {
            const live = groups.filter(g => g.status !== 'fixed');
            w.line('');
            w.line(`${w.paint('bold', 'Findings by cause')}  ${w.paint('dim', `${(0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)((0,_group_js__WEBPACK_IMPORTED_MODULE_2__/* .findingCount */ .dQ)(live), 'finding')}, ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(live.length, 'cause')}`)}`);
            findingGroups(w, groups, { total: report.models.length, model: null });
        }
        otherClausesBlock(w, report, groups);
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .tW)(w.out.join('\n') + '\n');
    }
    if (report.findings.length > 0) {
        w.line('');
        w.line(`${w.paint('bold', 'Repository')}  ${w.paint('dim', (0,_labels_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(report.findings.length, 'finding'))}`);
        findingGroups(w, groupsOf(report, null), { total: 1, model: null });
    }
    for (const m of report.models) {
        w.line('');
        modelBlock(w, m, report);
    }
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .tW)(w.out.join('\n') + '\n');
}


/***/ }),

/***/ 4292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ stringWidth)
});

;// CONCATENATED MODULE: ./node_modules/string-width/node_modules/ansi-regex/index.js
// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30\u20130x3f), intermediate bytes (0x20\u20130x2f), then a final byte (0x40\u20130x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20\u20130x2f), then a final byte (0x30\u20130x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const ansi_regex_escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${ansi_regex_escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

;// CONCATENATED MODULE: ./node_modules/string-width/node_modules/strip-ansi/index.js


const regex = ansiRegex();

function stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup-data.js
// Generated by scripts/build.js

const ambiguousMinimalCodePoint = 161;
const ambiguousMaximumCodePoint = 1114109;
const ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];

const fullwidthMinimalCodePoint = 12288;
const fullwidthMaximumCodePoint = 65510;
const fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];

const lookup_data_halfwidthMinimalCodePoint = 8361;
const lookup_data_halfwidthMaximumCodePoint = 65518;
const lookup_data_halfwidthRanges = (/* unused pure expression or super */ null && ([8361, 8361, 65377, 65470, 65474, 65479, 65482, 65487, 65490, 65495, 65498, 65500, 65512, 65518]));

const lookup_data_narrowMinimalCodePoint = 32;
const lookup_data_narrowMaximumCodePoint = 10630;
const lookup_data_narrowRanges = (/* unused pure expression or super */ null && ([32, 126, 162, 163, 165, 166, 172, 172, 175, 175, 10214, 10221, 10629, 10630]));

const wideMinimalCodePoint = 4352;
const wideMaximumCodePoint = 262141;
const wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/utilities.js
/**
Binary search on a sorted flat array of [start, end] pairs.

@param {number[]} ranges - Flat array of inclusive [start, end] range pairs, e.g. [0, 5, 10, 20].
@param {number} codePoint - The value to search for.
@returns {boolean} Whether the value falls within any of the ranges.
*/
const utilities_isInRange = (ranges, codePoint) => {
	let low = 0;
	let high = Math.floor(ranges.length / 2) - 1;
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		const i = mid * 2;
		if (codePoint < ranges[i]) {
			high = mid - 1;
		} else if (codePoint > ranges[i + 1]) {
			low = mid + 1;
		} else {
			return true;
		}
	}

	return false;
};

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup.js



const commonCjkCodePoint = 0x4E_00;
const [wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);

// Use a hot-path range so common `isWide` calls can skip binary search.
// The range containing U+4E00 covers common CJK ideographs;
// fallback to the largest range for resilience to Unicode table changes.
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];

	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];

		if (
			commonCjkCodePoint >= start
			&& commonCjkCodePoint <= end
		) {
			return [start, end];
		}

		if ((end - start) > (fastPathEnd - fastPathStart)) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}

	return [fastPathStart, fastPathEnd];
}

const isAmbiguous = codePoint => {
	if (
		codePoint < ambiguousMinimalCodePoint
		|| codePoint > ambiguousMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(ambiguousRanges, codePoint);
};

const isFullwidth = codePoint => {
	if (
		codePoint < fullwidthMinimalCodePoint
		|| codePoint > fullwidthMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(fullwidthRanges, codePoint);
};

const isHalfwidth = codePoint => {
	if (
		codePoint < halfwidthMinimalCodePoint
		|| codePoint > halfwidthMaximumCodePoint
	) {
		return false;
	}

	return isInRange(halfwidthRanges, codePoint);
};

const isNarrow = codePoint => {
	if (
		codePoint < narrowMinimalCodePoint
		|| codePoint > narrowMaximumCodePoint
	) {
		return false;
	}

	return isInRange(narrowRanges, codePoint);
};

const isWide = codePoint => {
	if (
		codePoint >= wideFastPathStart
		&& codePoint <= wideFastPathEnd
	) {
		return true;
	}

	if (
		codePoint < wideMinimalCodePoint
		|| codePoint > wideMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(wideRanges, codePoint);
};

function lookup_getCategory(codePoint) {
	if (isAmbiguous(codePoint)) {
		return 'ambiguous';
	}

	if (isFullwidth(codePoint)) {
		return 'fullwidth';
	}

	if (isHalfwidth(codePoint)) {
		return 'halfwidth';
	}

	if (isNarrow(codePoint)) {
		return 'narrow';
	}

	if (isWide(codePoint)) {
		return 'wide';
	}

	return 'neutral';
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/index.js


function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) {
		throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
	}
}

function eastAsianWidthType(codePoint) {
	validate(codePoint);

	return getCategory(codePoint);
}

function eastAsianWidth(codePoint, {ambiguousAsWide = false} = {}) {
	validate(codePoint);

	if (
		isFullwidth(codePoint)
		|| isWide(codePoint)
		|| (ambiguousAsWide && isAmbiguous(codePoint))
	) {
		return 2;
	}

	return 1;
}

// Private exports for https://github.com/sindresorhus/is-fullwidth-code-point


;// CONCATENATED MODULE: ./node_modules/string-width/index.js



/**
Logic:
- Segment graphemes to match how terminals render clusters.
- Width rules:
	1. Skip non-printing clusters (Default_Ignorable, Control, pure nonspacing/enclosing Mark, lone Surrogates). Tabs are ignored by design.
	2. RGI emoji clusters (\p{RGI_Emoji}) are double-width.
	3. Minimally-qualified/unqualified emoji clusters (ZWJ sequences with 2+ Extended_Pictographic, or keycap sequences) are double-width.
	4. Hangul jamo collapse each standard modern Hangul L+V or L+V+T syllable piece to width 2.
	   Unmatched repeated leading/vowel/trailing jamo stay additive because that matches how the terminals we target render them.
	5. Otherwise use East Asian Width of the cluster's first visible code point, and add widths for trailing spacing marks and Halfwidth/Fullwidth Forms within the same cluster (e.g., dakuten/handakuten/prolonged sound mark).
*/

const segmenter = new Intl.Segmenter();

// Matches a visible (printing) character. Used to find the base scalar of a cluster (skipping leading Prepend/Format/Marks) and to detect whole-cluster zero-width.
// Intentionally a single negated class without a quantifier: a repeated pattern like `^(?:\u2026|\u2026)+$` backtracks exponentially on overlapping properties, and even `^[\u2026]+$` overflows V8's backtrack stack (RangeError) on clusters with millions of marks.
const visibleCharacterRegex = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
const spacingMarkRegex = /\p{Spacing_Mark}/v;

// RGI emoji sequences
const rgiEmojiRegex = /^\p{RGI_Emoji}$/v;

// Detect minimally-qualified/unqualified emoji sequences (missing VS16 but still render as double-width)
const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
const extendedPictographicRegex = /\p{Extended_Pictographic}/gu;

function isDoubleWidthNonRgiEmojiSequence(segment) {
	// Real emoji clusters are < 30 chars; guard against pathological input
	if (segment.length > 50) {
		return false;
	}

	if (unqualifiedKeycapRegex.test(segment)) {
		return true;
	}

	// ZWJ sequences with 2+ Extended_Pictographic
	if (segment.includes('\u200D')) {
		const pictographics = segment.match(extendedPictographicRegex);
		return pictographics !== null && pictographics.length >= 2;
	}

	return false;
}

// Returns the cluster starting at its first visible character, or `undefined` if the whole cluster is zero-width.
function baseVisible(segment) {
	const index = segment.search(visibleCharacterRegex);
	return index === -1 ? undefined : segment.slice(index);
}

function isHangulLeadingJamo(codePoint) {
	return (codePoint >= 0x11_00 && codePoint <= 0x11_5F)
		|| (codePoint >= 0xA9_60 && codePoint <= 0xA9_7C);
}

function isHangulVowelJamo(codePoint) {
	return (codePoint >= 0x11_60 && codePoint <= 0x11_A7)
		|| (codePoint >= 0xD7_B0 && codePoint <= 0xD7_C6);
}

function isHangulTrailingJamo(codePoint) {
	return (codePoint >= 0x11_A8 && codePoint <= 0x11_FF)
		|| (codePoint >= 0xD7_CB && codePoint <= 0xD7_FB);
}

function isHangulJamo(codePoint) {
	return isHangulLeadingJamo(codePoint)
		|| isHangulVowelJamo(codePoint)
		|| isHangulTrailingJamo(codePoint);
}

function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
	const codePoints = [];

	for (const character of visibleSegment) {
		if (!visibleCharacterRegex.test(character)) {
			continue;
		}

		codePoints.push(character.codePointAt(0));
	}

	if (codePoints.length === 0) {
		return undefined;
	}

	let width = 0;

	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index];
		if (!isHangulJamo(codePoint)) {
			if (width === 0) {
				return undefined;
			}

			// Mixed cluster (e.g., L + precomposed syllable): use EAW for non-jamo remainder
			for (let remaining = index; remaining < codePoints.length; remaining++) {
				width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
			}

			return width;
		}

		// Modern Hangul L+V(+T) shapes as one syllable block. Unmatched jamo stay additive:
		// U+1100 U+1100 U+1161 => U+1100 + (U+1100 U+1161) => 2 + 2.
		if (
			isHangulLeadingJamo(codePoint)
			&& isHangulVowelJamo(codePoints[index + 1])
		) {
			width += 2;
			index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}

		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}

	return width;
}

function trailingWidth(visibleSegment, eastAsianWidthOptions) {
	let extra = 0;
	let first = true;

	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}

		if (
			spacingMarkRegex.test(character)
			|| (character >= '\uFF00' && character <= '\uFFEF')
		) {
			extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
		}
	}

	return extra;
}

function stringWidth(input, options = {}) {
	if (typeof input !== 'string' || input.length === 0) {
		return 0;
	}

	const {
		ambiguousIsNarrow = true,
		countAnsiEscapeCodes = false,
	} = options;

	let string = input;

	// Avoid calling stripAnsi when there are no ANSI escape sequences (ESC = 0x1B, CSI = 0x9B)
	if (!countAnsiEscapeCodes && (string.includes('\u001B') || string.includes('\u009B'))) {
		string = stripAnsi(string);
	}

	if (string.length === 0) {
		return 0;
	}

	// Fast path: printable ASCII (0x20\u20130x7E) needs no segmenter, regex, or EAW lookup \u2014 width equals length.
	if (/^[\u0020-\u007E]*$/.test(string)) {
		return string.length;
	}

	let width = 0;
	const eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};

	for (const {segment} of segmenter.segment(string)) {
		// Zero-width / non-printing clusters
		const visibleSegment = baseVisible(segment);
		if (visibleSegment === undefined) {
			continue;
		}

		// Emoji width logic
		if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}

		const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
		if (hangulWidth !== undefined) {
			width += hangulWidth;
			continue;
		}

		// Everything else: EAW of the cluster\u2019s first visible scalar
		const codePoint = visibleSegment.codePointAt(0);
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);

		// Add width for trailing spacing marks and Halfwidth/Fullwidth Forms (e.g., \uff9e, \uff9f, \uff70)
		width += trailingWidth(visibleSegment, eastAsianWidthOptions);
	}

	return width;
}


/***/ })

};
;