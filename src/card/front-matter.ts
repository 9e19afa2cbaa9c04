// Splits a model card into YAML front matter and Markdown body, and parses the YAML keeping the
// line of every top-level key so that findings can point at `license:`.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml'
import { readPlainFrontMatter } from './plain-front-matter.js'

export interface FrontMatterProblem {
  message: string
  /** 1-based line in the card file. */
  line: number
  severity: 'error' | 'warning'
}

export interface FrontMatter {
  state: 'absent' | 'valid' | 'invalid'
  metadata: Record<string, unknown>
  metadataLines: Record<string, number>
  /** 1-based file line of the first body line. */
  bodyStartLine: number
  body: string
  problems: FrontMatterProblem[]
}

/** Front matter larger than this is not parsed (a YAML bomb or a pasted data dump). */
const MAX_FRONT_MATTER_CHARS = 256 * 1024

export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n')
  const problems: FrontMatterProblem[] = []
  // The Hub reads front matter only from the very first line; tolerate leading blank lines but say so.
  let start = 0
  let commentBefore = false
  while (start < lines.length && start < 50) {
    const t = lines[start].trim()
    if (t === '') start++
    else if (t.startsWith('<!--')) {
      // An HTML comment before the front matter (a generator's stamp): skip it, and say so.
      let end = start
      while (end < lines.length && end < start + 50 && !lines[end].includes('-->')) end++
      if (end >= lines.length || end >= start + 50) break
      if (lines[end].slice(lines[end].indexOf('-->') + 3).trim() !== '') break
      commentBefore = true
      start = end + 1
    } else break
  }
  if (start >= lines.length || lines[start].trimEnd() !== '---') {
    return { state: 'absent', metadata: {}, metadataLines: {}, bodyStartLine: 1, body: text, problems }
  }
  let end = -1
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i].trimEnd()
    if (l === '---' || l === '...') {
      end = i
      break
    }
  }
  if (end < 0) {
    problems.push({
      message: 'Front matter starts with --- but is never closed by another --- line.',
      line: start + 1,
      severity: 'error'
    })
    return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine: 1, body: text, problems }
  }
  if (start > 0) {
    problems.push({
      message: `Front matter starts on line ${start + 1}, not line 1${commentBefore ? ' (after an HTML comment)' : ''}: the Hugging Face Hub ignores metadata that does not open the file.`,
      line: start + 1,
      severity: 'warning'
    })
  }
  const yamlText = lines.slice(start + 1, end).join('\n')
  const body = lines.slice(end + 1).join('\n')
  const bodyStartLine = end + 2
  const firstYamlLine = start + 2
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    problems.push({ message: 'Front matter is too large to parse.', line: start + 1, severity: 'error' })
    return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems }
  }
  const plain = readPlainFrontMatter(yamlText)
  if (plain) {
    // No prototype, as below: keys such as `constructor` are the card's own.
    const metadataLines = Object.create(null) as Record<string, number>
    for (const [key, line] of plain.keyLines) metadataLines[key] = firstYamlLine + line
    return { state: 'valid', metadata: plain.metadata, metadataLines, bodyStartLine, body, problems }
  }
  let lineCounter = new LineCounter()
  let doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false })
  let salvaged = false
  if (doc.errors.length > 0) {
    for (const err of doc.errors.slice(0, 5)) {
      const pos = lineCounter.linePos(err.pos[0])
      const firstLine = err.message.split('\n')[0]
      problems.push({
        message: `Front matter is not valid YAML: ${firstLine}`,
        line: firstYamlLine + (pos.line - 1),
        severity: 'error'
      })
    }
    // Tabs used for indentation are the commonest slip: read the metadata as it was meant (the
    // error stays), so the licence is still identified. Lines keep their numbers.
    const untabbed = yamlText.replace(/^\t+/gm, m => '  '.repeat(m.length))
    if (untabbed === yamlText)
      return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems }
    const lc2 = new LineCounter()
    const doc2 = parseDocument(untabbed, { lineCounter: lc2, prettyErrors: false, uniqueKeys: false })
    if (doc2.errors.length > 0 || !isMap(doc2.contents))
      return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems }
    lineCounter = lc2
    doc = doc2
    salvaged = true
  }
  if (doc.contents === null) {
    return { state: 'valid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems }
  }
  if (!isMap(doc.contents)) {
    problems.push({
      message: 'Front matter must be a YAML mapping of keys to values.',
      line: firstYamlLine,
      severity: 'error'
    })
    return { state: 'invalid', metadata: {}, metadataLines: {}, bodyStartLine, body, problems }
  }
  // No prototype: keys such as `constructor` or `__proto__` are the card's own, never inherited ones.
  const metadataLines = Object.create(null) as Record<string, number>
  const firstSeen = new Map<string, number>()
  for (const item of doc.contents.items) {
    if (isScalar(item.key) && item.key.range) {
      const key = String(item.key.value)
      const line = firstYamlLine + lineCounter.linePos(item.key.range[0]).line - 1
      // A repeated key: YAML forbids it; PyYAML (the Hub's Python tools) keeps the last value,
      // other readers the first or refuse. Report it, keep the last, as the Hub's tools would.
      const earlier = firstSeen.get(key)
      if (earlier !== undefined)
        problems.push({
          message: `Front matter key \`${key}\` appears more than once (lines ${earlier} and ${line}); readers disagree on which value counts. This audit uses the last.`,
          line,
          severity: 'error'
        })
      else firstSeen.set(key, line)
      metadataLines[key] = line
    }
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (err) {
    problems.push({
      message: `Front matter could not be read: ${(err as Error).message}`,
      line: firstYamlLine,
      severity: 'error'
    })
    return { state: 'invalid', metadata: {}, metadataLines, bodyStartLine, body, problems }
  }
  const metadata =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  return { state: salvaged ? 'invalid' : 'valid', metadata, metadataLines, bodyStartLine, body, problems }
}
