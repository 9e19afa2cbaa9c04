"use strict";
exports.id = 285;
exports.ids = [285];
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

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blobUrl: () => (/* binding */ blobUrl),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7923);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3182);
/* harmony import */ var _text_trim_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3675);
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6349);






/**
 * A `fileUrl` for files on a forge: `<repoUrl>/blob/<sha>/<pathPrefix>/<file>#L<line>`.
 * @param repoUrl e.g. `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}`
 * @param sha the commit audited (a branch name works too, but the lines may move)
 * @param pathPrefix the audited folder relative to the repository root ('' or '.' for the root)
 */
function blobUrl(repoUrl, sha, pathPrefix = '') {
    const base = (0,_text_trim_js__WEBPACK_IMPORTED_MODULE_4__/* .trimEndChars */ .vU)(repoUrl, '/');
    const prefix = (0,_text_trim_js__WEBPACK_IMPORTED_MODULE_4__/* .trimChars */ .Gd)(pathPrefix.startsWith('.') ? pathPrefix.slice(1) : pathPrefix, '/');
    return (file, line) => {
        const rel = [prefix, file].filter(Boolean).join('/');
        const encoded = rel.split('/').map(encodeURIComponent).join('/');
        return `${base}/blob/${encodeURIComponent(sha)}/${encoded}${line ? `#L${line}` : ''}`;
    };
}
const SEVERITIES = ['error', 'warning', 'note'];
function licenceCell(m) {
    // A licence file's label is its path: inside the model's folder, the folder is in the Model cell.
    const labels = (0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .licenceLabels */ .Jr)(m.licenses).map(l => (0,_group_js__WEBPACK_IMPORTED_MODULE_3__/* .pathInModel */ .SL)(l, m));
    return labels.length ? labels.map(id => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(id, 60)).join(', ') : '\u2014';
}
/** `LICENSE:12`, linked to the file when a fileUrl is given. */
function location(file, line, link) {
    if (!file)
        return '';
    const text = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLocation */ .$B)(file, line);
    let url;
    try {
        url = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(link?.(file, line ?? undefined));
    }
    catch {
        url = undefined;
    }
    return url ? `[${text}](${url})` : text;
}
/** A merged OSAID entry names the failing requirements; the OSAID table gives their reasons. */
function groupMessage(g, compact) {
    if (g.osaidRequirements && !compact)
        return `OSAID 1.0 fails on ${g.osaidRequirements.map(r => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r)).join(', ')} (see the table above).`;
    if (g.osaidRequirements)
        return `OSAID 1.0 fails on ${g.osaidRequirements.map(r => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r)).join(', ')}.`;
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(g.message, 600);
}
/** "in all 6 models" / "in Orca-3-1B, Orca-3-3B" (escaped), or '' for one model or none. */
function modelsText(models, total) {
    if (total <= 1 || models.length === 0)
        return '';
    if (models.length === total)
        return `in all ${total} models`;
    return `in ${models.map(m => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(m.name ?? m.path, 80)).join(', ')}`;
}
function groupLine(g, compact, link, total) {
    const places = [...new Set(g.places.filter(p => p.file).map(p => location(p.file, p.line, link)))];
    const status = g.status === 'new' ? '\ud83c\udd95 ' : g.status === 'fixed' ? '\u2714\ufe0f fixed: ' : '';
    const rules = g.rules.map(r => `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r)}](${(0,_rules_types_js__WEBPACK_IMPORTED_MODULE_5__/* .docsUrl */ .f)(r)})`).join(', ');
    const scope = modelsText(g.models, total);
    let line = `- ${status}${rules}: ${groupMessage(g, compact)}`;
    if (places.length === 1)
        line += ` \u2014 ${places[0]}`;
    if (scope)
        line += ` \u2014 ${scope}`;
    if (places.length > 1)
        line += `\n  <br>${places.join(', ')}`;
    const catalogue = (0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .catalogueLicence */ .rN)(g.first, g.places[0]?.model ?? null);
    if (g.evidence && catalogue)
        line += `\n  <br>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(catalogue, 80)}, per the licence catalogue: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(g.evidence, 300)}`;
    else if (g.evidence)
        line += `\n  <br>\u201c${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(g.evidence, 300)}\u201d`;
    return line;
}
function findingGroups(groups, compact, link, total = 1) {
    const out = [];
    const live = groups.filter(g => g.status !== 'fixed');
    const fixed = groups.filter(g => g.status === 'fixed');
    for (const sev of SEVERITIES) {
        const group = live.filter(g => g.severity === sev);
        if (group.length === 0 || (compact && sev !== 'error'))
            continue;
        const fresh = group.filter(g => g.status !== 'unchanged');
        const unchanged = group.filter(g => g.status === 'unchanged');
        const open = sev === 'error' && fresh.length > 0 ? ' open' : '';
        const n = (0,_group_js__WEBPACK_IMPORTED_MODULE_3__/* .findingCount */ .dQ)(group);
        const causes = n === group.length ? '' : `, ${group.length} cause${group.length === 1 ? '' : 's'}`;
        out.push(`<details${open}><summary>${_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_ICON */ ._9[sev]} ${_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_LABEL */ .Rt[sev]} (${n}${causes})</summary>`, '');
        for (const g of fresh)
            out.push(groupLine(g, compact, link, total));
        if (unchanged.length > 0) {
            if (fresh.length > 0)
                out.push('');
            out.push(`Unchanged by this pull request (${(0,_group_js__WEBPACK_IMPORTED_MODULE_3__/* .findingCount */ .dQ)(unchanged)}):`, '');
            for (const g of unchanged)
                out.push(groupLine(g, compact, link, total));
        }
        out.push('', '</details>', '');
    }
    if (fixed.length > 0 && !compact) {
        out.push(`<details><summary>\u2714\ufe0f Fixed (${(0,_group_js__WEBPACK_IMPORTED_MODULE_3__/* .findingCount */ .dQ)(fixed)})</summary>`, '');
        for (const g of fixed)
            out.push(groupLine(g, compact, link, total));
        out.push('', '</details>', '');
    }
    return out;
}
/** The findings of one model (or of the repository when model is null), grouped. */
function groupsOf(report, model) {
    const sub = model ? { ...report, findings: [], models: [model] } : { ...report, models: [] };
    return (0,_group_js__WEBPACK_IMPORTED_MODULE_3__/* .groupFindings */ .kG)(sub, () => true);
}
/** "user-threshold (LICENSE:7), non-commercial \u00d72 (LICENSE:17)": each type once, at its first place. */
function clauseList(clauses, link) {
    // a clause that binds only the models its text names is listed apart from the same type for all
    const byType = new Map();
    for (const c of clauses) {
        const key = `${c.type}\u0001${c.appliesTo?.models ?? ''}`;
        const e = byType.get(key);
        if (e)
            e.n++;
        else
            byType.set(key, { n: 1, first: c });
    }
    return [...byType.values()]
        .map(({ n, first }) => {
        const where = first.file ? location(first.file, first.line, link) : 'licence catalogue';
        const scope = first.appliesTo ? `; applies to: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(first.appliesTo.models, 160)}` : '';
        return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(first.type)}${n > 1 ? ` \u00d7${n}` : ''} (${where}${scope})`;
    })
        .join(', ');
}
/** The title inside a <summary> (an HTML block: no Markdown escapes there). */
function modelTitleHtml(m) {
    const p = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shortenMiddle */ .jM)((0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .modelWhere */ .Fg)(m), 120));
    return m.name ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shorten */ .ml)(m.name, 100))} (${p})` : p;
}
function modelTitle(m) {
    return m.name
        ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(m.name, 100)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLocation */ .$B)((0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .modelWhere */ .Fg)(m))})`
        : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLocation */ .$B)((0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .modelWhere */ .Fg)(m));
}
function modelSection(m, report, compact, fold, link, shared) {
    const out = [];
    const icon = m.verdict ? _labels_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_ICON */ .YY[m.verdict] + ' ' : '';
    const mc = (0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .counts */ .tQ)(m.findings);
    if (fold) {
        out.push(`<details><summary><strong>${icon}${modelTitleHtml(m)}</strong>: ${m.verdict ?? ''}, ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .countsText */ .WN)(mc)}</summary>`, '');
    }
    else
        out.push(`### ${icon}${modelTitle(m)}`, '');
    if (!compact) {
        const progress = (0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .mofProgressText */ .hE)(m.mofProgress);
        out.push(`**OSAID 1.0:** ${_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .OSAID_LABEL */ .mf[m.osaid]} \u00b7 **MOF:** ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .mofLabel */ .XR)(m.mofClass)}${progress ? ` \u2014 progress: ${progress}` : ''}`, '');
    }
    if (!compact && m.osaidRequirements && m.osaidRequirements.length > 0) {
        out.push('| OSAID requirement | Verdict | Why |', '|---|---|---|');
        for (const r of m.osaidRequirements)
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.id)} | ${_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .OSAID_LABEL */ .mf[r.verdict]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(r.reason, 400)} |`);
        out.push('');
    }
    if (!compact && m.clauses.length > 0) {
        const restrictive = m.clauses.filter(c => !_types_js__WEBPACK_IMPORTED_MODULE_0__/* .NON_RESTRICTIVE_CLAUSES */ .K2.has(c.type));
        const other = m.clauses.filter(c => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .NON_RESTRICTIVE_CLAUSES */ .K2.has(c.type));
        if (restrictive.length > 0)
            out.push(`**Restrictive clauses:** ${clauseList(restrictive, link)}`, '');
        if (other.length > 0)
            out.push(`**Other clauses:** ${clauseList(other, link)}`, '');
    }
    // With several models, findings shared with other models are listed once above, by cause.
    const own = groupsOf(report, m);
    const mine = shared ? own.filter(g => !isShared(g, shared)) : own;
    out.push(...findingGroups(mine, compact, link));
    const sharedCount = own.length - mine.length;
    if (sharedCount > 0)
        out.push(`${sharedCount} more finding${sharedCount === 1 ? '' : 's'} shared with other models: see **Findings by cause** above.`, '');
    if (m.findings.length === 0)
        out.push('No findings.', '');
    if (fold)
        out.push('</details>', '');
    return out;
}
/** Whether a model's own group stands for one of the shared (several-model) groups. */
function isShared(g, shared) {
    const place = g.places[0];
    for (const s of shared)
        if (s.rules.join() === g.rules.join() &&
            s.places.some(p => p.model === place?.model && p.file === place?.file && p.line === place?.line))
            return true;
    return false;
}
/**
 * Several models: one row per model, one column per OSAID requirement, the verdict in each cell.
 * The reasons are in each model's details (and a failing requirement is one finding per model).
 */
function requirementsTable(models) {
    const ids = [...new Set(models.flatMap(m => (m.osaidRequirements ?? []).map(r => r.id)))];
    if (ids.length === 0)
        return [];
    const out = [
        `| Model | ${ids.map(id => `OSAID ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(id)}`).join(' | ')} |`,
        `|---|${ids.map(() => '---').join('|')}|`
    ];
    for (const m of models) {
        const verdicts = ids.map(id => {
            const r = m.osaidRequirements?.find(x => x.id === id);
            return r ? _labels_js__WEBPACK_IMPORTED_MODULE_2__/* .OSAID_LABEL */ .mf[r.verdict] : '\u2014';
        });
        out.push(`| ${modelTitle(m)} | ${verdicts.join(' | ')} |`);
    }
    out.push('');
    return out;
}
function renderMarkdown(report, options = {}) {
    const compact = options.compact ?? false;
    const all = [...report.findings, ...report.models.flatMap(m => m.findings)];
    const c = (0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .counts */ .tQ)(all);
    const out = [];
    out.push(`## ${_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_ICON */ .YY[report.verdict]} Model Openness Audit: ${report.verdict}`, '');
    if (options.lead)
        out.push(options.lead, '');
    out.push(`${c.error} error${c.error === 1 ? '' : 's'} \u00b7 ${c.warning} warning${c.warning === 1 ? '' : 's'} \u00b7 ${c.note} note${c.note === 1 ? '' : 's'} \u00b7 policy \`${report.policy ?? 'osaid'}\` \u00b7 fails on \`${report.failOn ?? 'error'}\``, '');
    out.push('| Model | Licence | OSAID 1.0 | MOF class | Errors | Warnings | Verdict |', '|---|---|---|---|---|---|---|');
    for (const m of report.models) {
        const mc = (0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .counts */ .tQ)(m.findings);
        out.push(`| ${m.name ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeShort */ .iu)(m.name, 80)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLocation */ .$B)((0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .modelWhere */ .Fg)(m))})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLocation */ .$B)((0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .modelWhere */ .Fg)(m))} | ${licenceCell(m)} | ${_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .OSAID_LABEL */ .mf[m.osaid]} | ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .mofShort */ .$v)(m.mofClass, m.mofProgress)} | ${mc.error} | ${mc.warning} | ${m.verdict ? _labels_js__WEBPACK_IMPORTED_MODULE_2__/* .VERDICT_ICON */ .YY[m.verdict] + ' ' + m.verdict : ''} |`);
    }
    out.push('');
    if (report.models.length === 0)
        out.push('No model found: no model card, licence or weights.', '');
    const several = report.models.length > 1;
    if (!several && report.findings.length > 0) {
        out.push('### Repository', '', ...findingGroups(groupsOf(report, null), compact, options.fileUrl));
    }
    let shared;
    if (several) {
        if (!compact)
            out.push(...requirementsTable(report.models));
        // Findings by cause: the repository's, and those that several models share, once each.
        const groups = (0,_group_js__WEBPACK_IMPORTED_MODULE_3__/* .groupFindings */ .kG)(report, () => true).filter(g => g.models.length !== 1);
        shared = new Set(groups.filter(g => g.models.length > 1));
        if (groups.length > 0)
            out.push('### Findings by cause', '', ...findingGroups(groups, compact, options.fileUrl, report.models.length));
    }
    // With several models, each model's details are folded; failing ones first.
    const ordered = several
        ? [...report.models.filter(m => m.verdict !== 'pass'), ...report.models.filter(m => m.verdict === 'pass')]
        : report.models;
    for (const m of ordered) {
        // A model read on the Hub links its files there, at the commit audited.
        const link = m.source ? blobUrl(m.source.url, m.source.revision) : options.fileUrl;
        out.push(...modelSection(m, report, compact, several, link, shared));
    }
    const runUrl = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(options.runUrl);
    if (runUrl)
        out.push(`<sub>[Workflow run](${runUrl}) \u00b7 model-openness-audit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.tool.version)}</sub>`, '');
    else
        out.push(`<sub>model-openness-audit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(report.tool.version)}</sub>`, '');
    return out.join('\n');
}


/***/ })

};
;