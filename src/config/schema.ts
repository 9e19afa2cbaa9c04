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

const severity = z.enum(['off', 'note', 'warning', 'error'])

/** Paths are relative to the audited root: "./data/**" and "/data/**" mean "data/**". */
export function normalizeConfigPath(p: string): string {
  let out = p.trim().replace(/\\/g, '/')
  while (out.startsWith('./') || (out.startsWith('/') && out.length > 1)) out = out.replace(/^\.?\/+/, '')
  return out === '' || out === '.' ? '**' : out
}

export const waiverSchema = z
  .object({
    rule: z.string().min(1),
    path: z.string().min(1).optional(),
    reason: z.string().trim().min(1, 'a waiver needs a reason'),
    expires: z
      .union([z.string(), z.date()])
      .transform(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine(
        v => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
        'expires must be a date YYYY-MM-DD'
      )
      .optional()
  })
  .strict()
export type Waiver = z.infer<typeof waiverSchema>

export const configSchema = z
  .object({
    policy: z.enum(POLICIES).default('osaid'),
    'fail-on': z.enum(FAIL_ON).default('error'),
    rules: z.record(z.string(), severity).default({}),
    ignore: z.array(z.string().min(1)).default([]),
    'allow-licenses': z.array(z.string().min(1)).optional(),
    waivers: z.array(waiverSchema).default([]),
    comment: z.enum(COMMENT_MODES).default('always'),
    'comment-tag': z.string().optional(),
    'hub-lookup': z.boolean().default(false),
    'unknown-license': z.enum(UNKNOWN_LICENSE).default('warn')
  })
  .strict()

export type Config = z.infer<typeof configSchema>

export function defaultConfig(): Config {
  return configSchema.parse({})
}
