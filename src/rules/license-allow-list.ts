import spdxSatisfies from 'spdx-satisfies'
import { identifyLicenseId } from '../licenses/identify.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

/** Splits an expression into OR-branches of ids, for ids spdx-satisfies does not know (catalogue ids). */
function branches(id: string): string[][] {
  // word by word: a split on /\s+OR\s+/ would backtrack on long runs of spaces
  const out: string[][] = [[]]
  for (const word of id.replace(/[()]/g, ' ').split(/\s+/)) {
    const w = word.toLowerCase()
    if (w === 'or') out.push([])
    else if (w !== '' && w !== 'and' && w !== 'with') out[out.length - 1]!.push(w)
  }
  return out
}

/** Whether an identified licence (an SPDX expression or a catalogue id) is allowed by the list. */
export function allowed(id: string, list: string[]): boolean {
  // The list may use Hub ids ("apache-2.0"); spdx-satisfies wants SPDX ids ("Apache-2.0").
  const spdx = list.map(x => identifyLicenseId(x).id ?? x)
  try {
    if (spdxSatisfies(id, spdx)) return true
  } catch {
    // Not an SPDX expression (e.g. `llama3.1`): compare ids literally below.
  }
  const lower = new Set([...list, ...spdx].map(s => s.toLowerCase()))
  // An empty branch ("mit OR", a stray parenthesis) names no licence, so it allows nothing.
  return branches(id).some(b => b.length > 0 && b.every(x => lower.has(x)))
}

/** Only licences on the configured allow-list (`allow-licenses`); off when no list is set. */
export const licenseAllowList: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license/allow-list',
    category: 'license-restriction',
    title: 'Licences are on the allow-list',
    framework: 'Organisation policy (config `allow-licenses`)',
    severity: { default: 'error' },
    docs: docsUrl('license/allow-list')
  },
  check(facts, report, ctx) {
    const list = ctx.config['allow-licenses']
    if (!list || list.length === 0) return
    for (const l of facts.licenses) {
      if (!l.id || l.component === 'use-policy') continue
      if (!allowed(l.id, list)) {
        report({
          message: `${l.name} (${l.id}) is not on the allow-list (${list.join(', ')}).`,
          file: l.file ?? facts.cardFile?.path,
          line: l.file ? undefined : l.line,
          evidence: l.id
        })
      }
    }
  }
}
