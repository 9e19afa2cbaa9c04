// Command-line parsing for `model-openness`. Usage mistakes throw UsageError (exit 2).
import { parseArgs } from 'node:util'
import { POLICIES, FAIL_ON } from '../config/schema.js'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const AUDIT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'mof'] as const
export type AuditFormat = (typeof AUDIT_FORMATS)[number]

export const USAGE = `Usage:
  model-openness audit [PATH] [--config FILE] [--policy NAME] [--fail-on LEVEL]
                       [--format text|json|markdown|sarif|mof] [--output FILE] [--hub-lookup]
  model-openness mof FILE... [--format text|json]
  model-openness --help | --version

audit   Audit the model repository at PATH (default .). Exit 0 pass, 1 fail, 2 usage or config error.
mof     Classify Model Openness Tool YAML entries (MOF class 1-3, 0 = unclassified).

Policies: ${POLICIES.join(', ')}. Fail on: ${FAIL_ON.join(', ')}.`

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
    }
  | { kind: 'mof'; files: string[]; format: 'text' | 'json'; output?: string }

export function parseCommand(argv: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        policy: { type: 'string', short: 'p' },
        'fail-on': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'hub-lookup': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const [sub, ...rest] = positionals
  if (!sub) throw new UsageError('missing command: audit or mof')
  if (sub === 'audit') {
    if (rest.length > 1) throw new UsageError(`audit takes one PATH, got ${rest.length}`)
    const format = (values.format ?? 'text') as AuditFormat
    if (!AUDIT_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${AUDIT_FORMATS.join(', ')}, got '${values.format}'`)
    if (values.policy !== undefined && !(POLICIES as readonly string[]).includes(values.policy)) {
      throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, got '${values.policy}'`)
    }
    if (values['fail-on'] !== undefined && !(FAIL_ON as readonly string[]).includes(values['fail-on'])) {
      throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${values['fail-on']}'`)
    }
    return {
      kind: 'audit',
      path: rest[0] ?? '.',
      config: values.config,
      policy: values.policy,
      failOn: values['fail-on'],
      format,
      output: values.output,
      hubLookup: values['hub-lookup']
    }
  }
  if (sub === 'mof') {
    if (rest.length === 0) throw new UsageError('mof needs at least one YAML file')
    const format = values.format ?? 'text'
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`mof --format must be text or json, got '${format}'`)
    return { kind: 'mof', files: rest, format, output: values.output }
  }
  throw new UsageError(`unknown command '${sub}': use audit or mof`)
}
