// One rule per clause type: a restrictive clause in a licence or use policy that governs the
// model. The rules share one check; each has its own id, meta, severities and docs page.
import type { ClauseType } from '../types.js'
import type { ModelRule, RuleMeta } from './types.js'
import { docsUrl } from './types.js'

interface Spec {
  type: ClauseType
  id: string
  title: string
  framework: string
  severity: RuleMeta['severity']
}

const RESTRICTIVE: RuleMeta['severity'] = { default: 'error', 'open-weights': 'warning' }
const COMMERCIAL_BLOCKER: RuleMeta['severity'] = { default: 'error' }
const OSD5 =
  'OSD §5 (no discrimination against persons or groups); OSAID 1.0 — freedom to use for any purpose'
const OSD6 =
  'OSD §6 (no discrimination against fields of endeavour); OSAID 1.0 — freedom to use for any purpose'

const SPECS: Spec[] = [
  {
    type: 'user-threshold',
    id: 'license/no-user-threshold',
    title: 'No cap on users',
    framework: OSD5,
    severity: RESTRICTIVE
  },
  {
    type: 'revenue-threshold',
    id: 'license/no-revenue-threshold',
    title: 'No cap on revenue',
    framework: OSD5,
    severity: RESTRICTIVE
  },
  {
    type: 'field-of-use-restriction',
    id: 'license/no-field-of-use-restriction',
    title: 'No forbidden fields of use',
    framework: OSD6,
    severity: RESTRICTIVE
  },
  {
    type: 'acceptable-use-policy',
    id: 'license/no-acceptable-use-policy',
    title: 'No acceptable-use policy binding users',
    framework: OSD6,
    severity: RESTRICTIVE
  },
  {
    type: 'non-commercial',
    id: 'license/no-non-commercial',
    title: 'Commercial use allowed',
    framework: OSD6,
    severity: COMMERCIAL_BLOCKER
  },
  {
    type: 'research-only',
    id: 'license/no-research-only',
    title: 'Use not limited to research',
    framework: OSD6,
    severity: COMMERCIAL_BLOCKER
  },
  {
    type: 'output-use-restriction',
    id: 'license/no-output-use-restriction',
    title: 'Outputs may be used freely',
    framework: 'OSAID 1.0 — freedom to use and modify, including the output',
    severity: RESTRICTIVE
  },
  {
    type: 'geographic-restriction',
    id: 'license/no-geographic-restriction',
    title: 'No territory excluded',
    framework: OSD5,
    severity: RESTRICTIVE
  },
  {
    type: 'remote-restriction',
    id: 'license/no-remote-restriction',
    title: 'Licensor cannot restrict use remotely',
    framework: 'OSAID 1.0 — freedom to use without asking permission',
    severity: RESTRICTIVE
  },
  {
    type: 'no-redistribution',
    id: 'license/redistribution-allowed',
    title: 'Redistribution allowed',
    framework: 'OSD §1 (free redistribution); OSAID 1.0 — freedom to share',
    severity: COMMERCIAL_BLOCKER
  },
  {
    type: 'no-derivatives',
    id: 'license/derivatives-allowed',
    title: 'Modified versions allowed',
    framework: 'OSD §3 (derived works); OSAID 1.0 — freedom to modify',
    severity: COMMERCIAL_BLOCKER
  },
  {
    type: 'termination-at-will',
    id: 'license/no-termination-at-will',
    title: 'Licence not revocable at will',
    framework: 'OSD §7 (distribution of licence); OSAID 1.0 — freedoms must be lasting',
    severity: RESTRICTIVE
  },
  {
    type: 'naming-requirement',
    id: 'license/naming-requirement',
    title: 'Naming or “built with” requirements',
    framework: 'OSD §4 allows name changes; flagged for derivatives to comply',
    severity: { default: 'warning', 'open-weights': 'note' }
  },
  {
    type: 'restrictions-flow-down',
    id: 'license/restrictions-flow-down',
    title: 'Restrictions that bind derivatives',
    framework: 'OSAID 1.0 — copyleft allowed, use restrictions must not flow down',
    severity: { default: 'warning', 'open-weights': 'note' }
  },
  {
    type: 'share-alike',
    id: 'license/share-alike',
    title: 'Share-alike obligations',
    framework: 'OSAID 1.0 — copyleft terms are allowed',
    severity: { default: 'note', permissive: 'warning' }
  },
  {
    type: 'attribution',
    id: 'license/attribution',
    title: 'Attribution obligations',
    framework: 'OSD — attribution is allowed',
    severity: { default: 'off' }
  }
]

const LABEL: Record<ClauseType, string> = {
  'user-threshold': 'caps the number of users',
  'revenue-threshold': 'caps the licensee’s revenue',
  'field-of-use-restriction': 'forbids fields of use',
  'acceptable-use-policy': 'binds users to an acceptable-use policy',
  'non-commercial': 'forbids commercial use',
  'research-only': 'limits use to research',
  'output-use-restriction': 'restricts what outputs may be used for',
  'geographic-restriction': 'excludes territories',
  'remote-restriction': 'lets the licensor restrict use remotely',
  'no-redistribution': 'forbids redistribution',
  'no-derivatives': 'forbids modified versions',
  'termination-at-will': 'can be terminated at the licensor’s discretion',
  'naming-requirement': 'imposes naming or “built with” requirements',
  'restrictions-flow-down': 'requires derivatives to carry its restrictions',
  'share-alike': 'requires derivatives to be shared alike',
  attribution: 'requires attribution'
}

const NOUN: Record<ClauseType, string> = {
  'user-threshold': 'a cap on the number of users',
  'revenue-threshold': 'a cap on the licensee’s revenue',
  'field-of-use-restriction': 'a list of forbidden uses',
  'acceptable-use-policy': 'an acceptable-use policy binding users',
  'non-commercial': 'a ban on commercial use',
  'research-only': 'a research-only limit',
  'output-use-restriction': 'a restriction on what outputs may be used for',
  'geographic-restriction': 'an excluded territory',
  'remote-restriction': 'a right for the licensor to restrict use remotely',
  'no-redistribution': 'a ban on redistribution',
  'no-derivatives': 'a ban on modified versions',
  'termination-at-will': 'termination at the licensor’s discretion',
  'naming-requirement': 'a naming or “built with” requirement',
  'restrictions-flow-down': 'restrictions that derivatives must carry',
  'share-alike': 'a share-alike obligation',
  attribution: 'an attribution requirement'
}

export function clauseLabel(type: ClauseType): string {
  return LABEL[type]
}

/** A noun phrase for the clause behind a restriction rule ("a cap on the number of users"), or undefined. */
export function restrictionNoun(ruleId: string): string | undefined {
  const spec = SPECS.find(s => s.id === ruleId)
  return spec ? NOUN[spec.type] : undefined
}

export const ruleIdForClause: Record<ClauseType, string> = Object.fromEntries(
  SPECS.map(s => [s.type, s.id])
) as Record<ClauseType, string>

function makeRule(spec: Spec): ModelRule {
  return {
    scope: 'model',
    meta: {
      id: spec.id,
      category: 'license-restriction',
      title: spec.title,
      framework: spec.framework,
      severity: spec.severity,
      docs: docsUrl(spec.id)
    },
    check(facts, report) {
      const seen = new Set<string>()
      for (const c of facts.clauses) {
        if (c.type !== spec.type) continue
        const key = `${c.file}:${c.line}`
        if (seen.has(key)) continue
        seen.add(key)
        // The location is in file/line; a clause known only from the catalogue says where it came from.
        // A catalogue clause's evidence is its summary; reports say it comes from the catalogue.
        const catalogue = c.source === 'catalogue' || !c.file
        report({
          message: `The licence ${LABEL[spec.type]}.`,
          file: c.file ?? facts.cardFile?.path,
          line: c.line ?? (c.file ? undefined : facts.cardLicense?.line),
          evidence: catalogue && c.summary ? c.summary : c.quote
        })
      }
    }
  }
}

export const restrictionRules: ModelRule[] = SPECS.map(makeRule)
