// A standard licence text with sentences added or changed is not that licence: the identification
// says "MIT (modified)" (licenses/modified.ts) and this rule quotes the first added sentence, so a
// reviewer reads what was added. Clauses inside the added sentences have their own findings.
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

/** Longest quote of an added sentence in a message, in characters. */
const MAX_QUOTE = 300

export const licenseModified: ModelRule = {
  scope: 'model',
  meta: {
    id: 'license/modified',
    category: 'license-mismatch',
    title: 'Standard licence texts are unmodified',
    framework: 'OSAID 1.0 and OSD — a licence is OSI-approved only as its approved text',
    severity: { default: 'warning' },
    docs: docsUrl('license/modified')
  },
  check(facts, report) {
    for (const l of facts.licenseFiles) {
      const id = l.identification
      if (!id?.modifiedFrom || !id.addedText || id.addedText.length === 0) continue
      const first = id.addedText[0]!
      const quote = first.text.length > MAX_QUOTE ? `${first.text.slice(0, MAX_QUOTE)}…` : first.text
      const more = id.addedText.length > 1 ? ` (and ${id.addedText.length - 1} more)` : ''
      report({
        message: `${l.file.path} is the ${id.modifiedFrom} text with sentences added or changed${more}, so it is not ${id.modifiedFrom}: “${quote}”`,
        file: l.file.path,
        line: first.line,
        evidence: quote
      })
    }
  }
}
