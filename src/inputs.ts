// The action's inputs, read in one place. Empty inputs stay undefined so that the config file and
// the schema's defaults decide (action.yml declares no defaults for that reason).
import * as core from '@actions/core'
import {
  COMMENT_MODES,
  FAIL_ON,
  POLICIES,
  UNKNOWN_LICENSE,
  type CommentMode,
  type UnknownLicense
} from './config/schema.js'
import { ConfigError } from './config/load.js'

export interface ActionInputs {
  path: string
  config?: string
  policy?: string
  failOn?: string
  comment?: CommentMode
  commentTag?: string
  token: string
  hubLookup?: boolean
  unknownLicense?: UnknownLicense
  sarifFile?: string
  reportFile?: string
}

function optional(name: string): string | undefined {
  const v = core.getInput(name).trim()
  return v === '' ? undefined : v
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const v = optional(name)
  if (v === undefined) return undefined
  if (!(allowed as readonly string[]).includes(v)) {
    throw new ConfigError(
      `input '${name}': must be one of ${allowed.join(', ')}, got '${v}'`,
      'action inputs',
      name
    )
  }
  return v as T
}

export function readInputs(): ActionInputs {
  const hub = optional('hub-lookup')
  if (hub !== undefined && !['true', 'false'].includes(hub.toLowerCase())) {
    throw new ConfigError(
      `input 'hub-lookup': must be true or false, got '${hub}'`,
      'action inputs',
      'hub-lookup'
    )
  }
  return {
    path: optional('path') ?? '.',
    config: optional('config'),
    policy: oneOf('policy', POLICIES),
    failOn: oneOf('fail-on', FAIL_ON),
    comment: oneOf('comment', COMMENT_MODES),
    commentTag: optional('comment-tag'),
    token: optional('github-token') ?? process.env['GITHUB_TOKEN'] ?? '',
    hubLookup: hub === undefined ? undefined : hub.toLowerCase() === 'true',
    unknownLicense: oneOf('unknown-license', UNKNOWN_LICENSE),
    sarifFile: optional('sarif-file'),
    reportFile: optional('report-file')
  }
}
