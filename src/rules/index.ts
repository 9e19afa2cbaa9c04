// The rule catalogue, in the order findings are listed.
import { cardIncomplete } from './card-incomplete.js'
import { cardMissing } from './card-missing.js'
import { fileTruncated } from './file-truncated.js'
import { hiddenText } from './hidden-text.js'
import { licenseAllowList } from './license-allow-list.js'
import { licenseInheritance } from './license-inheritance.js'
import { licenseMismatch } from './license-mismatch.js'
import { licenseMissing } from './license-missing.js'
import { licenseModified } from './license-modified.js'
import { licenseNotOpen } from './license-not-open.js'
import { restrictionRules } from './license-restrictions.js'
import { licenseUnrecognized } from './license-unrecognized.js'
import { metadataInvalid } from './metadata-invalid.js'
import { openWashing } from './open-washing.js'
import { osaidCode, osaidDataInformation, osaidParameters } from './osaid-requirements.js'
import type { Rule } from './types.js'
import { unsafePath } from './unsafe-path.js'

export const RULES: Rule[] = [
  unsafePath,
  licenseMissing,
  cardMissing,
  metadataInvalid,
  licenseUnrecognized,
  hiddenText,
  fileTruncated,
  licenseMismatch,
  licenseModified,
  ...restrictionRules,
  licenseNotOpen,
  licenseAllowList,
  licenseInheritance,
  osaidParameters,
  osaidCode,
  osaidDataInformation,
  openWashing,
  cardIncomplete
]

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map(r => r.meta.id))
/** Rules the engine itself reports (config problems, waivers, discovery limits, MOF class, Hub files not fetched). */
export const ENGINE_RULE_IDS = [
  'config/waiver-expired',
  'discovery-limit',
  'mof/class',
  'hub/unreadable-file'
] as const
