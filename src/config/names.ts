// The policy and fail-on names, apart from the schema: the CLI checks its flags with them before
// it loads anything else (zod and the engine are loaded only when a command needs them).
export const POLICIES = [
  'osaid',
  'mof-class-1',
  'mof-class-2',
  'mof-class-3',
  'open-weights',
  'permissive'
] as const
export type PolicyName = (typeof POLICIES)[number]
export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]
/** What a licence that cannot be read or recognised does: an error, a warning, or nothing. */
export const UNKNOWN_LICENSE = ['fail', 'warn', 'ignore'] as const
export type UnknownLicense = (typeof UNKNOWN_LICENSE)[number]
