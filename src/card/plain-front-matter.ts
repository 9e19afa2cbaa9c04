// A fast reader for the front matter most model cards have: top-level `key: value` lines and
// `key:` followed by `- item` lines, every value a plain word-like scalar. Parsing such a block
// with the `yaml` library costs about a fifth of auditing a model folder in a large monorepo, so
// this subset is read by hand, and anything outside it (quotes, flow collections, nesting, block
// scalars, anchors, comments after a value, non-ASCII, tabs, repeated keys…) returns `undefined`
// and goes to the library. Inside the subset the result is the library's, value for value: a
// property test compares the two on generated and real cards.

/** What a top-level key holds, as `yaml`'s `toJS()` gives it under the YAML 1.2 core schema. */
type PlainValue = string | boolean | null | Array<string | boolean | null>

export interface PlainFrontMatter {
  metadata: Record<string, PlainValue>
  /** 0-based line, inside the YAML text, of each top-level key. */
  keyLines: Map<string, number>
}

const CODE_A = 65
const CODE_Z = 90
const CODE_LOWER_A = 97
const CODE_LOWER_Z = 122

function isLetter(code: number): boolean {
  return (code >= CODE_A && code <= CODE_Z) || (code >= CODE_LOWER_A && code <= CODE_LOWER_Z)
}

function isKeyChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95 /* _ */ || code === 45 /* - */
}

/**
 * The value of a one-line plain scalar, or `undefined` when the text is not one this reader
 * vouches for (the line is printable ASCII already). It must start with a letter (so it is never
 * a number, `.inf`, an alias, a tag, a quote or an indicator), and contain no `: ` or ` #` (a nested key or
 * a comment). Letters-first words that the core schema reads as null or booleans are resolved the
 * way it does.
 */
function plainScalar(text: string): string | boolean | null | undefined {
  const value = text.trimEnd()
  if (value.length === 0 || !isLetter(value.charCodeAt(0))) return undefined
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 58 /* : */ && (i === value.length - 1 || value.charCodeAt(i + 1) === 32)) return undefined
    if (code === 35 /* # */ && value.charCodeAt(i - 1) === 32) return undefined
  }
  switch (value) {
    case 'null':
    case 'Null':
    case 'NULL':
      return null
    case 'true':
    case 'True':
    case 'TRUE':
      return true
    case 'false':
    case 'False':
    case 'FALSE':
      return false
    default:
      return value
  }
}

function isPrintableAscii(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    if (code < 0x20 || code > 0x7e) return false
  }
  return true
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 32) return false
  return true
}

/** The front matter read by hand, or `undefined` when it is not in the subset this reader knows. */
export function readPlainFrontMatter(yamlText: string): PlainFrontMatter | undefined {
  const metadata: Record<string, PlainValue> = {}
  const keyLines = new Map<string, number>()
  const lines = yamlText.split('\n')
  /** The key whose value is still open (`key:` with nothing after it), and its list so far. */
  let openKey: string | undefined
  let items: Array<string | boolean | null> | undefined
  let itemIndent = -1
  const close = () => {
    if (openKey !== undefined) metadata[openKey] = items ?? null
    openKey = undefined
    items = undefined
    itemIndent = -1
  }
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!
    if (!isPrintableAscii(line)) return undefined // tabs, CR, NBSP, BOM… are the library's to read
    if (isBlank(line)) continue
    const first = line.charCodeAt(0)
    if (first === 35 /* # */) continue // a whole-line comment at the margin
    if (first === 32 || first === 45 /* - */) {
      // A list item of the open key: `- value`, every item at the same indent.
      if (openKey === undefined) return undefined
      let indent = 0
      while (line.charCodeAt(indent) === 32) indent++
      if (line.charCodeAt(indent) !== 45 || line.charCodeAt(indent + 1) !== 32) return undefined
      if (itemIndent === -1) itemIndent = indent
      else if (indent !== itemIndent) return undefined
      const item = plainScalar(line.slice(indent + 2).trimStart())
      if (item === undefined) return undefined
      ;(items ??= []).push(item)
      continue
    }
    close()
    if (!isLetter(first) && first !== 95) return undefined
    let end = 1
    while (end < line.length && isKeyChar(line.charCodeAt(end))) end++
    if (line.charCodeAt(end) !== 58 /* : */) return undefined
    const key = line.slice(0, end)
    if (typeof plainScalar(key) !== 'string') return undefined // `null:`, `true:` are not string keys
    // A repeated key is reported by the library's reading; `__proto__` is kept as a plain key there.
    if (keyLines.has(key) || key === '__proto__') return undefined
    keyLines.set(key, n)
    const rest = line.slice(end + 1)
    if (isBlank(rest)) {
      openKey = key
      continue
    }
    if (rest.charCodeAt(0) !== 32) return undefined
    const value = plainScalar(rest.trimStart())
    if (value === undefined) return undefined
    metadata[key] = value
  }
  close()
  return keyLines.size > 0 ? { metadata, keyLines } : undefined
}
