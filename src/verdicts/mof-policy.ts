// Under a `mof-class-N` policy, the model must reach MOF class N or better (1 is the highest).
import type { ModelFacts } from '../analyze/facts.js'
import type { Config } from '../config/schema.js'
import type { Category, Finding } from '../types.js'
import { MOF_COMPONENTS, type MofResult } from './mof/index.js'

const CATEGORY_BY_TYPE: Record<string, Category> = {
  code: 'code-availability',
  data: 'data-information',
  document: 'card-incomplete'
}

export function mofPolicyFindings(config: Config, f: ModelFacts, mof: MofResult): Finding[] {
  const m = /^mof-class-(\d)$/.exec(config.policy)
  if (!m) return []
  const wanted = Number(m[1])
  if (mof.class !== 0 && mof.class <= wanted) return []
  const override = config.rules['mof/class']
  if (override === 'off') return []
  const severity = override ?? 'error'
  const blocking = mof.components.filter(
    c => c.required && c.class >= wanted && c.status !== 'pass' && c.status !== 'conditional'
  )
  const got = mof.class === 0 ? 'unclassified' : `class ${mof.class}`
  return blocking.map(c => ({
    rule: 'mof/class',
    category:
      c.status === 'invalid' || c.status === 'unlicensed'
        ? ('license-restriction' as const)
        : (CATEGORY_BY_TYPE[MOF_COMPONENTS.find(d => d.id === c.id)?.contentType ?? ''] ?? 'card-incomplete'),
    severity,
    message: `MOF class ${wanted} needs “${c.name}” ${c.status === 'missing' ? 'included' : 'under an open licence'} (${c.status}${c.license ? `: ${c.license}` : ''}); the model is ${got}.`,
    ...(f.cardFile ? { file: f.cardFile.path } : {})
  }))
}
