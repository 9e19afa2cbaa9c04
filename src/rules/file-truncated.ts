import { LIMITS, megabytes } from '../discover/safe-fs.js'
import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

function cutMessage(file: string, bytes: number, what: string): string {
  return `${file} is ${megabytes(bytes)}; only its first ${megabytes(LIMITS.maxTextBytes)} were read, so the rest (${megabytes(bytes - LIMITS.maxTextBytes)}) was not checked ${what}.`
}

/** Fail closed: a licence or card cut at the read cap may hold a restriction past the cut. */
export const fileTruncated: ModelRule = {
  scope: 'model',
  meta: {
    id: 'file-truncated',
    category: 'license-unrecognized',
    title: 'Licence and card texts are read completely',
    framework: 'Audit completeness: what cannot be read completely fails closed',
    severity: { default: 'error' },
    docs: docsUrl('file-truncated')
  },
  check(facts, report) {
    for (const l of facts.licenseFiles)
      if (l.state === 'truncated')
        report({
          message: cutMessage(l.file.path, l.bytes ?? 0, 'for restrictions'),
          file: l.file.path,
          line: 1
        })
    const partial = facts.card?.markdownReadPartially
    if (partial && facts.card)
      report({
        message: `${facts.card.file} was read partially: ${partial}, so it was read line by line (headings, code fences and links only) instead of as a Markdown tree.`,
        file: facts.card.file,
        line: 1,
        severity: 'warning'
      })
    if (facts.cardState === 'truncated' && facts.cardFile)
      report({
        message: cutMessage(
          facts.cardFile.path,
          facts.cardBytes ?? facts.cardFile.size,
          'for licence terms, claims or data information'
        ),
        file: facts.cardFile.path,
        line: 1
      })
  }
}
