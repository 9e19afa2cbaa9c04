// The header row of the Markdown table a restated row comes from: "| What you do with outputs |
// Allowed |" over "| Train a rival model | No |". The table-row pass carries a header's words into a
// row only where a cell holds a bare measure; a detector whose subject the header names (outputs)
// reads it here. Looks back at most MAX_ROWS lines, so the cost stays linear in the text.
import { lineOf, type Doc, type Sentence } from './sentences.js'

const MAX_ROWS = 40

function isRow(line: string): boolean {
  return line.trimStart().startsWith('|')
}

/** The first line of the table s is a row of (lower case), or '' when s is no restated table row. */
export function tableHeader(doc: Doc, s: Sentence): string {
  if (s.restated !== true) return ''
  const lineAt = (n: number): string => {
    const from = doc.lineStarts[n]!
    const to = n + 1 < doc.lineStarts.length ? doc.lineStarts[n + 1]! - 1 : doc.text.length
    return doc.text.slice(from, to)
  }
  let n = lineOf(doc, s.start) - 1
  if (!isRow(lineAt(n))) return ''
  const last = Math.max(0, n - MAX_ROWS)
  while (n > last && isRow(lineAt(n - 1))) n--
  // the header is the row above a |---| rule; a table without one has no header
  const rule = n + 1 < doc.lineStarts.length ? lineAt(n + 1) : ''
  return /^\s*\|[\s|:-]+$/.test(rule) && n !== lineOf(doc, s.start) - 1 ? lineAt(n).toLowerCase() : ''
}
