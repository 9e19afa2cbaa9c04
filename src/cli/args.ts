// Command-line parsing for `model-openness`. Usage mistakes throw UsageError (exit 2).
import { parseArgs } from 'node:util'
import { POLICIES, FAIL_ON, UNKNOWN_LICENSE } from '../config/schema.js'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const AUDIT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'mof'] as const
export type AuditFormat = (typeof AUDIT_FORMATS)[number]

export const USAGE = `Usage:
  model-openness audit [PATH] [options]
  model-openness mof FILE... [--format text|json] [--output FILE]
  model-openness --help | --version

Commands:
  audit   Audit the model repository at PATH (default: the current folder).
  mof     Classify Model Openness Tool YAML entries: MOF class 1-3 (0 = unclassified) and
          the progress toward each class.

Options for audit:
  -c, --config FILE     configuration file (default: PATH/.github/model-openness.yml when present)
  -p, --policy NAME     ${POLICIES.join(', ')}
      --fail-on LEVEL   fail when a finding is at or above LEVEL: ${FAIL_ON.join(', ')}
  -f, --format FORMAT   text (default), json, markdown, sarif, or mof (the repository's MOT entry)
  -o, --output FILE     write the report to FILE instead of standard output
      --summary         text format: only the verdict and one line per model
      --hub-lookup      ask the Hugging Face Hub (HF_ENDPOINT) for base models not in the catalogue
      --unknown-license EFFECT
                        a licence that cannot be read or recognised: fail, warn (default), ignore
      --color, --no-color
                        colour the text report (default: on a terminal, unless NO_COLOR is set)

Options for mof:
  -f, --format FORMAT   text (default) or json
  -o, --output FILE     write the result to FILE instead of standard output

  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 verdict pass, 1 verdict fail, 2 usage or configuration error.
Examples:
  model-openness audit models/heron --policy mof-class-2
  model-openness audit . --format sarif -o results.sarif`

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
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  summary: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'audit'
      path: string
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
  if (!sub) throw new UsageError('missing command: audit or mof')
  if (sub === 'audit') {
    if (rest.length > 1)
      throw new UsageError(`audit takes one PATH, got ${rest.length}: ${rest.map(r => `'${r}'`).join(' ')}`)
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
    return {
      kind: 'audit',
      path: rest[0] ?? '.',
      config: values.config,
      policy: values.policy,
      failOn: values['fail-on'],
      format,
      output: values.output,
      hubLookup: values['hub-lookup'],
      unknownLicense: unknown,
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
        'color',
        'no-color',
        'summary'
      ] as const
    ).filter(k => values[k] !== undefined)
    if (auditOnly.length > 0)
      throw new UsageError(`${auditOnly.map(k => `--${k}`).join(', ')}: only for audit, not for mof`)
    const format = values.format ?? 'text'
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`mof --format must be text or json, got '${format}'`)
    return { kind: 'mof', files: rest, format, output: values.output }
  }
  throw new UsageError(`unknown command '${sub}': use audit or mof`)
}

/** node:util parseArgs explains at length how to pass a positional that starts with '-': keep the point. */
function shortParseError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (unknown) return `unknown option '${unknown[1]}'`
  const missing = /^Option '([^']+)' argument missing/.exec(message)
  if (missing) return `option '${missing[1].replace(/^-\w, /, '').replace(/ <value>$/, '')}' needs a value`
  return message.replace(/\. To specify a positional argument.*$/s, '')
}
