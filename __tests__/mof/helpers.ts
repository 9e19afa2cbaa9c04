import fs from 'node:fs'

import { sharedPath } from '../helpers/shared.js'

/** A file of the MOT anchors, read in place; only for conformance suites (see describeConformance). */
export function anchor(...parts: string[]): string {
  return sharedPath('anchors', 'mof', ...parts)
}

export function readAnchor(...parts: string[]): string {
  return fs.readFileSync(anchor(...parts), 'utf8')
}

/** expected_results.json has trailing commas: drop them (outside strings) before JSON.parse. */
export function parseLooseJson(text: string): unknown {
  let out = ''
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (inString) {
      out += ch
      if (ch === '\\') out += text[++i] ?? ''
      else if (ch === '"') inString = false
      continue
    }
    if (ch === '"') inString = true
    if (ch === ',') {
      let j = i + 1
      while (j < text.length && /\s/.test(text[j] as string)) j++
      if (text[j] === '}' || text[j] === ']') continue
    }
    out += ch
  }
  return JSON.parse(out)
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  const [header, ...body] = rows.filter(r => r.length > 1 || r[0] !== '')
  if (!header) return []
  return body.map(r => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
}

/** `..._C1_40%-C2_60%-C3_100%_...` → { '1': 40, '2': 60, '3': 100 } */
export function progressFromFileName(file: string): { '1': number; '2': number; '3': number } | null {
  const m = /_C1_(\d+)%-C2_(\d+)%-C3_(\d+)%_/.exec(file)
  if (!m) return null
  return { '1': Number(m[1]), '2': Number(m[2]), '3': Number(m[3]) }
}
