"use strict";
exports.id = 186;
exports.ids = [186];
exports.modules = {

/***/ 7186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: ./src/rules/engine.ts
var engine = __webpack_require__(9693);
// EXTERNAL MODULE: ./src/report/order.ts
var order = __webpack_require__(734);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/report/schema.ts
// The JSON report contract (../shared/DESIGN.md, "Contract: JSON report"), written once, here.
//
// - The TypeScript types of the report (Report, ModelReport, \u2026) are inferred from these schemas
//   (src/report/types.ts re-exports them), so the type and the contract cannot disagree.
// - schemas/report.schema.json is generated from them (`npm run schemas`; a test checks the
//   committed file), with an $id, the schema version and a description for every field.
// - Objects are strict: a field the report emits but the schema does not declare fails the tests
//   that validate real reports, and is rejected by the published JSON Schema.
//
// To add a field to the report: add it below, with `.describe()`, then run `npm run schemas`.
// That is the only place to edit; the types follow. Fields that the engine produces through its
// own types (Finding, Clause, LicenseIdentification in src/types.ts) are checked against these
// schemas at compile time at the end of this file, so a field added there and not here is a type
// error that points here. The contract changes only by adding (optional fields, new enum values).



/** Version of the report's shape; a breaking change (never planned) would bump it. */
const REPORT_SCHEMA_VERSION = 1;
const line = schemas/* number */.aig().int().positive();
const FINDING_STATUSES = ['new', 'unchanged', 'fixed'];
const LICENSE_SOURCES = ['file', 'card', 'card-text', 'catalogue'];
const LICENSE_MATCHERS = [
    'exact',
    'dice',
    'marker',
    'spdx-expression',
    'spdx-correct',
    'hub-id',
    'license-name',
    'pointer',
    'none'
];
const LICENSE_COMPONENTS = ['all', 'code', 'weights', 'data', 'documentation', 'use-policy'];
const OSAID_REQUIREMENT_IDS = ['terms', 'parameters', 'code', 'data-information'];
const BASE_MODEL_SOURCES = ['catalogue', 'hub', 'unknown'];
const verdict = schemas/* enum */.k5n(['pass', 'fail']);
const osaidVerdict = schemas/* enum */.k5n(['pass', 'fail', 'unknown']);
const findingSchema = schemas/* strictObject */.rej({
    rule: schemas/* string */.YjP().describe('Id of the rule that reported it, e.g. "license/no-user-threshold".'),
    category: schemas/* enum */.k5n(types/* CATEGORIES */.R6).describe('What kind of problem it is.'),
    severity: schemas/* enum */.k5n(types/* SEVERITIES */.oC).describe('error, warning or note, after the policy and the config.'),
    message: schemas/* string */.YjP().describe('What is wrong and how to fix it, in one or two sentences.'),
    file: schemas/* string */.YjP().optional().describe('Path relative to the audited root, with "/" separators.'),
    line: line.optional().describe('1-based line in file.'),
    evidence: schemas/* string */.YjP().optional().describe('The text that shows the problem, verbatim from file.'),
    status: schemas/* enum */.k5n(FINDING_STATUSES)
        .optional()
        .describe('On a pull request: new, unchanged or fixed (present in the base, gone in the head).')
})
    .describe('One problem found by one rule.');
const clauseSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(types/* CLAUSE_TYPES */.sk).describe('The clause type, e.g. "user-threshold".'),
    file: schemas/* string */.YjP()
        .nullable()
        .describe('Path relative to the audited root; null when known only from the licence catalogue.'),
    line: line.nullable().describe('1-based line of the quote in file; null when file is null.'),
    quote: schemas/* string */.YjP()
        .describe('Verbatim text of the clause. For a catalogue clause, the card metadata line that names the licence.'),
    source: schemas/* enum */.k5n(['text', 'catalogue'])
        .optional()
        .describe('text: found in a file of the repository; catalogue: known from the licence id only.'),
    summary: schemas/* string */.YjP()
        .optional()
        .describe("The catalogue's one-line summary of the clause (catalogue clauses)."),
    appliesTo: schemas/* strictObject */.rej({
        models: schemas/* string */.YjP()
            .describe('The words of the licence text that name the models or variants, e.g. "the Heron-70B model".'),
        statedIn: schemas/* enum */.k5n(['sentence', 'section', 'file'])
            .describe("Where the text names them: the clause's own sentence, its section, or the file's title or opening.")
    })
        .optional()
        .describe('The models or variants this clause binds when its licence text names them (a research licence for one model size); absent when it binds every model.')
})
    .describe('A clause of a licence or use policy that matters for openness.');
const licenseSchema = schemas/* strictObject */.rej({
    file: schemas/* string */.YjP()
        .nullable()
        .describe('Path of the licence file or card, relative to the audited root; null when not from a file.'),
    id: schemas/* string */.YjP()
        .nullable()
        .describe('SPDX id or expression, or catalogue id (the Hub id where one exists); null when unidentified.'),
    name: schemas/* string */.YjP().describe('Human-readable licence name.'),
    source: schemas/* enum */.k5n(LICENSE_SOURCES)
        .describe('file: a licence text; card: card metadata (license:); card-text: the prose of the card.'),
    confidence: schemas/* number */.aig().min(0).max(1).describe('How sure the identification is, from 0 to 1.'),
    matcher: schemas/* enum */.k5n(LICENSE_MATCHERS).describe('Which matcher decided the identification, licensee-style.'),
    component: schemas/* enum */.k5n(LICENSE_COMPONENTS)
        .describe('Which part of the release the licence governs, when its file name or text says so.'),
    line: line.optional().describe('1-based line of the `license:` key (source card) or of the mention.'),
    modifiedFrom: schemas/* string */.YjP()
        .optional()
        .describe('The standard SPDX licence this text is with sentences added or changed; id is then `LicenseRef-<id>-modified`.'),
    addedText: schemas/* array */.YOg(schemas/* strictObject */.rej({
        line: line.describe('1-based line where the sentence starts.'),
        text: schemas/* string */.YjP().describe('The added or changed sentence, whitespace collapsed.')
    })
        .describe('A sentence the standard text does not have.'))
        .optional()
        .describe('The sentences added to or changed in the standard text (at most 5), in order.')
})
    .describe('One licence identified for a model.');
const osaidRequirementSchema = schemas/* strictObject */.rej({
    id: schemas/* enum */.k5n(OSAID_REQUIREMENT_IDS).describe('The OSAID 1.0 requirement.'),
    verdict: osaidVerdict.describe('pass, fail, or unknown when the repository gives too little to decide.'),
    reason: schemas/* string */.YjP().describe('Why, in one sentence; for unknown, what would decide it.'),
    evidence: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Files, lines and links the verdict rests on.')
})
    .describe('The verdict on one requirement of the OSI Open Source AI Definition 1.0.');
const mofProgressSchema = schemas/* strictObject */.rej({
    '1': schemas/* number */.aig().min(0).max(100).describe('Percent of Class I (open science) components met.'),
    '2': schemas/* number */.aig().min(0).max(100).describe('Percent of Class II (open tooling) components met.'),
    '3': schemas/* number */.aig().min(0).max(100).describe('Percent of Class III (open model) components met.')
})
    .describe('Progress towards each Model Openness Framework class, in percent.');
const baseModelSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().describe('The base model as the card names it (Hub id).'),
    licenseId: schemas/* string */.YjP().nullable().describe('Licence of the base model; null when unknown.'),
    source: schemas/* enum */.k5n(BASE_MODEL_SOURCES)
        .describe('Where the licence came from: the built-in catalogue, the Hugging Face Hub, or unknown.'),
    line: line
        .optional()
        .describe('1-based line of the card that names it: the `base_model:` key, or the sentence that says so.')
})
    .describe('A base model this model is derived from.');
const MODEL_SOURCE_KINDS = ['hub'];
const modelSourceSchema = schemas/* strictObject */.rej({
    kind: schemas/* enum */.k5n(MODEL_SOURCE_KINDS)
        .describe('hub: the model was read on the Hugging Face Hub (audit hf:OWNER/NAME).'),
    id: schemas/* string */.YjP().describe('The model on the Hub, OWNER/NAME.'),
    revision: schemas/* string */.YjP().describe('The commit audited.'),
    url: schemas/* string */.YjP().describe("The model's page; its files are at {url}/blob/{revision}/{file}.")
})
    .describe('Where the model was read when it is not in the audited folder. Its paths (card, licences, clauses, findings) are as in that repository.');
const modelReportSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().describe('Folder of the model, relative to the audited root ("." for the root).'),
    variant: schemas/* string */.YjP()
        .optional()
        .describe('Set when the card names several models with licences of their own (a table or list): the named model this entry is. Entries of one folder share its path; path and variant together identify the entry.'),
    card: schemas/* string */.YjP()
        .nullable()
        .describe('Path of the model card, relative to the audited root; null when none.'),
    name: schemas/* string */.YjP().optional().describe('Model name, from the card (model_name, title) or the folder.'),
    licenses: schemas/* array */.YOg(licenseSchema).describe('Every licence identified for the model.'),
    osaid: osaidVerdict.describe('OSAID 1.0 verdict over all requirements.'),
    osaidRequirements: schemas/* array */.YOg(osaidRequirementSchema)
        .optional()
        .describe('Why the OSAID verdict is what it is, one entry per requirement.'),
    mofClass: schemas/* literal */.euz([1, 2, 3])
        .nullable()
        .describe('Model Openness Framework class reached (1 is the most open); null when unclassified.'),
    mofProgress: mofProgressSchema.optional(),
    clauses: schemas/* array */.YOg(clauseSchema).describe('Clauses found in the licences and use policies of the model.'),
    findings: schemas/* array */.YOg(findingSchema).describe('Findings about this model, most severe first.'),
    verdict: verdict.optional().describe('fail when a finding of this model is at or above failOn.'),
    baseModels: schemas/* array */.YOg(baseModelSchema).optional().describe('Base models named by the card (base_model:).'),
    source: modelSourceSchema.optional()
})
    .describe('The audit of one model found in the repository.');
const reportSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(REPORT_SCHEMA_VERSION).describe('Version of this report format.'),
    tool: schemas/* strictObject */.rej({
        name: schemas/* literal */.euz('model-openness-audit').describe('Always model-openness-audit.'),
        version: schemas/* string */.YjP().describe('Version of the tool that wrote the report.')
    })
        .describe('The tool that wrote the report.'),
    verdict: verdict.describe('fail when any finding is at or above failOn.'),
    policy: schemas/* enum */.k5n(schema/* POLICIES */.PQ).optional().describe('The policy the audit applied.'),
    failOn: schemas/* enum */.k5n(schema/* FAIL_ON */.d$).optional().describe('The severity at which a finding fails the check.'),
    shard: schemas/* strictObject */.rej({
        index: schemas/* number */.aig().int().positive().describe('Which slice this report covers, from 1 to count.'),
        count: schemas/* number */.aig().int().positive().describe('How many slices the model roots were cut into.')
    })
        .optional()
        .describe('Set when only a slice of the model roots was audited (`--shard K/N`); `merge` joins the slices.'),
    models: schemas/* array */.YOg(modelReportSchema).describe('One entry per model found.'),
    findings: schemas/* array */.YOg(findingSchema)
        .describe('Findings about the repository rather than one model (configuration, discovery).')
})
    .describe('The JSON report of Model Openness Audit.');

;// CONCATENATED MODULE: ./src/report/merge.ts
// Joins the reports of shards (`audit --shard K/N`) into the report one run over the whole
// repository would have written: models in report order, repository-level findings (which every
// shard sees) once, and the verdict worked out again from the joined findings by the same fail-on.
// SARIF logs are joined too: the runs of one tool become one run.



/** The inputs cannot be joined (they disagree, a shard is missing, a file is not a report). */
class MergeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MergeError';
    }
}
/** Checks that `json` has the shape of a JSON report; names the first problem otherwise. */
function asReport(json, file) {
    const parsed = reportSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        throw new MergeError(`${file}: not a model-openness JSON report (${where}${issue.message})`);
    }
    return json;
}
function sameSetting(inputs, what, get) {
    const first = inputs[0];
    for (const other of inputs.slice(1)) {
        if (get(other.report) !== get(first.report))
            throw new MergeError(`${other.file} was written with ${what} ${String(get(other.report))}, ${first.file} with ${what} ${String(get(first.report))}: merge only the shards of one run`);
    }
}
/** Every shard of one run, each once; or reports without shards, whose models do not overlap. */
function checkShards(inputs) {
    const sharded = inputs.filter(i => i.report.shard);
    if (sharded.length === 0)
        return;
    if (sharded.length !== inputs.length) {
        const plain = inputs.find(i => !i.report.shard);
        throw new MergeError(`${plain.file} is a whole run, ${sharded[0].file} is shard ${sharded[0].report.shard.index}/${sharded[0].report.shard.count}: merge only the shards of one run`);
    }
    sameSetting(inputs, 'a shard count of', r => r.shard.count);
    const count = inputs[0].report.shard.count;
    const byIndex = new Map();
    for (const { file, report } of inputs) {
        const { index } = report.shard;
        const earlier = byIndex.get(index);
        if (earlier)
            throw new MergeError(`shard ${index}/${count} is given twice: ${earlier} and ${file}`);
        byIndex.set(index, file);
    }
    const missing = [];
    for (let k = 1; k <= count; k++)
        if (!byIndex.has(k))
            missing.push(k);
    if (missing.length > 0)
        throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} missing: a merged report must cover every model, so merge the reports of all ${count} shards`);
}
/** A finding's identity: the same finding seen by several shards is kept once. */
function findingKey(f) {
    return JSON.stringify([f.rule, f.category, f.severity, f.message, f.file, f.line, f.evidence, f.status]);
}
function mergeReports(inputs) {
    if (inputs.length === 0)
        throw new MergeError('nothing to merge');
    sameSetting(inputs, 'schema version', r => r.schemaVersion);
    sameSetting(inputs, 'model-openness-audit', r => r.tool.version);
    sameSetting(inputs, 'policy', r => r.policy);
    sameSetting(inputs, 'fail-on', r => r.failOn);
    checkShards(inputs);
    const first = inputs[0].report;
    const failOn = first.failOn ?? 'error';
    const models = [];
    const owner = new Map();
    for (const { file, report } of inputs) {
        for (const m of report.models) {
            const earlier = owner.get(m.path);
            if (earlier !== undefined)
                throw new MergeError(`model ${m.path} is in both ${earlier} and ${file}: the reports overlap (merge the shards of one run, each once)`);
            owner.set(m.path, file);
            models.push({ ...m, verdict: m.findings.some(f => (0,engine/* failsAt */.ZN)(f, failOn)) ? 'fail' : 'pass' });
        }
    }
    models.sort((a, b) => (0,order/* compareModelPaths */.P0)(a.path, b.path));
    const seen = new Set();
    const repository = [];
    for (const { report } of inputs)
        for (const f of report.findings) {
            const key = findingKey(f);
            if (seen.has(key))
                continue;
            seen.add(key);
            repository.push(f);
        }
    const findings = (0,order/* sortFindings */.Tc)(repository);
    const failed = findings.some(f => (0,engine/* failsAt */.ZN)(f, failOn)) || models.some(m => m.verdict === 'fail');
    return {
        schemaVersion: first.schemaVersion,
        tool: first.tool,
        verdict: failed ? 'fail' : 'pass',
        ...(first.policy !== undefined ? { policy: first.policy } : {}),
        ...(first.failOn !== undefined ? { failOn: first.failOn } : {}),
        models,
        findings
    };
}
/** Recognises a SARIF 2.1.0 log: a version and runs, each naming its tool. */
function isSarif(json) {
    if (typeof json !== 'object' || json === null)
        return false;
    const o = json;
    return typeof o['version'] === 'string' && Array.isArray(o['runs']);
}
function asSarif(json, file) {
    if (!isSarif(json))
        throw new MergeError(`${file}: not a SARIF log`);
    if (json.version !== '2.1.0')
        throw new MergeError(`${file}: SARIF ${json.version}; only 2.1.0 is merged`);
    json.runs.forEach((run, i) => {
        if (typeof run?.tool?.driver?.name !== 'string')
            throw new MergeError(`${file}: runs.${i}.tool.driver.name is missing`);
        if (run.results !== undefined && !Array.isArray(run.results))
            throw new MergeError(`${file}: runs.${i}.results is not a list`);
        if (run.tool.driver.rules !== undefined && !Array.isArray(run.tool.driver.rules))
            throw new MergeError(`${file}: runs.${i}.tool.driver.rules is not a list`);
    });
    return json;
}
/** Runs of one tool and category are one run of the merged log (code scanning takes one per category). */
function runKey(run) {
    const category = run.automationDetails?.id?.replace(/\/[^/]*$/, '') ?? '';
    return JSON.stringify([run.tool.driver.name, category]);
}
/**
 * Joins SARIF logs: the runs of one tool and category become one run, its rules the union of
 * theirs (by id) and its results all of theirs, each result once, its ruleIndex pointing into the
 * joined rules. Runs that list artifacts (which results point into by index) are kept apart.
 */
function mergeSarif(inputs) {
    if (inputs.length === 0)
        throw new MergeError('nothing to merge');
    const runs = [];
    const joined = new Map();
    for (const { log } of inputs) {
        for (const run of log.runs) {
            if (run.artifacts) {
                runs.push(run);
                continue;
            }
            const key = runKey(run);
            let target = joined.get(key);
            if (!target) {
                const copy = {
                    ...run,
                    tool: { ...run.tool, driver: { ...run.tool.driver, rules: [] } },
                    results: []
                };
                target = { run: copy, ruleIndex: new Map(), seen: new Set() };
                joined.set(key, target);
                runs.push(copy);
            }
            const rules = target.run.tool.driver.rules;
            const local = run.tool.driver.rules ?? [];
            for (const rule of local) {
                if (!target.ruleIndex.has(rule.id)) {
                    target.ruleIndex.set(rule.id, rules.length);
                    rules.push(rule);
                }
            }
            for (const result of run.results ?? []) {
                const id = result.ruleId ?? (result.ruleIndex !== undefined ? local[result.ruleIndex]?.id : undefined);
                const moved = { ...result };
                if (id !== undefined && target.ruleIndex.has(id))
                    moved.ruleIndex = target.ruleIndex.get(id);
                else
                    delete moved.ruleIndex;
                const k = JSON.stringify(moved);
                if (target.seen.has(k))
                    continue;
                target.seen.add(k);
                target.run.results.push(moved);
            }
        }
    }
    for (const { run } of joined.values())
        if (run.tool.driver.rules.length === 0)
            delete run.tool.driver.rules;
    const first = inputs[0].log;
    return { ...first, runs };
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/cli/verdict-line.ts
var verdict_line = __webpack_require__(1334);
;// CONCATENATED MODULE: ./src/cli/merge-command.ts
// `model-openness merge REPORT.json...`: joins the reports of shards into one, in any report format;
// or joins SARIF logs into one SARIF log.




async function runMerge(cmd, io) {
    try {
        const reports = [];
        const logs = [];
        for (const file of cmd.files) {
            const text = await (0,cli_io/* readInput */.R5)(io, file, 'a report');
            let json;
            try {
                json = JSON.parse(text);
            }
            catch (err) {
                throw new cli_io/* InputError */.dz(`${file}: not JSON (${err.message})`);
            }
            if (isSarif(json))
                logs.push({ file, log: asSarif(json, file) });
            else
                reports.push({ file, report: asReport(json, file) });
        }
        if (logs.length > 0 && reports.length > 0)
            throw new cli_io/* InputError */.dz(`${logs[0].file} is a SARIF log, ${reports[0].file} a JSON report: merge one kind (JSON reports can be written as SARIF with --format sarif)`);
        if (logs.length > 0) {
            if (cmd.format !== 'sarif')
                throw new cli_io/* InputError */.dz(`SARIF logs merge into SARIF only (--format sarif); merge the JSON reports for --format ${cmd.format}`);
            await (0,cli_io/* emit */.Ic)(io, JSON.stringify(mergeSarif(logs), null, 2) + '\n', cmd.output);
            // A SARIF log has no verdict: only the reports decide pass or fail.
            return 0;
        }
        const report = mergeReports(reports);
        const out = await (0,render/* renderReport */.B)(cmd.format, report, {
            text: { color: (0,cli_io/* useColor */.by)(cmd.color, io, cmd.output), width: (0,cli_io/* textWidth */.sc)(io), summary: cmd.summary }
        });
        await (0,cli_io/* emit */.Ic)(io, out, cmd.output);
        if (cmd.output)
            io.stderr((0,verdict_line/* verdictLine */.M)(report, cmd.output));
        return report.verdict === 'pass' ? 0 : 1;
    }
    catch (err) {
        if (err instanceof MergeError)
            throw new cli_io/* InputError */.dz(err.message);
        throw err;
    }
}


/***/ })

};
;