"use strict";
exports.id = 814;
exports.ids = [814];
exports.modules = {

/***/ 3814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/text/trim.ts
var trim = __webpack_require__(3675);
;// CONCATENATED MODULE: ./src/card/model-name.ts

function asString(v) {
    if (typeof v === 'string' && v.trim() !== '')
        return v.trim();
    if (typeof v === 'number')
        return String(v);
    return null;
}
/** Headings that name a part of a card, never a model. Compared lower-case, punctuation dropped. */
const GENERIC_HEADINGS = new Set([
    'model card|model details|model description|model information|model summary|model overview',
    'model|overview|introduction|intro|about|description|summary|abstract|usage|quickstart',
    'quick start|getting started|installation|news|updates|highlights|table of contents|contents',
    'license|licence|citation|acknowledgements|acknowledgments|evaluation|results|benchmarks',
    'training|training details|intended use|intended uses|limitations|disclaimer|requirements',
    'contact|faq|readme|model card for|model card of|model card for model id|untitled'
].flatMap(line => line.split('|')));
/** Letters, digits and spaces of a heading, lower-case: "\ud83d\ude80 Quick Start!" \u2192 "quick start". */
function bareWords(s) {
    return s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** First and last characters are symbols or emoji: "\u2744\ufe0f Snowflake AI Research \u2744\ufe0f", "\ud83e\udd17 Org \ud83e\udd17". */
function isBanner(heading) {
    const t = heading.trim();
    const first = t.codePointAt(0) ?? 0;
    const lastChar = [...t].pop() ?? '';
    const decorative = (ch) => /[\p{Extended_Pictographic}\p{So}]/u.test(ch);
    return decorative(String.fromCodePoint(first)) && (decorative(lastChar) || /\uFE0F$/u.test(t));
}
/**
 * The model a heading names, or null for a generic heading: "Model Card for Heron-7B" \u2192 "Heron-7B",
 * "Heron-7B Model Card" \u2192 "Heron-7B", "What is Yi?" \u2192 null, "Model Details" \u2192 null.
 */
/** "Heron 7B \u2014 Model Card" \u2192 "Heron 7B"; null without that suffix (a loop: a regex would backtrack). */
function withoutCardSuffix(h) {
    const lower = h.toLowerCase();
    const suffix = lower.endsWith('model card')
        ? 'model card'
        : lower.endsWith('modelcard')
            ? 'modelcard'
            : null;
    if (!suffix)
        return null;
    const rest = h.slice(0, h.length - suffix.length);
    const name = (0,trim/* trimEndChars */.vU)(rest, ' :-\u2013\u2014');
    return name.length > 0 && name.length < rest.length ? name : null;
}
function nameFromHeading(heading) {
    const h = heading.replace(/\s+/g, ' ').trim();
    if (h.length === 0 || h.length > 120)
        return null;
    const forMatch = /^(?:the )?model ?card (?:for|of) (.+)$/i.exec(h);
    if (forMatch)
        return nameFromHeading(forMatch[1]);
    const cardSuffix = withoutCardSuffix(h);
    if (cardSuffix !== null)
        return nameFromHeading(cardSuffix);
    const words = bareWords(h);
    if (words.length === 0 || GENERIC_HEADINGS.has(words))
        return null;
    // A question ("What is Yi?", "Why Heron?") introduces the model; it is not its name.
    if (h.endsWith('?') || /^(?:what|why|how|who|which|when|where)\b/i.test(h))
        return null;
    if (isBanner(h))
        return null;
    // "Welcome to \u2026", "Introducing \u2026": a sentence, not a name.
    if (/^(?:welcome|introducing|meet)\b/i.test(h))
        return null;
    return h;
}
function modelName(card, folderName) {
    const fromMetadata = asString(card?.metadata['model_name']) ??
        asString(card?.metadata['model-index']?.[0]?.name);
    if (fromMetadata)
        return fromMetadata;
    // The first H1 that names something; later H1s are sections of cards that use H1 throughout.
    for (const s of (card?.sections ?? []).filter(x => x.depth === 1).slice(0, 3)) {
        const name = nameFromHeading(s.heading);
        if (name)
            return name;
    }
    return folderName;
}

// EXTERNAL MODULE: ./src/verdicts/osaid.ts
var osaid = __webpack_require__(5734);
// EXTERNAL MODULE: ./src/knowledge/base-models.ts + 1 modules
var base_models = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/knowledge/hub-lookup.ts
// Asks the Hugging Face Hub which licence a model declares (GET /api/models/{id}).
// Never throws: every failure comes back as `error`, with licenseId null.


const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?$/;
const MAX_BODY = 5 * 1024 * 1024;
function licenseFrom(json) {
    const card = json['cardData'];
    if (card && typeof card === 'object' && !Array.isArray(card)) {
        const c = card;
        const lic = c['license'];
        const name = typeof c['license_name'] === 'string' ? c['license_name'] : undefined;
        if (typeof lic === 'string' && lic.trim())
            return { id: lic.trim().toLowerCase(), ...(name ? { name } : {}) };
        if (Array.isArray(lic)) {
            const first = lic.find(x => typeof x === 'string' && x.trim());
            if (typeof first === 'string')
                return { id: first.trim().toLowerCase(), ...(name ? { name } : {}) };
        }
    }
    const tags = json['tags'];
    if (Array.isArray(tags)) {
        for (const t of tags) {
            if (typeof t === 'string' && t.toLowerCase().startsWith('license:') && t.length > 8) {
                return { id: t.slice(8).trim().toLowerCase() };
            }
        }
    }
    return { id: null };
}
function gatedFrom(json) {
    const g = json['gated'];
    if (g === true)
        return true;
    if (typeof g === 'string')
        return g !== '' && g.toLowerCase() !== 'false';
    return false;
}
async function lookupHubLicense(id, opts = {}) {
    const norm = (0,base_models/* normalizeBaseModelId */.F3)(id);
    if (!norm || !ID_SHAPE.test(norm))
        return { licenseId: null, gated: false, error: `not a Hub model id: ${id.slice(0, 120)}` };
    const endpoint = (0,trim/* trimEndChars */.vU)(opts.endpoint ?? 'https://huggingface.co', '/');
    const doFetch = opts.fetchImpl ?? globalThis.fetch;
    const timeoutMs = opts.timeoutMs ?? 10_000;
    const url = `${endpoint}/api/models/${norm.split('/').map(encodeURIComponent).join('/')}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onDeadline = () => controller.abort();
    if (opts.signal?.aborted)
        controller.abort();
    else
        opts.signal?.addEventListener('abort', onDeadline, { once: true });
    try {
        const headers = { accept: 'application/json' };
        if (opts.token)
            headers['authorization'] = `Bearer ${opts.token}`;
        const res = await doFetch(url, { headers, signal: controller.signal, redirect: 'follow' });
        if (res.status === 404)
            return { licenseId: null, gated: false, error: 'not found' };
        if (res.status === 401 || res.status === 403) {
            return { licenseId: null, gated: true, error: `access denied (HTTP ${res.status})` };
        }
        if (!res.ok)
            return { licenseId: null, gated: false, error: `HTTP ${res.status}` };
        const text = await res.text();
        if (text.length > MAX_BODY)
            return { licenseId: null, gated: false, error: 'response too large' };
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            return { licenseId: null, gated: false, error: 'invalid JSON in the response' };
        }
        if (!json || typeof json !== 'object' || Array.isArray(json)) {
            return { licenseId: null, gated: false, error: 'unexpected response' };
        }
        const obj = json;
        const lic = licenseFrom(obj);
        return { licenseId: lic.id, gated: gatedFrom(obj), ...(lic.name ? { licenseName: lic.name } : {}) };
    }
    catch (e) {
        if (opts.signal?.aborted)
            return { licenseId: null, gated: false, error: "the run's network deadline was reached" };
        if (controller.signal.aborted)
            return { licenseId: null, gated: false, error: `timed out after ${timeoutMs} ms` };
        const msg = e instanceof Error ? e.message : String(e);
        return { licenseId: null, gated: false, error: `request failed: ${msg.slice(0, 200)}` };
    }
    finally {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onDeadline);
    }
}

// EXTERNAL MODULE: ./src/licenses/identify.ts + 4 modules
var identify = __webpack_require__(3352);
;// CONCATENATED MODULE: ./src/analyze/stages/context.ts
/** A path that leads outside the audited root: reported, never read. */
function unsafePathFinding(path, message, line) {
    return {
        rule: 'unsafe-path',
        category: 'unsafe-path',
        severity: 'error',
        message,
        file: path,
        ...(line ? { line } : {})
    };
}
function context_asString(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return String(v);
    return null;
}

;// CONCATENATED MODULE: ./src/analyze/stages/base-model-stage.ts




/** The licence of a base model the catalogue does not know, asked of the Hub once per audit. */
function hubLicense(ctx, id) {
    let p = ctx.opts.hubCache.get(id);
    if (!p) {
        p = ctx.opts.hubBaseResolver
            ? ctx.opts.hubBaseResolver(id)
            : lookupHubLicense(id, { endpoint: ctx.opts.hubEndpoint, signal: ctx.opts.signal }).then(r => {
                if (!r.licenseId || r.licenseId === 'other' || r.licenseId === 'unknown')
                    return null;
                return { licenseId: (0,identify/* identifyLicenseId */.hs)(r.licenseId).id ?? r.licenseId };
            });
        ctx.opts.hubCache.set(id, p);
    }
    return p;
}
/** One base model id, resolved: the catalogue first, then the Hub when the audit may ask it. */
async function resolveBaseModelFacts(ctx, id, line) {
    const at = line ? { line } : {};
    const known = (0,base_models/* resolveBaseModel */.ng)(id);
    if (known)
        return { id, licenseId: known.licenseId, family: known.family, source: 'catalogue', ...at };
    if (!ctx.opts.hubLookup)
        return { id, licenseId: null, source: 'unknown', ...at };
    const hub = await hubLicense(ctx, id);
    const licenseId = hub?.licenseId ?? null;
    if (!hub || !licenseId)
        return { id, licenseId: null, source: 'unknown', ...at };
    return {
        id,
        licenseId,
        source: 'hub',
        ...at,
        ...(hub.clauses ? { clauses: hub.clauses } : {}),
        ...(hub.licenseFile ? { licenseFile: hub.licenseFile } : {})
    };
}
async function baseModelStage(ctx, card) {
    const baseModels = [];
    let baseModelProblems = [];
    if (card && card.metadata['base_model'] !== undefined) {
        const line = card.metadataLines['base_model'];
        const parsed = (0,base_models/* parseBaseModelField */.A2)(card.metadata['base_model']);
        baseModelProblems = parsed.problems;
        for (const id of parsed.ids)
            baseModels.push(await resolveBaseModelFacts(ctx, id, line));
    }
    else if (card) {
        // Without `base_model`, the card's prose may say it ("fine-tuned from \u2026", "distilled from \u2026");
        // the metadata wins when both are present.
        for (const p of (0,base_models/* baseModelsInProse */.ED)(card.text, card.bodyStartLine)) {
            if (p.known)
                baseModels.push({
                    id: p.id,
                    licenseId: p.known.licenseId,
                    family: p.known.family,
                    source: 'catalogue',
                    line: p.line,
                    statedIn: 'card-text'
                });
            else if (p.id.includes('/'))
                baseModels.push({ ...(await resolveBaseModelFacts(ctx, p.id, p.line)), statedIn: 'card-text' });
        }
    }
    const baseModelRelation = card ? context_asString(card.metadata['base_model_relation']) : null;
    return { baseModels, baseModelRelation, baseModelProblems };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/card/plain-front-matter.ts
// A fast reader for the front matter most model cards have: top-level `key: value` lines and
// `key:` followed by `- item` lines, every value a plain word-like scalar. Parsing such a block
// with the `yaml` library costs about a fifth of auditing a model folder in a large monorepo, so
// this subset is read by hand, and anything outside it (quotes, flow collections, nesting, block
// scalars, anchors, comments after a value, non-ASCII, tabs, repeated keys\u2026) returns `undefined`
// and goes to the library. Inside the subset the result is the library's, value for value: a
// property test compares the two on generated and real cards.
const CODE_A = 65;
const CODE_Z = 90;
const CODE_LOWER_A = 97;
const CODE_LOWER_Z = 122;
function isLetter(code) {
    return (code >= CODE_A && code <= CODE_Z) || (code >= CODE_LOWER_A && code <= CODE_LOWER_Z);
}
function isKeyChar(code) {
    return isLetter(code) || (code >= 48 && code <= 57) || code === 95 /* _ */ || code === 45; /* - */
}
/**
 * The value of a one-line plain scalar, or `undefined` when the text is not one this reader
 * vouches for (the line is printable ASCII already). It must start with a letter (so it is never
 * a number, `.inf`, an alias, a tag, a quote or an indicator), and contain no `: ` or ` #` (a nested key or
 * a comment). Letters-first words that the core schema reads as null or booleans are resolved the
 * way it does.
 */
function plainScalar(text) {
    const value = text.trimEnd();
    if (value.length === 0 || !isLetter(value.charCodeAt(0)))
        return undefined;
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code === 58 /* : */ && (i === value.length - 1 || value.charCodeAt(i + 1) === 32))
            return undefined;
        if (code === 35 /* # */ && value.charCodeAt(i - 1) === 32)
            return undefined;
    }
    switch (value) {
        case 'null':
        case 'Null':
        case 'NULL':
            return null;
        case 'true':
        case 'True':
        case 'TRUE':
            return true;
        case 'false':
        case 'False':
        case 'FALSE':
            return false;
        default:
            return value;
    }
}
function isPrintableAscii(line) {
    for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code < 0x20 || code > 0x7e)
            return false;
    }
    return true;
}
function isBlank(line) {
    for (let i = 0; i < line.length; i++)
        if (line.charCodeAt(i) !== 32)
            return false;
    return true;
}
/** The front matter read by hand, or `undefined` when it is not in the subset this reader knows. */
function readPlainFrontMatter(yamlText) {
    const metadata = {};
    const keyLines = new Map();
    const lines = yamlText.split('\n');
    /** The key whose value is still open (`key:` with nothing after it), and its list so far. */
    let openKey;
    let items;
    let itemIndent = -1;
    const close = () => {
        if (openKey !== undefined)
            metadata[openKey] = items ?? null;
        openKey = undefined;
        items = undefined;
        itemIndent = -1;
    };
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        if (!isPrintableAscii(line))
            return undefined; // tabs, CR, NBSP, BOM\u2026 are the library's to read
        if (isBlank(line))
            continue;
        const first = line.charCodeAt(0);
        if (first === 35 /* # */)
            continue; // a whole-line comment at the margin
        if (first === 32 || first === 45 /* - */) {
            // A list item of the open key: `- value`, every item at the same indent.
            if (openKey === undefined)
                return undefined;
            let indent = 0;
            while (line.charCodeAt(indent) === 32)
                indent++;
            if (line.charCodeAt(indent) !== 45 || line.charCodeAt(indent + 1) !== 32)
                return undefined;
            if (itemIndent === -1)
                itemIndent = indent;
            else if (indent !== itemIndent)
                return undefined;
            const item = plainScalar(line.slice(indent + 2).trimStart());
            if (item === undefined)
                return undefined;
            (items ??= []).push(item);
            continue;
        }
        close();
        if (!isLetter(first) && first !== 95)
            return undefined;
        let end = 1;
        while (end < line.length && isKeyChar(line.charCodeAt(end)))
            end++;
        if (line.charCodeAt(end) !== 58 /* : */)
            return undefined;
        const key = line.slice(0, end);
        if (typeof plainScalar(key) !== 'string')
            return undefined; // `null:`, `true:` are not string keys
        // A repeated key is reported by the library's reading; `__proto__` is kept as a plain key there.
        if (keyLines.has(key) || key === '__proto__')
            return undefined;
        keyLines.set(key, n);
        const rest = line.slice(end + 1);
        if (isBlank(rest)) {
            openKey = key;
            continue;
        }
        if (rest.charCodeAt(0) !== 32)
            return undefined;
        const value = plainScalar(rest.trimStart());
        if (value === undefined)
            return undefined;
        metadata[key] = value;
    }
    close();
    return keyLines.size > 0 ? { metadata, keyLines } : undefined;
}

;// CONCATENATED MODULE: ./src/card/front-matter.ts
// Splits a model card into YAML front matter and Markdown body, and parses the YAML keeping the
// line of every top-level key so that findings can point at `license:`.


/** Front matter larger than this is not parsed (a YAML bomb or a pasted data dump). */
const MAX_FRONT_MATTER_CHARS = 256 * 1024;
function splitFrontMatter(text) {
    const lines = text.split('\n');
    const problems = [];
    // The Hub reads front matter only from the very first line; tolerate leading blank lines but say so.
    let start = 0;
    let commentBefore = false;
    while (start < lines.length && start < 50) {
        const t = lines[start].trim();
        if (t === '')
            start++;
        else if (t.startsWith('<!--')) {
            // An HTML comment before the front matter (a generator's stamp): skip it, and say so.
            let end = start;
            while (end < lines.length && end < start + 50 && !lines[end].includes('-->'))
                end++;
            if (end >= lines.length || end >= start + 50)
                break;
            if (lines[end].slice(lines[end].indexOf('-->') + 3).trim() !== '')
                break;
            commentBefore = true;
            start = end + 1;
        }
        else
            break;
    }
    if (start >= lines.length || lines[start].trimEnd() !== '---') {
        return { state: 'absent', metadata: {}, metadataLines: {}, bodyStartLine: 1, body: text, problems };
    }
    let end = -1;
    for (let i = start + 1; i < lines.length; i++) {
        const l = lines[i].trimEnd();
        if (l === '---' || l === '...') {
            end = i;
            break;
        }
    }
    if (end < 0) {
        problems.push({
            message: 'Front matter starts with --- but is never closed by another --- line.',
            line: start + 1,
            severity: 'error'
        });
        return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine: 1, body: text, problems };
    }
    if (start > 0) {
        problems.push({
            message: `Front matter starts on line ${start + 1}, not line 1${commentBefore ? ' (after an HTML comment)' : ''}: the Hugging Face Hub ignores metadata that does not open the file.`,
            line: start + 1,
            severity: 'warning'
        });
    }
    const yamlText = lines.slice(start + 1, end).join('\n');
    const body = lines.slice(end + 1).join('\n');
    const bodyStartLine = end + 2;
    const firstYamlLine = start + 2;
    if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
        problems.push({ message: 'Front matter is too large to parse.', line: start + 1, severity: 'error' });
        return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems };
    }
    const plain = readPlainFrontMatter(yamlText);
    if (plain) {
        // No prototype, as below: keys such as `constructor` are the card's own.
        const metadataLines = Object.create(null);
        for (const [key, line] of plain.keyLines)
            metadataLines[key] = firstYamlLine + line;
        return { state: 'valid', metadata: plain.metadata, metadataLines, bodyStartLine, body, problems };
    }
    let lineCounter = new dist.LineCounter();
    let doc = (0,dist.parseDocument)(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
    let salvaged = false;
    if (doc.errors.length > 0) {
        for (const err of doc.errors.slice(0, 5)) {
            const pos = lineCounter.linePos(err.pos[0]);
            const firstLine = err.message.split('\n')[0];
            problems.push({
                message: `Front matter is not valid YAML: ${firstLine}`,
                line: firstYamlLine + (pos.line - 1),
                severity: 'error'
            });
        }
        // Tabs used for indentation are the commonest slip: read the metadata as it was meant (the
        // error stays), so the licence is still identified. Lines keep their numbers.
        const untabbed = yamlText.replace(/^\t+/gm, m => '  '.repeat(m.length));
        if (untabbed === yamlText)
            return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems };
        const lc2 = new dist.LineCounter();
        const doc2 = (0,dist.parseDocument)(untabbed, { lineCounter: lc2, prettyErrors: false, uniqueKeys: false });
        if (doc2.errors.length > 0 || !(0,dist.isMap)(doc2.contents))
            return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems };
        lineCounter = lc2;
        doc = doc2;
        salvaged = true;
    }
    if (doc.contents === null) {
        return { state: 'valid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems };
    }
    if (!(0,dist.isMap)(doc.contents)) {
        problems.push({
            message: 'Front matter must be a YAML mapping of keys to values.',
            line: firstYamlLine,
            severity: 'error'
        });
        return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems };
    }
    // No prototype: keys such as `constructor` or `__proto__` are the card's own, never inherited ones.
    const metadataLines = Object.create(null);
    const firstSeen = new Map();
    for (const item of doc.contents.items) {
        if ((0,dist.isScalar)(item.key) && item.key.range) {
            const key = String(item.key.value);
            const line = firstYamlLine + lineCounter.linePos(item.key.range[0]).line - 1;
            // A repeated key: YAML forbids it; PyYAML (the Hub's Python tools) keeps the last value,
            // other readers the first or refuse. Report it, keep the last, as the Hub's tools would.
            const earlier = firstSeen.get(key);
            if (earlier !== undefined)
                problems.push({
                    message: `Front matter key \`${key}\` appears more than once (lines ${earlier} and ${line}); readers disagree on which value counts. This audit uses the last.`,
                    line,
                    severity: 'error'
                });
            else
                firstSeen.set(key, line);
            metadataLines[key] = line;
        }
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        problems.push({
            message: `Front matter could not be read: ${err.message}`,
            line: firstYamlLine,
            severity: 'error'
        });
        return { state: 'invalid', metadata: {}, metadataLines, bodyStartLine, body, problems };
    }
    const metadata = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    return { state: salvaged ? 'invalid' : 'valid', metadata, metadataLines, bodyStartLine, body, problems };
}

// EXTERNAL MODULE: ./node_modules/markdown-it/dist/markdown-it.mjs + 12 modules
var markdown_it = __webpack_require__(5251);
;// CONCATENATED MODULE: ./src/card/markdown-tree.ts
// A card's Markdown as a small mdast-shaped tree (root, heading, paragraph, strong, link,
// definition, html, code, text, with 1-based line positions), read by markdown-it. micromark, which
// builds real mdast, read a thousand short cards about seven times slower (issue 14: a monorepo of
// 10,000 models spent a fifth of its time there), and the card readers only need this much.
//
// The CommonMark preset is used, as micromark without extensions was: no tables, no bare-URL
// linkify (sections.ts finds bare URLs itself). Links are kept as written: markdown-it would
// percent-encode them and drop "javascript:" ones, where the readers want what the author wrote.

let parser;
function markdownIt() {
    if (parser)
        return parser;
    // maxNesting: sections.ts sends nothing nested deeper than 100 containers here; markdown-it's own
    // count also takes inline nesting, so its limit sits well above that (past it, it stops nesting).
    const md = new markdown_it/* default */.A('commonmark', { html: true, maxNesting: 1000 });
    md.validateLink = () => true;
    md.normalizeLink = url => url;
    md.normalizeLinkText = text => text;
    parser = md;
    return md;
}
/** Node types of markdown-it's paired block tokens, by the name before "_open". */
const BLOCK = {
    paragraph: 'paragraph',
    heading: 'heading',
    blockquote: 'blockquote',
    bullet_list: 'list',
    ordered_list: 'list',
    list_item: 'listItem'
};
const INLINE = {
    strong: 'strong',
    em: 'emphasis',
    link: 'link'
};
function withoutFinalNewline(s) {
    return s.endsWith('\n') ? s.slice(0, -1) : s;
}
/** 1-based column where `needle` starts on `line` of the source at or after `from`, or 1. */
function columnOf(lines, line, needle, from = 0) {
    const at = (lines[line - 1] ?? '').indexOf(needle, from);
    return at < 0 ? 1 : at + 1;
}
function span(startLine, startColumn, endLine, endColumn) {
    return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}
/** The inline children of one block, with the line each starts on (breaks and HTML move it on). */
function inlineNodes(children, firstLine, lines) {
    const root = { type: 'inline', children: [] };
    const stack = [root];
    let line = firstLine;
    let column = 0;
    const push = (n) => stack[stack.length - 1].children.push(n);
    for (const t of children) {
        const kind = t.type.endsWith('_open')
            ? t.type.slice(0, -5)
            : t.type.endsWith('_close')
                ? t.type.slice(0, -6)
                : '';
        if (kind && INLINE[kind]) {
            if (t.nesting === 1) {
                const node = { type: INLINE[kind], children: [], position: span(line, 1, line, 1) };
                if (kind === 'link')
                    node.url = String(t.attrGet('href') ?? '');
                push(node);
                stack.push(node);
            }
            else if (stack.length > 1) {
                const node = stack.pop();
                node.position.end.line = line;
            }
            continue;
        }
        if (t.type === 'softbreak') {
            push({ type: 'text', value: '\n' });
            line++;
            column = 0;
        }
        else if (t.type === 'hardbreak') {
            push({ type: 'break' });
            line++;
            column = 0;
        }
        else if (t.type === 'text' || t.type === 'code_inline') {
            push({ type: t.type === 'text' ? 'text' : 'inlineCode', value: t.content });
        }
        else if (t.type === 'html_inline') {
            const first = t.content.split('\n', 1)[0];
            const col = columnOf(lines, line, first, column);
            column = col;
            const breaks = t.content.split('\n').length - 1;
            push({ type: 'html', value: t.content, position: span(line, col, line + breaks, 1) });
            line += breaks;
            if (breaks > 0)
                column = 0;
        }
        else if (t.type === 'image') {
            push({ type: 'image' });
        }
    }
    return root.children;
}
/** Lines of the reference definitions ("[label]: url") markdown-it resolved, found by their label. */
function definitionNodes(references, lines) {
    if (!references)
        return [];
    const wanted = new Map();
    for (const [label, ref] of Object.entries(references))
        wanted.set(label, ref.href);
    const out = [];
    for (let i = 0; i < lines.length && wanted.size > 0; i++) {
        const t = lines[i].trimStart();
        if (!t.startsWith('[') || lines[i].length - t.length > 3)
            continue;
        const close = t.indexOf(']:');
        if (close < 2)
            continue;
        // markdown-it's own normalisation of labels: whitespace collapsed, case folded
        const label = t.slice(1, close).trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
        const href = wanted.get(label);
        if (href === undefined)
            continue;
        wanted.delete(label);
        out.push({ type: 'definition', url: href, position: span(i + 1, 1, i + 1, 1) });
    }
    return out;
}
/** Unclosed "[" a paragraph may hold, and brackets it may nest, before they are made inert. */
const MAX_BRACKETS = 64;
/** Same length as "[" and "]" (one UTF-16 unit each), so every offset and line stays where it was. */
const INERT_OPEN = '\uFF3B';
const INERT_CLOSE = '\uFF3D';
/**
 * The body with the brackets no link can use made inert: a paragraph's unclosed "[" when it has
 * more than MAX_BRACKETS of them, and pairs nested deeper than that. markdown-it (like micromark)
 * looks for the end of a link again from each "[": 250,000 "![" took 90 s, 250,000 nested pairs
 * 5 s. One pass with a stack; an ordinary card is parsed exactly as written.
 */
function defuseBrackets(body) {
    const inert = [];
    let open = []; // "[" of this paragraph that no "]" has closed yet
    let blankLine = true;
    const endParagraph = () => {
        if (open.length > MAX_BRACKETS)
            for (const i of open)
                inert.push(i);
        open = [];
    };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\n') {
            if (blankLine)
                endParagraph();
            blankLine = true;
            continue;
        }
        if (c !== ' ' && c !== '\t' && c !== '\r')
            blankLine = false;
        // an escaped character is no bracket (a backslash ending a line is a line break, kept)
        if (c === '\\' && body[i + 1] !== '\n')
            i++;
        else if (c === '[')
            open.push(i);
        else if (c === ']' && open.length > 0) {
            const from = open.pop();
            if (open.length >= MAX_BRACKETS)
                inert.push(from, i);
        }
    }
    endParagraph();
    if (inert.length === 0)
        return body;
    const chars = body.split('');
    for (const i of inert)
        chars[i] = chars[i] === '[' ? INERT_OPEN : INERT_CLOSE;
    return chars.join('');
}
/** The tree of a Markdown body (lines 1-based within the body). */
function markdownTree(body) {
    const env = {};
    const tokens = markdownIt().parse(defuseBrackets(body), env);
    const lines = body.split('\n');
    const root = { type: 'root', children: [] };
    const stack = [root];
    const push = (n) => stack[stack.length - 1].children.push(n);
    for (const t of tokens) {
        const from = t.map ? t.map[0] + 1 : 1;
        const to = t.map ? Math.max(from, t.map[1]) : from;
        if (t.nesting === 1 && BLOCK[t.type.slice(0, -5)]) {
            const node = {
                type: BLOCK[t.type.slice(0, -5)],
                children: [],
                position: span(from, 1, to, 1)
            };
            if (node.type === 'heading')
                node.depth = Number(t.tag.slice(1));
            push(node);
            stack.push(node);
        }
        else if (t.nesting === -1 && BLOCK[t.type.slice(0, -6)]) {
            if (stack.length > 1)
                stack.pop();
        }
        else if (t.type === 'inline') {
            for (const n of inlineNodes(t.children ?? [], from, lines))
                push(n);
        }
        else if (t.type === 'fence' || t.type === 'code_block') {
            const info = t.info.trim();
            const lang = t.type === 'fence' && info ? info.split(/\s/, 1)[0] : null;
            push({ type: 'code', lang, value: withoutFinalNewline(t.content), position: span(from, 1, to, 1) });
        }
        else if (t.type === 'html_block') {
            const value = withoutFinalNewline(t.content);
            const col = columnOf(lines, from, value.trimStart().split('\n', 1)[0]);
            push({ type: 'html', value, position: span(from, col, to, 1) });
        }
        else if (t.type === 'hr') {
            push({ type: 'thematicBreak', position: span(from, 1, to, 1) });
        }
    }
    for (const n of definitionNodes(env.references, lines))
        root.children.push(n);
    return root;
}

;// CONCATENATED MODULE: ./src/card/markdown-blocks.ts
// The block structure of a card that the knowledge modules need, read from the Markdown tree the
// card parser already built (never a second parse, never a hand-written fence tracker): code
// blocks (fenced with any fence length, or indented), HTML comments, and lines that stand as
// headings without being Markdown headings (a paragraph that is only bold text, an HTML <hN>).
function emptyMarkdown() {
    return { code: [], comments: [], pseudoHeadings: [] };
}
const MAX_ITEMS = 5000;
function textOf(node) {
    let out = '';
    const stack = [node];
    while (stack.length > 0 && out.length < 400) {
        const n = stack.pop();
        if (typeof n.value === 'string' && n.type !== 'html')
            out += n.value;
        const kids = n.children ?? [];
        for (let i = kids.length - 1; i >= 0; i--)
            stack.push(kids[i]);
    }
    return out;
}
/** "<h2 id=x>Training <b>data</b></h2>" \u2192 { depth: 2, heading: "Training data" }; linear scans only. */
function htmlHeading(value) {
    const v = value.trim();
    if (v.length > 400 || v.length < 9 || v[0] !== '<' || (v[1] !== 'h' && v[1] !== 'H'))
        return null;
    const depth = Number(v[2]);
    if (!(depth >= 1 && depth <= 6))
        return null;
    if (v[3] !== '>' && v[3] !== ' ')
        return null;
    const close = `</h${depth}>`;
    if (!v.toLowerCase().endsWith(close))
        return null;
    const open = v.indexOf('>');
    const inner = v.slice(open + 1, v.length - close.length);
    let heading = '';
    let inTag = false;
    for (const c of inner) {
        if (c === '<')
            inTag = true;
        else if (c === '>')
            inTag = false;
        else if (!inTag)
            heading += c;
    }
    heading = heading.trim();
    return heading ? { depth, heading } : null;
}
/** A paragraph that is only bold text, maybe with a colon: "**Training data**", "__Data__:". */
function boldHeading(node) {
    const kids = (node.children ?? []).filter(k => !(k.type === 'text' && /^[\s:]*$/.test(k.value ?? '')));
    if (kids.length !== 1 || kids[0].type !== 'strong' || !node.position)
        return null;
    if (node.position.start.line !== node.position.end.line)
        return null;
    const t = textOf(kids[0]).trim().replace(/:$/, '').trim();
    return t.length >= 2 && t.length <= 60 ? t : null;
}
/**
 * Code blocks, HTML comments and pseudo-headings of a parsed Markdown body.
 * @param tree the root of the body's Markdown tree (markdown-tree.ts).
 * @param lineOffset the file line of the body's first line, minus one.
 */
function markdownBlocks(tree, lineOffset) {
    const out = emptyMarkdown();
    const stack = [tree];
    let visited = 0;
    while (stack.length > 0 && visited++ < 1_000_000) {
        const node = stack.pop();
        const pos = node.position;
        if (pos && node.type === 'code' && out.code.length < MAX_ITEMS) {
            out.code.push({
                line: pos.start.line + lineOffset,
                endLine: pos.end.line + lineOffset,
                lang: node.lang ?? null,
                value: node.value ?? ''
            });
            continue;
        }
        if (pos && node.type === 'html') {
            const v = node.value ?? '';
            // One html node may hold several comments and tags; find each comment by its own position.
            collectComments(v, pos.start, lineOffset, out.comments);
            const h = htmlHeading(v);
            if (h && out.pseudoHeadings.length < MAX_ITEMS)
                out.pseudoHeadings.push({ ...h, line: pos.start.line + lineOffset });
            continue;
        }
        if (pos && node.type === 'paragraph') {
            const b = boldHeading(node);
            if (b && out.pseudoHeadings.length < MAX_ITEMS)
                out.pseudoHeadings.push({ heading: b, depth: 7, line: pos.start.line + lineOffset });
        }
        const kids = node.children ?? [];
        for (let i = kids.length - 1; i >= 0; i--)
            stack.push(kids[i]);
    }
    out.code.sort((a, b) => a.line - b.line);
    out.comments.sort((a, b) => a.line - b.line || a.column - b.column);
    out.pseudoHeadings.sort((a, b) => a.line - b.line);
    return out;
}
/** Spans of `<!-- \u2026 -->` inside an html node's value, which starts at `start` in the body. */
function collectComments(value, start, lineOffset, sink) {
    let line = start.line;
    let column = start.column;
    let i = 0;
    const advance = (to) => {
        for (; i < to; i++) {
            if (value[i] === '\n') {
                line++;
                column = 1;
            }
            else
                column++;
        }
    };
    while (i < value.length && sink.length < MAX_ITEMS) {
        const open = value.indexOf('<!--', i);
        if (open < 0)
            return;
        advance(open);
        const from = { line, column };
        const close = value.indexOf('-->', open + 4);
        // An unclosed comment runs to the end of the node (CommonMark ends the block there).
        advance(close < 0 ? value.length : close + 3);
        sink.push({
            line: from.line + lineOffset,
            column: from.column,
            endLine: line + lineOffset,
            endColumn: column
        });
    }
}

;// CONCATENATED MODULE: ./src/card/html-links.ts
// Links written as HTML in a card (`<a href="LICENSE-X">licence</a>`): Markdown keeps HTML as raw
// text, so a card that links its licence this way needs its anchors read here. A plain scan with
// indexOf, not a regular expression over the whole value: linear however the HTML is built.
/** At most this many anchors are read from one HTML value. */
const MAX_ANCHORS = 200;
const MAX_HREF = 2000;
/** Characters of an anchor's content read for its text. */
const MAX_TEXT = 500;
function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}
/** The value of the `href` attribute inside one tag's text (between `<a` and `>`), or null. */
function hrefOf(tag) {
    const lower = tag.toLowerCase();
    let at = 0;
    for (;;) {
        const i = lower.indexOf('href', at);
        if (i < 0)
            return null;
        at = i + 4;
        // An attribute name starts after a space: `data-href` and `hreflang` are not `href`.
        if (!isSpace(lower[i - 1]))
            continue;
        let j = at;
        while (isSpace(lower[j]))
            j++;
        if (lower[j] !== '=')
            continue;
        j++;
        while (isSpace(lower[j]))
            j++;
        const quote = tag[j];
        if (quote === '"' || quote === "'") {
            const end = tag.indexOf(quote, j + 1);
            return end < 0 ? null : tag.slice(j + 1, end).trim();
        }
        let end = j;
        while (end < tag.length && !isSpace(tag[end]) && tag[end] !== '>')
            end++;
        return tag.slice(j, end);
    }
}
/** Text with tags removed and entities for the common characters decoded, on one line. */
function textOfHtml(html) {
    let out = '';
    let inTag = false;
    for (const c of html) {
        if (c === '<')
            inTag = true;
        else if (c === '>')
            inTag = false;
        else if (!inTag)
            out += isSpace(c) ? ' ' : c;
    }
    return out.split('&amp;').join('&').split('&nbsp;').join(' ').replace(/ {2,}/g, ' ').trim();
}
/** The `<a href>` anchors of an HTML value, in order. */
function htmlAnchors(html) {
    const out = [];
    const lower = html.toLowerCase();
    let at = 0;
    // Lines are counted once, forward, as anchors are found.
    let counted = 0;
    let lines = 0;
    // The next `</a` at or after the current tag; -1 once there is none left (searched again only
    // when the tag has moved past it, so a value with no closing tag is scanned once).
    let closing = -2;
    while (out.length < MAX_ANCHORS) {
        const open = lower.indexOf('<a', at);
        if (open < 0)
            break;
        at = open + 2;
        if (!isSpace(lower[open + 2]))
            continue;
        const close = lower.indexOf('>', open);
        if (close < 0)
            break;
        at = close + 1;
        const href = hrefOf(html.slice(open + 2, close));
        if (!href || href.length > MAX_HREF)
            continue;
        if (closing !== -1 && closing < close)
            closing = lower.indexOf('</a', close);
        const end = closing;
        for (let i = lower.indexOf('\n', counted); i >= 0 && i < open; i = lower.indexOf('\n', i + 1)) {
            lines++;
            counted = i + 1;
        }
        out.push({
            href,
            text: end < 0 ? '' : textOfHtml(html.slice(close + 1, Math.min(end, close + 1 + MAX_TEXT))),
            closed: end >= 0,
            lineInValue: lines
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/card/sections.ts
// Markdown structure of a card: headings (ATX and setext) with their lines, and links, read from a
// Markdown tree (markdown-tree.ts) so code blocks and HTML are not mistaken for headings. A card too
// large or too deeply nested for a tree is read by a line reader instead, and the card says it was
// read partially.




/** Text of a node and its descendants, in order (iterative: a deep tree must not overflow the stack). */
function plainText(node) {
    let out = '';
    const stack = [node];
    while (stack.length > 0) {
        const n = stack.pop();
        if (typeof n.value === 'string' && n.type !== 'html') {
            out += n.value;
            continue;
        }
        const kids = n.children ?? [];
        for (let i = kids.length - 1; i >= 0; i--)
            stack.push(kids[i]);
    }
    return out;
}
const BARE_URL = /\bhttps?:\/\/[^\s<>()"'`\]]{1,2000}/g;
/** Beyond these, Markdown is not parsed to a tree; a line reader takes over. */
const MARKDOWN_LIMITS = {
    /** Characters of card body parsed to a tree. */
    maxParsedChars: 512 * 1024,
    /** Block containers (block quotes, list items) nested on one line or by indentation. */
    maxNesting: 100
};
/** Deepest nesting of block quotes and list items a line opens ("> > - > x" is 4; two spaces of indentation count as one level). */
function maxNestingDepth(body) {
    let deepest = 0;
    let i = 0;
    while (i < body.length) {
        let depth = 0;
        let indent = 0;
        let j = i;
        for (; j < body.length; j++) {
            const c = body[j];
            // indentation before the first marker; spaces after a marker belong to it
            if (c === ' ')
                indent += depth === 0 ? 1 : 0;
            else if (c === '\t')
                indent += depth === 0 ? 4 : 0;
            else if (c === '>')
                depth++;
            else if ((c === '-' || c === '*' || c === '+') && (body[j + 1] === ' ' || body[j + 1] === '\t'))
                depth++;
            else if (c >= '0' && c <= '9') {
                let k = j;
                while (k < body.length && k - j < 9 && body[k] >= '0' && body[k] <= '9')
                    k++;
                if ((body[k] === '.' || body[k] === ')') && (body[k + 1] === ' ' || body[k + 1] === '\t')) {
                    depth++;
                    j = k;
                }
                else
                    break;
            }
            else
                break;
        }
        deepest = Math.max(deepest, depth + Math.floor(indent / 2));
        const nl = body.indexOf('\n', j);
        if (nl < 0)
            break;
        i = nl + 1;
    }
    return deepest;
}
/** Why the body is too large or too deep for a tree, or null when it may be parsed. */
function markdownLimitExceeded(body) {
    if (body.length > MARKDOWN_LIMITS.maxParsedChars)
        return `its Markdown is larger than ${MARKDOWN_LIMITS.maxParsedChars / 1024} KB`;
    const depth = maxNestingDepth(body);
    if (depth > MARKDOWN_LIMITS.maxNesting)
        return `its Markdown nests block quotes or lists ${depth} levels deep (more than ${MARKDOWN_LIMITS.maxNesting})`;
    return null;
}
/** The line reader: ATX headings and code fences (outside fenced code) and Markdown links, in one pass. */
function readLines(lines, lineOffset) {
    const headings = [];
    const links = [];
    const markdown = emptyMarkdown();
    let fence = null;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const t = raw.trimStart();
        const indent = raw.length - t.length;
        if (indent <= 3 && (t.startsWith('```') || t.startsWith('~~~'))) {
            const marker = t.slice(0, 3);
            if (!fence)
                fence = { marker, line: i + 1 };
            else if (marker === fence.marker) {
                markdown.code.push({
                    line: fence.line + lineOffset,
                    endLine: i + 1 + lineOffset,
                    lang: null,
                    value: lines.slice(fence.line, i).join('\n')
                });
                fence = null;
            }
            continue;
        }
        if (fence)
            continue;
        if (indent <= 3 && t.startsWith('#')) {
            let level = 0;
            while (level < t.length && t[level] === '#')
                level++;
            if (level <= 6 && (t.length === level || t[level] === ' ' || t[level] === '\t')) {
                headings.push({
                    heading: (0,trim/* trimEndChars */.vU)(t.slice(level).trim(), '#').trim(),
                    depth: level,
                    line: i + 1,
                    endLine: i + 1
                });
                continue;
            }
        }
        // "[text](url)" found with indexOf, never a backtracking expression; each search moves forward only
        let open = -1; // last "[" before the current "]("
        let nextOpen = raw.indexOf('[');
        let close = -1;
        for (let at = raw.indexOf(']('); at >= 0 && links.length < 10_000; at = raw.indexOf('](', at + 2)) {
            if (close < at + 2)
                close = raw.indexOf(')', at + 2);
            if (close < 0)
                break;
            while (nextOpen >= 0 && nextOpen < at) {
                open = nextOpen;
                nextOpen = raw.indexOf('[', open + 1);
            }
            if (open < 0 || at - open > 300 || close - at > 2000)
                continue;
            const url = raw
                .slice(at + 2, close)
                .trim()
                .split(/\s/)[0];
            if (url)
                links.push({ url, text: raw.slice(open + 1, at).trim(), line: i + 1 + lineOffset });
        }
    }
    return { headings, links, markdown };
}
/**
 * Links of the `<a href>` anchors in an HTML node. Inline HTML splits `<a href="x">text</a>` into
 * three nodes, so an anchor left open takes its text from the siblings up to the closing tag.
 */
function anchorLinks(html, siblings, index, lineOffset) {
    const line = html.position.start.line + lineOffset;
    return htmlAnchors(html.value ?? '').map(a => {
        let text = a.text;
        if (!a.closed) {
            for (let j = index + 1; j < siblings.length && text.length < 500; j++) {
                const next = siblings[j];
                if (next.type === 'html') {
                    // Tags inside the anchor (`<em>`) carry no text; its closing tag ends it.
                    if ((next.value ?? '').toLowerCase().includes('</a'))
                        break;
                    continue;
                }
                text += plainText(next);
            }
        }
        return { url: a.href, text: text.trim(), line: line + a.lineInValue };
    });
}
/** Headings and links of a parsed tree, in document order (iterative). */
function readTree(tree, lineOffset) {
    const headings = [];
    const links = [];
    const stack = [tree];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'heading' && node.position) {
            headings.push({
                heading: plainText(node).trim(),
                depth: node.depth ?? 1,
                line: node.position.start.line,
                endLine: node.position.end.line
            });
        }
        if ((node.type === 'link' || node.type === 'definition') && node.url && node.position) {
            links.push({ url: node.url, text: plainText(node).trim(), line: node.position.start.line + lineOffset });
        }
        const kids = node.children ?? [];
        kids.forEach((kid, k) => {
            if (kid.type === 'html' && kid.value && kid.position)
                links.push(...anchorLinks(kid, kids, k, lineOffset));
        });
        for (let i = kids.length - 1; i >= 0; i--)
            stack.push(kids[i]);
    }
    return { headings, links };
}
/**
 * @param body Markdown after the front matter.
 * @param lineOffset file line of the body's first line, minus one.
 * @returns `partial` says why the line reader was used instead of a Markdown tree.
 */
function parseSections(body, lineOffset) {
    const lines = body.split('\n');
    const partial = markdownLimitExceeded(body);
    let headings;
    let links;
    let markdown;
    if (partial) {
        ;
        ({ headings, links, markdown } = readLines(lines, lineOffset));
    }
    else {
        let tree;
        try {
            tree = markdownTree(body);
            markdown = markdownBlocks(tree, lineOffset);
        }
        catch {
            tree = { type: 'root', children: [] };
            markdown = emptyMarkdown();
        }
        ;
        ({ headings, links } = readTree(tree, lineOffset));
    }
    const seen = new Set(links.map(l => `${l.line}\u0000${l.url}`));
    // Bare URLs in text and HTML that the tree did not turn into links (GFM autolinks are an extension).
    lines.forEach((l, i) => {
        if (!l.includes('http'))
            return;
        for (const m of l.matchAll(BARE_URL)) {
            const url = (0,trim/* trimEndChars */.vU)(m[0], '.,;:!?*_');
            const line = i + 1 + lineOffset;
            if (seen.has(`${line}\u0000${url}`))
                continue;
            seen.add(`${line}\u0000${url}`);
            links.push({ url, text: '', line });
        }
    });
    links.sort((a, b) => a.line - b.line);
    const sections = [];
    const sliceText = (from, to) => lines.slice(from - 1, to).join('\n');
    const firstHeadingLine = headings.length > 0 ? headings[0].line : lines.length + 1;
    if (firstHeadingLine > 1) {
        sections.push({
            heading: '',
            depth: 0,
            line: 1 + lineOffset,
            endLine: firstHeadingLine - 1 + lineOffset,
            text: sliceText(1, firstHeadingLine - 1)
        });
    }
    headings.forEach((h, i) => {
        const next = i + 1 < headings.length ? headings[i + 1].line - 1 : lines.length;
        sections.push({
            heading: h.heading,
            depth: h.depth,
            line: h.line + lineOffset,
            endLine: next + lineOffset,
            text: sliceText(h.endLine + 1, next)
        });
    });
    return partial ? { sections, links, markdown, partial } : { sections, links, markdown };
}

;// CONCATENATED MODULE: ./src/card/parse-card.ts


function parseCard(file, text) {
    const fm = splitFrontMatter(text);
    const { sections, links, markdown, partial } = parseSections(fm.body, fm.bodyStartLine - 1);
    return {
        card: {
            file,
            text,
            metadata: fm.metadata,
            metadataLines: fm.metadataLines,
            frontMatter: fm.state,
            body: fm.body,
            bodyStartLine: fm.bodyStartLine,
            sections,
            links,
            markdown,
            ...(partial ? { markdownReadPartially: partial } : {})
        },
        problems: fm.problems
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/card/metadata-schema.ts
// The Hugging Face model-card metadata keys this audit relies on, as a zod schema. Unknown keys
// are allowed (the Hub accepts many more); known keys must have the Hub's shapes.

const stringOrList = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]);
const modelIndexResult = schemas/* object */.Ikc({
    task: schemas/* object */.Ikc({ type: schemas/* string */.YjP(), name: schemas/* string */.YjP().optional() }).passthrough(),
    dataset: schemas/* object */.Ikc({ type: schemas/* string */.YjP(), name: schemas/* string */.YjP() }).passthrough(),
    metrics: schemas/* array */.YOg(schemas/* object */.Ikc({ type: schemas/* string */.YjP(), value: schemas/* unknown */.L5J() }).passthrough()),
    source: schemas/* object */.Ikc({ url: schemas/* string */.YjP(), name: schemas/* string */.YjP().optional() }).passthrough().optional()
});
const BASE_MODEL_RELATIONS = ['adapter', 'merge', 'quantized', 'finetune'];
const cardMetadataSchema = schemas/* object */.Ikc({
    license: schemas/* string */.YjP().optional(),
    license_name: schemas/* string */.YjP().optional(),
    license_link: schemas/* string */.YjP().optional(),
    datasets: stringOrList.optional(),
    base_model: stringOrList.optional(),
    base_model_relation: schemas/* enum */.k5n(BASE_MODEL_RELATIONS).optional(),
    language: stringOrList.optional(),
    tags: stringOrList.optional(),
    pipeline_tag: schemas/* string */.YjP().optional(),
    library_name: schemas/* string */.YjP().optional(),
    'model-index': schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), results: schemas/* array */.YOg(modelIndexResult) }).passthrough())
        .optional()
})
    .passthrough();
/** Validates metadata; returns one problem per offending top-level key, with its line. */
function validateCardMetadata(metadata, lines) {
    const result = cardMetadataSchema.safeParse(metadata);
    if (result.success)
        return [];
    const byKey = new Map();
    for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (byKey.has(key))
            continue;
        const where = issue.path.length > 1 ? ` (at ${issue.path.join('.')})` : '';
        let message = issue.message;
        if (key === 'base_model_relation')
            message = `must be one of ${BASE_MODEL_RELATIONS.join(', ')}`;
        byKey.set(key, { key, line: lines[key], message: `\`${key}\`${where}: ${message}` });
    }
    return [...byKey.values()];
}

// EXTERNAL MODULE: ./src/text/normalize.ts + 1 modules
var normalize = __webpack_require__(6639);
;// CONCATENATED MODULE: ./src/text/hidden.ts
// Characters that make a text display differently from what it says: bidirectional controls
// (embeddings, overrides, isolates reorder what a reader sees, "Trojan Source") and invisible
// characters placed inside a word (a zero-width space splits "commercial" for a program, not for
// a reader). One linear scan; positions are 1-based lines of the text as written.

/** Most hidden characters recorded per text (the first ones are enough to point at). */
const MAX_HIDDEN_REPORTED = 20;
/** Embeddings, overrides and isolates: the bidi controls that reorder text. Marks (LRM, RLM, ALM) do not. */
function isReorderingBidiControl(cp) {
    return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}
function isAsciiLetter(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function findHiddenCharacters(text) {
    const found = [];
    let line = 1;
    for (let i = 0; i < text.length && found.length < MAX_HIDDEN_REPORTED; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            continue;
        }
        if (c < 0x200b)
            continue;
        const codePoint = 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
        if (isReorderingBidiControl(c)) {
            found.push({ kind: 'bidi-control', line, codePoint });
            continue;
        }
        if (!(0,normalize/* isInvisible */.qW)(c) || c === 0xfeff || i === 0)
            continue;
        // between two Latin letters, skipping further invisible characters
        let j = i + 1;
        while (j < text.length && j - i < 16 && (0,normalize/* isInvisible */.qW)(text.charCodeAt(j)))
            j++;
        if (isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(j)))
            found.push({ kind: 'invisible-in-word', line, codePoint });
        i = j - 1;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/analyze/stages/card-stage.ts
// Stage 2 (card): read the model card through SafeFs, parse its front matter and sections, and
// validate its metadata.




async function readCardStage(ctx) {
    const { safe, model } = ctx;
    let card = null;
    let cardState = 'missing';
    let cardProblems = [];
    let cardHiddenText;
    let cardBytes;
    if (model.card) {
        // Discovery's read when it holds the whole card (the same result as reading it here), taken
        // from the model root so that the text is let go with the parsed card.
        const r = model.cardRead ?? (await safe.read(model.card.path));
        model.cardRead = undefined;
        if (r.kind === 'text') {
            const parsed = parseCard(model.card.path, r.text);
            card = parsed.card;
            cardProblems = parsed.problems;
            const hidden = findHiddenCharacters(r.text);
            if (hidden.length > 0)
                cardHiddenText = hidden;
            cardState = r.truncated ? 'truncated' : 'ok';
            if (r.truncated)
                cardBytes = r.bytes;
        }
        else if (r.kind === 'unsafe') {
            cardState = 'unsafe';
            ctx.repoFindings.push(unsafePathFinding(model.card.path, `${model.card.path} leads outside the audited root; it was not read.`));
        }
        else {
            cardState = r.kind === 'binary' || r.kind === 'lfs-pointer' ? 'binary' : 'error';
        }
    }
    const metadataProblems = card ? validateCardMetadata(card.metadata, card.metadataLines) : [];
    return {
        card,
        cardState,
        cardProblems,
        metadataProblems,
        ...(cardHiddenText ? { cardHiddenText } : {}),
        ...(cardBytes !== undefined ? { cardBytes } : {})
    };
}

// EXTERNAL MODULE: ./src/knowledge/code-evidence.ts
var code_evidence = __webpack_require__(7997);
// EXTERNAL MODULE: ./src/knowledge/text-lines.ts
var text_lines = __webpack_require__(5671);
;// CONCATENATED MODULE: ./src/knowledge/data-information.ts
// How much a card (and any datasheet or data card next to it) says about the training data,
// against what the OSI Open Source AI Definition asks for "data information". Two questions are
// judged apart, each with its evidence lines:
//   described  \u2014 the sources are named and how the data was processed is said (in the card, or in
//                a datasheet, data card or paper the data section links for it);
//   obtainable \u2014 where to get the data: Hub dataset ids, dataset links, download commands (code
//                blocks included), datasheets; and no part of the data is said to be withheld
//                (proprietary, internal, synthetic data that is not released) without a pointer.
//
// Levels: complete \u2014 described and obtainable; partial \u2014 some of it; none \u2014 nothing, placeholders,
// or only generic phrases ("a mix of publicly available data", sizes, dates).


const DATA_TOPICS = [
    'sources',
    'provenance',
    'acquisition',
    'processing',
    'availability',
    'scope'
];
/** Well-known training corpora, matched on word boundaries. `cs` marks case-sensitive names. */
const KNOWN_CORPORA = [
    ['Common Crawl', /\bcommon ?crawl\b/i],
    ['C4', /\bC4\b/],
    ['mC4', /\bmC4\b/],
    ['The Pile', /\bthe Pile\b|\bPile-CC\b/],
    ['RedPajama', /\bred ?pajama\b/i],
    ['SlimPajama', /\bslim ?pajama\b/i],
    ['Dolma', /\bdolma\b/i],
    ['DCLM', /\bDCLM\b/],
    ['RefinedWeb', /\brefined ?web\b/i],
    ['FineWeb', /\bfine ?web(?:-edu|-2)?\b/i],
    ['The Stack', /\bthe stack(?: v2)?\b/i],
    ['StarCoderData', /\bstarcoder ?data\b/i],
    ['Wikipedia', /\bwikipedia\b/i],
    ['BookCorpus', /\bbook ?corpus\b/i],
    ['Books3', /\bbooks3\b/i],
    ['Project Gutenberg', /\b(?:project )?gutenberg\b/i],
    ['arXiv', /\barxiv\b/i],
    ['GitHub', /\bgithub\b/i],
    ['Stack Exchange', /\bstack ?exchange\b/i],
    ['OpenWebText', /\bopen ?web ?text\b/i],
    ['OpenWebMath', /\bopen ?web ?math\b/i],
    ['peS2o', /\bpes2o\b/i],
    ['S2ORC', /\bs2orc\b/i],
    ['PubMed', /\bpubmed\b/i],
    ['LAION', /\blaion(?:-5b|-400m|-2b|2b-en|-aesthetics|-coco)?\b/i],
    ['COYO', /\bcoyo(?:-700m)?\b/i],
    ['DataComp', /\bdatacomp\b/i],
    ['Conceptual Captions', /\bconceptual captions\b|\bCC3M\b|\bCC12M\b/i],
    ['ImageNet', /\bimagenet\b/i],
    ['COCO', /\b(?:ms-?)?COCO\b/],
    ['LibriSpeech', /\blibri ?speech\b/i],
    ['LibriLight', /\blibri-?light\b/i],
    ['Common Voice', /\bcommon ?voice\b/i],
    ['VoxPopuli', /\bvox ?populi\b/i],
    ['GigaSpeech', /\bgiga ?speech\b/i],
    ['AudioSet', /\baudio ?set\b/i],
    ['OpenAssistant', /\bopen ?assistant\b|\boasst1?\b/i],
    ['ShareGPT', /\bsharegpt\b/i],
    ['UltraChat', /\bultra ?chat\b/i],
    ['UltraFeedback', /\bultra ?feedback\b/i],
    ['Alpaca', /\balpaca\b/i],
    ['Dolly', /\bdolly(?:-15k)?\b/i],
    ['FLAN', /\bFLAN\b|\bflan collection\b/],
    ['Tulu', /\bt[u\u00fc]lu\b/i],
    ['OpenOrca', /\bopen ?orca\b/i],
    ['OpenHermes', /\bopen ?hermes\b/i],
    ['Proof-Pile', /\bproof-?pile(?:-2)?\b/i],
    ['Cosmopedia', /\bcosmopedia\b/i],
    ['ROOTS', /\bROOTS\b/],
    ['xP3', /\bxP3\b/],
    ['OSCAR', /\bOSCAR\b/],
    ['CulturaX', /\bculturax\b/i],
    ['HH-RLHF', /\bhh-rlhf\b/i],
    ['CC-News', /\bcc-?news\b/i],
    ['Nemotron-CC', /\bnemotron-cc\b/i],
    ['Zyda', /\bzyda\b/i],
    ['Txt360', /\btxt360\b/i]
].map(([name, re]) => ({ name: name, re: re }));
/**
 * Any corpus name at all, case aside: a line it does not match matches none of KNOWN_CORPORA, so
 * their expressions are neither compiled nor run for it (most data lines name no corpus).
 */
const ANY_CORPUS = new RegExp(KNOWN_CORPORA.map(c => `(?:${c.re.source})`).join('|'), 'i');
/** Headings about data: "Training Data", "Dataset", "Data Preprocessing", "Pretraining data", "Data". */
const HEADING_DATA_WORDS = /\b(?:data|datasets?|corpus|corpora|datasheet|data ?card|data ?mix(?:ture)?|pre-?processing)\b/i;
/** Template headings that hold the training data under them: "Training", "Training Details". */
const HEADING_TRAINING_PARENT = /^\W*(?:(?!distributed|parallel|mixed|efficient|fast|how|continued|further|model\b)[A-Za-z][\w.+-]{0,40}\s+)?(?:model )?(?:training|pre-?training|training details|training and data|data and training)(?: details)?\W*$/i;
/** Headings whose prose may describe the data in passing ("Training procedure", "Fine-tuning"). */
const HEADING_SEMI = /\b(?:train(?:ing)?|pre-?train(?:ing)?|fine-?tun(?:e|ed|ing)|procedure|methodology|recipes?)\b/i;
const HEADING_SEMI_EXCLUDE = /\b(?:hardware|compute|infrastructure|hyper-?parameters?|speeds?|environmental|results?|loss|software|emissions?|frameworks?|versions?)\b/i;
const HEADING_EXCLUDE = /\b(?:hardware|compute|infrastructure|hyper-?parameters?|procedure|speeds?|environmental|intended|stack|factors)\b/i;
const HEADING_EVAL = /\b(?:eval(?:uation|uations)?|benchmarks?|results?|test(?:ing)?|validation)\b/i;
const HEADING_TRAIN_WORD = /\b(?:train(?:ing)?|pre-?train(?:ing)?|fine-?tun(?:e|ed|ing))\b/i;
const PLACEHOLDER = /\[more information needed\]|^\W*more information needed\W*$|\bto be (?:added|announced)\b|\bTBD\b|\bcoming soon\b|\bN\/A\b/i;
const DEFERRAL = /\b(?:see|refer to|described in|detailed in|details (?:are )?in|more details)\b[^.]{0,120}\b(?:paper|report|publication|blog)\b/i;
const PROVENANCE = /\b(?:crawl(?:ed|s|ing)?|scrap(?:ed|ing)|collected|gathered|harvested|sourced|provenance|donated|snapshots?|dumps?|originat(?:es|ed|ing)|come[s]? from|drawn from|licensed from|purchased|transcripts?)\b/i;
const ACQUISITION = /\b(?:selected|selection|sampled|mixture|mix(?:ing)? (?:ratio|weights?)|proportions?|annotat\w*|label(?:l?ed|l?ing)|crowd-?sourc\w*|human-written|synthetic(?:ally)?|generated by|distilled|licensed|curat\w*)\b/i;
// A word boundary after a group of words is written `(?!\w)` in the longest expressions here: the
// same match (each word ends in a word character), and V8 compiles it several times faster, which
// every run pays for once (about 8 ms for these three).
const PROCESSING = /\b(?:de-?dup\w*|filter(?:ed|ing|s)?|clean(?:ed|ing)|decontaminat\w*|tokeni[sz]\w*|normali[sz]\w*|remov(?:ed|ing|al)|quality (?:classifier|filter\w*|score)|heuristics?|PII|language identification|lang-?id|fasttext|minhash|pre-?process\w*|data[- ]?prep(?:aration|ared|ping)?|anonymi[sz]\w*|nsfw|toxicity|aesthetic(?:s)? score|watermark|near-duplicates?|exact-duplicates?|perplexity)(?!\w)/i;
const AVAILABILITY_WORDS = /\b(?:available (?:at|on|from|here)|download(?:ed|able)? (?:from|at|here)|can be (?:downloaded|obtained|found)|we release[ds]? (?:the|our) (?:data|dataset|corpus)|publicly released (?:data|dataset|corpus))\b/i;
/** Words that make a link on the line a place to get the data. */
const OBTAIN_WORDS = /\b(?:download\w*|obtain\w*|available (?:at|on|from|here)|mirror\w*|hosted|get (?:it|the data)|access(?:ed|ible)? (?:at|from|here))\b/i;
/** "no private data", "does not include proprietary data": not a withheld part. */
const NEGATED_WITHHELD = /\b(?:no|not include|excluding|without|nor)\b[^.]{0,40}\b(?:proprietary|private|internal|confidential|synthetic)\b/i;
const SCOPE = /\b\d[\d,.]{0,20}\s?(?:[kmbt]|thousand|million|billion|trillion)?\s?(?:tokens?|hours?|images?|image-text pairs|pairs|documents?|samples?|examples?|words|files|tb|gb|conversations|instructions|utterances|songs|tracks|clips|videos|languages)(?!\w)|\b(?:cutoff|cut-off|freshness|knowledge cutoff)(?!\w)|\b\d{1,12}(?:\.\d{1,6})? ?%/i;
const GENERIC = /\b(?:publicly available (?:online )?(?:data|sources|datasets)|a (?:new )?mix(?:ture)? of (?:publicly available|web|online|licensed)|web data|internet data|licensed data|proprietary data|diverse (?:collection|range) of|wide variety of sources|collected from the internet|from the (?:internet|web))\b/i;
const DATASET_URL = /\bhttps?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\/([A-Za-z0-9][\w.-]{0,95}(?:\/[A-Za-z0-9][\w.-]{0,95})?)/gi;
const DATA_HOST_URL = /\bhttps?:\/\/(?:www\.)?(?:kaggle\.com\/datasets|zenodo\.org|data\.commoncrawl\.org|commoncrawl\.org|laion\.ai|dumps\.wikimedia\.org|figshare\.com|dataverse\.|openslr\.org|paperswithcode\.com\/dataset|github\.com\/[\w.-]{1,100}\/[\w.-]{0,100}(?:data|corpus|dataset)[\w.-]{0,100})[^\s)\]>"']{0,400}/gi;
const DATA_LINE_WORDS = /\b(?:data|datasets?|corpus|corpora|collections?|sources|trained on|pre-?trained on|fine-?tuned on)\b/i;
/** In a "Training procedure" section, a line is about data when it names data, not when it says "trained on 8 GPUs". */
const SEMI_DATA_LINE = /\b(?:data(?:sets?)?|corpus|corpora|documents|conversations|instructions|samples|examples|dialogues|pairs)\b(?! ?parallel)/i;
/** Code hosts, paper hosts and images: links that are not where to obtain data. */
const NOT_DATA_LINK = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|arxiv\.org|openreview\.net|doi\.org|aclanthology\.org|proceedings\.|papers\.nips|dl\.acm\.org|ieeexplore|pytorch\.org|docs\.)/i;
const DATA_HOST_URL_TEST = /^https?:\/\/(?:www\.)?(?:huggingface\.co\/datasets|hf\.co\/datasets|kaggle\.com\/datasets|zenodo\.org|commoncrawl\.org|laion\.ai|dumps\.wikimedia\.org|figshare\.com|openslr\.org)/i;
function linkTexts(line) {
    const out = [];
    let i = 0;
    let guard = 0;
    while (i < line.length && guard++ < 200) {
        const close = line.indexOf('](', i);
        if (close < 0)
            break;
        let open = close - 1;
        while (open >= 0 && close - open < 200 && line[open] !== '[')
            open--;
        if (open >= 0 && line[open] === '[' && line[open - 1] !== '!') {
            let e = close + 2;
            while (e < line.length && e - close < 600 && line[e] !== ')' && line[e] !== ' ')
                e++;
            out.push({ text: line.slice(open + 1, close), url: line.slice(close + 2, e) });
        }
        i = close + 2;
    }
    return out;
}
/** Lines of a card with whether they sit under a training-data heading or an evaluation heading. */
function unitsOf(card, wholeDocIsData) {
    const lines = (0,text_lines/* cardLines */.yr)(card);
    // HTML headings (<h2>Training Data</h2>) and bold-only lines (**Training data**) head sections
    // too (the card parser finds them in the mdast tree); a bold pseudo-heading sits below every
    // Markdown heading.
    const pseudo = card.markdown.pseudoHeadings;
    const sections = [
        ...card.sections,
        ...pseudo
    ].sort((a, b) => a.line - b.line);
    // For each section, is it (or an ancestor) a data section, or an evaluation one?
    const flags = new Map();
    const stack = [];
    for (const s of sections) {
        while (stack.length > 0 && stack[stack.length - 1].depth >= s.depth && s.depth > 0)
            stack.pop();
        const h = s.heading;
        const ownEval = HEADING_EVAL.test(h) && !HEADING_TRAIN_WORD.test(h);
        const own = !ownEval &&
            (HEADING_TRAINING_PARENT.test(h) || (HEADING_DATA_WORDS.test(h) && !HEADING_EXCLUDE.test(h)));
        const parent = stack[stack.length - 1];
        const data = own || (!!parent && parent.data && !ownEval);
        const evalish = ownEval || (!!parent && parent.evalish && !own);
        const semi = !data &&
            !evalish &&
            !HEADING_SEMI_EXCLUDE.test(h) &&
            (HEADING_SEMI.test(h) || (!!parent && parent.semi));
        flags.set(s.line, { data, evalish, semi });
        if (s.depth > 0)
            stack.push({ depth: s.depth, data, evalish, semi });
    }
    const out = [];
    let si = -1;
    for (const l of lines) {
        if (l.inFrontMatter)
            continue;
        while (si + 1 < sections.length && sections[si + 1].line <= l.line)
            si++;
        const f = si >= 0 ? flags.get(sections[si].line) : undefined;
        const isHeading = si >= 0 && sections[si].line === l.line;
        const inData = !isHeading && (wholeDocIsData || !!f?.data || (!!f?.semi && SEMI_DATA_LINE.test((0,text_lines/* maskUrls */.BP)(l.prose))));
        out.push({
            file: card.file,
            line: l.line,
            text: l.prose,
            raw: l.text,
            inData: inData && !l.inCode,
            inEval: !!f?.evalish,
            inCode: l.inCode
        });
    }
    return out;
}
function emptyTopics() {
    return {
        sources: { found: false },
        provenance: { found: false },
        acquisition: { found: false },
        processing: { found: false },
        availability: { found: false },
        scope: { found: false }
    };
}
function excerpt(text, index, length) {
    const [s, e] = (0,text_lines/* sentenceBounds */.Hv)(text, index, index + length, 200);
    return (0,text_lines/* quoteOf */.ep)(text, s, e, index, 240);
}
/**
 * Commands that fetch a dataset, in code blocks or prose: `git lfs clone \u2026/datasets/\u2026`,
 * `huggingface-cli download \u2026 --repo-type dataset`, `load_dataset("org/name")`, `wget`/`curl` of a
 * data file. Each alternative is anchored on a literal and bounded, so the scan stays linear.
 */
const DOWNLOAD_COMMANDS = [
    /\bgit (?:lfs )?clone [^\s]{0,40}(?:huggingface\.co|hf\.co)\/datasets\/[\w.-]{1,96}(?:\/[\w.-]{1,96})?/i,
    /\b(?:huggingface-cli|hf) download [\w.-]{1,96}(?:\/[\w.-]{1,96})?[^\n]{0,200}--repo-type[ =]dataset\b/i,
    /\bload_dataset\(\s*["'][\w.-]{1,96}(?:\/[\w.-]{1,96})?["']/,
    /\b(?:wget|curl|aria2c|gsutil cp|aws s3 cp|azcopy copy) [^\n]{0,200}?(?:\.(?:jsonl|parquet|arrow|zst|tar|tgz|gz|bz2|xz|zip|csv|tsv|txt|warc|wet)\b|\/datasets?\/|\/data\/)/i
];
/** A part of the data said to be withheld: proprietary, internal, private, or synthetic and unreleased. */
const WITHHELD = /\b(?:proprietary|in-house|internal|private|confidential|licensed|purchased|synthetic(?:ally generated)?)(?: [\w-]{1,20}){0,2} (?:data|datasets?|corpus|corpora|sources|collections?|texts?|examples|instructions|tokens)(?!\w)|\bnot (?:be )?(?:publicly )?(?:available|released|shared)(?!\w)/i;
/** Documentation of the data that describes its processing: a datasheet, a data card, a paper. */
const DATA_DOC = /\b(?:datasheet|data ?card|dataset card|documentation|paper|technical report|tech report|report)\b/i;
/** "README.md:14 \u201cquote\u201d": where a piece of evidence is. */
function cite(file, line, quote) {
    return `${file}:${line} \u201c${quote}\u201d`;
}
function assessDataInformation(card, extraDocs = []) {
    const topics = emptyTopics();
    const datasets = [];
    const datasetKeys = new Set();
    const addDataset = (d) => {
        const k = d.toLowerCase();
        if (!datasetKeys.has(k) && datasets.length < 200) {
            datasetKeys.add(k);
            datasets.push(d);
        }
    };
    let genericSeen = null;
    const obtainEvidence = [];
    const docEvidence = [];
    let withheld = null;
    const obtainLines = new Set();
    const addObtain = (u, index, length) => {
        const key = `${u.file}:${u.line}`;
        if (obtainEvidence.length >= 5 || obtainLines.has(key))
            return;
        obtainLines.add(key);
        obtainEvidence.push(cite(u.file, u.line, excerpt(u.raw, index, length)));
    };
    const mark = (topic, u, index, length) => {
        if (topics[topic].found)
            return;
        topics[topic] = {
            found: true,
            line: u.line,
            quote: excerpt(u.raw, index, length),
            ...(u.file !== card.file ? { file: u.file } : {})
        };
    };
    // `datasets:` metadata: Hub dataset ids are both named sources and where to get them.
    const meta = card.metadata['datasets'];
    const metaList = Array.isArray(meta) ? meta : typeof meta === 'string' ? [meta] : [];
    const metaLine = card.metadataLines['datasets'];
    const fileLines = card.text.split('\n');
    for (const d of metaList) {
        if (typeof d !== 'string' || !d.trim())
            continue;
        addDataset(d.trim());
        const quote = d.trim();
        const at = metaLine ?? 1;
        const unit = {
            file: card.file,
            line: at,
            text: quote,
            raw: quote,
            inData: true,
            inEval: false,
            inCode: false
        };
        for (let i = at - 1; i < Math.min(fileLines.length, at + 200); i++) {
            if (fileLines[i].includes(quote)) {
                unit.line = i + 1;
                break;
            }
        }
        mark('sources', unit, 0, quote.length);
        mark('availability', unit, 0, quote.length);
        addObtain(unit, 0, quote.length);
    }
    const units = [...unitsOf(card, false), ...extraDocs.flatMap(d => unitsOf(d, true))];
    let dataLines = 0;
    let placeholderLines = 0;
    for (const u of units) {
        const raw = u.text;
        if (raw.trim() === '' || u.inEval)
            continue;
        // Download commands, in code blocks too: where to get the exact data.
        if (u.inCode || u.inData) {
            for (const re of DOWNLOAD_COMMANDS) {
                const m = re.exec(raw);
                if (m) {
                    mark('availability', u, m.index, m[0].length);
                    addObtain(u, m.index, m[0].length);
                    break;
                }
            }
        }
        if (u.inCode)
            continue;
        // Dataset links anywhere but in evaluation sections.
        DATASET_URL.lastIndex = 0;
        let m;
        let n = 0;
        /** A dataset id, a data host or a datasheet on this line: a withheld-sounding part has a pointer. */
        let pointerOnLine = false;
        while ((m = DATASET_URL.exec(raw)) !== null && n++ < 50) {
            // An image or file served from a dataset repository is not a training-data reference.
            const tail = raw.slice(m.index + m[0].length, m.index + m[0].length + 10);
            const before = raw.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
            if (tail.startsWith('/resolve/') ||
                before.endsWith('src="') ||
                before.endsWith("src='") ||
                before.endsWith('src='))
                continue;
            addDataset((0,trim/* trimEndChars */.vU)(m[1], '.,;:'));
            mark('sources', u, m.index, m[0].length);
            mark('availability', u, m.index, m[0].length);
            addObtain(u, m.index, m[0].length);
            pointerOnLine = true;
        }
        if (!u.inData)
            continue;
        dataLines++;
        if (PLACEHOLDER.test(raw)) {
            placeholderLines++;
            continue;
        }
        const masked = (0,text_lines/* maskUrls */.BP)(raw);
        const deferral = DEFERRAL.test(masked);
        const g = GENERIC.exec(masked);
        if (g && !genericSeen)
            genericSeen = g[0];
        if (ANY_CORPUS.test(masked))
            for (const c of KNOWN_CORPORA) {
                const k = c.re.exec(masked);
                if (k) {
                    addDataset(c.name);
                    mark('sources', u, k.index, k[0].length);
                }
            }
        // Named link texts in a data section: "[Shutterstock music collection](https://\u2026)"; links to
        // a datasheet, a data card or a paper document the data.
        const dataLine = DATA_LINE_WORDS.test(masked);
        for (const { text: t, url } of linkTexts(raw)) {
            const clean = t.replace(/[*_`]/g, '').trim();
            const at = Math.max(0, raw.indexOf(t));
            if (DATA_DOC.test(clean) && /^https?:\/\//i.test(url)) {
                if (docEvidence.length < 3)
                    docEvidence.push(cite(u.file, u.line, excerpt(u.raw, at, t.length)));
                if (/\bdata ?sheet|data ?card|dataset card\b/i.test(clean)) {
                    addObtain(u, at, t.length);
                    pointerOnLine = true;
                }
                continue;
            }
            if (NOT_DATA_LINK.test(url) &&
                !/(?:^|[/_.-])(?:data|datasets?|corpus|corpora)(?:$|[/_.-])/i.test(url.replace(/^https?:\/\/[^/]+/, '')))
                continue;
            if (!dataLine &&
                !DATA_LINE_WORDS.test(clean) &&
                !DATA_HOST_URL_TEST.test(url) &&
                !OBTAIN_WORDS.test(masked))
                continue;
            if (clean.length < 3 ||
                /^(?:here|link|this|website|blog|source|more)$/i.test(clean) ||
                /^https?:/i.test(clean)) {
                // "available [here](\u2026)": the link is where to get it, though it names nothing.
                if (OBTAIN_WORDS.test(masked) && /^https?:\/\//i.test(url)) {
                    mark('availability', u, at, t.length);
                    addObtain(u, at, t.length);
                }
                continue;
            }
            // A named link is where to get that source; it does not open data said to be licensed or
            // internal (a shop's front page is not the data).
            mark('sources', u, at, t.length);
            mark('availability', u, at, t.length);
            addObtain(u, at, t.length);
            if (/[A-Z]/.test(clean[0]) &&
                !/\.(?:md|txt|pdf|html?)$|\b(?:cards?|map|search|tool|documentation|docs|datasheet)\b/i.test(clean))
                addDataset(clean);
        }
        // "the X dataset" with X a proper name.
        const named = /\b([A-Z][\w.+-]{1,40}(?: [A-Z0-9][\w.+-]{0,40}){0,3}) (?:dataset|corpus|collection|benchmark suite)\b/.exec(masked);
        // Not a name: "The", "Our", or a unit after a quantity ("825 GiB English corpus").
        const afterNumber = named !== null && /\d\s?$/.test(masked.slice(Math.max(0, named.index - 3), named.index));
        if (named &&
            !afterNumber &&
            !/^(?:The|This|Our|A|An|These|Training|Pretraining|Fine-tuning)\b/.test(named[1]) &&
            !/(?:^| )\d[\d.,]*(?: |$)/.test(named[1])) {
            mark('sources', u, named.index, named[0].length);
            addDataset(named[1]);
        }
        DATA_HOST_URL.lastIndex = 0;
        const host = DATA_HOST_URL.exec(raw);
        if (host) {
            mark('availability', u, host.index, host[0].length);
            addObtain(u, host.index, host[0].length);
            pointerOnLine = true;
        }
        const avail = AVAILABILITY_WORDS.exec(masked);
        if (avail && dataLine && /https?:\/\//.test(raw)) {
            mark('availability', u, avail.index, avail[0].length);
            addObtain(u, avail.index, avail[0].length);
            pointerOnLine = true;
        }
        const w = WITHHELD.exec(masked);
        if (w && !pointerOnLine && !withheld && !NEGATED_WITHHELD.test(masked))
            withheld = { cite: cite(u.file, u.line, excerpt(u.raw, w.index, w[0].length)), quote: w[0] };
        if (deferral) {
            if (docEvidence.length < 3)
                docEvidence.push(cite(u.file, u.line, excerpt(u.raw, 0, 1)));
            continue;
        }
        const p = PROCESSING.exec(masked);
        if (p)
            mark('processing', u, p.index, p[0].length);
        const pr = PROVENANCE.exec(masked);
        if (pr)
            mark('provenance', u, pr.index, pr[0].length);
        const a = ACQUISITION.exec(masked);
        if (a)
            mark('acquisition', u, a.index, a[0].length);
        const sc = SCOPE.exec(masked);
        if (sc)
            mark('scope', u, sc.index, sc[0].length);
    }
    const placeholderOnly = dataLines > 0 && placeholderLines === dataLines;
    const at = (t) => cite(t.file ?? card.file, t.line ?? 1, t.quote ?? '');
    // Described: named sources, and processing said here or in the documentation the section links.
    const describedEvidence = [];
    const describedLacks = [];
    if (topics.sources.found)
        describedEvidence.push(at(topics.sources));
    else
        describedLacks.push('which datasets were used');
    if (topics.processing.found)
        describedEvidence.push(at(topics.processing));
    else if (docEvidence.length > 0)
        describedEvidence.push(docEvidence[0]);
    else
        describedLacks.push('how the data was processed and filtered');
    const described = {
        ok: describedLacks.length === 0,
        evidence: describedEvidence,
        lacks: describedLacks
    };
    // Obtainable: a pointer to the data, and no part said to be withheld.
    const obtainLacks = [];
    if (obtainEvidence.length === 0)
        obtainLacks.push('where to obtain the data (dataset ids, links or download commands)');
    if (withheld)
        obtainLacks.push(`where to obtain the ${withheld.quote} part (${withheld.cite.replace(/^[^\u201c]*/, '')})`);
    const obtainable = {
        ok: obtainLacks.length === 0,
        evidence: withheld ? [...obtainEvidence, withheld.cite] : obtainEvidence,
        lacks: obtainLacks
    };
    const missing = DATA_TOPICS.filter(t => !topics[t].found);
    const substantive = topics.sources.found || topics.processing.found || topics.availability.found || obtainEvidence.length > 0;
    const names = datasets.length
        ? ` (${datasets.slice(0, 5).join(', ')}${datasets.length > 5 ? ', \u2026' : ''})`
        : '';
    let level;
    let reason;
    if (described.ok && obtainable.ok) {
        level = 'complete';
        reason = `names its training data${names}, says how it was processed and where to obtain it.`;
    }
    else if (substantive) {
        level = 'partial';
        const what = datasets.length
            ? `names ${datasets.slice(0, 3).join(', ')}${datasets.length > 3 ? ', \u2026' : ''}`
            : topics.processing.found
                ? 'describes some processing'
                : 'points to data';
        reason = `${what} but does not say ${[...described.lacks, ...obtainable.lacks].join(', nor ')}.`;
    }
    else {
        level = 'none';
        if (dataLines === 0 && units.every(u => !u.inData)) {
            reason = 'has no training-data section, no `datasets:` metadata and no dataset links.';
        }
        else if (placeholderOnly) {
            reason = 'has a training-data section, but it is a placeholder ("[More Information Needed]").';
        }
        else if (genericSeen) {
            reason = `describes the training data only in generic terms ("${genericSeen}")${topics.scope.found ? ' with its size or dates' : ''}: no named sources, no processing, nowhere to obtain it.`;
        }
        else {
            reason =
                'names no training datasets, says nothing about processing and gives nowhere to obtain the data.';
        }
    }
    const evidence = [
        ...described.evidence.map(e => `described: ${e}`),
        ...obtainable.evidence.map(e => `obtainable: ${e}`)
    ];
    return { level, topics, described, obtainable, datasets, missing, reason, evidence };
}

;// CONCATENATED MODULE: ./src/knowledge/open-claims.ts
// Finds where a card claims that the model itself is "open source" (the raw material of the
// open-washing rule). A claim needs its object to be this model or release: "X is an open-source
// LLM", "we open-sourced the weights", "released as open source", an `open-source` tag, a model
// name containing "OpenSource". Not claims: honest "open weights" wording, statements about other
// things ("built on open-source libraries", "the open-source community", "compatible with
// open-source tools"), comparisons with other models, base models, and negations.

const TRIGGER = /\bopen[-_ ]?sourc(?:e[ds]?|ing)\b|(?:\b(?:fully|completely|totally|truly|entirely)|100 ?%)[ -]open\b/gi;
/** Nouns that make "open-source X" a statement about a model or release. */
const MODEL_NOUNS = new Set([
    'model',
    'models',
    'llm',
    'llms',
    'slm',
    'slms',
    'vlm',
    'vlms',
    'weights',
    'checkpoint',
    'checkpoints',
    'release',
    'releases',
    'version',
    'versions',
    'variant',
    'variants',
    'alternative',
    'alternatives',
    'family',
    'series',
    'chatbot',
    'assistant',
    'moe',
    'network',
    'networks',
    'transformer',
    'gpt',
    'encoder',
    'decoder',
    'embeddings',
    'embedder',
    'reranker',
    'classifier',
    'detector'
]);
/** Nouns that make "open-source X" a statement about something else. */
const OTHER_NOUNS = new Set([
    'community',
    'communities',
    'library',
    'libraries',
    'tool',
    'tools',
    'tooling',
    'framework',
    'frameworks',
    'software',
    'ecosystem',
    'dataset',
    'datasets',
    'data',
    'corpus',
    'corpora',
    'benchmark',
    'benchmarks',
    'code',
    'codebase',
    'implementation',
    'implementations',
    'package',
    'packages',
    'repository',
    'repositories',
    'repo',
    'repos',
    'stack',
    'toolkit',
    'toolkits',
    'contribution',
    'contributions',
    'contributors',
    'developers',
    'researchers',
    'projects',
    'movement',
    'platform',
    'platforms',
    'engine',
    'engines',
    'runtime',
    'runtimes',
    'proxy',
    'app',
    'apps',
    'application',
    'applications',
    'server',
    'servers',
    'script',
    'scripts',
    'spirit',
    'principles',
    'world',
    'efforts',
    'tokenizer',
    'leaderboard',
    'leaderboards',
    'harness',
    'evaluation',
    'evaluations',
    'solutions',
    'components',
    'dependencies',
    'inference',
    'pipeline',
    'pipelines',
    'recipes',
    'recipe',
    'notebook',
    'notebooks',
    'demo',
    'paper'
]);
const LICENSE_NOUNS = new Set(['license', 'licence', 'licenses', 'licences', 'terms']);
/** Words that end the noun phrase after "open-source". */
const PHRASE_STOPS = new Set([
    'under',
    'with',
    'for',
    'to',
    'in',
    'on',
    'by',
    'from',
    'at',
    'that',
    'which',
    'is',
    'are',
    'was',
    'were',
    'we',
    'it',
    'so',
    'but',
    'because',
    'via',
    'as',
    'of',
    'such',
    'like',
    'including',
    'than',
    'and',
    'or'
]);
/** Connectors allowed inside "open-source and open-weight base models". */
const PHRASE_CONNECTORS = new Set(['and', 'or']);
const NEGATIONS = new Set([
    'not',
    "isn't",
    'isn\u2019t',
    "aren't",
    'aren\u2019t',
    'never',
    'no',
    'nor',
    'non',
    'neither',
    "wasn't",
    "don't",
    'cannot'
]);
const COMPARE = new Set([
    'outperform',
    'outperforms',
    'outperformed',
    'outperforming',
    'beat',
    'beats',
    'beating',
    'surpass',
    'surpasses',
    'surpassed',
    'surpassing',
    'than',
    'compared',
    'comparing',
    'comparison',
    'versus',
    'vs',
    'rival',
    'rivals',
    'rivaling',
    'rivalling',
    'against',
    'relative',
    'unlike',
    'exceeds',
    'exceed',
    'matches',
    'competitive',
    'competes',
    'compete',
    'trails'
]);
const BASED_ON = [
    'based on',
    'built on',
    'built upon',
    'build on',
    'builds on',
    'on top of',
    'fine-tuned from',
    'finetuned from',
    'fine-tuned on',
    'finetuned on',
    'derived from',
    'distilled from',
    'initialized from',
    'initialised from',
    'powered by',
    'uses',
    'using',
    'use ',
    'used',
    'leverag',
    'relies on',
    'rely on',
    'thanks to',
    'trained on',
    'trained with',
    'compatible with',
    'works with',
    'integrat',
    'supported by',
    'run with',
    'runs with'
];
const OTHERS_QUANTIFIERS = new Set([
    'many',
    'most',
    'some',
    'all',
    'several',
    'few',
    'existing',
    'popular',
    'other',
    'these',
    'those',
    'various',
    'numerous',
    'prior',
    'previous',
    'established',
    'similar',
    'comparable',
    'contemporary',
    'top',
    'best'
]);
const PREDICATE_CUES = new Set([
    'is',
    'are',
    'was',
    'were',
    'be',
    'being',
    'been',
    'as',
    'released',
    'published',
    'distributed',
    'made',
    'fully',
    'completely',
    'entirely',
    'truly',
    'totally',
    '100%',
    'now',
    'also',
    'remains',
    'remain',
    'stays',
    'becomes',
    'become',
    "it's",
    'it\u2019s',
    "we're",
    'available',
    'licensed',
    'provided',
    'shared',
    'offered'
]);
const SELF_CUES = new Set([
    'we',
    'our',
    'this',
    'it',
    'its',
    'here',
    'introduce',
    'introducing',
    'introduces',
    'present',
    'presenting',
    'presents',
    'release',
    'releasing',
    'released',
    'releases',
    'launch',
    'launched',
    'launching',
    'announce',
    'announcing',
    'meet',
    'is',
    'are',
    'was',
    'were'
]);
function lastTokens(tokens, n) {
    return tokens.slice(Math.max(0, tokens.length - n)).map(t => t.w);
}
/** The noun phrase after the trigger, up to a stop word: which kind of thing is "open source"? */
function headKind(post) {
    const toks = (0,text_lines/* words */.aL)(post).slice(0, 7);
    let firstWord = null;
    for (let k = 0; k < toks.length; k++) {
        const w = toks[k].w;
        if (k === 0)
            firstWord = w;
        if (PHRASE_CONNECTORS.has(w))
            continue;
        if (MODEL_NOUNS.has(w))
            return { kind: 'model', firstWord };
        if (OTHER_NOUNS.has(w))
            return { kind: 'other', firstWord };
        if (LICENSE_NOUNS.has(w))
            return { kind: 'license', firstWord };
        if (PHRASE_STOPS.has(w))
            break;
    }
    return { kind: 'none', firstWord };
}
/** Nearest noun before the predicate: is the subject this model, or some other artefact? */
function subjectIsOther(pre) {
    for (let k = pre.length - 1; k >= 0 && k >= pre.length - 8; k--) {
        const w = pre[k].w;
        if (MODEL_NOUNS.has(w) || w === 'we' || w === 'it' || w === 'everything' || w === 'all')
            return false;
        if (OTHER_NOUNS.has(w))
            return true;
    }
    return false;
}
/** Thanks and credit: "Thanks for open-sourcing!", "we are grateful to X for open-sourcing Y". */
const THANKS = /\b(?:thanks?|thank you|grateful|gratitude|kudos|shout-?out|credits? to|acknowledge\w*|appreciat\w*|indebted)\b/i;
/** Words that report what someone else said. */
const REPORTED = /\b(?:according to|as [\w-]{1,30} (?:puts|put|says|said|writes|wrote|calls|called) it|in the words of)\b/i;
/** Whether `at` sits inside quotation marks opened earlier in the sentence. */
function insideQuotes(pre) {
    let straight = 0;
    let curly = 0;
    for (const c of pre) {
        if (c === '"')
            straight++;
        else if (c === '\u201c')
            curly++;
        else if (c === '\u201d')
            curly = Math.max(0, curly - 1);
    }
    return straight % 2 === 1 || curly > 0;
}
function decide(trigger, preText, postText) {
    const t = trigger.toLowerCase();
    const pre = (0,text_lines/* words */.aL)(preText);
    const preLower = preText.toLowerCase();
    const postLower = postText.toLowerCase();
    // Only claims about this release count: not thanks to others, nor what others said.
    if (THANKS.test(preText) || REPORTED.test(preText) || insideQuotes(preText))
        return { claim: false };
    const last4 = lastTokens(pre, 4);
    // "not open source", "isn't fully open-source", "non-open-source".
    if (last4.some(w => NEGATIONS.has(w)) || /non[-_ ]?$/.test(preLower.slice(-5)))
        return { claim: false };
    if (/^\s*(?:,\s*)?(?:but|yet)\s+not\b/.test(postLower))
        return { claim: false };
    const isFullyOpen = !/sourc/.test(t);
    if (isFullyOpen) {
        // "fully open to academic research", "fully open-weight", "fully open-ended".
        if (/^[-_ ]?(?:weights?|ended|to|for|in|access|vocabulary|domain)\b/.test(postLower))
            return { claim: false };
    }
    const isVerb = /sourc(?:ed|ing)$/.test(t) || /sources$/.test(t);
    const compare = pre.some(x => COMPARE.has(x.w));
    const selfAmong = last4.includes('among') || (compare && lastTokens(pre, 3).includes('other'));
    const basedOn = BASED_ON.some(b => preLower.includes(b));
    if (isVerb) {
        // "we open-sourced X": the object decides; "X was open-sourced": the subject decides.
        const objToks = (0,text_lines/* words */.aL)(postText).slice(0, 6);
        for (const o of objToks) {
            if ([
                'the',
                'our',
                'its',
                'their',
                'all',
                'both',
                'a',
                'an',
                'this',
                'these',
                'full',
                'complete',
                'entire'
            ].includes(o.w))
                continue;
            if (PHRASE_STOPS.has(o.w))
                break;
            if (OTHER_NOUNS.has(o.w))
                return { claim: false };
            if (MODEL_NOUNS.has(o.w))
                break;
            // an unknown word: a name ("we open-sourced Foo-7B") or a modifier ("training code")
        }
        const head = headKind(postText);
        if (head.kind === 'other') {
            // "open-sourced the training code" but not "open-sourced Foo-7B and its training code"
            const firstStop = objToks.findIndex(o => PHRASE_STOPS.has(o.w));
            const firstOther = objToks.findIndex(o => OTHER_NOUNS.has(o.w));
            if (firstStop === -1 || firstOther < firstStop)
                return { claim: false };
        }
        if (compare || basedOn)
            return { claim: false };
        if (subjectIsOther(pre))
            return { claim: false };
        return { claim: true };
    }
    const head = headKind(postText);
    if (head.kind === 'other')
        return { claim: false };
    if (head.kind === 'model') {
        if (selfAmong)
            return { claim: true };
        if (compare)
            return { claim: false };
        // "many open-source models \u2026", but "X is one of the best open-source models" stays a claim
        if (lastTokens(pre, 2).some(w => OTHERS_QUANTIFIERS.has(w)) &&
            !pre.some(x => x.w === 'is' || x.w === 'are')) {
            return { claim: false };
        }
        if (basedOn)
            return { claim: false };
        if (subjectIsOther(pre) && !pre.some(x => SELF_CUES.has(x.w)))
            return { claim: false };
        if (pre.length <= 4 || pre.some(x => SELF_CUES.has(x.w)))
            return { claim: true };
        return { claim: false };
    }
    // No noun after it: a predicate ("is open source", "released as open source") or a licence phrase.
    if (head.kind === 'license' || head.kind === 'none') {
        if (compare || basedOn)
            return { claim: false };
        const cue = lastTokens(pre, 4).some(w => PREDICATE_CUES.has(w)) || isFullyOpen;
        const releaseLicense = head.kind === 'license' &&
            /\b(?:released|available|distributed|licensed|published|provided|shared|offered)\b/.test(preLower);
        if (!cue && !releaseLicense) {
            // A title-like fragment: "Foo-7B: open source" / "**Open source**: yes".
            if (pre.length <= 3 && head.kind === 'none' && /:\s*$/.test(preText))
                return { claim: true };
            return { claim: false };
        }
        if (subjectIsOther(pre))
            return { claim: false };
        return head.kind === 'license' ? { claim: true, about: 'license' } : { claim: true };
    }
    return { claim: false };
}
/** Claims in one line of prose. */
function findClaimsInLine(text) {
    const out = [];
    if (!/open|100/i.test(text))
        return out;
    const masked = (0,text_lines/* maskUrls */.BP)(text);
    const seen = new Set();
    TRIGGER.lastIndex = 0;
    let m;
    let count = 0;
    while ((m = TRIGGER.exec(masked)) !== null && count < 50) {
        count++;
        const at = m.index;
        const atEnd = at + m[0].length;
        const [s, e] = (0,text_lines/* sentenceBounds */.Hv)(masked, at, atEnd);
        const d = decide(m[0], masked.slice(s, at), masked.slice(atEnd, e));
        if (!d.claim)
            continue;
        const quote = (0,text_lines/* quoteOf */.ep)(text, s, e, at);
        if (!quote || seen.has(quote))
            continue;
        seen.add(quote);
        out.push(d.about ? { quote, index: at, about: d.about } : { quote, index: at });
    }
    return out;
}
function normalizedTag(t) {
    return t.toLowerCase().replace(/[-_ ]/g, '');
}
function isAlnum(c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
function trimNonAlnum(s) {
    let a = 0;
    let b = s.length;
    while (a < b && !isAlnum(s[a]))
        a++;
    while (b > a && !isAlnum(s[b - 1]))
        b--;
    return s.slice(a, b);
}
/** A name token such as "OpenSource-7B" or "opensource_llm". */
function nameTokens(text) {
    const out = [];
    for (const tok of text.split(/\s+/)) {
        const clean = trimNonAlnum(tok);
        const m = /open[-_]?source/i.exec(clean);
        if (!m)
            continue;
        const rest = clean.slice(0, m.index) + clean.slice(m.index + m[0].length);
        if (/[A-Za-z0-9]/.test(rest) || /OpenSource/.test(clean))
            out.push(clean);
    }
    return out;
}
const SKIP_METADATA = new Set([
    'tags',
    'model_name',
    'model-index',
    'widget',
    'license_link',
    'base_model',
    'datasets',
    'language',
    'pipeline_tag',
    'library_name',
    'inference',
    'metrics',
    'thumbnail',
    'base_model_relation',
    'new_version'
]);
/** Claims that the model is open source, with 1-based file lines and verbatim quotes. */
function findOpenSourceClaims(card) {
    const out = [];
    const seen = new Set();
    const push = (c) => {
        const key = `${c.line}\u0000${c.quote}`;
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(c);
    };
    const lines = (0,text_lines/* cardLines */.yr)(card);
    // Front matter: tags, names, and free-text metadata values.
    const keyAt = Object.entries(card.metadataLines)
        .filter(([, l]) => typeof l === 'number')
        .sort((a, b) => a[1] - b[1]);
    const ownerOf = (line) => {
        let owner = null;
        for (const [k, l] of keyAt) {
            if (l <= line)
                owner = k;
            else
                break;
        }
        return owner;
    };
    const tags = card.metadata['tags'];
    const tagList = Array.isArray(tags) ? tags : typeof tags === 'string' ? [tags] : [];
    const fmLines = lines.filter(l => l.inFrontMatter);
    for (const tag of tagList) {
        if (typeof tag !== 'string')
            continue;
        const n = normalizedTag(tag);
        if (!(n.includes('opensource') || n === 'fullyopen' || n === '100%open'))
            continue;
        const from = card.metadataLines['tags'] ?? 1;
        const hit = fmLines.find(l => l.line >= from && l.text.includes(tag));
        push({ quote: tag, line: hit?.line ?? from, source: 'tag' });
    }
    for (const l of fmLines) {
        const owner = ownerOf(l.line);
        if (!owner || owner === 'tags' || owner.startsWith('extra_gated'))
            continue;
        if (owner === 'model_name' || owner === 'model-index') {
            if (owner === 'model-index' && !/\bname\s*:/.test(l.text))
                continue;
            const m = /open[-_ ]?source/i.exec(l.text);
            if (m) {
                const value = l.text
                    .slice(l.text.indexOf(':') + 1)
                    .trim()
                    .replace(/^["']|["']$/g, '');
                push({ quote: value || m[0], line: l.line, source: 'name' });
            }
            continue;
        }
        if (owner === 'license' || owner === 'license_name') {
            const m = /open[-_ ]?source[A-Za-z0-9._-]*/i.exec(l.text);
            if (m)
                push({ quote: m[0], line: l.line, source: 'metadata' });
            continue;
        }
        if (SKIP_METADATA.has(owner))
            continue;
        for (const c of findClaimsInLine(l.text))
            push({ quote: c.quote, line: l.line, source: 'metadata' });
    }
    // Body: names in the title, then prose.
    const firstH1 = card.sections.find(s => s.depth === 1);
    for (const l of lines) {
        if (l.inFrontMatter || l.inCode)
            continue;
        if (firstH1 && l.line === firstH1.line) {
            for (const tok of nameTokens(l.text))
                push({ quote: tok, line: l.line, source: 'name' });
        }
        for (const c of findClaimsInLine(l.text)) {
            // A bare name token already reported as a name is not also prose.
            if (firstH1 && l.line === firstH1.line && nameTokens(c.quote).length > 0 && !/\s/.test(c.quote.trim()))
                continue;
            push(c.about
                ? { quote: c.quote, line: l.line, source: 'prose', about: c.about }
                : { quote: c.quote, line: l.line, source: 'prose' });
        }
    }
    return out.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./src/discover/weights.ts
/** Below this size a weights file is a test fixture or a filter, not a model's parameters. */
const REAL_WEIGHTS_BYTES = 1024 * 1024;
/** At most this many small weight files are opened to look for an LFS pointer. */
const MAX_POINTER_PEEKS = 5000;
const ASSET_FOLDER = /^(?:tests?|__tests__|fixtures?|__fixtures__|test[-_]?fixtures?|assets?|examples?|testdata|test[-_]data|samples?|demos?)$/i;
/** A folder that holds material for tests, demos or documentation (tests/, fixtures/, assets/, \u2026). */
function isAssetFolderName(name) {
    return ASSET_FOLDER.test(name);
}
/** Whether a path (relative to the model or the audited root) lies under an asset folder. */
function isUnderAssetFolder(relPath) {
    return relPath.split('/').slice(0, -1).some(isAssetFolderName);
}
/** `model.safetensors.index.json`: the map of a sharded checkpoint, written only for real weights. */
function isWeightsIndex(relPath) {
    const lower = relPath.toLowerCase();
    return lower.endsWith('.safetensors.index.json') || lower.endsWith('.bin.index.json');
}
/** A weights file holding parameters: 1 MiB or more, or an LFS pointer (never an index). */
function isRealWeights(f) {
    return f.role === 'weights' && !isWeightsIndex(f.path) && (f.size >= REAL_WEIGHTS_BYTES || f.lfs === true);
}
/** Weights that make the folder holding them a model root. */
function makesModel(f) {
    if (f.role !== 'weights' || isUnderAssetFolder(f.path))
        return false;
    return isRealWeights(f) || isWeightsIndex(f.path);
}
/** Marks small weight files that are Git LFS pointers (`lfs: true`); reads at most their head. */
async function markLfsPointers(safe, files) {
    const candidates = files
        .filter(f => f.role === 'weights' &&
        f.size < REAL_WEIGHTS_BYTES &&
        !isWeightsIndex(f.path) &&
        f.size !== 0 &&
        !isUnderAssetFolder(f.path))
        .slice(0, MAX_POINTER_PEEKS);
    // A few heads at once: each read waits on the file system, not the CPU.
    let next = 0;
    const peek = async () => {
        while (next < candidates.length) {
            const f = candidates[next++];
            const r = await safe.read(f.path, 256);
            if (r.kind === 'lfs-pointer')
                f.lfs = true;
        }
    };
    await Promise.all(Array.from({ length: Math.min(PEEKS_AT_ONCE, candidates.length) }, peek));
}
const PEEKS_AT_ONCE = 8;

;// CONCATENATED MODULE: ./src/analyze/stages/facts-stage.ts





/** What one file says about code (kinds empty when it is not code). */
async function classifyFile(ctx, f, p) {
    // config.json is architecture only when it names one; read it (small) to tell.
    let content;
    if (p.split('/').pop() === 'config.json' && f.size < 256 * 1024) {
        const r = await ctx.safe.read(f.path, 256 * 1024);
        if (r.kind === 'text')
            content = r.text;
    }
    return { path: f.path, kinds: (0,code_evidence/* classifyCodeFile */.YP)(p, content) };
}
/**
 * The files that belong to no model (a monorepo's shared src/, scripts/), classified once per
 * audit: every model is credited with them, and a monorepo of thousands of models must not
 * classify its shared tree once per model. Keyed by discovery's one list of them.
 */
const sharedClassified = new WeakMap();
function classifyShared(ctx) {
    const shared = ctx.model.sharedFiles;
    let p = sharedClassified.get(shared);
    if (!p) {
        p = (async () => {
            const out = [];
            for (const f of shared)
                out.push(await classifyFile(ctx, f, f.path));
            return out;
        })();
        sharedClassified.set(shared, p);
    }
    return p;
}
async function codeFacts(ctx, card) {
    const { model } = ctx;
    const kinds = new Set();
    const files = [];
    const rel = (p) => (model.path === '.' ? p : p.slice(model.path.length + 1));
    const add = (c) => {
        if (c.kinds.length === 0)
            return;
        // a copy of the kinds: a model's facts never share an array another model may change
        files.push({ path: c.path, kinds: [...c.kinds] });
        for (const x of c.kinds)
            kinds.add(x);
    };
    for (const f of model.files)
        add(await classifyFile(ctx, f, rel(f.path)));
    for (const c of await classifyShared(ctx))
        add(c);
    const links = card ? (0,code_evidence/* findCodeLinks */.cz)(card) : [];
    for (const l of links)
        for (const k of l.kinds)
            kinds.add(k);
    return { kinds, files, links };
}
async function dataInformationFacts(ctx, card) {
    const dataCards = [];
    for (const d of ctx.model.dataCards.slice(0, 5)) {
        const r = await ctx.safe.read(d.path);
        if (r.kind === 'text')
            dataCards.push(parseCard(d.path, r.text).card);
    }
    if (!card) {
        return {
            level: 'none',
            described: false,
            obtainable: false,
            datasets: [],
            missing: ['a model card describing the training data'],
            reason: 'there is no model card.',
            evidence: []
        };
    }
    const d = assessDataInformation(card, dataCards);
    return {
        level: d.level,
        described: d.described.ok,
        obtainable: d.obtainable.ok,
        datasets: d.datasets,
        missing: d.missing,
        reason: d.reason,
        evidence: d.evidence
    };
}
async function factsStage(ctx, card) {
    return {
        openClaims: card ? findOpenSourceClaims(card) : [],
        dataInformation: await dataInformationFacts(ctx, card),
        code: await codeFacts(ctx, card),
        weights: ctx.model.weights
            .filter(isRealWeights)
            .map(f => ({ path: f.path, bytes: f.size, lfs: f.lfs === true })),
        gated: card ? Object.keys(card.metadata).some(k => k.startsWith('extra_gated_')) : false
    };
}

// EXTERNAL MODULE: ./src/licenses/hub-ids.ts
var hub_ids = __webpack_require__(2620);
;// CONCATENATED MODULE: ./src/analyze/stages/card-license.ts



const named = (v) => v !== null && v.toLowerCase() !== 'other' && v.toLowerCase() !== 'unknown';
function cardLicenseFacts(card) {
    const m = card.metadata;
    const raw = m['license'];
    // `license: [mit, apache-2.0]` is not what the Hub accepts (metadata-invalid says so), but its
    // licences are still identified: all of them are taken to apply.
    const list = Array.isArray(raw)
        ? raw.map(context_asString).filter((x) => x !== null && x.trim() !== '')
        : null;
    const value = list ? (list.length > 0 ? list.join(', ') : null) : context_asString(raw);
    const licenseName = context_asString(m['license_name']);
    const licenseLink = context_asString(m['license_link']);
    if (value === null && licenseName === null)
        return null;
    const line = card.metadataLines['license'] ?? card.metadataLines['license_name'];
    let identification = null;
    if (list && list.length > 1) {
        const ids = list.filter(named).map(v => (0,identify/* identifyLicenseId */.hs)(v));
        if (ids.length > 0) {
            const known = ids.every(i => i.id);
            identification = {
                file: null,
                id: known ? ids.map(i => (/\s/.test(i.id) ? `(${i.id})` : i.id)).join(' AND ') : null,
                name: ids.map(i => (i.id ? i.name : i.name || '?')).join(' and '),
                source: 'card',
                confidence: Math.min(...ids.map(i => i.confidence)),
                matcher: ids[0].matcher,
                component: 'all',
                ...(line ? { line } : {})
            };
        }
    }
    else {
        const pick = list ? (named(list[0] ?? null) ? list[0] : licenseName) : named(value) ? value : licenseName;
        if (pick) {
            const id = (0,identify/* identifyLicenseId */.hs)(pick);
            identification = {
                file: null,
                id: id.id,
                // An unknown custom licence keeps the name the card gives it, so reports can say which.
                name: id.id ? id.name : pick,
                source: 'card',
                confidence: id.confidence,
                matcher: pick === licenseName && pick !== value ? 'license-name' : id.matcher,
                component: 'all',
                ...(line ? { line } : {})
            };
        }
    }
    return {
        value,
        licenseName,
        licenseLink,
        line,
        identification,
        isHubId: value && !list ? (0,hub_ids/* isHubLicenseId */.sA)(value) : false,
        ...(list ? { values: list } : {})
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/clauses/index.ts + 2 modules
var src_clauses = __webpack_require__(4776);
// EXTERNAL MODULE: ./src/licenses/catalogue/index.ts + 2 modules
var catalogue = __webpack_require__(3987);
// EXTERNAL MODULE: ./src/licenses/normalize.ts
var licenses_normalize = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/licenses/memo.ts
// Licence analysis memoised by content: a monorepo that copies one licence text into a thousand
// model folders has it identified and its clauses detected once. The key is the SHA-256 of the
// text and the file's name; what the folder changes (the file in each result, the component a
// folder named "weights/" or "docs/" implies) is worked out again for each path, and a result is
// kept only when that recomputation reproduces it for the path it was computed on.
//
// Clauses are also memoised by the text's outline: the text with its copyright notice lines
// blanked. A thousand model folders each with the MIT text under their own copyright line are one
// outline, read once; the lines stay where they were, so quotes and lines carry over unchanged.





/** Distinct texts kept at once; a run with more starts over (analysis stays correct, only slower). */
const MAX_ENTRIES = 4096;
const memo = new Map();
let hits = 0;
function baseName(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}
/** The component a path gives the identification (the only part of it, besides the file, that the path decides). */
function componentFor(id, path, text) {
    const entry = id.matcher === 'marker' && id.entry ? (0,catalogue/* catalogueEntry */.yd)(id.entry) : undefined;
    return (0,identify/* componentOf */.D5)(path, text, entry);
}
function copyFor(m, path, text) {
    const { identification, clauses } = m.analysis;
    return {
        identification: { ...identification, file: path, component: componentFor(identification, path, text) },
        clauses: clauses.map(c => (c.file === m.path ? { ...c, file: path } : { ...c }))
    };
}
/** Outlines kept at once; like MAX_ENTRIES, a run with more starts over. */
const MAX_OUTLINES = 1024;
/** Clauses by outline, each kept only when every clause is of the file it was read from. */
const byOutline = new Map();
let outlineHits = 0;
/** Longest line taken for a copyright notice; a longer one is prose. */
const MAX_NOTICE_CHARS = 200;
function isNoticeLine(line) {
    const t = line.trim();
    return t.length > 0 && t.length <= MAX_NOTICE_CHARS && (0,licenses_normalize/* isCopyrightLine */.C)(t);
}
/**
 * The 0-based indices of the lines of copyright notices that stand apart: a run of notice lines
 * with a blank line (or the start or end of the text) on each side, so no sentence runs into it,
 * that states no clause when read on its own ("\u2026 All rights reserved. Non-commercial use only."
 * is part of what the text says, not a holder's name).
 */
function noticeLines(lines) {
    const out = [];
    const blank = (i) => i < 0 || i >= lines.length || lines[i].trim().length === 0;
    for (let i = 0; i < lines.length; i++) {
        if (!isNoticeLine(lines[i]))
            continue;
        let end = i;
        while (end + 1 < lines.length && isNoticeLine(lines[end + 1]))
            end++;
        if (blank(i - 1) &&
            blank(end + 1) &&
            (0,src_clauses/* detectClauses */.I3)(lines.slice(i, end + 1).join('\n'), 'LICENSE').length === 0)
            for (let k = i; k <= end; k++)
                out.push(k);
        i = end;
    }
    return out;
}
/** The clauses of a text, answered by its outline when one with the same outline was read. */
function clausesOf(text, path) {
    const lines = text.split('\n');
    const notices = noticeLines(lines);
    if (notices.length === 0)
        return (0,src_clauses/* detectClauses */.I3)(text, path);
    const noticeLineNumbers = new Set(notices.map(i => i + 1));
    const outline = lines.map((l, i) => (noticeLineNumbers.has(i + 1) ? '' : l)).join('\n');
    const key = (0,external_node_crypto_.createHash)('sha256').update(outline).digest('hex') + '\0' + baseName(path);
    const known = byOutline.get(key);
    if (known) {
        outlineHits++;
        return known.map(c => ({ ...c, file: path }));
    }
    const clauses = (0,src_clauses/* detectClauses */.I3)(text, path);
    // kept only when no quote reaches into a notice line (the part that differs between texts)
    const clear = clauses.every(c => {
        if (c.file !== path || c.line === null)
            return false;
        const last = c.line + c.quote.split('\n').length - 1;
        for (let l = c.line; l <= last; l++)
            if (noticeLineNumbers.has(l))
                return false;
        return true;
    });
    if (clear) {
        if (byOutline.size >= MAX_OUTLINES)
            byOutline.clear();
        byOutline.set(key, clauses.map(c => ({ ...c })));
    }
    return clauses;
}
/**
 * `identifyLicenseText(text, path)` and `detectClauses(text, path)`, computed once per distinct
 * text and file name. Results are fresh copies: callers may change them.
 */
function analyzeLicenseText(text, path) {
    const key = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') + '\0' + baseName(path);
    const known = memo.get(key);
    if (known) {
        hits++;
        return copyFor(known, path, text);
    }
    const analysis = {
        identification: (0,identify/* identifyLicenseText */.j8)(text, path),
        clauses: clausesOf(text, path)
    };
    // Only a result that copyFor would give back unchanged for its own path is reused elsewhere.
    const reproducible = analysis.identification.file === path &&
        componentFor(analysis.identification, path, text) === analysis.identification.component &&
        analysis.clauses.every(c => c.file === path);
    if (reproducible) {
        if (memo.size >= MAX_ENTRIES)
            memo.clear();
        memo.set(key, { path, analysis: copyFor({ path, analysis }, path, text) });
    }
    return analysis;
}
/** How many analyses were answered from the memo (for tests and the bench). */
function licenseMemoHits() {
    return hits;
}
/** How many texts had their clauses answered by another text with the same outline (for tests). */
function outlineMemoHits() {
    return outlineHits;
}

// EXTERNAL MODULE: ./src/licenses/pointer.ts
var pointer = __webpack_require__(7725);
// EXTERNAL MODULE: ./src/clauses/toolkit/tokens.ts + 1 modules
var tokens = __webpack_require__(2233);
;// CONCATENATED MODULE: ./src/licenses/scope.ts
// Which models a licence, one of its sections, or one of its sentences covers (issue 11, item 6).
// A research licence for one model size, a section "Additional terms for Heron-70B", or a sentence
// "With respect to any multimodal models included in \u2026, the rights \u2026 are not granted" binds the
// models it names, not every model the file sits beside.
//
// A scope is a list of alternatives ("Heron-7B and the 13B model"); each alternative names a model
// by name (Heron-70B, "Heron 70B"), by size (7B, 1.5B, 8x7B, "7 billion") or by variant (vision,
// multimodal, instruct, base, code). Whether a scope covers a model is "yes", "no" or "unknown":
// only a clear "no" takes a clause away from a model, so an unknown model keeps every clause.

const VARIANT_CLASS = {
    multimodal: 'multimodal',
    vision: 'multimodal',
    visual: 'multimodal',
    vl: 'multimodal',
    omni: 'multimodal',
    image: 'multimodal',
    instruct: 'instruct',
    instruction: 'instruct',
    chat: 'instruct',
    base: 'base',
    pretrained: 'base',
    code: 'code',
    coder: 'code',
    audio: 'audio',
    speech: 'audio',
    \u591a\u6a21\u6001: 'multimodal',
    \u89c6\u89c9: 'multimodal',
    \u5bf9\u8bdd: 'instruct',
    \u57fa\u7840: 'base'
};
/** Variants that change what the model is: a text model is not a vision model. */
const MODALITIES = new Set(['multimodal', 'code', 'audio']);
const SCALE = { billion: 'b', million: 'm', trillion: 't', \u4ebf: '' };
/** Words that end a scope phrase's model list without naming a model. */
const scope_MODEL_NOUNS = new Set('model models variant variants version versions checkpoint checkpoints weights size sizes \u6a21\u578b \u7248\u672c'.split(' '));
/** Capitalised words before a size that are no model name ("The 70B model", "Any 7B model"). */
const NOT_A_NAME = new Set('the a an any all each every this that these those our its their for of and or with to in on only'.split(' '));
const SEPARATORS = new Set([',', ';', '/', '&', '\u3001', '\uff0c', '\uff1b', 'and', 'or', '\u548c', '\u53ca', '\u6216']);
/** Words of a phrase: letters and digits joined by "-", "_" or "."; each Han character alone. */
function wordsOf(phrase) {
    const out = [];
    let cur = '';
    const flush = () => {
        // "Heron-70B." ends a sentence: the trailing separator is no part of the name
        while (cur.length > 0 && '-_.'.includes(cur[cur.length - 1]))
            cur = cur.slice(0, -1);
        if (cur)
            out.push({ text: cur, lower: cur.toLowerCase() });
        cur = '';
    };
    for (const ch of phrase) {
        if ((0,tokens/* isHan */.oD)(ch)) {
            flush();
            out.push({ text: ch, lower: ch });
        }
        else if (/[\p{L}\p{N}]/u.test(ch) || (cur.length > 0 && '-_.'.includes(ch)))
            cur += ch;
        else {
            flush();
            if (SEPARATORS.has(ch))
                out.push({ text: ch, lower: ch });
        }
    }
    flush();
    return out;
}
/** "70b", "1.5b", "8x7b", "350m" \u2014 a model size \u2014 or null. */
function sizeKey(part) {
    const p = part.toLowerCase();
    let i = 0;
    const number = () => {
        const start = i;
        while (i < p.length && p.charCodeAt(i) >= 48 && p.charCodeAt(i) <= 57)
            i++;
        if (i === start)
            return false;
        if (p[i] === '.') {
            const dot = i++;
            const frac = i;
            while (i < p.length && p.charCodeAt(i) >= 48 && p.charCodeAt(i) <= 57)
                i++;
            if (i === frac)
                i = dot;
        }
        return true;
    };
    if (!number())
        return null;
    if (p[i] === 'x') {
        i++;
        if (!number())
            return null;
    }
    if (i !== p.length - 1 || !'bmt'.includes(p[i]))
        return null;
    return p;
}
function parts(word) {
    return word.split(/[-_]/).filter(x => x.length > 0);
}
function nameKey(s) {
    return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
function isAlpha(s) {
    return /^\p{L}+$/u.test(s) && !(0,tokens/* isHan */.oD)(s[0]);
}
/** The attributes one alternative names. */
function groupOf(words) {
    const g = { names: [], sizes: [], variants: [] };
    words.forEach((w, i) => {
        const ps = parts(w.text);
        for (const p of ps) {
            const size = sizeKey(p);
            if (size && !g.sizes.includes(size))
                g.sizes.push(size);
            const v = VARIANT_CLASS[p.toLowerCase()];
            if (v && !g.variants.includes(v))
                g.variants.push(v);
        }
        // "7 billion" \u2192 7b
        const next = words[i + 1]?.lower;
        if (/^\d+(?:\.\d+)?$/.test(w.text) && next && SCALE[next] !== undefined && SCALE[next] !== '') {
            const size = `${w.text}${SCALE[next]}`;
            if (!g.sizes.includes(size))
                g.sizes.push(size);
        }
        // a hyphenated name whose first part is a word and another a size, a version or a variant:
        // "Heron-70B", "Heron-Vision", "Heron-2" (not "Use-Based", "Non-Commercial")
        const marked = ps.slice(1).some(p => /\d/.test(p) || VARIANT_CLASS[p.toLowerCase()] !== undefined);
        if (ps.length >= 2 && isAlpha(ps[0]) && ps[0].length >= 3 && marked)
            g.names.push({ family: ps[0].toLowerCase(), key: nameKey(w.text) });
        // "Heron 70B": a capitalised word before a size
        const after = words[i + 1];
        if (after &&
            isAlpha(w.text) &&
            w.text.length >= 3 &&
            w.text[0] !== w.text[0].toLowerCase() &&
            !NOT_A_NAME.has(w.lower) &&
            parts(after.text).some(p => sizeKey(p) !== null))
            g.names.push({ family: w.lower, key: nameKey(w.text + after.text) });
    });
    return g;
}
/** A scope from the words that name what it covers, or null when they name no model. */
function scopeOf(phrase) {
    const words = wordsOf(phrase);
    const groups = [];
    let cur = [];
    const close = () => {
        const g = groupOf(cur);
        if (g.names.length + g.sizes.length + g.variants.length > 0)
            groups.push(g);
        cur = [];
    };
    for (const w of words) {
        if (SEPARATORS.has(w.lower))
            close();
        else
            cur.push(w);
    }
    close();
    return groups.length > 0 ? { groups, text: phrase.trim() } : null;
}
/** What a model is called, read like a scope: its name, variant name and folder. */
function modelIdentity(names) {
    const id = {
        families: new Set(),
        keys: [],
        sizes: new Set(),
        variants: new Set(),
        descriptive: false
    };
    for (const name of names) {
        if (!name || name === '.')
            continue;
        const g = groupOf(wordsOf(name));
        for (const n of g.names)
            id.families.add(n.family);
        for (const s of g.sizes)
            id.sizes.add(s);
        for (const v of g.variants)
            id.variants.add(v);
        const first = parts(wordsOf(name)[0]?.text ?? '')[0];
        if (first && isAlpha(first) && first.length >= 3)
            id.families.add(first.toLowerCase());
        id.keys.push(nameKey(name));
        // a size or a variant describes the model; a bare name ("repo-1a2b") says nothing of its modality
        if (g.sizes.length + g.variants.length > 0)
            id.descriptive = true;
    }
    return id;
}
function nameVerdict(n, id) {
    for (const k of id.keys) {
        if (k === n.key)
            return 'yes';
        if (k.length >= 3 && n.key.length >= 3 && (k.startsWith(n.key) || n.key.startsWith(k)))
            return 'yes';
    }
    // the same family, another member ("Heron-70B" for Heron-7B): not this model
    return id.families.has(n.family) ? 'no' : 'unknown';
}
function scope_all(verdicts) {
    if (verdicts.includes('no'))
        return 'no';
    return verdicts.every(v => v === 'yes') ? 'yes' : 'unknown';
}
function any(verdicts) {
    if (verdicts.includes('yes'))
        return 'yes';
    return verdicts.length > 0 && verdicts.every(v => v === 'no') ? 'no' : 'unknown';
}
function groupVerdict(g, id) {
    const out = [];
    if (g.names.length > 0) {
        const byName = any(g.names.map(n => nameVerdict(n, id)));
        // another family's model ("Heron-70B" in the licence of a fine-tune called Plover-7B): no say
        if (byName !== 'yes')
            return byName;
        out.push(byName);
    }
    if (g.sizes.length > 0)
        out.push(id.sizes.size === 0 ? 'unknown' : g.sizes.some(s => id.sizes.has(s)) ? 'yes' : 'no');
    for (const v of g.variants) {
        if (id.variants.has(v))
            out.push('yes');
        else
            out.push(MODALITIES.has(v) && id.descriptive ? 'no' : 'unknown');
    }
    return scope_all(out);
}
/** Whether a scope covers a model: any of its alternatives does ("yes"), none does ("no"), or unknown. */
function scopeCovers(scope, id) {
    return any(scope.groups.map(g => groupVerdict(g, id)));
}
// --- where texts state a scope -------------------------------------------------------------------
/** Openings of a sentence that scope it: "With respect to any multimodal models \u2026, \u2026". */
const LEADING = [
    'with respect to',
    'in respect of',
    'as regards',
    'regarding',
    'in the case of',
    'for the',
    'for any',
    'for all',
    'as to',
    '\u5bf9\u4e8e',
    '\u9488\u5bf9',
    '\u5173\u4e8e',
    '\u5c31'
];
/** Verbs of coverage anywhere in a sentence: "\u2026 applies only to the 70B model". */
const COVERS = [
    'applies only to',
    'apply only to',
    'applies solely to',
    'apply solely to',
    'applies exclusively to',
    'apply exclusively to',
    'applies to',
    'apply to',
    'covers only',
    'covers',
    'governs only',
    'governs',
    'is limited to',
    'are limited to',
    '\u4ec5\u9002\u7528\u4e8e',
    '\u9002\u7528\u4e8e'
];
/** What a coverage statement at the top of a licence is about: the licence itself. */
const LICENCE_WORDS = ['licence', 'license', 'agreement', 'these terms', 'this section', '\u672c\u8bb8\u53ef', '\u672c\u534f\u8bae'];
/** The phrase after `at`, up to the end of its clause (a comma, colon, semicolon or period). */
function phraseAfter(text, at, max = 160) {
    let end = at;
    while (end < text.length && end - at < max && !',;:\uff0c\uff1b\uff1a\u3002\n'.includes(text[end])) {
        // a full stop ends the phrase, a dot inside a name or number ("Llama 3.2", "1.5B") does not
        if (text[end] === '.' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))
            break;
        end++;
    }
    return text.slice(at, end);
}
/** The phrase names models ("the 70B model", "Heron-7B") rather than anything else. */
function namesModels(scope, phrase) {
    if (scope.groups.some(g => g.names.length > 0))
        return true;
    const words = wordsOf(phrase).map(w => w.lower);
    return words.some(w => scope_MODEL_NOUNS.has(w)) || phrase.includes('\u6a21\u578b');
}
/** The scope a sentence states for itself, at its opening or with a verb of coverage, or null. */
function sentenceScope(sentence) {
    const text = sentence.replace(/\s+/g, ' ').trim();
    const lower = text.toLowerCase();
    // the opening: within the first few characters (after a list marker or a section number)
    for (const t of LEADING) {
        const at = lower.indexOf(t);
        // "Except for the 7B model, \u2026" excludes what it names: no scope (every model keeps the clause)
        if (at < 0 || at > 12 || EXCLUDING.some(x => lower.slice(0, at).includes(x)))
            continue;
        const phrase = phraseAfter(text, at + t.length);
        const scope = scopeOf(phrase);
        if (scope && namesModels(scope, phrase))
            return scope;
    }
    for (const t of COVERS) {
        const at = lower.indexOf(t);
        if (at < 0 || negatedCoverage(lower, at))
            continue;
        const phrase = firstWords(phraseAfter(text, at + t.length), COVERAGE_WORDS);
        const scope = scopeOf(phrase);
        if (scope && namesModels(scope, phrase))
            return scope;
    }
    return null;
}
const EXCLUDING = ['except', 'other than', 'excluding', 'besides', 'apart from', '\u9664'];
/** Words of a coverage phrase read: "applies only to the Heron-70B instruct model". */
const COVERAGE_WORDS = 8;
/** "does not apply to the 7B model": the opposite of a scope. */
function negatedCoverage(lower, at) {
    const before = lower.slice(Math.max(0, at - 12), at);
    return before.includes('not ') || before.includes("n't ") || before.includes('\u4e0d');
}
function firstWords(phrase, n) {
    const words = phrase.trim().split(/\s+/);
    return words.length <= n ? phrase : words.slice(0, n).join(' ');
}
/** A coverage statement about the licence itself: "This licence applies only to Heron-70B". */
function coverageStatement(sentence) {
    const lower = sentence.toLowerCase();
    if (!LICENCE_WORDS.some(w => lower.includes(w)))
        return null;
    for (const t of COVERS) {
        const at = lower.indexOf(t);
        if (at < 0 || negatedCoverage(lower, at))
            continue;
        const phrase = firstWords(phraseAfter(sentence, at + t.length), COVERAGE_WORDS);
        const scope = scopeOf(phrase);
        if (scope && namesModels(scope, phrase))
            return scope;
    }
    return null;
}
/** A heading: a markdown heading, or a short numbered or capitalised line without a full stop. */
function headingLevel(line, prevBlank) {
    const t = line.trim();
    if (t.startsWith('#')) {
        let n = 0;
        while (t[n] === '#')
            n++;
        return t[n] === ' ' && n <= 6 ? n : 0;
    }
    if (!prevBlank || t.length === 0 || t.length > 100 || /[.;:,\u3002\uff1b\uff1a]$/.test(t))
        return 0;
    const words = t.split(/\s+/);
    if (words.length > 12)
        return 0;
    const numbered = /^(?:\d+(?:\.\d+)*\.?|section|article|part|schedule|appendix|annex|\u7b2c)/i.test(t);
    const capitals = t === t.toUpperCase() && /\p{Lu}/u.test(t);
    return numbered || capitals ? 7 : 0;
}
/** Scoped sections read per text: a real licence has a handful; a hostile one gains nothing more. */
const MAX_SECTIONS = 200;
/** Lines read at the top of a licence for a statement of what it covers. */
const HEAD_LINES = 40;
/** The scopes a licence text states: its title or an opening statement, and its sections' headings. */
function textScope(text) {
    const lines = text.split('\n');
    const out = { file: null, sections: [] };
    // the title: the first line that is not empty, when it names a licence and a model
    const titleAt = lines.findIndex(l => l.trim().length > 0);
    if (titleAt >= 0) {
        const title = lines[titleAt].replace(/^#+\s*/, '').trim();
        const lower = title.toLowerCase();
        const scope = LICENCE_WORDS.some(w => lower.includes(w)) ? scopeOf(title) : null;
        if (scope && scope.groups.some(g => g.names.length > 0))
            out.file = { ...scope, line: titleAt + 1 };
    }
    if (!out.file) {
        const head = lines.slice(0, HEAD_LINES);
        for (let i = 0; i < head.length && !out.file; i++) {
            for (const sentence of head[i].split(/(?<=[.;\u3002\uff1b])\s/)) {
                const scope = coverageStatement(sentence);
                if (scope) {
                    out.file = { ...scope, line: i + 1 };
                    break;
                }
            }
        }
    }
    // sections: a heading that names models scopes the lines up to the next heading of its level.
    // One pass with a stack of open sections (linear in the number of headings).
    const open = [];
    const close = (until, level) => {
        while (open.length > 0) {
            const top = open[open.length - 1];
            // a plain heading (level 7) and a markdown heading of the same or a higher level end a section
            if (!(top.level >= level || top.level === 7 || level === 7))
                break;
            open.pop();
            out.sections.push({ groups: top.groups, text: top.text, from: top.from, to: until });
        }
    };
    lines.forEach((l, i) => {
        const level = headingLevel(l, i === 0 || lines[i - 1].trim().length === 0);
        if (level === 0)
            return;
        close(i, level);
        if (i === titleAt || out.sections.length + open.length >= MAX_SECTIONS)
            return;
        const heading = l.replace(/^#+\s*/, '').trim();
        const scope = scopeOf(heading);
        if (scope && namesModels(scope, heading))
            open.push({ ...scope, from: i + 1, level });
    });
    close(lines.length, 0);
    out.sections.sort((a, b) => a.from - b.from);
    return out;
}

;// CONCATENATED MODULE: ./src/analyze/stages/license-file.ts






async function readLicenseFile(ctx, file, linked) {
    const r = await ctx.safe.read(file.path);
    if (r.kind === 'unsafe') {
        ctx.repoFindings.push(unsafePathFinding(file.path, `${file.path} leads outside the audited root; it was not read.`));
        return { file, state: 'unsafe', identification: null, clauses: [] };
    }
    if (r.kind !== 'text')
        return {
            file,
            state: r.kind,
            identification: null,
            clauses: [],
            ...(r.kind === 'binary' || r.kind === 'lfs-pointer' ? { bytes: r.bytes } : {})
        };
    // Memoised by content: the same text in a thousand folders is analysed once.
    const { identification, clauses } = analyzeLicenseText(r.text, file.path);
    if (file.role === 'use-policy')
        identification.component = 'use-policy';
    // A file the card names as its licence governs the model whatever folder it sits in
    // ("docs/terms.md" is not documentation): only its own name may narrow it.
    else if (linked) {
        const own = (0,identify/* componentOf */.D5)(file.path.split('/').pop(), r.text);
        identification.component =
            identification.component === 'use-policy'
                ? 'use-policy'
                : own === 'documentation' || own === 'data'
                    ? 'all'
                    : own;
    }
    const { hiddenText, scope, words } = textFactsOf(r.text);
    clauses.push(...referenceClauses(r.text, words, file.path, identification, clauses));
    const scoped = scope.file !== null || scope.sections.length > 0;
    return {
        file,
        state: r.truncated ? 'truncated' : 'text',
        identification,
        clauses,
        bytes: r.bytes,
        ...(r.encoding ? { encoding: r.encoding } : {}),
        ...(hiddenText.length > 0 ? { hiddenText } : {}),
        ...(scoped ? { scope } : {})
    };
}
/** The line that names the licence: its name or id, else one that says "licence", else the first. */
function namingLine(lines, identification) {
    const lower = lines.map(l => l.toLowerCase());
    const tests = [
        (l) => l.includes(identification.name.toLowerCase()) || l.includes(identification.id.toLowerCase()),
        (l) => /licen[cs]/.test(l),
        (l) => l.trim().length > 0
    ];
    for (const t of tests) {
        const i = lower.findIndex(t);
        if (i >= 0)
            return i + 1;
    }
    return null;
}
/** Words of a text besides its addresses. */
function wordCount(text) {
    return text
        .replace(/\bhttps?:\/\/\S{1,2000}/g, ' ')
        .split(/\s+/)
        .filter(w => /[a-z0-9]/i.test(w)).length;
}
/** A longer text is never a mere reference to a licence. */
const REFERENCE_MAX_CHARS = 20_000;
/** Texts up to this many characters are remembered, this many at once (at most ~16 MB). */
const MEMO_TEXT_CHARS = 32 * 1024;
const MEMO_TEXTS = 512;
const textFactsMemo = new Map();
/**
 * The text facts of a licence, once per distinct text: a monorepo copies one licence into every
 * model's folder, and each copy is read (its path is its own) but need not be scanned again.
 * The facts are only read afterwards, so models may share them.
 */
function textFactsOf(text) {
    const known = textFactsMemo.get(text);
    if (known)
        return known;
    const facts = {
        hiddenText: findHiddenCharacters(text),
        scope: textScope(text),
        words: text.length > REFERENCE_MAX_CHARS ? null : wordCount(text)
    };
    if (text.length <= MEMO_TEXT_CHARS) {
        if (textFactsMemo.size >= MEMO_TEXTS)
            textFactsMemo.clear();
        textFactsMemo.set(text, facts);
    }
    return facts;
}
/**
 * A licence file that is only a reference \u2014 an address (see licenses/pointer.ts) or a name ("Llama
 * 2 Community License") \u2014 carries no clauses of its own: the catalogue's clauses of the licence it
 * names apply, each quoting the line that names it. Types the text states itself are not repeated.
 */
function referenceClauses(text, words, file, identification, detected) {
    if (!identification.id || words === null || words > pointer/* MAX_POINTER_WORDS */.XH)
        return [];
    const lines = text.split('\n');
    const line = identification.matcher === 'pointer'
        ? ((0,pointer/* resolvePointer */.cj)(text)?.line ?? null)
        : namingLine(lines, identification);
    if (!line)
        return [];
    const quote = lines[line - 1].trim().slice(0, 300);
    const have = new Set(detected.map(c => c.type));
    return (0,identify/* catalogueClauses */.gB)(identification.id, file, line)
        .filter(c => !have.has(c.type))
        .map(c => ({ ...c, quote, source: 'catalogue', summary: c.quote }));
}
/** A copy, so that one model's later edits (e.g. the component) never leak into another's. */
function copyLicenseFacts(facts) {
    return {
        ...facts,
        identification: facts.identification ? { ...facts.identification } : null,
        clauses: [...facts.clauses]
    };
}
/**
 * The facts of one licence file, read once per audit under `key` (a file discovery found and the
 * same file named by a card link are read apart: a link widens the component).
 */
async function licenseFileFacts(ctx, file, opts = {}) {
    const key = opts.key ?? file.path;
    let p = ctx.opts.licenseCache?.get(key);
    if (!p) {
        p = readLicenseFile(ctx, file, opts.linked ?? false);
        ctx.opts.licenseCache?.set(key, p);
    }
    return copyLicenseFacts(await p);
}

// EXTERNAL MODULE: ./src/discover/file-kinds.ts
var file_kinds = __webpack_require__(9739);
;// CONCATENATED MODULE: ./src/analyze/stages/license-link.ts
// `license_link: MODEL_LICENSE_AGREEMENT.md` (or docs/terms.md): the card names its licence text.
// It is read like a licence file, only inside the audited root; a link leaving it is never read.




/** The path part of a link: what comes before its first "?" or "#". */
function beforeQueryOrFragment(v) {
    for (let i = 0; i < v.length; i++)
        if (v[i] === '?' || v[i] === '#')
            return v.slice(0, i);
    return v;
}
function resolveLicenseLink(link, cardPath) {
    const v = link.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(mailto|data|javascript):/i.test(v) || v.startsWith('//'))
        return { kind: 'url' };
    let p = beforeQueryOrFragment(v);
    try {
        p = decodeURIComponent(p);
    }
    catch {
        /* keep as written */
    }
    p = p.replace(/\\/g, '/');
    if (p.startsWith('/') || /^[a-z]:\//i.test(p) || p.startsWith('~') || p.includes('\0'))
        return { kind: 'unsafe', reason: 'an absolute path' };
    const base = cardPath.includes('/') ? cardPath.slice(0, cardPath.lastIndexOf('/')).split('/') : [];
    const out = [...base];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return { kind: 'unsafe', reason: 'a path that leaves the audited root' };
            out.pop();
        }
        else
            out.push(seg);
    }
    if (out.length === 0)
        return { kind: 'unsafe', reason: 'the repository root, not a file' };
    return { kind: 'path', path: out.join('/') };
}
async function isFolder(safe, rel) {
    const r = await safe.resolveInside(rel);
    if (!r.ok)
        return false;
    try {
        return (await external_node_fs_.promises.stat(r.real)).isDirectory();
    }
    catch {
        return false;
    }
}
/** A file named by a link, as discovery would have described it had it been a licence name. */
function linkedLicenseFile(path) {
    const role = (0,file_kinds/* roleOf */.kp)(path);
    return {
        path,
        role: role === 'use-policy' || role === 'notice' ? role : 'license',
        size: 0,
        licenseScore: Math.max((0,file_kinds/* licenseNameScore */.HK)(path), 0.5)
    };
}
/**
 * Follows the card's `license_link`: sets `cardLicense.linkState` (and `linkedFile`), adds the
 * linked text to `licenseFiles`, and reports a link that leaves the root or names nothing.
 */
async function followLicenseLink(ctx, card, cardLicense, licenseFiles, metadataProblems) {
    if (!cardLicense.licenseLink)
        return;
    const linkLine = card.metadataLines['license_link'];
    const target = resolveLicenseLink(cardLicense.licenseLink, card.file);
    if (target.kind === 'url') {
        cardLicense.linkState = 'url';
        return;
    }
    if (target.kind === 'unsafe') {
        ctx.repoFindings.push(unsafePathFinding(card.file, `${card.file}: \`license_link\` is ${target.reason}; the audit reads only inside the repository, so it was not read.`, linkLine));
        cardLicense.linkState = 'unsafe';
        return;
    }
    const known = licenseFiles.find(l => l.file.path === target.path);
    // A card naming itself (`license_link: README.md`) holds its terms in its own text.
    if (known || target.path === card.file) {
        cardLicense.linkState = 'found';
        cardLicense.linkedFile = target.path;
        return;
    }
    const facts = await licenseFileFacts(ctx, linkedLicenseFile(target.path), {
        linked: true,
        key: `link:${target.path}`
    });
    const folder = facts.state === 'error' && (await isFolder(ctx.safe, target.path));
    if (folder && licenseFiles.some(l => l.file.path.startsWith(target.path + '/'))) {
        // `license_link: LICENSE` naming a LICENSE/ folder of texts, already read.
        cardLicense.linkState = 'found';
    }
    else if (facts.state === 'missing' || folder) {
        cardLicense.linkState = 'missing';
        metadataProblems.push({
            key: 'license_link',
            line: linkLine,
            message: `\`license_link\` points to ${target.path}, which ${folder ? 'is a folder, not a file' : 'is not in the repository'}; link the licence text or a URL`
        });
    }
    else if (facts.state === 'unsafe') {
        cardLicense.linkState = 'unsafe';
    }
    else {
        cardLicense.linkState = 'found';
        cardLicense.linkedFile = target.path;
        licenseFiles.push(facts);
    }
}

;// CONCATENATED MODULE: ./src/card/tables.ts
// Pipe tables of a card's Markdown (GitHub's table extension, which the CommonMark parser does not
// read): their header cells and rows, each with its file line. Code fences are skipped. One pass.
/** Most rows read per table, and tables per card: a card is no database. */
const MAX_ROWS = 500;
const MAX_TABLES = 50;
/** Cells of a table line: split at pipes that are not escaped nor inside a code span. */
function splitRow(line) {
    let t = line.trim();
    if (t.startsWith('|'))
        t = t.slice(1);
    if (t.endsWith('|') && !t.endsWith('\\|'))
        t = t.slice(0, -1);
    const cells = [];
    let cur = '';
    let inCode = false;
    for (let i = 0; i < t.length; i++) {
        const ch = t[i];
        if (ch === '\\' && t[i + 1] === '|') {
            cur += '|';
            i++;
        }
        else if (ch === '`') {
            inCode = !inCode;
            cur += ch;
        }
        else if (ch === '|' && !inCode) {
            cells.push(cur.trim());
            cur = '';
        }
        else
            cur += ch;
    }
    cells.push(cur.trim());
    return cells;
}
function isDelimiterRow(line) {
    const cells = splitRow(line);
    return cells.length > 0 && cells.every(c => /^:?-{1,}:?$/.test(c.replace(/\s/g, '')));
}
/**
 * @param text the card's whole text; lines are counted from 1 at its start.
 * @param fromLine the first line to read (the body's, after front matter).
 */
function parseTables(text, fromLine = 1) {
    const lines = text.split('\n');
    const tables = [];
    let fence = null;
    let current = null;
    for (let i = fromLine - 1; i < lines.length; i++) {
        const line = lines[i];
        const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMark) {
            if (fence === null)
                fence = fenceMark[1][0];
            else if (fenceMark[1][0] === fence)
                fence = null;
            current = null;
            continue;
        }
        if (fence !== null)
            continue;
        const isRow = line.includes('|') && line.trim().length > 0 && line.length < 20_000;
        if (current && isRow) {
            if (current.rows.length < MAX_ROWS)
                current.rows.push({ line: i + 1, cells: splitRow(line), text: line });
            continue;
        }
        current = null;
        const next = lines[i + 1];
        if (isRow &&
            next !== undefined &&
            next.includes('-') &&
            isDelimiterRow(next) &&
            tables.length < MAX_TABLES) {
            current = { headerLine: i + 1, headers: splitRow(line), rows: [] };
            tables.push(current);
            i++;
        }
    }
    return tables;
}
/** Index of the first header that matches, or -1. */
function tables_columnOf(table, test) {
    return table.headers.findIndex(h => test(h.replace(/[*_`]/g, '').trim()));
}

;// CONCATENATED MODULE: ./src/analyze/stages/linked-licenses.ts





/** Most licence links followed per card. */
const MAX_LINKS = 30;
const LICENSE_WORDS = /licen[cs]|\bterms\b|agreement|use policy|\beula\b/i;
function isLicenseHeader(header) {
    return LICENSE_WORDS.test(header);
}
/** A link to a file whose name, folder or link text says it is a licence. */
function namesLicense(link, path) {
    const parts = path.split('/');
    const role = (0,file_kinds/* roleOf */.kp)(path);
    return (role === 'license' ||
        role === 'use-policy' ||
        (0,file_kinds/* licenseNameScore */.HK)(path) > 0 ||
        (parts.length >= 2 && (0,file_kinds/* isLicenseFolderName */.Hm)(parts[parts.length - 2])) ||
        LICENSE_WORDS.test(link.text));
}
/** Whether the link sits in the licence column of a table row. */
function inLicenseColumn(link, tables) {
    for (const t of tables) {
        const col = tables_columnOf(t, isLicenseHeader);
        if (col < 0)
            continue;
        const row = t.rows.find(r => r.line === link.line);
        if (row && (row.cells[col] ?? '').includes(link.url))
            return true;
    }
    return false;
}
/**
 * The repository paths the card's text links to as licences: what followCardLicenseLinks may read
 * (a Hub audit fetches them before the engine runs). Folders and missing files included.
 */
function cardLicenseLinkPaths(card) {
    const tables = parseTables(card.text, card.bodyStartLine);
    const out = new Set();
    for (const link of card.links) {
        if (link.line < card.bodyStartLine)
            continue;
        const target = resolveLicenseLink(link.url, card.file);
        if (target.kind !== 'path' || target.path === card.file)
            continue;
        if (namesLicense(link, target.path) || inLicenseColumn(link, tables))
            out.add(target.path);
    }
    return [...out];
}
/**
 * Reads the licence files the card's text links to (not the metadata's `license_link`, followed
 * apart) and adds them to `licenseFiles`, each with the card lines that link it. Returns the links
 * to licence files that are not there: a reviewer told "the weights are under LICENSE-X" and
 * finding no LICENSE-X cannot know the terms, so the audit says so rather than skip the link.
 */
async function followCardLicenseLinks(ctx, card, licenseFiles) {
    const broken = [];
    const tables = parseTables(card.text, card.bodyStartLine);
    let followed = 0;
    for (const link of card.links) {
        if (link.line < card.bodyStartLine)
            continue;
        const target = resolveLicenseLink(link.url, card.file);
        if (target.kind === 'url')
            continue;
        if (target.kind === 'unsafe') {
            if (!LICENSE_WORDS.test(link.text) && !LICENSE_WORDS.test(link.url))
                continue;
            ctx.repoFindings.push(unsafePathFinding(card.file, `${card.file}: the licence link \`${link.url.slice(0, 200)}\` is ${target.reason}; the audit reads only inside the repository, so it was not read.`, link.line));
            continue;
        }
        if (target.path === card.file)
            continue;
        if (!namesLicense(link, target.path) && !inLicenseColumn(link, tables))
            continue;
        const known = licenseFiles.find(l => l.file.path === target.path);
        if (known) {
            known.links = [...(known.links ?? []), { line: link.line, text: link.text }];
            continue;
        }
        if (followed >= MAX_LINKS)
            break;
        followed++;
        const facts = await licenseFileFacts(ctx, linkedLicenseFile(target.path), {
            linked: true,
            key: `link:${target.path}`
        });
        if (facts.state === 'missing') {
            if (!broken.some(b => b.path === target.path))
                broken.push({ path: target.path, line: link.line, text: link.text.slice(0, 200) });
            continue;
        }
        if (facts.state === 'unsafe')
            continue;
        // A link to a folder of licence texts (model_licenses/) names files discovery has read.
        if (facts.state === 'error' && (await isFolder(ctx.safe, target.path)))
            continue;
        licenseFiles.push({ ...facts, links: [{ line: link.line, text: link.text }] });
    }
    return broken;
}

;// CONCATENATED MODULE: ./src/licenses/card-text.ts
// Licences a card states in its prose: "released under the MIT License", "is subject to the Llama
// 3.1 Community License", or a "## License" section whose line names one ("Apache 2.0",
// "**License:** CC-BY-NC-4.0"). Each is identified through identifyLicenseId (SPDX id, SPDX or
// catalogue name), with the line that states it. Statements about a base model or a dataset
// ("based on X, which is released under \u2026", "the dataset is licensed under \u2026") are not this model's.


/** Phrases that introduce the licence a thing is under. Lower-case; matched at word starts. */
const TRIGGERS = [
    'licensed under',
    'licenced under',
    'released under',
    'distributed under',
    'available under',
    'provided under',
    'published under',
    'shared under',
    'offered under',
    'under the terms of',
    'governed by',
    'subject to',
    'licensed as',
    'license:',
    'licence:',
    'licensed by the'
];
/** Words after which a candidate licence name stops. */
const STOPS = [
    '. ',
    ', ',
    '; ',
    ' and ',
    ' for ',
    ' (',
    ' which ',
    ' with ',
    ' as ',
    ' except ',
    ' see ',
    ' unless '
];
const MAX_PER_CARD = 20;
const MAX_NAME_WORDS = 10;
/** Markdown links, emphasis and code marks dropped: "[MIT License](LICENSE)" \u2192 "MIT License". */
function plain(line) {
    let out = '';
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === '*' ||
            ch === '`' ||
            (ch === '_' && (i === 0 || line[i - 1] === ' ' || line[i + 1] === ' ' || i === line.length - 1)))
            continue;
        if (ch === ']' && line[i + 1] === '(') {
            const close = line.indexOf(')', i + 2);
            if (close > 0) {
                i = close;
                continue;
            }
        }
        if (ch === '[' || ch === ']')
            continue;
        out += ch;
    }
    return out.replace(/\s+/g, ' ').trim();
}
function sentenceBefore(text, at) {
    const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at));
    return text.slice(start < 0 ? 0 : start + 2, at);
}
/** The clause that leads to the trigger: after its last comma, semicolon, "and" or "but". */
function leadingClause(sentence) {
    let cut = -1;
    for (const sep of [', ', '; ', ' and ', ' but ', ' \u2013 ', ' \u2014 '])
        cut = Math.max(cut, sentence.lastIndexOf(sep));
    return cut < 0
        ? { clause: sentence, before: '' }
        : { clause: sentence.slice(cut), before: sentence.slice(0, cut) };
}
const NOT_THIS_MODEL = /\b(?:base model|original model|parent model|upstream|dataset|datasets|data|corpus|benchmark|tokenizer of)\b/i;
const BASE_PHRASES = /\b(?:based on|fine-?tuned (?:from|on)|distilled from|derived from|merged from|built on|initiali[sz]ed from)\b/i;
const CODE_WORDS = /\b(?:code|software|source|scripts?|codebase|repository|library|package|implementation)\b/i;
const MODEL_WORDS = /\b(?:model|weights|checkpoints?|parameters)\b/i;
/** Whether a statement about a licence is about this model (not its base or its data), and of which part. */
function subjectOf(sentence) {
    // "The weights are not released under \u2026", "no longer licensed under \u2026"
    if (/(?:\bnot|n't|\bno longer)$/i.test(sentence.trimEnd()))
        return null;
    const { clause, before } = leadingClause(sentence);
    if (NOT_THIS_MODEL.test(clause))
        return null;
    // "based on X, which is released under \u2026": the licence of X.
    if (/^[,;]?\s*(?:which|that)\b/i.test(clause.replace(/^[\s,;\u2013\u2014]+|^and\b|^but\b/gi, '').trim()) &&
        BASE_PHRASES.test(before))
        return null;
    const code = CODE_WORDS.test(clause) || CODE_WORDS.test(before.slice(-80));
    const model = MODEL_WORDS.test(clause);
    return code && !model ? 'code' : 'all';
}
/** The licence named right after a trigger: the longest run of words (\u2264 10) that identifies. */
function nameAfter(rest) {
    let end = rest.length;
    for (const stop of STOPS) {
        const i = rest.toLowerCase().indexOf(stop);
        if (i >= 0 && i < end)
            end = i;
    }
    let candidate = (0,trim/* trimEndChars */.vU)(rest.slice(0, end), '.;:,!').trim();
    if (candidate.toLowerCase().startsWith('the '))
        candidate = candidate.slice(4);
    const words = candidate
        .split(' ')
        .filter(w => w.length > 0)
        .slice(0, MAX_NAME_WORDS);
    for (let n = words.length; n >= 1; n--) {
        const c = words.slice(0, n).join(' ');
        const r = (0,identify/* identifyLicenseId */.hs)(c);
        if (!r.id)
            continue;
        // A bare correction ("model" \u2192 something) is too weak unless the words say licence or name an id.
        const lower = c.toLowerCase();
        if (r.matcher === 'spdx-correct' && !/licen[cs]e|\d/.test(lower))
            continue;
        return { id: r.id, name: r.name, confidence: Math.min(0.9, r.confidence) };
    }
    return null;
}
function isLicenseHeading(heading) {
    return /licen[cs]|terms of use|\bterms\b/i.test(heading);
}
/** Licences stated in the card's prose, each once (the first line that states it), in order. */
function licensesInCardText(card) {
    const lines = card.text.split('\n');
    const out = [];
    const seen = new Set();
    const add = (hit, line, component) => {
        const key = `${hit.id.toLowerCase()}\u0000${component}`;
        if (seen.has(key) || out.length >= MAX_PER_CARD)
            return;
        seen.add(key);
        out.push({ ...hit, line, quote: lines[line - 1].trim().slice(0, 300), component });
    };
    const licenseSections = card.sections.filter(s => s.depth > 0 && isLicenseHeading(s.heading));
    const inLicenseSection = (line) => licenseSections.find(s => line > s.line && line <= s.endLine);
    let fence = false;
    for (let i = card.bodyStartLine - 1; i < lines.length; i++) {
        const raw = lines[i];
        if (/^\s{0,3}(?:`{3,}|~{3,})/.test(raw)) {
            fence = !fence;
            continue;
        }
        if (fence || raw.length > 5000 || raw.trimStart().startsWith('|') || raw.trimStart().startsWith('<'))
            continue;
        const text = plain(raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^\s*>\s?/, ''));
        if (text.length === 0)
            continue;
        const lower = text.toLowerCase();
        const section = inLicenseSection(i + 1);
        const sectionComponent = section && CODE_WORDS.test(section.heading) && !MODEL_WORDS.test(section.heading) ? 'code' : 'all';
        let found = false;
        for (const trigger of TRIGGERS) {
            let from = 0;
            for (;;) {
                const at = lower.indexOf(trigger, from);
                if (at < 0)
                    break;
                from = at + trigger.length;
                if (at > 0 && /[a-z0-9]/.test(lower[at - 1]))
                    continue;
                const hit = nameAfter(text.slice(at + trigger.length).trim());
                if (!hit)
                    continue;
                const subject = subjectOf(sentenceBefore(text, at));
                if (subject === null)
                    continue;
                add(hit, i + 1, subject === 'code' || sectionComponent === 'code' ? 'code' : 'all');
                found = true;
            }
        }
        // In a licence section, a short line that is a licence name ("Apache 2.0", "MIT").
        if (!found && section && text.split(' ').length <= MAX_NAME_WORDS && !text.includes('://')) {
            const hit = nameAfter(text);
            if (hit)
                add(hit, i + 1, sectionComponent);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analyze/stages/license-stage.ts







/** The line of `card` at `line`, trimmed and capped, for a verbatim quote. */
function cardLine(card, line) {
    return (card.text.split('\n')[line - 1] ?? '').trim().slice(0, 300);
}
/**
 * A licence known only from metadata brings its catalogue clauses, unless its text is here: a
 * licence file identified as the same licence, or an unidentified licence text (whose own clauses
 * were detected and are better evidence than the catalogue's summaries).
 */
function metadataCatalogueClauses(card, cardLicense, licenseFiles) {
    const cardId = cardLicense.identification?.id?.toLowerCase();
    if (!cardId)
        return [];
    const texts = licenseFiles.filter(l => (l.state === 'text' || l.state === 'truncated') && l.file.role === 'license');
    const sameText = texts.some(l => l.identification?.id?.toLowerCase() === cardId);
    const unidentifiedText = texts.some(l => !l.identification?.id);
    if (sameText || unidentifiedText)
        return [];
    const ids = cardLicense.values
        ? cardLicense.values.map(v => (0,identify/* identifyLicenseId */.hs)(v).id)
        : [cardLicense.identification.id];
    return quotedCatalogueClauses(ids, card, cardLicense.line ?? null);
}
/**
 * The catalogue clauses of `ids`, one per type. The contract wants verbatim quotes: the card's
 * line that names the licence is the quote, the catalogue's summary stands beside it.
 */
function quotedCatalogueClauses(ids, card, line) {
    const out = [];
    const seen = new Set();
    const lineText = line ? cardLine(card, line) : '';
    for (const id of ids)
        for (const c of id ? (0,identify/* catalogueClauses */.gB)(id, card.file, line) : [])
            if (!seen.has(c.type)) {
                seen.add(c.type);
                out.push(lineText
                    ? { ...c, quote: lineText, source: 'catalogue', summary: c.quote }
                    : { ...c, file: null, line: null, source: 'catalogue', summary: c.quote });
            }
    return out;
}
function proseIdentifications(card) {
    return licensesInCardText(card).map(p => ({
        file: card.file,
        id: p.id,
        name: p.name,
        source: 'card-text',
        confidence: p.confidence,
        matcher: 'license-name',
        component: p.component,
        line: p.line
    }));
}
/**
 * A licence stated in prose brings its catalogue clauses, quoting the sentence, unless a licence
 * text or the metadata identified as the same licence is already here (their clauses stand), and
 * one clause per type: a text's own clause of that type is better evidence than a summary.
 */
function proseCatalogueClauses(card, prose, all, clauses) {
    const out = [];
    const have = new Set(clauses.map(c => c.type));
    for (const p of prose) {
        const id = p.id.toLowerCase();
        if (all.some(l => l !== p && l.source !== 'card-text' && l.id?.toLowerCase() === id))
            continue;
        for (const c of quotedCatalogueClauses([p.id], card, p.line ?? null))
            if (!have.has(c.type)) {
                have.add(c.type);
                out.push(c);
            }
    }
    return out;
}
/** LICENSE, LICENSE.md, COPYING: the repository's plain licence file. */
function isPlainLicense(l) {
    return l.file.role === 'license' && (l.file.licenseScore ?? 0) >= 0.9;
}
/**
 * When the model's licence is stated elsewhere (a model licence file named or kept as such, or one
 * the card links to), the repository's plain LICENSE is the licence of the code.
 */
function markCodeLicenses(licenseFiles, cardLicense) {
    // `license_link: LICENSE` makes the plain LICENSE the model's licence itself.
    const metadataNamed = (l) => cardLicense?.linkedFile === l.file.path;
    const cardNamed = (l) => (l.links?.length ?? 0) > 0 || metadataNamed(l);
    const modelLicense = licenseFiles.some(l => l.identification !== null &&
        l.file.role === 'license' &&
        !isPlainLicense(l) &&
        (l.identification.component === 'weights' ||
            (l.identification.component === 'all' && (cardNamed(l) || (0,file_kinds/* isDistinctiveLicenseName */.b)(l.file.path)))));
    if (!modelLicense)
        return;
    for (const l of licenseFiles)
        if (isPlainLicense(l) && !metadataNamed(l) && l.identification?.component === 'all')
            l.identification.component = 'code';
}
async function licenseStage(ctx, card, metadataProblems) {
    const licenseFiles = [];
    for (const f of ctx.model.licenseFiles)
        licenseFiles.push(await licenseFileFacts(ctx, f));
    const cardLicense = card ? cardLicenseFacts(card) : null;
    if (card && cardLicense)
        await followLicenseLink(ctx, card, cardLicense, licenseFiles, metadataProblems);
    const brokenLicenseLinks = card ? await followCardLicenseLinks(ctx, card, licenseFiles) : [];
    markCodeLicenses(licenseFiles, cardLicense);
    const licenses = [];
    for (const l of licenseFiles)
        if (l.identification && l.file.role !== 'notice')
            licenses.push(l.identification);
    if (cardLicense?.identification)
        licenses.push(cardLicense.identification);
    const proseLicenses = card ? proseIdentifications(card) : [];
    licenses.push(...proseLicenses);
    const clauses = licenseFiles.flatMap(l => l.clauses);
    if (card && cardLicense)
        clauses.push(...metadataCatalogueClauses(card, cardLicense, licenseFiles));
    if (card)
        clauses.push(...proseCatalogueClauses(card, proseLicenses, licenses, clauses));
    return { licenseFiles, cardLicense, proseLicenses, licenses, clauses, brokenLicenseLinks };
}

;// CONCATENATED MODULE: ./src/analyze/stages/scope-stage.ts
// Clauses scoped to some models (issue 11, item 6): a licence file, one of its sections, or one of
// its sentences that names the models it covers ("Heron-70B Research License", "## Terms for the
// 7B model", "With respect to any multimodal models \u2026") binds those models only. Each model keeps
// a clause unless the scope clearly names other models (licenses/scope.ts): unknown keeps it, and
// a licence that names another model but is the model's only licence keeps its clauses too.

/** Distinct sentences a scope memo keeps; a run with more starts it over (only slower). */
const MAX_SCOPES = 8192;
/** sentenceScope(sentence), looked up in `memo` first (its results are shared: never changed). */
function memoSentenceScope(sentence, memo) {
    if (!memo)
        return sentenceScope(sentence);
    let scope = memo.get(sentence);
    if (scope === undefined) {
        scope = sentenceScope(sentence);
        if (memo.size >= MAX_SCOPES)
            memo.clear();
        memo.set(sentence, scope);
    }
    return scope;
}
/**
 * The scope that decides for one clause: its own sentence's, else its section's, else its file's.
 * `memo` keeps each distinct sentence's scope for the run (AnalyzeOptions.scopeCache).
 */
function clauseScope(c, file, memo) {
    if (c.source === 'catalogue')
        return null;
    const own = memoSentenceScope(c.quote, memo);
    if (own)
        return { scope: own, from: 'sentence' };
    const scope = file?.scope;
    if (!scope)
        return null;
    const line = c.line ?? 0;
    const section = scope.sections.find(s => line >= s.from && line <= s.to);
    if (section)
        return { scope: section, from: 'section' };
    return scope.file ? { scope: scope.file, from: 'file' } : null;
}
/**
 * The clauses that bind the model called `names` (its name, variant name, folder name). A whole
 * file that names other models gives up its clauses only when another licence text governs the
 * model: a model whose only licence names another size still answers to that licence (fail closed).
 */
function clausesForModel(clauses, licenseFiles, names, memo) {
    const identity = modelIdentity(names);
    const byPath = new Map(licenseFiles.map(l => [l.file.path, l]));
    const excluded = new Set(licenseFiles
        .filter(l => l.scope?.file && scopeCovers(l.scope.file, identity) === 'no')
        .map(l => l.file.path));
    const governedElsewhere = licenseFiles.some(l => l.file.role === 'license' &&
        (l.state === 'text' || l.state === 'truncated') &&
        !excluded.has(l.file.path));
    const kept = [];
    for (const c of clauses) {
        const decided = clauseScope(c, c.file ? byPath.get(c.file) : undefined, memo);
        if (!decided) {
            kept.push(c);
            continue;
        }
        const keep = decided.from === 'file'
            ? !excluded.has(c.file) || !governedElsewhere
            : scopeCovers(decided.scope, identity) !== 'no';
        // a kept clause says which models its text names, so a reader sees it binds those only
        if (keep)
            kept.push({ ...c, appliesTo: { models: decided.scope.text, statedIn: decided.from } });
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/card/model-list.ts
// Several models named in one card, each with its own licence: a table with a model column and a
// licence column ("| Heron-XL | [Non-commercial](model_licenses/LICENSE-HERON-XL) |"), or a list
// ("- **Heron-XL**: [non-commercial licence](model_licenses/LICENSE-HERON-XL)").

const MAX_MODELS = 50;
const LINK = /\[([^\]]{0,200})\]\(<?([^)\s>]{1,500})>?(?:\s[^)]{0,200})?\)/g;
const LICENSE_HEADER = /licen[cs]|\bterms\b|agreement/i;
const NAME_HEADER = /\b(?:model|models|name|checkpoint|variant|version)\b/i;
/** Headers and row names of a table of a release's parts ("| Component | Licence |", "| Weights | \u2026 |"), not of models. */
const PART_HEADER = /\b(?:component|part|artifact|asset|material|content)s?\b/i;
const PART_NAMES = new Set('code|source code|software|weights|model weights|model|data|dataset|datasets|documentation|docs|training code|inference code|parameters|checkpoints|outputs|everything else|other|others|all'.split('|'));
function isPartName(name) {
    return PART_NAMES.has(name
        .toLowerCase()
        .replace(/[^a-z ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim());
}
function links(cell) {
    return [...cell.matchAll(LINK)].map(m => ({ url: m[2], text: m[1].trim() }));
}
/** A cell or phrase without Markdown: links keep their text, emphasis and code marks go. */
function plainMarkdown(s) {
    return s
        .replace(LINK, (_m, text) => text)
        .replace(/[*`]/g, '')
        .replace(/<[^<>]{0,200}>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function fromTables(card) {
    const out = [];
    for (const t of parseTables(card.text, card.bodyStartLine)) {
        const lic = tables_columnOf(t, h => LICENSE_HEADER.test(h));
        if (lic < 0)
            continue;
        let nameCol = t.headers.findIndex((h, i) => i !== lic && NAME_HEADER.test(h.replace(/[*_`]/g, '')));
        if (nameCol < 0)
            nameCol = lic === 0 ? -1 : 0;
        if (nameCol < 0 || PART_HEADER.test(t.headers[nameCol] ?? ''))
            continue;
        for (const row of t.rows) {
            const name = plainMarkdown(row.cells[nameCol] ?? '');
            const cell = row.cells[lic] ?? '';
            if (!name || name.length > 120 || !plainMarkdown(cell) || isPartName(name))
                continue;
            out.push({
                name,
                line: row.line,
                quote: row.text.trim().slice(0, 300),
                licenseText: plainMarkdown(cell),
                licenseLinks: links(cell)
            });
        }
    }
    return out;
}
const ITEM = /^\s{0,3}[-*+]\s+(.{1,2000})$/;
const model_list_SEPARATORS = [': ', ' \u2013 ', ' \u2014 ', ' - ', ' | '];
/** "**Heron-XL**: [licence](\u2026)", "[Heron-XL](\u2026) \u2014 Apache 2.0", "Heron-XL: licensed under \u2026". */
function fromLists(card) {
    const out = [];
    const lines = card.text.split('\n');
    for (let i = card.bodyStartLine - 1; i < lines.length; i++) {
        const m = ITEM.exec(lines[i]);
        if (!m)
            continue;
        const item = m[1];
        let cut = -1;
        let sep = '';
        for (const s of model_list_SEPARATORS) {
            const at = item.indexOf(s);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
                sep = s;
            }
        }
        if (cut < 0)
            continue;
        const name = plainMarkdown(item.slice(0, cut));
        const rest = item.slice(cut + sep.length);
        const restLinks = links(rest);
        const says = LICENSE_HEADER.test(plainMarkdown(rest)) || restLinks.some(l => LICENSE_HEADER.test(l.url));
        if (!name || name.split(' ').length > 6 || !says || isPartName(name))
            continue;
        out.push({
            name,
            line: i + 1,
            quote: lines[i].trim().slice(0, 300),
            licenseText: plainMarkdown(rest),
            licenseLinks: restLinks
        });
    }
    return out;
}
/** Models the card names with a licence each, tables first, then lists; each name once. */
function modelsWithLicenses(card) {
    const seen = new Set();
    const out = [];
    for (const m of [...fromTables(card), ...fromLists(card)]) {
        const key = m.name.toLowerCase();
        if (seen.has(key) || out.length >= MAX_MODELS)
            continue;
        seen.add(key);
        out.push(m);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/discover/license-ties.ts
// Which model a licence file governs, from where it sits and what it is called. Repositories keep
// model licences in a folder of their own (model_licenses/LICENSE-<MODEL>, licenses/\u2026) or name
// them for the model (LICENSE-SDXL, HERON_LICENSE.md); the word beside "licence" names the model.

/** Folders of vendored code, whose licence files are those of the code they hold. */
const VENDORED = /^(?:third[-_]?party|3rd[-_]?party|vendor(?:ed)?|external|extern|deps|submodules)$/i;
function isUnderVendoredFolder(relPath) {
    return relPath
        .split('/')
        .slice(0, -1)
        .some(seg => VENDORED.test(seg));
}
/** Folders of source code, whose plain LICENSE is the code's (the model's code licence sits higher up). */
const CODE_FOLDER = /^(?:src|source|lib|libs|code|scripts|tools|utils|packages|training|inference)$/i;
function isUnderCodeFolder(relPath) {
    return relPath
        .split('/')
        .slice(0, -1)
        .some(seg => CODE_FOLDER.test(seg));
}
/** Words of a licence file name that say it is a licence, not what it governs. */
const license_ties_LICENSE_WORDS = new Set('license|licence|licenses|licences|agreement|terms|of|use|the|and|for|txt|md|community|research|commercial|non|noncommercial|open|eula|copying|notice'.split('|'));
/** Words that name a part of a release (LICENSE-MODEL, LICENSE_CODE): a component, not a model. */
const COMPONENT_WORDS = new Set('model|models|weights|weight|code|software|source|data|dataset|docs|documentation|parameters|checkpoints'.split('|'));
function words(s) {
    return s
        .toLowerCase()
        .split(/[^a-z0-9.]+/)
        .map(w => (0,trim/* trimChars */.Gd)(w, '.'))
        .filter(w => w.length > 0);
}
/** Letters and digits only, lower-case: how names are compared ("SDXL-Turbo" \u2192 "sdxlturbo"). */
function license_ties_nameKey(s) {
    return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
/**
 * What a licence file's name says it governs beyond "licence": "LICENSE-SDXL-Turbo" \u2192 "sdxlturbo",
 * "heron_LICENSE.md" \u2192 "heron", "LICENSE-MODEL" \u2192 "" (a component, no model), "LICENSE" \u2192 "".
 */
function licenseSubject(relPath) {
    const name = relPath.split('/').pop() ?? relPath;
    const ws = words(name.replace(/\.(?:md|txt|markdown|rst|html)$/i, ''));
    const rest = ws.filter(w => !license_ties_LICENSE_WORDS.has(w));
    if (rest.length === 0 || rest.every(w => COMPONENT_WORDS.has(w)))
        return '';
    return license_ties_nameKey(rest.filter(w => !COMPONENT_WORDS.has(w)).join(''));
}
/** Whether a licence subject names a model: the same name, or one the start of the other (\u2265 3 letters). */
function subjectNamesModel(subject, modelName) {
    const m = license_ties_nameKey(modelName);
    if (subject.length < 3 || m.length < 3)
        return subject.length > 0 && subject === m;
    return subject === m || m.startsWith(subject) || subject.startsWith(m);
}

;// CONCATENATED MODULE: ./src/analyze/stages/variant-stage.ts
// Several models in one repository: when the card names models with licences of their own (a table
// or list, see card/model-list.ts), each named model is audited as a variant of the model root,
// with the licence its row gives, the licence files tied to it, and what all share.






/** What a row's licence is, for telling rows apart: its linked file or address, else its id or text. */
function licenseKey(card, m) {
    const link = m.licenseLinks[0];
    if (link) {
        const t = resolveLicenseLink(link.url, card.file);
        return t.kind === 'path' ? `file:${t.path}` : `url:${(0,pointer/* licenseAtUrl */._J)(link.url) ?? link.url.toLowerCase()}`;
    }
    return `id:${(0,identify/* identifyLicenseId */.hs)(m.licenseText).id ?? m.licenseText.toLowerCase()}`;
}
/** Files a row links to, relative to the audited root. */
function linkedPaths(card, m) {
    const out = new Set();
    for (const l of m.licenseLinks) {
        const t = resolveLicenseLink(l.url, card.file);
        if (t.kind === 'path')
            out.add(t.path);
    }
    return out;
}
/** Words in a licence's name that say what it forbids ("custom non-commercial", "research only"). */
function clausesNamed(m, file) {
    const t = ` ${m.licenseText.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
    const out = [];
    const add = (type) => out.push({ type, file, line: m.line, quote: m.quote, source: 'text' });
    if (/ non ?commercial | noncommercial | nc /.test(t))
        add('non-commercial');
    if (/ research (?:only|use only|purposes only) /.test(t))
        add('research-only');
    return out;
}
/** The licence a row states without a file: an address the audit knows, or a name. */
function rowIdentification(card, m) {
    const url = m.licenseLinks.find(l => /^https?:\/\//i.test(l.url));
    const byUrl = url ? (0,pointer/* licenseAtUrl */._J)(url.url) : null;
    const byName = (0,identify/* identifyLicenseId */.hs)(m.licenseText);
    const id = byUrl ?? byName.id;
    return {
        file: card.file,
        id,
        name: id === byName.id && byName.id ? byName.name : id ? id : m.licenseText.slice(0, 120),
        source: 'card-text',
        confidence: id ? 0.85 : 0,
        matcher: byUrl ? 'pointer' : byName.matcher,
        component: 'all',
        line: m.line
    };
}
/**
 * The variants of a model whose card names several models with different licences; none when it
 * names fewer than two, or gives them all the same licence (then the model is audited whole).
 */
function variantsOf(card, whole) {
    if (!card)
        return [];
    const named = modelsWithLicenses(card);
    if (named.length < 2 || new Set(named.map(m => licenseKey(card, m))).size < 2)
        return [];
    const links = new Map(named.map(m => [m, linkedPaths(card, m)]));
    /** Models a licence file is tied to: by a row's link, else by a file name naming the model. */
    const tiedTo = (l) => {
        const byLink = named.filter(m => links.get(m).has(l.file.path));
        if (byLink.length > 0)
            return byLink;
        const subject = licenseSubject(l.file.path);
        if (!subject)
            return [];
        const exact = named.filter(m => license_ties_nameKey(m.name) === subject);
        return exact.length > 0 ? exact : named.filter(m => subjectNamesModel(subject, m.name));
    };
    return named.map(m => {
        const files = [];
        for (const l of whole.licenseFiles) {
            const ties = tiedTo(l);
            if (ties.length > 0 && !ties.includes(m))
                continue;
            // A row that links the plain LICENSE makes it this model's licence, not the code's.
            const own = links.get(m).has(l.file.path);
            files.push(own && l.identification?.component === 'code'
                ? { ...l, identification: { ...l.identification, component: 'all' } }
                : l);
        }
        const licenses = [];
        for (const l of files)
            if (l.identification && l.file.role !== 'notice')
                licenses.push(l.identification);
        if (whole.cardLicense?.identification)
            licenses.push(whole.cardLicense.identification);
        const clauses = files.flatMap(l => l.clauses);
        // The row states the licence itself (no file of the repository): a card-text source at its line.
        if (!files.some(l => links.get(m).has(l.file.path))) {
            const row = rowIdentification(card, m);
            licenses.push(row);
            const have = new Set(clauses.map(c => c.type));
            const stated = row.id ? quotedCatalogueClauses([row.id], card, m.line) : clausesNamed(m, card.file);
            for (const c of stated)
                if (!have.has(c.type))
                    clauses.push(c);
        }
        licenses.push(...whole.proseLicenses);
        // Clauses the card's own lines bring (metadata and prose licences from the catalogue).
        for (const c of whole.clauses)
            if (c.file === card.file && !clauses.includes(c))
                clauses.push(c);
        return {
            model: m,
            licenses: {
                licenseFiles: files,
                cardLicense: whole.cardLicense,
                proseLicenses: whole.proseLicenses,
                licenses,
                clauses,
                // A missing file this model's row links to is this model's; one linked elsewhere, everyone's.
                brokenLicenseLinks: whole.brokenLicenseLinks.filter(b => links.get(m).has(b.path) || !named.some(n => links.get(n).has(b.path)))
            }
        };
    });
}

;// CONCATENATED MODULE: ./src/analyze/analyze-model.ts









/** The folder's name, or the audited root's for a model at the root. */
function folderName(safe, model) {
    return model.path === '.' ? (safe.root.split(/[\\/]/).pop() ?? '.') : model.path.split('/').pop();
}
/** The facts of one model root: one ModelFacts, or one per model its card names with its own licence. */
async function analyzeModelVariants(safe, model, opts, repoFindings) {
    const whole = await analyzeModel(safe, model, opts, repoFindings);
    const variants = variantsOf(whole.card, whole);
    if (variants.length === 0)
        return [whole];
    return variants.map(v => {
        const facts = {
            ...whole,
            ...v.licenses,
            clauses: clausesForModel(v.licenses.clauses, v.licenses.licenseFiles, [v.model.name, folderName(safe, model)], opts.scopeCache),
            name: v.model.name,
            variant: { name: v.model.name, line: v.model.line },
            osaidRequirements: []
        };
        facts.osaidRequirements = (0,osaid/* osaidRequirements */.T2)(facts);
        return facts;
    });
}
async function analyzeModel(safe, model, opts, repoFindings) {
    const ctx = { safe, model, opts, repoFindings };
    const card = await readCardStage(ctx);
    const licenses = await licenseStage(ctx, card.card, card.metadataProblems);
    const bases = await baseModelStage(ctx, card.card);
    const rest = await factsStage(ctx, card.card);
    const name = modelName(card.card, folderName(safe, model));
    const facts = {
        model,
        name,
        card: card.card,
        cardFile: model.card,
        cardState: card.cardState,
        cardProblems: card.cardProblems,
        metadataProblems: card.metadataProblems,
        ...(card.cardHiddenText ? { cardHiddenText: card.cardHiddenText } : {}),
        ...(card.cardBytes !== undefined ? { cardBytes: card.cardBytes } : {}),
        ...licenses,
        // a licence, section or sentence that names the models it covers binds those models only
        clauses: clausesForModel(licenses.clauses, licenses.licenseFiles, [name, folderName(safe, model)], opts.scopeCache),
        ...bases,
        ...rest,
        osaidRequirements: []
    };
    facts.osaidRequirements = (0,osaid/* osaidRequirements */.T2)(facts);
    return facts;
}

// EXTERNAL MODULE: ./src/report/order.ts
var order = __webpack_require__(734);
// EXTERNAL MODULE: ./src/rules/engine.ts
var engine = __webpack_require__(9693);
// EXTERNAL MODULE: ./src/verdicts/mof/index.ts + 6 modules
var verdicts_mof = __webpack_require__(5164);
;// CONCATENATED MODULE: ./src/verdicts/mof-inventory.ts

const ARXIV = /arxiv\.org\/(abs|pdf)\//i;
const PAPER = /(doi\.org\/|aclanthology\.org\/|aclweb\.org\/anthology|openreview\.net\/forum|proceedings\.|dl\.acm\.org\/doi|jmlr\.org\/papers|proceedings\.mlr\.press|papers\.nips\.cc|neurips\.cc\/paper|nature\.com\/articles|science\.org\/doi|huggingface\.co\/papers\/)/i;
/** An arXiv preprint cited only in BibTeX: `eprint={2312.06550}, archivePrefix={arXiv}`. */
const BIBTEX_ARXIV = /eprint\s*=\s*(?:[{"]\s*)?(\d{4}\.\d{4,5})/i;
/** The licence for one kind of artefact: a file naming that component first, else the general one. */
function licenceFor(f, wanted) {
    for (const w of wanted) {
        const l = f.licenseFiles.find(x => x.identification?.id && x.identification.component === w);
        if (l)
            return l.identification.id;
    }
    const general = f.licenseFiles.find(x => x.identification?.id && x.identification.component === 'all' && x.file.role === 'license');
    if (general)
        return general.identification.id;
    return f.cardLicense?.identification?.id ?? null;
}
function sectionWithCode(f, heading) {
    return (f.card?.sections ?? []).some(s => heading.test(s.heading) && s.text.includes('```'));
}
function mofInventory(f) {
    const kinds = f.code.kinds;
    const files = f.model.files.map(x => x.path.toLowerCase());
    const links = f.card?.links ?? [];
    const meta = f.card?.metadata ?? {};
    const components = [];
    const add = (name, path) => components.push({ name, ...(path ? { path } : {}) });
    // Prefer a source file over a configuration file as the component's path.
    const firstFile = (k) => f.code.files.find(c => c.kinds.includes(k) && !c.kinds.includes('config'))?.path ??
        f.code.files.find(c => c.kinds.includes(k))?.path ??
        f.code.links.find(l => l.kinds.includes(k))?.url;
    if (kinds.has('architecture'))
        add('Model architecture', firstFile('architecture'));
    if (f.osaidRequirements.find(r => r.id === 'parameters')?.verdict === 'pass')
        add('Model parameters (Final)', (0,osaid/* weightFiles */.C)(f)[0]);
    if (files.some(p => /(^|\/)(checkpoint-\d+|step\d+|checkpoints?)\//.test(p)) ||
        /intermediate checkpoints?/i.test(f.card?.body ?? '')) {
        add('Model parameters (Intermediate)');
    }
    if (files.some(p => /(trainer_state\.json|training_args\.(bin|json)|optimizer\.(pt|bin))$/.test(p)))
        add('Model metadata');
    if (kinds.has('training'))
        add('Training code', firstFile('training'));
    if (kinds.has('inference') ||
        sectionWithCode(f, /get(ting)? started|usage|how to use|inference|quick ?start/i))
        add('Inference code', firstFile('inference'));
    if (kinds.has('evaluation'))
        add('Evaluation code', firstFile('evaluation'));
    if (kinds.has('data-processing'))
        add('Data preprocessing code', firstFile('data-processing'));
    if (kinds.has('supporting'))
        add('Supporting libraries and tools', firstFile('supporting'));
    const modelIndex = Array.isArray(meta['model-index']) ? meta['model-index'] : [];
    const evalSection = (f.card?.sections ?? []).find(s => /\b(evaluation|results|benchmark)/i.test(s.heading) &&
        s.text.trim().length > 40 &&
        !s.text.includes('[More Information Needed]'));
    if (modelIndex.length > 0 || evalSection)
        add('Evaluation results', f.card?.file);
    if (modelIndex.length > 0 || (evalSection && /\b(dataset|benchmark|test set)\b/i.test(evalSection.text)))
        add('Evaluation data');
    if (f.card)
        add('Model card', f.card.file);
    if (f.model.dataCards.length > 0 || f.dataInformation.level === 'complete')
        add('Data card', f.model.dataCards[0]?.path ?? f.card?.file);
    if (f.dataInformation.datasets.length > 0)
        add('Datasets');
    const body = f.card?.body ?? '';
    const bib = /archiveprefix\s*=\s*(?:[{"]\s*)?arxiv/i.test(body) ? BIBTEX_ARXIV.exec(body) : null;
    const paper = links.find(l => PAPER.test(l.url)) ??
        links.find(l => ARXIV.test(l.url)) ??
        (bib ? { url: `https://arxiv.org/abs/${bib[1]}`, text: 'BibTeX', line: 0 } : undefined);
    const report = links.find(l => /technical report|tech report/i.test(l.text)) ??
        (paper && ARXIV.test(paper.url) ? paper : undefined);
    const pdf = f.model.files.find(x => x.path.toLowerCase().endsWith('.pdf'));
    if (report || pdf)
        add('Technical report', pdf?.path ?? report?.url);
    if (paper)
        add('Research paper', paper.url);
    return {
        name: f.name,
        license: {
            distribution: licenceFor(f, ['weights']),
            code: licenceFor(f, ['code']),
            data: licenceFor(f, ['weights', 'data']),
            document: licenceFor(f, ['documentation'])
        },
        components
    };
}

;// CONCATENATED MODULE: ./src/verdicts/mof-policy.ts

const CATEGORY_BY_TYPE = {
    code: 'code-availability',
    data: 'data-information',
    document: 'card-incomplete'
};
function mofPolicyFindings(config, f, mof) {
    const m = /^mof-class-(\d)$/.exec(config.policy);
    if (!m)
        return [];
    const wanted = Number(m[1]);
    if (mof.class !== 0 && mof.class <= wanted)
        return [];
    const override = config.rules['mof/class'];
    if (override === 'off')
        return [];
    const severity = override ?? 'error';
    const blocking = mof.components.filter(c => c.required && c.class >= wanted && c.status !== 'pass' && c.status !== 'conditional');
    const got = mof.class === 0 ? 'unclassified' : `class ${mof.class}`;
    return blocking.map(c => ({
        rule: 'mof/class',
        category: c.status === 'invalid' || c.status === 'unlicensed'
            ? 'license-restriction'
            : (CATEGORY_BY_TYPE[verdicts_mof/* MOF_COMPONENTS */.sW.find(d => d.id === c.id)?.contentType ?? ''] ?? 'card-incomplete'),
        severity,
        message: `MOF class ${wanted} needs \u201c${c.name}\u201d ${c.status === 'missing' ? 'included' : 'under an open licence'} (${c.status}${c.license ? `: ${c.license}` : ''}); the model is ${got}.`,
        ...(f.cardFile ? { file: f.cardFile.path } : {})
    }));
}

;// CONCATENATED MODULE: ./src/audit-model.ts
// One model root, analysed and judged on its own: its facts, the model rules, its MOF class, the
// waivers, and the model's part of the report. audit() calls this for every model root, in this
// thread or in worker threads (audit-pool.ts); both run this same code, so both give the same report.







/** The report of one model from its facts: rules, MOF class, waivers, verdict. */
function judgeModel(f, opts) {
    const { config, today, waiverLabel } = opts;
    const mof = (0,verdicts_mof/* classifyMotEntry */.bG)((0,verdicts_mof/* buildMotEntry */.v8)(mofInventory(f)));
    const mofFindings = mofPolicyFindings(config, f, mof);
    const waiverPath = !waiverLabel
        ? f.model.path
        : f.model.path === '.'
            ? waiverLabel
            : `${waiverLabel}/${f.model.path}`;
    const names = [f.name, ...(f.variant ? [f.variant.name] : [])];
    const { kept } = (0,engine/* applyWaivers */.Kw)([...(0,engine/* runModelRules */.Kj)(f, { config, today }), ...mofFindings], { path: waiverPath, names }, config, today);
    const findings = (0,order/* sortFindings */.Tc)(kept);
    const verdict = findings.some(x => (0,engine/* failsAt */.ZN)(x, config['fail-on'])) ? 'fail' : 'pass';
    return {
        path: f.model.path,
        ...(f.variant ? { variant: f.variant.name } : {}),
        card: f.cardFile?.path ?? null,
        name: f.name,
        licenses: f.licenses,
        osaid: (0,osaid/* osaidVerdict */.k9)(f.osaidRequirements),
        osaidRequirements: f.osaidRequirements,
        mofClass: mof.class === 0 ? null : mof.class,
        mofProgress: mof.progress,
        clauses: f.clauses,
        findings,
        verdict,
        baseModels: f.baseModels.map(b => ({
            id: b.id,
            licenseId: b.licenseId,
            source: b.source,
            ...(b.line ? { line: b.line } : {})
        }))
    };
}
/** Analyses one model root and judges each of its models; the facts are kept only when asked. */
async function auditModelRoot(safe, model, analyzeOptions, opts) {
    const unsafe = [];
    const facts = await analyzeModelVariants(safe, model, analyzeOptions, unsafe);
    const reports = facts.map(f => judgeModel(f, opts));
    return opts.keepFacts ? { reports, unsafe, facts } : { reports, unsafe };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/audit-pool.ts
// Model roots judged in worker threads as well as this one: on a monorepo of thousands of models the
// audit is CPU work (Markdown, YAML, licence texts), and each model root is judged on its own
// (audit-model.ts), so the work splits cleanly. Model roots go out in small batches, taken in turn
// by whichever thread is free, this one included; results are put back by index, so the report is
// the one a single thread gives, byte for byte.
//
// A worker reads through a SafeFs of its own, opened on the same real root: it reads nothing the
// main thread would not. An error in a worker fails the audit, as it would in this thread.


/** Model roots per batch: small enough to share the work evenly, large enough that messages cost little. */
const BATCH = 16;
/**
 * One thread fewer than the machine's cores: V8's own background threads (its optimising compiler
 * and garbage collector) keep about one core busy during an audit of many models. Measured on 2
 * cores, a second JavaScript thread only competed with them (more CPU in all, no shorter run), so
 * a 2-core machine audits in one thread; from 3 cores on, threads share the models.
 */
function defaultThreads() {
    return Math.max(1, external_node_os_default().availableParallelism() - 1);
}
/** How many threads (this one included) judge `models` model roots; 1 means no pool. */
function poolSize(workers, models, config) {
    if (!workers)
        return 1;
    // Hub look-ups are shared by one cache (a base model is asked once) and one deadline: this thread only.
    if (config['hub-lookup'])
        return 1;
    if (models < (workers.minModels ?? 200))
        return 1;
    return Math.max(1, workers.threads ?? defaultThreads());
}
/** The analysis options of a thread of the pool: its own caches, and never the Hub (see poolSize). */
function poolAnalyzeOptions() {
    return {
        hubLookup: false,
        hubCache: new Map(),
        licenseCache: new Map(),
        scopeCache: new Map()
    };
}
/** Judges one batch in this thread. */
async function judgeBatch(safe, models, analyzeOptions, judge) {
    const out = [];
    for (const m of models)
        out.push(await auditModelRoot(safe, m, analyzeOptions, judge));
    return out;
}
/**
 * Judges `models` with `threads - 1` workers running `script` and this thread (reading through
 * `safe`, which knows the folders the walk listed); the results are in the order of `models`.
 */
async function auditInWorkers(script, threads, safe, models, judge) {
    const results = new Array(Math.ceil(models.length / BATCH));
    let next = 0;
    let failed = false;
    const take = () => {
        if (failed || next * BATCH >= models.length)
            return null;
        const batch = next++;
        return { batch, models: models.slice(batch * BATCH, (batch + 1) * BATCH) };
    };
    // Loaded here, not at the top: most audits never start a thread.
    const { Worker } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 23));
    const setup = { root: safe.root, folders: safe.knownFolders(), judge };
    const workers = [];
    try {
        const remote = Array.from({ length: threads - 1 }, () => {
            const worker = new Worker(script, { workerData: setup });
            workers.push(worker);
            return runWorker(worker, take, results).catch((err) => {
                failed = true; // no thread takes another batch
                throw err;
            });
        });
        // This thread takes batches too, between the workers' messages: no thread idles while a worker starts.
        const local = (async () => {
            const analyzeOptions = poolAnalyzeOptions();
            for (let req = take(); req; req = take()) {
                results[req.batch] = await judgeBatch(safe, req.models, analyzeOptions, judge);
                // let the workers' replies in, and hand them their next batch
                await new Promise(resolve => setImmediate(resolve));
            }
        })().catch((err) => {
            failed = true;
            throw err;
        });
        await Promise.all([local, ...remote]);
    }
    finally {
        await Promise.all(workers.map(w => w.terminate()));
    }
    return results.flat();
}
/** Feeds one worker batches until none is left; two in flight, so that it never waits for the next. */
function runWorker(worker, take, results) {
    return new Promise((resolve, reject) => {
        let inFlight = 0;
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            reject(err);
        };
        const send = () => {
            const req = take();
            if (!req)
                return;
            inFlight++;
            worker.postMessage(req);
        };
        worker.on('message', (reply) => {
            if (settled)
                return;
            inFlight--;
            if ('error' in reply) {
                const err = new Error(reply.error.message);
                if (reply.error.stack)
                    err.stack = reply.error.stack;
                fail(err);
                return;
            }
            results[reply.batch] = reply.results;
            send();
            if (inFlight === 0) {
                settled = true;
                resolve();
            }
        });
        worker.on('error', fail);
        worker.on('exit', code => fail(new Error(`an audit worker stopped (exit code ${code}) before its work was done`)));
        send();
        send();
        if (inFlight === 0) {
            settled = true;
            resolve();
        }
    });
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/discover/safe-fs.ts
var safe_fs = __webpack_require__(9220);
;// CONCATENATED MODULE: ./src/discover/card-signs.ts
// Telling a model card from a project README by its text: front matter and model-card headings
// make a model card; a repository's README that says what model it is describes a model.
/** Headings only model cards have ("## Model Details", "# Model Card", "### Intended Use"). */
const CARD_HEADING = /^#{1,4}\s{0,3}(?:\*\*)?\s?(?:model card|model details|model description|model information|model summary|intended uses?)\b/i;
/** Headings of a README about one model ("## Download the weights", "## Pretrained checkpoints"). */
const MODEL_README_HEADING = /^#{1,6}[ \t]+(?:\S+[ \t]+)?(?:model (?:weights|download|checkpoints?|architecture|overview|usage|variants)|(?:pre-?trained|download(?:ing)?|released?|get(?:ting)?) (?:the )?(?:model|weights|checkpoints?)|weights|checkpoints?)\b/i;
/** Prose naming one model: "X is a 7B language model", "We release the weights of \u2026". */
const MODEL_SENTENCES = [
    /\b(?:is|are) (?:an?|the|our)\b[^.\n]{0,100}?\bmodel\b(?![-_ ](?:zoo|family|collection|hub|library)\b)/i,
    /\bwe (?:release|present|introduce|open[- ]?source)\b[^.\n]{0,100}?\b(?:model|weights|checkpoints?)\b/i
];
/** Front matter, or a heading that only model cards have. */
function hasModelCardSigns(text) {
    const head = text.replace(/^\s+/, '');
    if (head.startsWith('---\n'))
        return true;
    return text.split('\n').some(line => CARD_HEADING.test(line));
}
/**
 * A repository's README that describes one model, though written as a project page: model-card
 * signs, a heading about the model's weights, or a sentence saying what model this is. "A
 * collection of models" or "a model zoo" is no one model.
 */
function describesModel(text) {
    if (hasModelCardSigns(text))
        return true;
    const lines = text.split('\n');
    if (lines.some(line => line.length < 300 && MODEL_README_HEADING.test(line)))
        return true;
    // The opening is where a README says what it is: its first 60 lines.
    const opening = lines.slice(0, 60).filter(l => l.length < 2000);
    return opening.some(line => MODEL_SENTENCES.some(re => re.test(line)));
}

;// CONCATENATED MODULE: ./src/discover/discover.ts
// Walks the audited root once and sorts what it finds into model roots, each with its licence
// files, card, weights and other files. Nothing here reads file contents except a card's first
// bytes (to tell a model card from a project README); reading is left to later stages. A card read
// whole that way is handed on with its model root (ModelRoot.cardRead), so it is read once.









const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__', '.venv', '.tox']);
function dirOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '.' : p.slice(0, i);
}
/** `p` relative to the folder `dir` that holds it. */
function rel(dir, p) {
    return dir === '.' ? p : p.slice(dir.length + 1);
}
function isUnder(dir, p) {
    return dir === '.' || p === dir || p.startsWith(dir + '/');
}
async function walk(safe, ignore, findings) {
    const files = [];
    const repositories = [];
    let truncated = false;
    const stack = [{ rel: '', depth: 0 }];
    // Synchronous calls: one folder listing and one stat per file, with no round trip through the
    // thread pool each (which cost more than the calls themselves on thousands of small files).
    while (stack.length > 0) {
        const { rel, depth } = stack.pop();
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(safe.abs(rel), { withFileTypes: true });
        }
        catch {
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // Reading a file of this folder later needs no second listing: its real path is known.
        safe.knowFolder(rel, entries.filter(e => !e.isSymbolicLink()).map(e => e.name));
        // A folder of clones: each `.git` marks a repository of its own, audited like the root.
        if (rel && entries.some(e => e.name === '.git'))
            repositories.push((0,safe_fs/* toPosix */.d7)(rel));
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const posix = (0,safe_fs/* toPosix */.d7)(childRel);
            if (ignore(posix))
                continue;
            if (entry.name.includes('\uFFFD')) {
                // A name that is not valid UTF-8 cannot be opened by the name Node gives it: say so, never
                // drop it silently (a licence hidden this way would otherwise count as nothing).
                findings.push(undecodableName(posix, entry.isDirectory()));
                continue;
            }
            if (files.length >= safe_fs/* LIMITS */.b1.maxFiles) {
                truncated = true;
                break;
            }
            if (entry.isSymbolicLink()) {
                const resolved = await safe.resolveInside(childRel);
                if (!resolved.ok) {
                    // The target is never read nor printed: only the link's own path is reported.
                    findings.push({
                        rule: 'unsafe-path',
                        category: 'unsafe-path',
                        severity: 'error',
                        message: `${posix} is a symbolic link that leaves the audited root or is broken; it was not read.`,
                        file: posix
                    });
                    continue;
                }
                let st;
                try {
                    st = external_node_fs_default().statSync(resolved.real);
                }
                catch {
                    continue;
                }
                // Links to folders inside the root are not followed: their files are seen at their real place.
                if (st.isFile()) {
                    const f = makeFile(posix, st.size);
                    f.linkTarget = (0,safe_fs/* toPosix */.d7)(external_node_path_default().relative(safe.root, resolved.real));
                    files.push(f);
                }
                continue;
            }
            if (entry.isDirectory()) {
                if (SKIP_DIRS.has(entry.name))
                    continue;
                if (depth + 1 > safe_fs/* LIMITS */.b1.maxDepth) {
                    truncated = true;
                    continue;
                }
                stack.push({ rel: childRel, depth: depth + 1 });
            }
            else if (entry.isFile()) {
                // A submodule's `.git` file points at its git folder: not part of the model.
                if (entry.name === '.git')
                    continue;
                files.push(makeFile(posix, sizeOf(safe.abs(childRel))));
            }
        }
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    repositories.sort();
    return { files, truncated, repositories };
}
/** A file's size; 0 when it vanished while walking or cannot be asked about. */
function sizeOf(abs) {
    try {
        return external_node_fs_default().statSync(abs, { throwIfNoEntry: false })?.size ?? 0;
    }
    catch {
        return 0;
    }
}
function undecodableName(posix, folder) {
    const licenceLike = /licen[cs]e|copying|terms|agreement|notice|policy/i.test(posix);
    return {
        rule: 'discovery-limit',
        category: 'config',
        severity: licenceLike || folder ? 'error' : 'warning',
        message: `${posix.split('\uFFFD').join('?')} has a ${folder ? 'folder' : 'file'} name that is not valid UTF-8, so it was not read${folder ? ' (nor anything in it)' : ''}; rename it.`,
        file: posix.split('\uFFFD').join('?')
    };
}
function makeFile(p, size) {
    const role = (0,file_kinds/* roleOf */.kp)(p);
    const file = { path: p, role, size };
    if (role === 'license')
        file.licenseScore = (0,file_kinds/* licenseNameScore */.HK)(p);
    return file;
}
/** Bytes of a card read to tell a model card from a project README. */
const CARD_SIGN_BYTES = 64 * 1024;
/**
 * A README.md is a model card when it has front matter or headings that only model cards have; a
 * project README that merely mentions weights or training data is not. Other names always are.
 */
async function looksLikeModelCard(safe, looks, f) {
    if ((0,file_kinds/* isDedicatedCardName */.ry)(f.path))
        return true;
    return (await cardSigns(safe, looks, f)).card;
}
/** A repository's README that describes one model (see describesModel). */
async function readmeDescribesModel(safe, looks, f) {
    if ((0,file_kinds/* isDedicatedCardName */.ry)(f.path))
        return true;
    return (await cardSigns(safe, looks, f)).model;
}
function cardSigns(safe, looks, f) {
    let cached = looks.get(f.path);
    if (cached === undefined) {
        cached = safe.read(f.path, CARD_SIGN_BYTES).then(r => {
            if (r.kind !== 'text')
                return { card: false, model: false, whole: null };
            // Not cut at either cap: the card stage's read (at LIMITS.maxTextBytes) gives these same
            // bytes and this same result, so it is kept for it. Any other result is read again there.
            const whole = !r.truncated && r.bytes <= safe_fs/* LIMITS */.b1.maxTextBytes ? r : null;
            return { card: hasModelCardSigns(r.text), model: describesModel(r.text), whole };
        });
        looks.set(f.path, cached);
    }
    return cached;
}
/** A diffusers pipeline's index: the folder holding it is one model made of its component folders. */
function isModelIndex(p) {
    return p.split('/').pop() === 'model_index.json';
}
/** checkpoint-500, step-1000, step_1000, global_step200, epoch-3, iter_0004000, ckpt-12. */
function isNumberedCheckpoint(name) {
    return /^(checkpoint|ckpt|step|global[-_]?step|epoch|iter(ation)?)[-_]?\d+[a-z]?$/i.test(name);
}
/** checkpoints/, ckpt/, intermediate_checkpoints/, or a numbered checkpoint. */
function isCheckpointFolder(name) {
    return /^(checkpoints?|ckpts?|intermediate([-_ ]?checkpoints?)?)$/i.test(name) || isNumberedCheckpoint(name);
}
/** Folders that hold a model's weights in another form, not another model. */
function isWeightsFolder(name) {
    return /^(weights|original|onnx|openvino|coreml|tflite|gguf|ggml|mlx|fp16|bf16|fp32|int4|int8|quantized|safetensors|pytorch|tf|flax|jax)$/i.test(name);
}
/**
 * The model roots: folders with a model card or with real weights (see weights.ts), each
 * repository root (the audited one, and any clone below it), folded together where weights belong
 * to the model above them.
 */
async function findModelRoots(safe, looks, files, repositories) {
    const repoRoots = new Set(['.', ...repositories]);
    const roots = new Set();
    const cardByDir = new Map();
    // A card that another folder's README links to (README.md -> docs/MODEL_CARD.md) is that folder's
    // card, not a model of its own where it sits.
    const linkedCards = new Set(files
        .filter(f => f.role === 'card' && f.linkTarget && dirOf(f.linkTarget) !== dirOf(f.path))
        .map(f => f.linkTarget));
    for (const f of files) {
        const dir = dirOf(f.path);
        if (makesModel(f))
            roots.add(dir);
        if (f.role === 'card' && !linkedCards.has(f.path)) {
            const existing = cardByDir.get(dir);
            // Prefer a dedicated MODEL_CARD.md over README.md in the same folder.
            if (!existing || ((0,file_kinds/* isDedicatedCardName */.ry)(f.path) && !(0,file_kinds/* isDedicatedCardName */.ry)(existing.path)))
                cardByDir.set(dir, f);
        }
    }
    for (const [dir, card] of cardByDir) {
        if (repoRoots.has(dir) || (await looksLikeModelCard(safe, looks, card)))
            roots.add(dir);
    }
    // Every clone in a folder of repositories is audited, even one without a card or weights.
    for (const r of repositories)
        roots.add(r);
    const hasOwnCard = async (d) => {
        const card = cardByDir.get(d);
        return card !== undefined && (await looksLikeModelCard(safe, looks, card));
    };
    // A folder of weights without a model card of its own is part of the model that holds it, when
    // one does: diffusers components (unet/, vae/ beside model_index.json), "original/", "onnx/",
    // quantisation folders. Intermediate checkpoints ("checkpoints/step-1000", "checkpoint-500")
    // belong to the model that holds them even when a trainer wrote a card into them.
    const isModelRoot = new Map();
    // Folders holding weights or a diffusers index, found in one pass (not one pass per folder asked).
    let modelFileDirs;
    const realModel = async (d) => {
        let v = isModelRoot.get(d);
        if (v === undefined) {
            modelFileDirs ??= new Set(files.filter(f => makesModel(f) || isModelIndex(f.path)).map(f => dirOf(f.path)));
            v = modelFileDirs.has(d) || (await hasOwnCard(d));
            isModelRoot.set(d, v);
        }
        return v;
    };
    // A repository whose README describes a model is that model, whatever stray weights sit below.
    const modelish = async (d) => {
        if (await realModel(d))
            return true;
        const card = cardByDir.get(d);
        return repoRoots.has(d) && card !== undefined && (await readmeDescribesModel(safe, looks, card));
    };
    for (const f of files)
        if (isModelIndex(f.path))
            roots.add(dirOf(f.path));
    // Weights in a folder named for what it holds ("checkpoints/", "weights/", "original/", "onnx/")
    // belong to the folder above it; a numbered checkpoint ("step-1000/") does even with its own card.
    for (const r of [...roots]) {
        if (repoRoots.has(r))
            continue;
        const segs = r.split('/');
        const ownCard = await hasOwnCard(r);
        const i = segs.findIndex(seg => isNumberedCheckpoint(seg) || (!ownCard && (isCheckpointFolder(seg) || isWeightsFolder(seg))));
        if (i < 0)
            continue;
        const up = i === 0 ? '.' : segs.slice(0, i).join('/');
        roots.delete(r);
        roots.add(up);
        isModelRoot.set(up, true);
    }
    const sorted = [...roots].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const kept = [];
    const keptSet = new Set();
    // The nearest kept folder above `r`, found by walking up its path (kept holds only shorter paths).
    const keptAncestor = (r) => {
        if (r === '.')
            return undefined;
        for (let d = dirOf(r);; d = dirOf(d)) {
            if (keptSet.has(d))
                return d;
            if (d === '.')
                return undefined;
        }
    };
    for (const r of sorted) {
        const ancestor = keptAncestor(r);
        if (ancestor && !repoRoots.has(r) && (await modelish(ancestor))) {
            const between = rel(ancestor, r).split('/');
            if (!(await hasOwnCard(r)) || between.some(isNumberedCheckpoint)) {
                // Its weights are the ancestor's: the ancestor is a model for them.
                isModelRoot.set(ancestor, true);
                continue;
            }
        }
        kept.push(r);
        keptSet.add(r);
    }
    // A repository root is a model when it has a card or weights, describes a model, or when nothing
    // under it is (an empty repository is audited as one model so that a missing licence and card are
    // reported).
    const out = [];
    for (const d of kept) {
        if (!repoRoots.has(d))
            out.push(d);
        else if ((await modelish(d)) || !kept.some(k => k !== d && isUnder(d, k)))
            out.push(d);
    }
    out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { dirs: out.length > 0 ? out : ['.'], cardByDir };
}
/**
 * Licence files whose name names one (or some) of several models, by the model folder's name
 * ("model_licenses/LICENSE-heron" and models/heron/): path \u2192 the model folders it governs. An exact
 * name wins over a prefix ("LICENSE-SDXL" is sdxl/'s, not sdxl-turbo/'s when both exist).
 */
function tieLicensesToModels(files, modelDirs) {
    const ties = new Map();
    const named = modelDirs.filter(d => d !== '.').map(d => ({ dir: d, key: license_ties_nameKey(d.split('/').pop()) }));
    if (named.length < 2)
        return ties;
    for (const f of files) {
        if (f.role !== 'license' && f.role !== 'use-policy')
            continue;
        const subject = licenseSubject(f.path);
        if (!subject)
            continue;
        const exact = named.filter(m => m.key === subject);
        const matches = exact.length > 0 ? exact : named.filter(m => subjectNamesModel(subject, m.key));
        if (matches.length > 0)
            ties.set(f.path, matches.map(m => m.dir));
    }
    return ties;
}
/**
 * `safe`, when given, is the SafeFs the caller reads the models with: what the walk lists then
 * spares it a second listing of each folder.
 */
async function discover(rootDir, ignoreGlobs = [], safe) {
    safe ??= await safe_fs/* SafeFs */.H.open(rootDir);
    const findings = [];
    const matchers = ignoreGlobs.map(g => picomatch_default()((0,schema/* normalizeConfigPath */.J0)(g), { dot: true }));
    const ignore = (p) => matchers.some(m => m(p) || m(p + '/'));
    const { files, truncated, repositories } = await walk(safe, ignore, findings);
    await markLfsPointers(safe, files);
    if (truncated) {
        findings.push({
            rule: 'discovery-limit',
            category: 'config',
            severity: 'warning',
            message: `Discovery stopped at ${safe_fs/* LIMITS */.b1.maxFiles} files or ${safe_fs/* LIMITS */.b1.maxDepth} folders deep; use 'ignore' to leave out data folders.`
        });
    }
    const looks = new Map();
    const { dirs: modelDirs, cardByDir } = await findModelRoots(safe, looks, files, repositories);
    const licenseDirs = new Map();
    for (const f of files) {
        if (f.role === 'license' || f.role === 'use-policy' || f.role === 'notice') {
            // LICENSES/<id>.txt governs the folder that holds LICENSES/.
            let dir = dirOf(f.path);
            // LICENSES/<id>.txt (and LICENSE/<id>.txt) govern the folder that holds that folder.
            if ((0,file_kinds/* isLicenseFolderName */.Hm)(dir.split('/').pop()))
                dir = dirOf(dir);
            if (!licenseDirs.has(dir))
                licenseDirs.set(dir, []);
            licenseDirs.get(dir).push(f);
        }
    }
    // The nearest model folder above a file, found by walking up its path: files \u00d7 depth, not files \u00d7 models.
    const modelSet = new Set(modelDirs);
    const ownerOf = (p) => {
        for (let d = dirOf(p);; d = dirOf(d)) {
            if (modelSet.has(d))
                return d;
            if (d === '.')
                return null;
        }
    };
    // Each file's owner is worked out once: a monorepo of many models must not cost models \u00d7 files.
    const byOwner = new Map();
    for (const f of files) {
        const owner = ownerOf(f.path);
        if (!byOwner.has(owner))
            byOwner.set(owner, []);
        byOwner.get(owner).push(f);
    }
    const sharedFiles = (byOwner.get(null) ?? []).filter(f => f.role === 'other');
    const tiedTo = tieLicensesToModels(files, modelDirs);
    const models = modelDirs.map(dir => {
        let from = null;
        let licenseFiles = [];
        // The nearest folder with a licence governs; a use policy or NOTICE alone in a nearer folder
        // adds to the licence inherited from above instead of hiding it.
        let nearest = null;
        for (let d = dir;; d = dirOf(d)) {
            const here = licenseDirs.get(d);
            if (here) {
                nearest ??= d;
                licenseFiles = [...licenseFiles, ...here];
                if (here.some(f => f.role === 'license')) {
                    from = d;
                    break;
                }
            }
            if (d === '.')
                break;
        }
        from ??= nearest;
        const own = byOwner.get(dir) ?? [];
        // Licence files named as such anywhere in the model's own tree (weights/LICENSE-WEIGHTS,
        // docs/HERON_LICENSE.md), unless kept with vendored code, tests or assets.
        const seen = new Set(licenseFiles.map(f => f.path));
        for (const f of own) {
            if (seen.has(f.path) || (f.role !== 'license' && f.role !== 'use-policy'))
                continue;
            const inside = rel(dir, f.path);
            if (!(0,file_kinds/* isDistinctiveLicenseName */.b)(inside) || isUnderVendoredFolder(inside) || isUnderAssetFolder(inside))
                continue;
            licenseFiles.push(f);
            seen.add(f.path);
        }
        // A licence named for another model of the repository is that model's, not this one's.
        licenseFiles = licenseFiles.filter(f => {
            const ties = tiedTo.get(f.path);
            return ties === undefined || ties.includes(dir);
        });
        return {
            path: dir,
            card: cardByDir.get(dir) ?? null,
            licenseFiles: [...licenseFiles].sort((a, b) => (b.licenseScore ?? 0) - (a.licenseScore ?? 0) || (a.path < b.path ? -1 : 1)),
            licenseFrom: from,
            // Weights kept with tests, fixtures or assets are theirs, not the model's.
            weights: own.filter(f => f.role === 'weights' && !isUnderAssetFolder(rel(dir, f.path))),
            dataCards: own.filter(f => f.role === 'data-card'),
            files: own,
            sharedFiles
        };
    });
    // A licence in a model's own subfolder ("weights/LICENSE") governs no folder of models by the rule
    // above, yet it is part of that model's release: it joins the model's licence files instead of
    // being dropped without a word.
    // Licences kept with vendored code, tests, assets or the source folder are those of that code.
    const attached = new Set(models.flatMap(m => m.licenseFiles.map(f => f.path)));
    const modelByPath = new Map(models.map(m => [m.path, m]));
    for (const f of files) {
        if ((f.role !== 'license' && f.role !== 'use-policy') || attached.has(f.path))
            continue;
        const ownerDir = ownerOf(f.path);
        const owner = ownerDir === null ? undefined : modelByPath.get(ownerDir);
        if (!owner)
            continue;
        const inside = rel(owner.path, f.path);
        if (isUnderVendoredFolder(inside) || isUnderAssetFolder(inside) || isUnderCodeFolder(inside))
            continue;
        // A licence named for another model of the repository stays that model's.
        const ties = tiedTo.get(f.path);
        if (ties !== undefined && !ties.includes(owner.path))
            continue;
        owner.licenseFiles.push(f);
    }
    // A card read whole while weighing its folder goes with its model: the card stage reads it no more.
    for (const m of models) {
        const look = m.card ? looks.get(m.card.path) : undefined;
        const whole = look ? (await look).whole : null;
        if (whole)
            m.cardRead = whole;
    }
    return { root: safe.root, files, models, findings, truncated, repositories };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/assemble.ts


function assembleReport(parts) {
    const failOn = parts.config['fail-on'];
    const failed = parts.failedElsewhere === true ||
        parts.findings.some(f => (0,engine/* failsAt */.ZN)(f, failOn)) ||
        parts.models.some(m => m.verdict === 'fail');
    return {
        schemaVersion: 1,
        tool: { name: 'model-openness-audit', version: version/* VERSION */.x },
        verdict: failed ? 'fail' : 'pass',
        policy: parts.config.policy,
        failOn,
        ...(parts.shard ? { shard: parts.shard } : {}),
        models: parts.models,
        findings: parts.findings
    };
}

;// CONCATENATED MODULE: ./src/shard.ts
// Splits the model roots of one audit into N slices for a workflow matrix: model root R belongs to
// shard K of N when the hash of R's path (relative to the audited root, "/" separated) is K-1
// modulo N. The path, not the checkout folder, is hashed, so every machine makes the same split;
// a model keeps its shard when others are added or removed.


/** The shard (1..count) that audits the model root at `modelPath`. */
function shardOf(modelPath, count) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(modelPath, 'utf8').digest();
    // 48 bits of the digest: uniform enough modulo any count up to MAX_SHARDS.
    return (digest.readUIntBE(0, 6) % count) + 1;
}
function inShard(modelPath, shard) {
    return !shard || shard.count === 1 || shardOf(modelPath, shard.count) === shard.index;
}

;// CONCATENATED MODULE: ./src/audit.ts









/** How many models are analysed at once (their reads wait on the file system, not the CPU). */
const MODELS_AT_ONCE = 8;
/** `items.map(fn)` with at most `limit` calls running at once; results in the order of `items`. */
async function mapInOrder(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** The plan of an audit of these models: their number, and the texts they will read (each file once, as read: up to the size cap). */
function planOf(models) {
    const seen = new Set();
    let textBytes = 0;
    let largestText = 0;
    for (const m of models)
        for (const f of [m.card, ...m.licenseFiles, ...m.dataCards])
            if (f && !seen.has(f.path)) {
                seen.add(f.path);
                const bytes = Math.min(f.size, safe_fs/* LIMITS */.b1.maxTextBytes);
                textBytes += bytes;
                largestText = Math.max(largestText, bytes);
            }
    return { models: models.length, textBytes, largestText };
}
async function audit(root, config = (0,schema/* defaultConfig */.sb)(), options = {}) {
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    // One SafeFs for the walk and the reads: the folders the walk listed are not listed again.
    const safe = await safe_fs/* SafeFs */.H.open(root);
    const discovery = await discover(root, config.ignore, safe);
    const repoFindings = [
        ...discovery.findings.filter(f => f.rule !== 'unsafe-path'),
        ...(options.extraFindings ?? [])
    ];
    const hubCache = new Map();
    const licenseCache = new Map();
    // Models in report order: the order of merged shards is the order of one run.
    const slice = discovery.models
        .filter(m => inShard(m.path, options.shard))
        .sort((a, b) => (0,order/* compareModelPaths */.P0)(a.path, b.path));
    options.onPlan?.(planOf(slice));
    const analyzeOptions = {
        hubLookup: config['hub-lookup'],
        hubEndpoint: options.hubEndpoint,
        hubBaseResolver: options.hubBaseResolver,
        signal: options.signal,
        hubCache,
        licenseCache,
        scopeCache: new Map()
    };
    const judge = {
        config,
        today,
        ...(options.waiverLabel ? { waiverLabel: options.waiverLabel } : {}),
        keepFacts: options.keepFacts ?? true
    };
    // Each model root is analysed and judged on its own, so that its facts can be let go at once
    // (and so that worker threads can share the work); results are joined in model order.
    const threads = poolSize(options.workers, slice.length, config);
    const audited = threads > 1
        ? await auditInWorkers(options.workers.script, threads, safe, slice, judge)
        : await mapInOrder(slice, MODELS_AT_ONCE, m => auditModelRoot(safe, m, analyzeOptions, judge));
    const models = audited.flatMap(a => a.reports);
    const facts = judge.keepFacts ? audited.flatMap(a => a.facts ?? []) : [];
    // Unsafe reads found while analysing join those found while walking, once per path.
    const seenUnsafe = new Set(discovery.findings.filter(f => f.rule === 'unsafe-path').map(f => f.file));
    for (const a of audited)
        for (const f of a.unsafe)
            if (!seenUnsafe.has(f.file)) {
                discovery.findings.push(f);
                seenUnsafe.add(f.file);
            }
    repoFindings.push(...(0,engine/* runRepositoryRules */.HH)(discovery, { config, today }), ...(0,engine/* waiverFindings */.XS)(config, today, options.configFile ?? null));
    const repository = (0,order/* sortFindings */.Tc)((0,engine/* applyWaivers */.Kw)(repoFindings, null, config, today).kept);
    return {
        report: assembleReport({
            config,
            models,
            findings: repository,
            ...(options.shard && options.shard.count > 1 ? { shard: options.shard } : {})
        }),
        facts
    };
}

;// CONCATENATED MODULE: ./src/hub/deadline.ts
// One deadline for every Hub request of a run: retries and waits never outlive it, and a request
// in flight when it passes is aborted.
const DEFAULT_API_DEADLINE_MS = 60_000;
function createDeadline(ms = DEFAULT_API_DEADLINE_MS) {
    const controller = new AbortController();
    const ends = Date.now() + ms;
    const timer = setTimeout(() => controller.abort(new Error(`the ${Math.round(ms / 1000)} s API deadline passed`)), ms);
    timer.unref?.();
    return {
        signal: controller.signal,
        ms,
        remainingMs: () => Math.max(0, ends - Date.now()),
        dispose: () => clearTimeout(timer)
    };
}
/** Waits `ms`, or less when the deadline passes first (then rejects). */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal.reason);
        };
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/** Runs `fn` over `items` with at most `limit` at once; results keep the items' order. */
async function mapLimited(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./src/hub/client.ts
// The Hugging Face Hub, read through its HTTP API: model info, the file listing (with sizes and
// Git LFS pointers), and single files. Every request honours HF_ENDPOINT and HF_TOKEN, is retried
// with backoff on 429 and 5xx under the run's one deadline, and reads at most a capped body.


const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';
/** The model cannot be audited at all (exit 2): not found, gated, private, or the Hub unreachable. */
class HubAccessError extends Error {
    kind;
    modelId;
    constructor(kind, modelId, message) {
        super(message);
        this.kind = kind;
        this.modelId = modelId;
        this.name = 'HubAccessError';
    }
}
const MAX_JSON_BYTES = 16 * 1024 * 1024;
/** Longest wait a Retry-After may ask for before the next try. */
const MAX_RETRY_WAIT_MS = 10_000;
class RetriesExhausted extends Error {
}
function isRetryable(status) {
    return status === 429 || status === 408 || (status >= 500 && status <= 599);
}
/** The `rel="next"` target of a Link header, split by hand (no backtracking pattern). */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const open = part.indexOf('<');
        const close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const params = part
            .slice(close + 1)
            .split(';')
            .map(p => p.trim().toLowerCase());
        if (params.some(p => p === 'rel="next"' || p === 'rel=next'))
            return part.slice(open + 1, close).trim();
    }
    return undefined;
}
/** Reads a response body up to `max` bytes; says whether more was left. */
async function readCapped(res, max) {
    if (!res.body)
        return { bytes: Buffer.alloc(0), truncated: false };
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    let truncated = false;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        const room = max - total;
        if (value.byteLength > room) {
            chunks.push(Buffer.from(value.subarray(0, room)));
            total += room;
            truncated = true;
            await reader.cancel().catch(() => undefined);
            break;
        }
        chunks.push(Buffer.from(value));
        total += value.byteLength;
    }
    return { bytes: Buffer.concat(chunks, total), truncated };
}
const encodePath = (p) => p.split('/').map(encodeURIComponent).join('/');
class HubClient {
    opts;
    endpoint;
    origin;
    fetchImpl;
    retryBaseMs;
    attempts;
    maxConcurrent;
    active = 0;
    waiting = [];
    constructor(opts) {
        this.opts = opts;
        this.endpoint = (0,trim/* trimEndChars */.vU)(opts.endpoint || DEFAULT_HUB_ENDPOINT, '/');
        this.origin = new URL(this.endpoint).origin;
        this.fetchImpl = opts.fetchImpl ?? globalThis.fetch;
        this.retryBaseMs = opts.retryBaseMs ?? 300;
        this.attempts = opts.attempts ?? 4;
        this.maxConcurrent = Math.max(1, opts.maxConcurrent ?? 4);
    }
    /** Runs `fn` once fewer than `maxConcurrent` requests are in flight: one bound for the whole run. */
    async slot(fn) {
        while (this.active >= this.maxConcurrent)
            await new Promise(r => this.waiting.push(r));
        this.active++;
        try {
            return await fn();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
    /** `HTTP 503 after 4 tries` for a status that was retried, else `HTTP 400`. */
    /** An answer that is not 2xx ends the audit of this model: access (401/403/404) or unavailable. */
    async refuseUnlessOk(res, ref, what) {
        if (res.ok)
            return;
        await res.body?.cancel().catch(() => undefined);
        if (res.status === 401 || res.status === 403 || res.status === 404)
            throw this.accessError(res, ref);
        throw new HubAccessError('unavailable', ref.id, `${what} of model ${ref.id} could not be read: ${this.statusText(res.status)}`);
    }
    statusText(status) {
        return `HTTP ${status}${isRetryable(status) ? ` after ${this.attempts} tries` : ''}`;
    }
    /** The model's page, for messages and links. */
    modelUrl(id) {
        return `${this.endpoint}/${encodePath(id)}`;
    }
    /**
     * GET with retries on 429/5xx and network errors, under the deadline. Returns the last response
     * (ok or not); throws RetriesExhausted when no response came, or the deadline's reason.
     */
    async get(url, accept) {
        const { signal } = this.opts.deadline;
        const headers = { accept, 'user-agent': 'model-openness-audit' };
        if (this.opts.token)
            headers['authorization'] = `Bearer ${this.opts.token}`;
        let lastProblem = '';
        for (let attempt = 0; attempt < this.attempts; attempt++) {
            if (attempt > 0) {
                const wait = Math.min(this.retryBaseMs * 2 ** (attempt - 1), MAX_RETRY_WAIT_MS);
                if (wait >= this.opts.deadline.remainingMs())
                    break;
                await sleep(wait, signal);
            }
            if (signal.aborted)
                break;
            let res;
            try {
                res = await this.slot(() => this.fetchImpl(url, { headers, signal, redirect: 'follow' }));
            }
            catch (err) {
                if (signal.aborted)
                    break;
                lastProblem = `the request failed (${(err.message || 'network error').slice(0, 120)})`;
                continue;
            }
            if (!isRetryable(res.status) || attempt === this.attempts - 1)
                return res;
            lastProblem = `HTTP ${res.status}`;
            const retryAfter = Number(res.headers.get('retry-after'));
            await res.body?.cancel().catch(() => undefined);
            if (Number.isFinite(retryAfter) && retryAfter > 0) {
                const wait = Math.min(retryAfter * 1000, MAX_RETRY_WAIT_MS);
                if (wait >= this.opts.deadline.remainingMs())
                    break;
                await sleep(wait, signal).catch(() => undefined);
            }
        }
        if (signal.aborted)
            throw new RetriesExhausted(`the ${Math.round(this.opts.deadline.ms / 1000)} s API deadline passed${lastProblem ? ` (last: ${lastProblem})` : ''}`);
        throw new RetriesExhausted(`${lastProblem || 'no answer'} after ${this.attempts} tries`);
    }
    /** What a 401/403/404 on a model means, as an error the user can act on. */
    accessError(res, ref) {
        const code = res.headers.get('x-error-code') ?? '';
        const page = this.modelUrl(ref.id);
        if (code === 'RevisionNotFound')
            return new HubAccessError('revision-not-found', ref.id, `revision '${ref.revision ?? 'main'}' of model ${ref.id} was not found on the Hub`);
        if (code === 'GatedRepo' || (code === '' && res.status === 403))
            return new HubAccessError('gated', ref.id, `model ${ref.id} is gated: accept its licence on ${page} while signed in, then set HF_TOKEN to an access token with read access` +
                (this.opts.token ? ' (the token in HF_TOKEN has no access to it yet)' : ''));
        if (res.status === 404 || code === 'RepoNotFound' || code === 'EntryNotFound')
            return new HubAccessError('not-found', ref.id, `model ${ref.id} was not found on the Hub (${this.endpoint})` +
                (this.opts.token ? '' : '; if it is private, set HF_TOKEN to an access token with read access'));
        return new HubAccessError('denied', ref.id, `model ${ref.id} is private or gated (HTTP ${res.status}): set HF_TOKEN to an access token with read access to it` +
            ` (for a gated model, first accept its licence on ${page})`);
    }
    /** A JSON request whose failure to get any answer (network, deadline) makes the model unavailable. */
    async getJson(url, ref, subject) {
        try {
            return await this.get(url, 'application/json');
        }
        catch (err) {
            throw new HubAccessError('unavailable', ref.id, `${subject} could not be read: ${err.message}`);
        }
    }
    async json(url, ref, what) {
        const res = await this.getJson(url, ref, `${what} of model ${ref.id}`);
        await this.refuseUnlessOk(res, ref, what);
        const { bytes, truncated } = await readCapped(res, MAX_JSON_BYTES);
        if (truncated)
            throw new HubAccessError('unavailable', ref.id, `${what} of model ${ref.id} is larger than ${MAX_JSON_BYTES} bytes`);
        try {
            return { body: JSON.parse(bytes.toString('utf8')), res };
        }
        catch {
            throw new HubAccessError('unavailable', ref.id, `${what} of model ${ref.id} is not valid JSON`);
        }
    }
    /** GET /api/models/{id}[/revision/{rev}]: the commit, gating, card data and `siblings`. */
    async modelInfo(ref) {
        const url = `${this.endpoint}/api/models/${encodePath(ref.id)}` +
            (ref.revision ? `/revision/${encodeURIComponent(ref.revision)}` : '');
        const { body } = await this.json(url, ref, 'the information');
        if (!body || typeof body !== 'object' || Array.isArray(body))
            throw new HubAccessError('unavailable', ref.id, `the information of model ${ref.id} is not an object`);
        const o = body;
        const siblings = [];
        if (Array.isArray(o['siblings']))
            for (const s of o['siblings']) {
                if (!s || typeof s !== 'object')
                    continue;
                const r = s;
                if (typeof r['rfilename'] !== 'string')
                    continue;
                siblings.push(fileEntry(r['rfilename'], r['size'], r['lfs']));
            }
        const g = o['gated'];
        const card = o['cardData'];
        return {
            id: typeof o['id'] === 'string' ? o['id'] : ref.id,
            sha: typeof o['sha'] === 'string' && /^[0-9a-f]{40}$/i.test(o['sha']) ? o['sha'] : undefined,
            gated: g === true || (typeof g === 'string' && g !== '' && g.toLowerCase() !== 'false'),
            siblings,
            cardData: card && typeof card === 'object' && !Array.isArray(card) ? card : null,
            tags: Array.isArray(o['tags']) ? o['tags'].filter((t) => typeof t === 'string') : []
        };
    }
    /**
     * GET /api/models/{id}/tree/{rev}?recursive=true, following `Link: <\u2026>; rel="next"` pages on the
     * same host. Returns undefined when the Hub has no tree endpoint (404 without an error code), so
     * that the caller falls back to `siblings`. Stops after `maxFiles` files (`truncated`).
     */
    async listFiles(ref, revision, maxFiles) {
        let url = `${this.endpoint}/api/models/${encodePath(ref.id)}/tree/${encodeURIComponent(revision)}?recursive=true&expand=false`;
        const files = [];
        let pages = 0;
        while (url) {
            const res = await this.getJson(url, ref, `the file list of model ${ref.id}`);
            if (res.status === 404 && !res.headers.get('x-error-code') && pages === 0) {
                await res.body?.cancel().catch(() => undefined);
                return undefined;
            }
            await this.refuseUnlessOk(res, ref, 'the file list');
            const { bytes, truncated } = await readCapped(res, MAX_JSON_BYTES);
            let body;
            try {
                body = truncated ? undefined : JSON.parse(bytes.toString('utf8'));
            }
            catch {
                body = undefined;
            }
            if (!Array.isArray(body))
                throw new HubAccessError('unavailable', ref.id, `the file list of model ${ref.id} is not a JSON array`);
            for (const e of body) {
                if (!e || typeof e !== 'object')
                    continue;
                const r = e;
                if (r['type'] !== 'file' || typeof r['path'] !== 'string')
                    continue;
                if (files.length >= maxFiles)
                    return { files, truncated: true };
                files.push(fileEntry(r['path'], r['size'], r['lfs']));
            }
            pages++;
            const next = nextLink(res.headers.get('link'));
            url = undefined;
            if (next) {
                let target;
                try {
                    target = new URL(next, this.endpoint);
                }
                catch {
                    throw new HubAccessError('unavailable', ref.id, `the file list of model ${ref.id} links to a next page that is not a URL`);
                }
                // The token goes only to the Hub named by HF_ENDPOINT.
                if (target.origin !== this.origin)
                    throw new HubAccessError('unavailable', ref.id, `the file list of model ${ref.id} links to a next page on another host (${target.host})`);
                url = target.href;
            }
        }
        return { files, truncated: false };
    }
    /**
     * GET /{id}/resolve/{rev}/{path}: at most `maxBytes` of the file. A 401/403 means the model is
     * gated (thrown: the audit cannot go on); anything else that fails comes back with its reason.
     */
    async fetchFile(ref, revision, path, maxBytes) {
        const url = `${this.endpoint}/${encodePath(ref.id)}/resolve/${encodeURIComponent(revision)}/${encodePath(path)}`;
        let res;
        try {
            res = await this.get(url, '*/*');
        }
        catch (err) {
            return { ok: false, reason: err.message };
        }
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel().catch(() => undefined);
            const err = this.accessError(res, ref);
            throw err.kind === 'not-found' ? new HubAccessError('gated', ref.id, err.message) : err;
        }
        if (!res.ok) {
            await res.body?.cancel().catch(() => undefined);
            return {
                ok: false,
                reason: this.statusText(res.status)
            };
        }
        try {
            const { bytes, truncated } = await readCapped(res, maxBytes);
            return { ok: true, bytes, truncated };
        }
        catch (err) {
            return {
                ok: false,
                reason: this.opts.deadline.signal.aborted
                    ? `the ${Math.round(this.opts.deadline.ms / 1000)} s API deadline passed while reading it`
                    : `the download broke off (${(err.message || 'error').slice(0, 120)})`
            };
        }
    }
}
function fileEntry(path, size, lfs) {
    const f = { path };
    if (typeof size === 'number' && Number.isSafeInteger(size) && size >= 0)
        f.size = size;
    if (lfs && typeof lfs === 'object') {
        const l = lfs;
        const oid = typeof l['oid'] === 'string' ? l['oid'] : typeof l['sha256'] === 'string' ? l['sha256'] : '';
        const lsize = typeof l['size'] === 'number' && Number.isSafeInteger(l['size']) && l['size'] >= 0 ? l['size'] : f.size;
        if (/^[0-9a-f]{64}$/i.test(oid) && lsize !== undefined) {
            f.lfs = { oid: oid.toLowerCase(), size: lsize };
            f.size = lsize;
        }
    }
    return f;
}

;// CONCATENATED MODULE: ./src/hub/id.ts
// Hub model references as users write them: `hf:OWNER/NAME[@REVISION]` on the command line, and
// `OWNER/NAME[@REVISION]` (or `hf:\u2026`) one a line in a `--models` file or the action's `models` input.
/** The Hub's own shape for names: letters, digits, `-`, `_`, `.`, at most 96 characters each part. */
const NAME_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9_-])?$/;
/** Branches and tags (`main`, `v1.0`, `refs/pr/3`) and commit hashes; never `..`, spaces or controls. */
const REVISION = /^[A-Za-z0-9._/-]{1,200}$/;
class HubRefError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HubRefError';
    }
}
function isHubPath(arg) {
    return arg.startsWith('hf:');
}
/** Parses `OWNER/NAME[@REV]` (with or without `hf:`); throws HubRefError saying what is wrong. */
function parseHubRef(text) {
    const shown = text.length > 120 ? `${text.slice(0, 120)}\u2026` : text;
    const raw = text.trim().replace(/^hf:/, '');
    const at = raw.indexOf('@');
    const id = at < 0 ? raw : raw.slice(0, at);
    const revision = at < 0 ? undefined : raw.slice(at + 1);
    const parts = id.split('/');
    if (parts.length > 2 || !parts.every(p => NAME_PART.test(p) && !p.includes('..')))
        throw new HubRefError(`'${shown}' is not a Hub model id: write OWNER/NAME, optionally @REVISION`);
    if (revision !== undefined) {
        if (!REVISION.test(revision) ||
            revision.includes('..') ||
            revision.startsWith('/') ||
            revision.endsWith('/'))
            throw new HubRefError(`'${shown}': '@' must be followed by a branch, tag or commit`);
    }
    return revision === undefined ? { id } : { id, revision };
}
/** `hf:OWNER/NAME` or `hf:OWNER/NAME@REV`: how a Hub model is named in reports and messages. */
function hubLabel(ref) {
    return `hf:${ref.id}${ref.revision ? `@${ref.revision}` : ''}`;
}
/**
 * A list of models, one a line: `#` starts a comment, blank lines are skipped, `hf:` is optional.
 * Throws HubRefError naming the line of the first id that is not one.
 */
function parseModelList(text, source) {
    const refs = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const hash = lines[i].indexOf('#');
        const line = (hash < 0 ? lines[i] : lines[i].slice(0, hash)).trim();
        if (!line)
            continue;
        try {
            refs.push(parseHubRef(line));
        }
        catch (err) {
            throw new HubRefError(`${source}:${i + 1}: ${err.message}`);
        }
    }
    return refs;
}

;// CONCATENATED MODULE: ./src/hub/materialize.ts
// A Hub model, made into a private folder the engine can audit like a checkout: the files the audit
// reads are fetched (cards, licence-named files, use policies, notices, data cards, config.json and
// the card's `license_link` target); every other file is written as Git LFS stores it \u2014 an LFS file
// as its pointer, a small git file as an empty file of its listed size \u2014 so weights count as present
// and nothing large is ever downloaded. Paths from the listing are hostile input: only safe relative
// paths are written, always inside the folder.











const TERMS_ROLES = new Set(['license', 'use-policy', 'notice', 'card']);
const READ_ROLES = new Set([...TERMS_ROLES, 'data-card']);
/** The analysis reads a config.json below this size to tell an architecture description (facts stage). */
const CONFIG_JSON_READ_BYTES = 256 * 1024;
/** A placeholder never claims more than this: only the 1 MiB "real weights" threshold matters. */
const MAX_PLACEHOLDER_BYTES = 1024 * 1024 * 1024;
const CONCURRENCY = 4;
/** Whether the audit reads a file's content (so it is fetched), from the discovery's file kinds. */
function auditReads(file, mode) {
    const role = (0,file_kinds/* roleOf */.kp)(file.path);
    if (mode === 'terms')
        return TERMS_ROLES.has(role);
    if (READ_ROLES.has(role))
        return true;
    return (file.path.split('/').pop() === 'config.json' &&
        (file.size === undefined || file.size < CONFIG_JSON_READ_BYTES));
}
/** A path as the Hub lists it, checked: a plain relative path of plain names, or the reason not. */
function checkRepoPath(p) {
    if (p.length === 0)
        return 'an empty path';
    if (p.length > 1024)
        return 'a path longer than 1024 characters';
    if (p.includes('\\'))
        return 'a path with a backslash';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(p))
        return 'a path with a control character';
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return 'an absolute path';
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            return 'a path with an empty or "." segment';
        if (seg === '..')
            return 'a path that climbs out with ".."';
        if (seg === '.git')
            return 'a path inside .git';
        if (Buffer.byteLength(seg) > 255)
            return 'a path with a name longer than 255 bytes';
    }
    return null;
}
/** A listed path shown in a message: control characters escaped, length capped. */
function shown(p) {
    // eslint-disable-next-line no-control-regex
    const s = p.replace(/[\u0000-\u001f\u007f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return s.length > 160 ? `${s.slice(0, 160)}\u2026` : s;
}
/** The pointer file Git LFS keeps in git for an object (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
function lfsPointer(oid, size) {
    return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
}
function unreadable(label, file, why) {
    return {
        rule: 'hub/unreadable-file',
        category: 'unsafe-path',
        severity: 'error',
        message: `${file} of ${label} could not be fetched from the Hub (${why}); the audit cannot tell what it says, so it fails closed.`,
        file
    };
}
/** The files a card names as its terms: its `license_link`, and its text's links to licences. */
function cardLinkedPaths(cardPath, text) {
    const { card } = parseCard(cardPath, text);
    const paths = cardLicenseLinkPaths(card);
    const link = card.metadata['license_link'];
    if (typeof link === 'string') {
        const target = resolveLicenseLink(link, cardPath);
        if (target.kind === 'path')
            paths.push(target.path);
    }
    return paths;
}
async function materializeHubModel(client, ref, opts = {}) {
    const mode = opts.mode ?? 'full';
    const label = hubLabel(ref);
    const info = await client.modelInfo(ref);
    // Everything is read at one commit, so a push during the audit cannot mix two versions.
    const revision = info.sha ?? ref.revision ?? 'main';
    const listed = await client.listFiles(ref, revision, safe_fs/* LIMITS */.b1.maxFiles + 1);
    const files = listed?.files ?? info.siblings;
    const sizesKnown = listed !== undefined || info.siblings.some(s => s.size !== undefined);
    const source = { kind: 'hub', id: ref.id, revision, url: client.modelUrl(ref.id) };
    const findings = [];
    const safeFiles = [];
    const seen = new Set();
    for (const f of files) {
        const problem = checkRepoPath(f.path);
        if (problem) {
            findings.push({
                rule: 'unsafe-path',
                category: 'unsafe-path',
                severity: 'error',
                message: `The Hub lists a file of ${label} at "${shown(f.path)}", ${problem}; it was neither written nor read.`
            });
            continue;
        }
        if (seen.has(f.path))
            continue;
        seen.add(f.path);
        safeFiles.push(f);
    }
    const wanted = safeFiles.filter(f => mode === 'full' || auditReads(f, mode));
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'model-openness-hub-'));
    const cleanup = () => external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    const fetched = [];
    try {
        const write = async (rel, data, size) => {
            const abs = external_node_path_default().join(dir, ...rel.split('/'));
            // checkRepoPath already refused what could leave; this is the last word.
            if (!abs.startsWith(dir + (external_node_path_default()).sep))
                return 'it would be written outside the private folder';
            try {
                await external_node_fs_.promises.mkdir(external_node_path_default().dirname(abs), { recursive: true });
                // 'wx': two listed names that collide (a file and a folder, or case on some systems) never overwrite.
                await external_node_fs_.promises.writeFile(abs, data, { flag: 'wx' });
                if (size !== undefined && size > Buffer.byteLength(data))
                    await external_node_fs_.promises.truncate(abs, size);
                return null;
            }
            catch (err) {
                return `it could not be written (${err.code ?? 'error'})`;
            }
        };
        const fetchInto = async (f) => {
            const r = await client.fetchFile(ref, revision, f.path, safe_fs/* LIMITS */.b1.maxTextBytes);
            if (!r.ok) {
                findings.push(unreadable(label, f.path, r.reason));
                return;
            }
            // What came must be what the listing says, else the audit would read some other file.
            if (!r.truncated && f.size !== undefined && r.bytes.length !== f.size) {
                findings.push(unreadable(label, f.path, `the Hub sent ${r.bytes.length} bytes, its listing says ${f.size}`));
                return;
            }
            if (r.truncated && f.size !== undefined && f.size <= safe_fs/* LIMITS */.b1.maxTextBytes) {
                findings.push(unreadable(label, f.path, `the Hub sent more than the ${f.size} bytes its listing says`));
                return;
            }
            // A file past the engine's cap keeps its size (at least one byte past the cap), so the engine
            // reads it cut, as in a checkout, and says so.
            const bad = await write(f.path, r.bytes, r.truncated ? Math.min(f.size ?? safe_fs/* LIMITS */.b1.maxTextBytes + 1, MAX_PLACEHOLDER_BYTES) : undefined);
            if (bad)
                findings.push(unreadable(label, f.path, bad));
            else
                fetched.push(f.path);
        };
        const toRead = wanted.filter(f => auditReads(f, mode));
        await mapLimited(toRead, CONCURRENCY, fetchInto);
        // A card's `license_link`, and the files its text links to as licences, are read as licences:
        // fetch them too (the analysis decides which, in cardLinkedPaths).
        const fetchedSet = new Set(fetched);
        const linked = new Set();
        const safe = await safe_fs/* SafeFs */.H.open(dir);
        for (const card of toRead.filter(f => (0,file_kinds/* roleOf */.kp)(f.path) === 'card' && fetchedSet.has(f.path))) {
            const r = await safe.read(card.path);
            if (r.kind !== 'text')
                continue;
            for (const p of cardLinkedPaths(card.path, r.text))
                if (!fetchedSet.has(p))
                    linked.add(p);
        }
        // Never weights, nor a large LFS object, whatever a link's text says: those stay pointers.
        const linkedFiles = safeFiles.filter(f => linked.has(f.path) && (0,file_kinds/* roleOf */.kp)(f.path) !== 'weights' && !(f.lfs && f.lfs.size > safe_fs/* LIMITS */.b1.maxTextBytes));
        await mapLimited(linkedFiles, CONCURRENCY, fetchInto);
        const done = new Set([...toRead, ...linkedFiles].map(f => f.path));
        for (const f of wanted) {
            if (done.has(f.path))
                continue;
            let bad;
            if (f.lfs)
                bad = await write(f.path, lfsPointer(f.lfs.oid, f.lfs.size));
            else {
                // Sizes unknown (an old Hub without the tree listing): a weight-named file counts as weights.
                const size = sizesKnown ? (f.size ?? 0) : (0,file_kinds/* roleOf */.kp)(f.path) === 'weights' ? REAL_WEIGHTS_BYTES : 0;
                bad = await write(f.path, '', Math.min(size, MAX_PLACEHOLDER_BYTES));
            }
            if (bad)
                findings.push(unreadable(label, f.path, bad));
        }
        fetched.sort();
        return { dir, info, source, findings, fetched, cleanup };
    }
    catch (err) {
        await cleanup().catch(() => undefined);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/hub/base-model.ts






/** Components whose licence is the model's terms (not its code, docs or data). */
const TERMS_COMPONENTS = new Set(['all', 'weights']);
function chooseLicence(licenses) {
    const named = licenses.filter(l => l.id);
    return (named.find(l => l.source === 'file' && TERMS_COMPONENTS.has(l.component)) ??
        named.find(l => l.source === 'card') ??
        named.find(l => l.source === 'file' && l.component !== 'use-policy'));
}
function metadataLicence(info) {
    const raw = info.cardData?.['license'];
    const value = typeof raw === 'string'
        ? raw
        : Array.isArray(raw) && typeof raw[0] === 'string'
            ? raw[0]
            : info.tags.find(t => t.toLowerCase().startsWith('license:'))?.slice(8);
    const v = value?.trim().toLowerCase();
    if (!v || v === 'other' || v === 'unknown')
        return null;
    return (0,identify/* identifyLicenseId */.hs)(v).id ?? v;
}
/** Reads one base model's terms on the Hub; null when it cannot be read (its licence stays unknown). */
async function readBaseModelLicence(client, ref) {
    let m;
    try {
        m = await materializeHubModel(client, ref, { mode: 'terms' });
    }
    catch (err) {
        // A base model that is missing, gated or unreachable leaves its licence unknown (a note says so).
        if (err instanceof HubAccessError)
            return null;
        throw err;
    }
    try {
        const config = { ...(0,schema/* defaultConfig */.sb)(), 'hub-lookup': false };
        const { report } = await audit(m.dir, config, {});
        const root = report.models.find(x => x.path === '.') ?? report.models[0];
        const chosen = root ? chooseLicence(root.licenses) : undefined;
        if (!chosen?.id) {
            const id = metadataLicence(m.info);
            return id ? { licenseId: id } : null;
        }
        // Clauses read in the base model's own texts, when its licence was read from a text.
        const fromText = root.clauses.filter(c => c.file && c.source !== 'catalogue');
        return {
            licenseId: chosen.id,
            ...(chosen.source === 'file' && chosen.file ? { licenseFile: chosen.file } : {}),
            ...(chosen.source === 'file' ? { clauses: [...new Set(fromText.map(c => c.type))] } : {})
        };
    }
    finally {
        await m.cleanup();
    }
}
/** The resolver audit() takes: one Hub read per base model and run, errors never thrown. */
function base_model_hubBaseResolver(client) {
    return async (id) => {
        let ref;
        try {
            ref = parseHubRef(id);
        }
        catch {
            return null;
        }
        return readBaseModelLicence(client(), ref).catch(() => null);
    };
}

// EXTERNAL MODULE: ./src/rules/index.ts + 16 modules
var rules = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/config/load.ts
// Loads and validates the configuration. Every mistake is a ConfigError naming the file, the key
// and the line, so that the CLI exits 2 with a message a user can act on.





class ConfigError extends Error {
    file;
    key;
    line;
    constructor(message, file, key, line) {
        super(message);
        this.file = file;
        this.key = key;
        this.line = line;
        this.name = 'ConfigError';
    }
}
const DEFAULT_CONFIG_PATH = '.github/model-openness.yml';
/** Finds the line of a key path (e.g. ['waivers', 0, 'reason']) in a parsed YAML document. */
function lineOf(doc, lc, keyPath) {
    let node = doc.contents;
    let line = node?.range ? lc.linePos(node.range[0]).line : undefined;
    for (const k of keyPath) {
        if ((0,dist.isMap)(node)) {
            const pair = node.items.find(p => (0,dist.isScalar)(p.key) && String(p.key.value) === String(k));
            if (!pair)
                break;
            if ((0,dist.isScalar)(pair.key) && pair.key.range)
                line = lc.linePos(pair.key.range[0]).line;
            node = pair.value;
        }
        else if ((0,dist.isSeq)(node) && typeof k === 'number') {
            node = node.items[k];
            if (node?.range)
                line = lc.linePos(node.range[0]).line;
        }
        else
            break;
    }
    return line;
}
/** What a YAML error is about, without the source text it quotes (a config error never echoes values). */
function yamlProblem(code, message) {
    const first = message.split('\n')[0];
    // yaml's messages quote at most a short excerpt after ": " or in quotes; keep the words before it
    const cut = first.search(/[:"'`]/);
    const words = (cut > 0 ? first.slice(0, cut) : first).trim();
    return words.length > 0 ? words : code.toLowerCase().split('_').join(' ');
}
function firstAliasLine(doc, lc) {
    let line;
    (0,dist.visit)(doc, {
        Alias(_key, node) {
            if (node.range)
                line = lc.linePos(node.range[0]).line;
            return dist.visit.BREAK;
        }
    });
    return line;
}
function parseConfigText(text, file) {
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line;
        throw new ConfigError(`${file}:${line}: not valid YAML: ${yamlProblem(e.code, e.message)}`, file, undefined, line);
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (err) {
        // An alias bomb or an alias to no anchor: a config error at the alias, never the value.
        const line = firstAliasLine(doc, lc) ?? 1;
        const why = /alias count/i.test(err.message)
            ? 'an alias expands to too many values (a YAML alias bomb)'
            : 'an alias refers to an anchor that is not defined before it';
        throw new ConfigError(`${file}:${line}: not valid YAML: ${why}`, file, undefined, line);
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new ConfigError(`${file}:1: the configuration must be a mapping of keys to values`, file, undefined, 1);
    }
    // `rules:` with every entry commented out is empty, not an error.
    for (const k of ['rules', 'ignore', 'waivers', 'allow-licenses'])
        if (raw[k] === null)
            delete raw[k];
    const result = schema/* configSchema */.Qn.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        let keyPath = issue.path.map(p => (typeof p === 'number' ? p : String(p)));
        let message = issue.message;
        if (issue.code === 'unrecognized_keys') {
            const bad = issue.keys[0];
            keyPath = [...keyPath, bad];
            message = `unknown key '${bad}'`;
        }
        const key = keyPath.join('.') || '(root)';
        const line = lineOf(doc, lc, keyPath);
        throw new ConfigError(`${file}${line ? `:${line}` : ''}: ${key}: ${message}`, file, key, line);
    }
    checkRuleIds(result.data, doc, lc, file);
    return normalizePaths(result.data);
}
/** "./data/**" and "/data/**" in `ignore` and waiver paths mean "data/**": paths are root-relative. */
function normalizePaths(config) {
    return {
        ...config,
        ignore: config.ignore.map(schema/* normalizeConfigPath */.J0),
        waivers: config.waivers.map(w => (w.path ? { ...w, path: (0,schema/* normalizeConfigPath */.J0)(w.path) } : w))
    };
}
/** A rule id nobody reports would silently do nothing: name it, with its line and the nearest id. */
function checkRuleIds(config, doc, lc, file) {
    const known = knownRuleIds();
    const fail = (keyPath, id) => {
        const key = keyPath.join('.');
        const line = lineOf(doc, lc, keyPath);
        const near = nearest(id, known);
        throw new ConfigError(`${file}${line ? `:${line}` : ''}: ${key}: unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ''}`, file, key, line);
    };
    for (const id of Object.keys(config.rules))
        if (!known.includes(id))
            fail(['rules', id], id);
    config.waivers.forEach((w, i) => {
        if (w.rule !== '*' && !known.includes(w.rule))
            fail(['waivers', i, 'rule'], w.rule);
    });
}
function knownRuleIds() {
    return [...rules/* RULE_IDS */.Iu, ...rules/* ENGINE_RULE_IDS */.Xy];
}
function editDistance(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}
function nearest(id, known) {
    let best;
    let bestD = Infinity;
    for (const k of known) {
        const d = Math.min(editDistance(id, k), k.endsWith('/' + id) || k.split('/').pop() === id ? 0 : Infinity);
        if (d < bestD) {
            bestD = d;
            best = k;
        }
    }
    return best !== undefined && bestD <= Math.max(3, Math.floor(id.length / 3)) ? best : undefined;
}
/**
 * Reads the config file through SafeFs. `explicit` is a path the user named (must exist); otherwise
 * the default path is used when present, else the defaults. The file must lie inside `within`
 * (symbolic links resolved): the audited root for the default file; for a named file the caller's
 * bound (the workspace, in the action), or else the folder it is in (the CLI user named it).
 */
async function loadConfig(root, explicit, shownAs, options = {}) {
    const candidate = explicit ? external_node_path_default().resolve(root, explicit) : external_node_path_default().join(root, DEFAULT_CONFIG_PATH);
    const shown = shownAs ?? explicit ?? DEFAULT_CONFIG_PATH;
    const within = external_node_path_default().resolve(options.within ?? (explicit ? external_node_path_default().dirname(candidate) : root));
    const where = options.within ? 'the workspace' : explicit ? 'its folder' : 'the audited root';
    if (!(0,safe_fs/* isInside */.FK)(within, candidate))
        throw new ConfigError(`${shown}: the configuration file must be inside ${where}`, shown);
    let safe;
    try {
        safe = await safe_fs/* SafeFs */.H.open(within);
    }
    catch {
        if (explicit)
            throw new ConfigError(`${shown}: configuration file not found`, shown);
        return { config: schema/* configSchema */.Qn.parse({}), file: null };
    }
    const r = await safe.read((0,safe_fs/* toPosix */.d7)(external_node_path_default().relative(within, candidate)), MAX_CONFIG_BYTES);
    switch (r.kind) {
        case 'text':
            if (r.truncated)
                throw new ConfigError(`${shown}: configuration file is larger than 1 MiB`, shown);
            return { config: parseConfigText(r.text, shown), file: shown };
        case 'missing':
            if (explicit)
                throw new ConfigError(`${shown}: configuration file not found`, shown);
            return { config: schema/* configSchema */.Qn.parse({}), file: null };
        case 'unsafe':
            // The target is never read nor named.
            throw new ConfigError(`${shown}: a symbolic link that leads outside ${where}; the configuration was not read`, shown);
        case 'binary':
        case 'lfs-pointer':
            throw new ConfigError(`${shown}: not a text file`, shown);
        case 'error':
            throw new ConfigError(`${shown}: ${r.reason === 'not a regular file' ? 'not a file' : 'could not be read'}`, shown);
    }
}
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Applies overrides from inputs or flags on top of a config (only those given). */
function withOverrides(config, overrides, source) {
    const merged = { ...config };
    for (const [k, v] of Object.entries(overrides))
        if (v !== undefined && v !== '')
            merged[k] = v;
    const result = schema/* configSchema */.Qn.safeParse(merged);
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = issue.path.join('.');
        throw new ConfigError(`${source}: ${key}: ${issue.message}`, source, key);
    }
    return result.data;
}

;// CONCATENATED MODULE: ./src/hub/audit-hub.ts
// Audits models on the Hugging Face Hub with the same engine as a folder: each model is made into
// a private folder (materialize.ts), audited by audit(), and the folder removed. Several targets
// (Hub models and folders) make one report, their models named by the target.






/** One Hub model: the report is the folder's, each model marked with where it was read. */
async function auditHubModel(client, ref, config, options = {}) {
    const m = await materializeHubModel(client, ref);
    try {
        const result = await audit(m.dir, config, {
            ...options,
            waiverLabel: `hf:${ref.id}`,
            extraFindings: [...(options.extraFindings ?? []), ...m.findings]
        });
        for (const model of result.report.models)
            model.source = m.source;
        return { ...result, source: m.source, fetched: m.fetched };
    }
    finally {
        await m.cleanup();
    }
}
/** At most this many targets are audited at once (each fetches with its own bounded concurrency). */
const TARGET_CONCURRENCY = 3;
async function audit_hub_auditTargets(targets, config, client, options = {}) {
    const settled = await mapLimited(targets, TARGET_CONCURRENCY, async (t) => {
        try {
            const result = t.kind === 'hub'
                ? await auditHubModel(client(), t.ref, config, options)
                : await audit(t.root, config, options);
            return { label: t.label, result };
        }
        catch (error) {
            return { label: t.label, error };
        }
    });
    // Every model that cannot be audited is named at once, so one run shows the whole list's problems.
    const failed = settled.filter(s => 'error' in s);
    if (failed.length > 0) {
        const errors = failed.map(f => f.error);
        const other = errors.find(e => !(e instanceof HubAccessError));
        if (other)
            throw other;
        if (errors.length === 1)
            throw errors[0];
        const first = errors[0];
        throw new HubAccessError(first.kind, first.modelId, errors.map(e => e.message).join('\n'));
    }
    return settled;
}
const prefixed = (label, p) => (p === '.' ? label : `${label}/${p}`);
/**
 * One report of several targets. Each model's `path` is its target's label (`hf:OWNER/NAME`, or the
 * folder as given) joined with its path inside; files inside a model stay named as in their
 * repository (a Hub model's `source` says where). Repository-level findings, which have no model,
 * name their target in the message and in `file`. Models and findings are in report order.
 */
function audit_hub_combineReports(parts, config) {
    const models = [];
    const findings = [];
    const facts = [];
    for (const { label, result } of parts) {
        for (const m of result.report.models)
            models.push({ ...m, path: prefixed(label, m.path) });
        for (const f of result.report.findings)
            findings.push({
                ...f,
                message: `${label}: ${f.message}`,
                ...(f.file ? { file: prefixed(label, f.file) } : {})
            });
        facts.push(...result.facts);
    }
    // The order of one audit (src/report/order.ts): the same whatever the order of the list, and
    // the same as the shards of a list joined by `merge`.
    models.sort((a, b) => (0,order/* compareModelPaths */.P0)(a.path, b.path));
    const sorted = (0,order/* sortFindings */.Tc)(findings);
    return {
        report: assembleReport({
            config,
            models,
            findings: sorted,
            failedElsewhere: parts.some(p => p.result.report.verdict === 'fail')
        }),
        facts
    };
}

;// CONCATENATED MODULE: ./src/hub/targets.ts
// What an audit run covers when it is more than one folder: Hub models (`hf:OWNER/NAME[@REV]`),
// folders, and the ids of a `--models` file (one a line). Shared by the CLI and the action.





/** A target that cannot be audited as given (exit 2). */
class TargetError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TargetError';
    }
}
const MAX_LIST_BYTES = 1024 * 1024;
/** Reads a list of Hub ids (one a line, `#` comments). */
async function readModelList(file, cwd) {
    const abs = external_node_path_default().resolve(cwd, file);
    let text;
    try {
        const st = await external_node_fs_.promises.stat(abs);
        if (!st.isFile())
            throw new TargetError(`${file}: not a file (--models takes a file of Hub ids, one a line)`);
        if (st.size > MAX_LIST_BYTES)
            throw new TargetError(`${file}: larger than 1 MiB; a list of models is one id a line`);
        text = await external_node_fs_.promises.readFile(abs, 'utf8');
    }
    catch (err) {
        if (err instanceof TargetError)
            throw err;
        throw new TargetError(`${file}: no such file`);
    }
    const refs = parseModelList(text.replace(/^\uFEFF/, ''), file);
    if (refs.length === 0)
        throw new TargetError(`${file}: lists no model (one OWNER/NAME a line)`);
    return refs;
}
function targets_hubTarget(ref) {
    return { kind: 'hub', label: hubLabel(ref), ref };
}
/** The targets of `audit PATH\u2026 [--models FILE]`, each once, in the order given. */
async function collectTargets(paths, modelsFile, cwd) {
    const targets = [];
    for (const p of paths) {
        if (isHubPath(p)) {
            targets.push(targets_hubTarget(parseHubRef(p)));
            continue;
        }
        const root = external_node_path_default().resolve(cwd, p);
        const st = await external_node_fs_.promises.stat(root).catch(() => undefined);
        if (!st)
            throw new TargetError(`${p}: no such folder`);
        if (!st.isDirectory())
            throw new TargetError(`${p}: not a folder (audit takes the folder that holds the model)`);
        const label = external_node_path_default().relative(cwd, root).split((external_node_path_default()).sep).join('/') || '.';
        targets.push({ kind: 'folder', label, root });
    }
    if (modelsFile)
        for (const ref of await readModelList(modelsFile, cwd))
            targets.push(targets_hubTarget(ref));
    const seen = new Set();
    return targets.filter(t => (seen.has(t.label) ? false : (seen.add(t.label), true)));
}
/**
 * The Hub as the environment names it (HF_ENDPOINT, HF_TOKEN), with one deadline for every request
 * of the run, started on first use.
 */
class HubSession {
    env;
    deadlineOrMs;
    fetchImpl;
    deadline;
    dispose_;
    instance;
    /**
     * @param deadline the run's deadline (the action passes its network deadline, so that GitHub
     *   and the Hub share one budget), or a budget in milliseconds started on first use
     */
    constructor(env, deadlineOrMs = DEFAULT_API_DEADLINE_MS, fetchImpl) {
        this.env = env;
        this.deadlineOrMs = deadlineOrMs;
        this.fetchImpl = fetchImpl;
    }
    get endpoint() {
        return this.env['HF_ENDPOINT']?.trim() || undefined;
    }
    client = () => {
        if (!this.instance) {
            if (typeof this.deadlineOrMs === 'number') {
                const own = createDeadline(this.deadlineOrMs);
                this.deadline = own;
                this.dispose_ = own.dispose;
            }
            else
                this.deadline = this.deadlineOrMs;
            const token = (this.env['HF_TOKEN'] || this.env['HUGGING_FACE_HUB_TOKEN'] || '').trim();
            this.instance = new HubClient({
                endpoint: this.endpoint,
                token: token || undefined,
                deadline: this.deadline,
                fetchImpl: this.fetchImpl
            });
        }
        return this.instance;
    };
    /** Stops a deadline this session started (one passed in belongs to its owner). */
    dispose() {
        this.dispose_?.();
    }
}

;// CONCATENATED MODULE: ./src/hub/command.ts







/** A Hub model or list that cannot be audited as given: the CLI exits 2 with the message. */
function isHubInputError(err) {
    return err instanceof HubAccessError || err instanceof HubRefError || err instanceof TargetError;
}
/** Whether the command names Hub models or several targets (else it is one folder, audited as ever). */
function isTargetList(cmd) {
    return cmd.paths.length > 1 || cmd.models !== undefined || isHubPath(cmd.path);
}
/**
 * Audits the targets. One Hub model named alone is reported as its own repository (paths as on the
 * Hub; `--shard` slices its model roots as for a folder); a list is combined, its models named by
 * target, and `--shard` gives each target to one shard.
 */
async function auditTargetsCommand(cmd, cwd, hub, onPlan) {
    const all = await collectTargets(cmd.paths.length > 0 ? cmd.paths : cmd.models ? [] : ['.'], cmd.models, cwd);
    const single = all.length === 1 && cmd.models === undefined;
    const targets = single ? all : all.filter(t => inShard(t.label, cmd.shard));
    const loaded = await loadConfig(cwd, cmd.config, cmd.config);
    const config = withOverrides(loaded.config, { policy: cmd.policy, 'fail-on': cmd.failOn, 'hub-lookup': cmd.hubLookup }, 'command line');
    // each target is a repository of its own: the job is at least as large as their number
    onPlan?.({ models: targets.length, textBytes: 0, largestText: 0 });
    const options = {
        onPlan,
        configFile: loaded.file,
        hubEndpoint: hub.endpoint,
        hubBaseResolver: config['hub-lookup'] ? base_model_hubBaseResolver(hub.client) : undefined,
        ...(single && cmd.shard ? { shard: cmd.shard } : {})
    };
    const parts = await audit_hub_auditTargets(targets, config, hub.client, options);
    // One model named on the command line is reported as its own repository; a list is combined.
    if (single)
        return parts[0].result;
    const combined = audit_hub_combineReports(parts, config);
    if (cmd.shard && cmd.shard.count > 1)
        combined.report.shard = cmd.shard;
    return combined;
}
/**
 * The action's `models` input: the listed Hub models audited into one report (models named
 * `hf:OWNER/NAME`), as `audit --models FILE` does.
 */
async function auditHubList(refs, config, hub, options = {}) {
    const seen = new Set();
    const targets = refs.map(hubTarget).filter(t => (seen.has(t.label) ? false : (seen.add(t.label), true)));
    const parts = await auditTargets(targets, config, hub.client, {
        configFile: options.configFile,
        hubEndpoint: hub.endpoint,
        hubBaseResolver: config['hub-lookup'] ? hubBaseResolver(hub.client) : undefined
    });
    return combineReports(parts, config);
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
;// CONCATENATED MODULE: ./src/report/sarif-root.ts
// Where SARIF paths start: code scanning resolves a result's URI from the repository root, so an
// audit of a sub-folder prefixes its paths with the folder's place in the repository.
// child_process and fs/promises are loaded when a SARIF report asks (Node compiles each built-in
// module on first load, child_process with its networking modules): other audits never need them.

async function gitTopLevel(dir) {
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise(resolve => {
        execFile('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { timeout: 15_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, stdout) => resolve(error ? undefined : String(stdout).trim() || undefined));
    });
}
/**
 * The audited folder relative to `explicitRoot` (the CLI's --sarif-root), else to the git top level
 * of the folder, with "/" separators; '' when it is the root itself, or when the folder is not inside
 * that root (then paths stay relative to the audited folder).
 */
async function sarifPathPrefix(auditedRoot, explicitRoot) {
    const { realpath } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const real = await realpath(auditedRoot).catch(() => external_node_path_default().resolve(auditedRoot));
    const top = explicitRoot ?? (await gitTopLevel(real));
    if (!top)
        return '';
    const root = await realpath(top).catch(() => external_node_path_default().resolve(top));
    const rel = external_node_path_default().relative(root, real);
    if (!rel || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return '';
    return rel.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/cli/verdict-line.ts
var verdict_line = __webpack_require__(1334);
// EXTERNAL MODULE: ./src/cli/short-run.ts + 1 modules
var short_run = __webpack_require__(6308);
;// CONCATENATED MODULE: ./src/cli/workers.ts
// The CLI's worker threads for large monorepos (src/audit-pool.ts): the worker bundle sits beside
// the CLI's bundle (dist/cli/worker/index.js, made by scripts/bundle-cli.mjs). Run from the
// sources (tests), there is none, and the audit runs in one thread.
// MODEL_OPENNESS_THREADS=N caps the threads (1: one thread only).


function bundledWorkers(entry, env) {
    const cap = env['MODEL_OPENNESS_THREADS'] ? Number(env['MODEL_OPENNESS_THREADS']) : undefined;
    if (cap !== undefined && !(Number.isInteger(cap) && cap > 1))
        return undefined;
    if (!entry)
        return undefined;
    let script;
    try {
        script = external_node_path_default().join(external_node_path_default().dirname(external_node_fs_default().realpathSync(entry)), 'worker', 'index.js');
        if (!external_node_fs_default().statSync(script).isFile())
            return undefined;
    }
    catch {
        return undefined;
    }
    return cap !== undefined ? { script, threads: cap } : { script };
}

;// CONCATENATED MODULE: ./src/cli/audit-command.ts
// `model-openness audit [PATH]`: the same audit as the action, as text, JSON, Markdown, SARIF or a MOT entry.

















/** One folder, audited as ever (base models read on the Hub with --hub-lookup). */
async function auditFolder(cmd, io, hub) {
    const root = external_node_path_default().resolve(io.cwd, cmd.path);
    let st;
    try {
        st = await external_node_fs_.promises.stat(root);
    }
    catch {
        throw new cli_io/* InputError */.dz(`${cmd.path}: no such folder`);
    }
    if (!st.isDirectory())
        throw new cli_io/* InputError */.dz(`${cmd.path}: not a folder (audit takes the folder that holds the model)`);
    const configPath = cmd.config ? external_node_path_default().resolve(io.cwd, cmd.config) : undefined;
    let config, configFile;
    try {
        const loaded = await loadConfig(root, configPath, cmd.config);
        configFile = loaded.file;
        config = withOverrides(loaded.config, {
            policy: cmd.policy,
            'fail-on': cmd.failOn,
            'hub-lookup': cmd.hubLookup,
            'unknown-license': cmd.unknownLicense
        }, 'command line');
    }
    catch (err) {
        if (err instanceof ConfigError)
            throw new cli_io/* InputError */.dz(err.message);
        throw err;
    }
    return audit(root, config, {
        configFile,
        hubEndpoint: hub.endpoint,
        hubBaseResolver: config['hub-lookup'] ? base_model_hubBaseResolver(hub.client) : undefined,
        shard: cmd.shard,
        // only the MOT entries are made from the facts; other formats need the reports alone
        keepFacts: cmd.format === 'mof',
        workers: bundledWorkers(process.argv[1], io.env ?? process.env),
        onPlan: short_run/* planKnown */.zp
    });
}
async function runAudit(cmd, io) {
    // zod compiles a fast path for each object schema with `new Function` on its first parse: code
    // no cache keeps, compiled again by every run, for the handful of parses one audit makes.
    core/* config */.$W({ jitless: true });
    // Hub models (hf:OWNER/NAME), several PATHs or --models: one report of them all (src/hub/).
    const hub = new HubSession(io.env ?? process.env, cmd.apiDeadlineMs);
    let audited;
    try {
        audited = isTargetList(cmd)
            ? await auditTargetsCommand(cmd, io.cwd, hub, short_run/* planKnown */.zp)
            : await auditFolder(cmd, io, hub);
    }
    catch (err) {
        if (err instanceof ConfigError || isHubInputError(err))
            throw new cli_io/* InputError */.dz(err.message);
        throw err;
    }
    finally {
        hub.dispose();
    }
    const { report, facts } = audited;
    let out;
    if (cmd.format === 'mof') {
        out = facts.map(f => (0,verdicts_mof/* renderMotYaml */.wn)((0,verdicts_mof/* buildMotEntry */.v8)(mofInventory(f)))).join('---\n');
    }
    else if (cmd.format === 'json') {
        // In pieces: the report of a monorepo of thousands of models is never one huge string.
        out = (0,json/* renderJsonChunks */.r)(report);
    }
    else {
        out = await (0,render/* renderReport */.B)(cmd.format, report, {
            text: { color: (0,cli_io/* useColor */.by)(cmd.color, io, cmd.output), width: (0,cli_io/* textWidth */.sc)(io), summary: cmd.summary },
            sarif: cmd.format === 'sarif'
                ? {
                    // Hub models have no repository on disk: their paths stay as the Hub names them.
                    pathPrefix: isTargetList(cmd)
                        ? ''
                        : await sarifPathPrefix(external_node_path_default().resolve(io.cwd, cmd.path), cmd.sarifRoot ? external_node_path_default().resolve(io.cwd, cmd.sarifRoot) : undefined),
                    category: cmd.sarifCategory
                }
                : undefined
        });
    }
    await (0,cli_io/* emit */.Ic)(io, out, cmd.output);
    if (cmd.output)
        io.stderr((0,verdict_line/* verdictLine */.M)(report, cmd.output));
    return report.verdict === 'pass' ? 0 : 1;
}


/***/ })

};
;