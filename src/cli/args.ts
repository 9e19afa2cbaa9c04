// Command-line parsing for `model-openness`. Usage mistakes throw UsageError (exit 2).
// Loaded before anything else: it imports nothing heavier than a list of names.
import { parseArgs } from 'node:util'
import { FAIL_ON, POLICIES, UNKNOWN_LICENSE } from '../config/names.js'
import { parseShard, type Shard } from '../shard-spec.js'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const AUDIT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'mof'] as const
export type AuditFormat = (typeof AUDIT_FORMATS)[number]
export const MERGE_FORMATS = ['json', 'sarif', 'markdown', 'text'] as const
export type MergeFormat = (typeof MERGE_FORMATS)[number]

export const USAGE = `Usage:
  model-openness audit [PATH...] [options]
  model-openness merge REPORT.json... [--format json|sarif|markdown|text] [--output FILE]
  model-openness mof FILE... [--format text|json] [--output FILE]
  model-openness --help | --version

Commands:
  audit   Audit the model repository at PATH (default: the current folder). PATH may be
          hf:OWNER/NAME[@REVISION], a model on the Hugging Face Hub (HF_ENDPOINT, HF_TOKEN):
          read through its API, weights never downloaded. Several PATHs make one report.
  merge   Join the JSON reports of the shards of one run (audit --shard K/N) into one report,
          as one run would have written it; or join SARIF logs into one.
  mof     Classify Model Openness Tool YAML entries: MOF class 1-3 (0 = unclassified) and
          the progress toward each class.

Options for audit:
  -c, --config FILE     configuration file (default: PATH/.github/model-openness.yml when present)
  -p, --policy NAME     ${POLICIES.join(', ')}
      --fail-on LEVEL   fail when a finding is at or above LEVEL: ${FAIL_ON.join(', ')}
  -f, --format FORMAT   text (default), json, markdown, sarif, or mof (the repository's MOT entry)
  -o, --output FILE     write the report to FILE instead of standard output
      --summary         text format: only the verdict and one line per model
      --hub-lookup      read base models that are not in the catalogue on the Hugging Face Hub
      --models FILE     also audit the Hub models listed in FILE (OWNER/NAME[@REV], one a line, # comments)
      --api-deadline S  seconds for all Hub requests of the run (default 60)
      --sarif-root DIR  sarif format: paths relative to DIR (default: the git top level of PATH)
      --sarif-category NAME
                        sarif format: automationDetails.id (default model-openness/<path in repo>)
      --unknown-license EFFECT
                        a licence that cannot be read or recognised: fail, warn (default), ignore
      --shard K/N       audit only the K-th of N slices of the model roots (1 <= K <= N); the
                        split depends only on each model's path, so it is the same on every machine
      --color, --no-color
                        colour the text report (default: on a terminal, unless NO_COLOR is set)

Options for merge:
  -f, --format FORMAT   json (default), sarif, markdown or text; SARIF logs merge into sarif only
  -o, --output FILE     write the merged report to FILE instead of standard output
      --summary, --color, --no-color
                        as for audit, with the text format

Options for mof:
  -f, --format FORMAT   text (default) or json
  -o, --output FILE     write the result to FILE instead of standard output

  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 verdict pass, 1 verdict fail, 2 usage or configuration error.
Examples:
  model-openness audit models/heron --policy mof-class-2
  model-openness audit . --format sarif -o results.sarif
  model-openness audit hf:OWNER/NAME --format json
  model-openness audit --models models.txt --format json -o report.json
  model-openness audit . --shard 2/4 --format json -o shard-2.json
  model-openness merge shard-*.json --format markdown -o summary.md`

/** The synopsis, printed after a usage mistake. */
export const SHORT_USAGE = `${USAGE.split('\n\n')[0]}
Run 'model-openness --help' for the options.`

/** Every option the CLI accepts (the help text lists each one; a test checks it). */
export const OPTIONS = {
  config: { type: 'string', short: 'c' },
  policy: { type: 'string', short: 'p' },
  'fail-on': { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'hub-lookup': { type: 'boolean' },
  'unknown-license': { type: 'string' },
  models: { type: 'string' },
  'api-deadline': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  summary: { type: 'boolean' },
  shard: { type: 'string' },
  'sarif-root': { type: 'string' },
  'sarif-category': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'audit'
      /** The first PATH (or '.'). */
      path: string
      /** Every PATH given (folders and hf:OWNER/NAME[@REV]); empty when none was. */
      paths: string[]
      /** --models FILE: Hub ids, one a line. */
      models?: string
      /** --api-deadline, in milliseconds. */
      apiDeadlineMs?: number
      config?: string
      policy?: string
      failOn?: string
      format: AuditFormat
      output?: string
      hubLookup?: boolean
      unknownLicense?: string
      /** true/false when --color/--no-color was given; undefined: decide from the terminal. */
      color?: boolean
      summary?: boolean
      shard?: Shard
      sarifRoot?: string
      sarifCategory?: string
    }
  | {
      kind: 'merge'
      files: string[]
      format: MergeFormat
      output?: string
      color?: boolean
      summary?: boolean
    }
  | { kind: 'mof'; files: string[]; format: 'text' | 'json'; output?: string }

export function parseCommand(argv: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS
    })
  } catch (err) {
    throw new UsageError(shortParseError((err as Error).message))
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const [sub, ...rest] = positionals
  if (!sub) throw new UsageError('missing command: audit, merge or mof')
  if (sub === 'audit') {
    let apiDeadlineMs: number | undefined
    if (values['api-deadline'] !== undefined) {
      const secs = Number(values['api-deadline'])
      if (!/^\d+(\.\d+)?$/.test(values['api-deadline'].trim()) || !(secs > 0) || secs > 3600)
        throw new UsageError(
          `--api-deadline must be a positive number of seconds, at most 3600, got '${values['api-deadline']}'`
        )
      apiDeadlineMs = Math.round(secs * 1000)
    }
    if (values.color && values['no-color']) throw new UsageError('give --color or --no-color, not both')
    const format = (values.format ?? 'text') as AuditFormat
    if (values.summary && values.format !== undefined && values.format !== 'text')
      throw new UsageError('--summary is for the text format only')
    if (!AUDIT_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${AUDIT_FORMATS.join(', ')}, got '${values.format}'`)
    if (values.policy !== undefined && !(POLICIES as readonly string[]).includes(values.policy)) {
      throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, got '${values.policy}'`)
    }
    if (values['fail-on'] !== undefined && !(FAIL_ON as readonly string[]).includes(values['fail-on'])) {
      throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${values['fail-on']}'`)
    }
    const unknown = values['unknown-license']
    if (unknown !== undefined && !(UNKNOWN_LICENSE as readonly string[]).includes(unknown)) {
      throw new UsageError(`--unknown-license must be one of ${UNKNOWN_LICENSE.join(', ')}, got '${unknown}'`)
    }
    let shard: Shard | undefined
    if (values.shard !== undefined) {
      const parsedShard = parseShard(values.shard)
      if (typeof parsedShard === 'string') throw new UsageError(parsedShard)
      shard = parsedShard
    }
    return {
      kind: 'audit',
      path: rest[0] ?? '.',
      paths: rest,
      models: values.models,
      apiDeadlineMs,
      config: values.config,
      policy: values.policy,
      failOn: values['fail-on'],
      format,
      output: values.output,
      hubLookup: values['hub-lookup'],
      unknownLicense: unknown,
      color: values['no-color'] ? false : values.color ? true : undefined,
      summary: values.summary,
      ...(shard ? { shard } : {}),
      ...(values['sarif-root'] !== undefined ? { sarifRoot: values['sarif-root'] } : {}),
      ...(values['sarif-category'] !== undefined ? { sarifCategory: values['sarif-category'] } : {})
    }
  }
  if (sub === 'merge') {
    if (rest.length === 0) throw new UsageError('merge needs at least one report (REPORT.json...)')
    const auditOnly = (
      [
        'config',
        'policy',
        'fail-on',
        'hub-lookup',
        'unknown-license',
        'shard',
        'models',
        'api-deadline',
        'sarif-root',
        'sarif-category'
      ] as const
    ).filter(k => values[k] !== undefined)
    if (auditOnly.length > 0)
      throw new UsageError(
        `${auditOnly.map(k => `--${k}`).join(', ')}: only for audit, not for merge (the reports carry their policy)`
      )
    if (values.color && values['no-color']) throw new UsageError('give --color or --no-color, not both')
    const format = (values.format ?? 'json') as MergeFormat
    if (!MERGE_FORMATS.includes(format))
      throw new UsageError(
        `merge --format must be one of ${MERGE_FORMATS.join(', ')}, got '${values.format}'`
      )
    if (values.summary && format !== 'text') throw new UsageError('--summary is for the text format only')
    return {
      kind: 'merge',
      files: rest,
      format,
      output: values.output,
      color: values['no-color'] ? false : values.color ? true : undefined,
      summary: values.summary
    }
  }
  if (sub === 'mof') {
    if (rest.length === 0) throw new UsageError('mof needs at least one YAML file')
    const auditOnly = (
      [
        'config',
        'policy',
        'fail-on',
        'hub-lookup',
        'unknown-license',
        'models',
        'api-deadline',
        'color',
        'no-color',
        'summary',
        'shard',
        'sarif-root',
        'sarif-category'
      ] as const
    ).filter(k => values[k] !== undefined)
    if (auditOnly.length > 0)
      throw new UsageError(`${auditOnly.map(k => `--${k}`).join(', ')}: only for audit, not for mof`)
    const format = values.format ?? 'text'
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`mof --format must be text or json, got '${format}'`)
    return { kind: 'mof', files: rest, format, output: values.output }
  }
  throw new UsageError(`unknown command '${sub}': use audit, merge or mof`)
}

/** node:util parseArgs explains at length how to pass a positional that starts with '-': keep the point. */
function shortParseError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (unknown) return `unknown option '${unknown[1]}'`
  const missing = /^Option '([^']+)' argument missing/.exec(message)
  if (missing) return `option '${missing[1].replace(/^-\w, /, '').replace(/ <value>$/, '')}' needs a value`
  return message.replace(/\. To specify a positional argument.*$/s, '')
}
