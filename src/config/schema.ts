// The configuration file (.github/model-openness.yml) and its defaults. Defaults live here, not in
// action.yml, so that a value in the config file is never silently overridden by an input default.
import { z } from 'zod'
import { FAIL_ON, POLICIES, UNKNOWN_LICENSE } from './names.js'
export {
  FAIL_ON,
  POLICIES,
  UNKNOWN_LICENSE,
  type FailOn,
  type PolicyName,
  type UnknownLicense
} from './names.js'

export const COMMENT_MODES = ['always', 'on-failure', 'on-change', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

const severity = z
  .enum(['off', 'note', 'warning', 'error'])
  .describe('off switches the rule off; note, warning or error set the severity of its findings.')

/** Paths are relative to the audited root: "./data/**" and "/data/**" mean "data/**". */
export function normalizeConfigPath(p: string): string {
  let out = p.trim().replace(/\\/g, '/')
  while (out.startsWith('./') || (out.startsWith('/') && out.length > 1)) out = out.replace(/^\.?\/+/, '')
  return out === '' || out === '.' ? '**' : out
}

export const waiverSchema = z
  .object({
    rule: z
      .string()
      .min(1)
      .describe('Id of the rule whose findings are waived, e.g. license/no-user-threshold.'),
    path: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Glob of model paths the waiver applies to (relative to the audited root); all models when absent.'
      ),
    model: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Name of one model as the report names it (a variant's name too, e.g. Heron-70B), matched without regard to case; with path, both must match."
      ),
    reason: z
      .string()
      .trim()
      .min(1, 'a waiver needs a reason')
      .describe('Why the findings are acceptable, e.g. an approval and its ticket.'),
    expires: z
      .union([z.string(), z.date()])
      .transform(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine(
        v => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
        'expires must be a date YYYY-MM-DD'
      )
      .optional()
      .describe('Date YYYY-MM-DD after which the waiver no longer applies (and is reported).')
  })
  .strict()
  .describe('A reviewed exception: findings of one rule, optionally in some models, until a date.')
export type Waiver = z.infer<typeof waiverSchema>

export const configSchema = z
  .object({
    // Lets editors find the JSON Schema (`$schema: https://…/config.schema.json`); not used otherwise.
    $schema: z.string().optional().describe('URL of this JSON Schema, for editors; ignored by the audit.'),
    policy: z
      .enum(POLICIES)
      .default('osaid')
      .describe('The openness profile to enforce: which rules run and at which severity.'),
    'fail-on': z
      .enum(FAIL_ON)
      .default('error')
      .describe('Fail the check on findings at or above this severity; never reports without failing.'),
    rules: z
      .record(z.string(), severity)
      .default({})
      .describe('Per-rule severity, by rule id, overriding the policy.'),
    ignore: z
      .array(z.string().min(1))
      .default([])
      .describe('Globs of paths, relative to the audited root, that the audit does not read.'),
    'allow-licenses': z
      .array(z.string().min(1))
      .optional()
      .describe('Licence allow-list (SPDX or catalogue ids); a licence outside it is a finding.'),
    waivers: z.array(waiverSchema).default([]).describe('Reviewed exceptions, each with a reason.'),
    comment: z
      .enum(COMMENT_MODES)
      .default('always')
      .describe('When the action comments on a pull request (an existing comment is always updated).'),
    'comment-tag': z
      .string()
      .optional()
      .describe('Keeps the comments of several jobs apart; default <workflow>/<job>[/<path>].'),
    'hub-lookup': z
      .boolean()
      .default(false)
      .describe('Ask the Hugging Face Hub for the licence of base models not in the catalogue.'),
    'unknown-license': z
      .enum(UNKNOWN_LICENSE)
      .default('warn')
      .describe(
        'What a licence that cannot be read or recognised does (OSAID terms unknown): fail, warn or ignore.'
      )
  })
  .strict()
  .describe('Model Openness Audit configuration (.github/model-openness.yml).')

export type Config = z.infer<typeof configSchema>

export function defaultConfig(): Config {
  return configSchema.parse({})
}
