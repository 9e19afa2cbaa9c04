import type { HiddenCharacter } from '../text/hidden.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

const DESCRIBE: Record<HiddenCharacter['kind'], string> = {
  'bidi-control': 'a bidirectional control character',
  'invisible-in-word': 'an invisible character inside a word'
}

/** Licence and card texts that display differently from what they say (bidi controls, invisible characters in words). */
export const hiddenText: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license/hidden-text',
    category: 'license-unrecognized',
    title: 'Licence and card texts display what they say',
    framework: 'OSAID 1.0 — terms must be readable to be judged; audit safety against hidden text',
    severity: { default: 'error' },
    docs: docsUrl('license/hidden-text')
  },
  check(facts, report) {
    const texts: Array<{ file: string; hidden: HiddenCharacter[] }> = []
    for (const l of facts.licenseFiles)
      if (l.hiddenText) texts.push({ file: l.file.path, hidden: l.hiddenText })
    if (facts.cardFile && facts.cardHiddenText)
      texts.push({ file: facts.cardFile.path, hidden: facts.cardHiddenText })
    for (const { file, hidden } of texts) {
      const seen = new Set<number>()
      for (const h of hidden) {
        if (seen.has(h.line)) continue
        seen.add(h.line)
        report({
          message: `${file} has ${DESCRIBE[h.kind]} (${h.codePoint}) on line ${h.line}: the text displays differently from what it says. Remove it; the clauses were checked on the text with it removed.`,
          file,
          line: h.line,
          evidence: h.codePoint
        })
      }
    }
  }
}
