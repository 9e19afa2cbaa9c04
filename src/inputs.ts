// The action's inputs, read in one place. Empty inputs stay undefined so that the config file and
// the schema's defaults decide (action.yml declares no defaults for that reason).
import path from 'node:path'
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
import { isContained } from './paths/contained.js'
import { HubRefError, parseModelList, type HubRef } from './hub/id.js'

/** The `models` input: Hub ids one a line (`#` comments); a line that is not one is a ConfigError. */
function modelsInput(): HubRef[] | undefined {
  const text = optional('models')
  if (text === undefined) return undefined
  try {
    const refs = parseModelList(text, "input 'models'")
    return refs.length > 0 ? refs : undefined
  } catch (err) {
    if (err instanceof HubRefError) throw new ConfigError(err.message, 'action inputs', 'models')
    throw err
  }
}

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
  /** `models`: Hugging Face Hub models to audit instead of `path` (one OWNER/NAME[@REV] a line). */
  models?: HubRef[]
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
    reportFile: optional('report-file'),
    models: modelsInput()
  }
}

export interface InputPaths {
  /** The audited folder. */
  root: string
  /** Where outputs go. */
  reportFile?: string
  sarifFile?: string
}

/**
 * The path inputs, resolved against the workspace and checked, symbolic links resolved: `path`
 * must lie inside the workspace, `report-file` and `sarif-file` inside it or inside RUNNER_TEMP.
 * (`config` is checked when it is read: loadConfig with `within` the workspace.) The values
 * themselves are never echoed: a ConfigError names the input only.
 */
export async function resolveInputPaths(
  inputs: Pick<ActionInputs, 'path' | 'reportFile' | 'sarifFile'>,
  workspace: string,
  runnerTemp?: string
): Promise<InputPaths> {
  const root = path.resolve(workspace, inputs.path)
  if (!(await isContained(root, [workspace])))
    throw new ConfigError(
      `input 'path': must name a folder inside the workspace (GITHUB_WORKSPACE)`,
      'action inputs',
      'path'
    )
  const outputBases = runnerTemp ? [workspace, runnerTemp] : [workspace]
  const output = async (name: string, value: string | undefined): Promise<string | undefined> => {
    if (value === undefined) return undefined
    const file = path.resolve(workspace, value)
    if (!(await isContained(file, outputBases)))
      throw new ConfigError(
        `input '${name}': must name a file inside the workspace or RUNNER_TEMP`,
        'action inputs',
        name
      )
    return file
  }
  return {
    root,
    reportFile: await output('report-file', inputs.reportFile),
    sarifFile: await output('sarif-file', inputs.sarifFile)
  }
}
