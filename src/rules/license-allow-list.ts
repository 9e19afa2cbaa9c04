import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

function branches(id: string): string[][] {
  return id.split(/\s+OR\s+/i).map(b =>
    b
      .replace(/[()]/g, ' ')
      .split(/\s+(?:AND|WITH)\s+|\s+/i)
      .filter(Boolean)
      .map(s => s.toLowerCase())
  )
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
    const allowed = new Set(list.map(s => s.toLowerCase()))
    for (const l of facts.licenses) {
      if (!l.id || l.component === 'use-policy') continue
      const ok = branches(l.id).some(b => b.every(id => allowed.has(id)))
      if (!ok) {
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
