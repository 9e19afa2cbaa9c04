// Pipe tables of a card's Markdown (GitHub's table extension, which the CommonMark parser does not
// read): their header cells and rows, each with its file line. Code fences are skipped. One pass.

export interface CardTableRow {
  /** 1-based line in the file. */
  line: number
  /** Cells as written (Markdown kept), trimmed. */
  cells: string[]
  /** The row's whole line, as written. */
  text: string
}

export interface CardTable {
  headerLine: number
  headers: string[]
  rows: CardTableRow[]
}

/** Most rows read per table, and tables per card: a card is no database. */
const MAX_ROWS = 500
const MAX_TABLES = 50

/** Cells of a table line: split at pipes that are not escaped nor inside a code span. */
export function splitRow(line: string): string[] {
  let t = line.trim()
  if (t.startsWith('|')) t = t.slice(1)
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1)
  const cells: string[] = []
  let cur = ''
  let inCode = false
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!
    if (ch === '\\' && t[i + 1] === '|') {
      cur += '|'
      i++
    } else if (ch === '`') {
      inCode = !inCode
      cur += ch
    } else if (ch === '|' && !inCode) {
      cells.push(cur.trim())
      cur = ''
    } else cur += ch
  }
  cells.push(cur.trim())
  return cells
}

function isDelimiterRow(line: string): boolean {
  const cells = splitRow(line)
  return cells.length > 0 && cells.every(c => /^:?-{1,}:?$/.test(c.replace(/\s/g, '')))
}

/**
 * @param text the card's whole text; lines are counted from 1 at its start.
 * @param fromLine the first line to read (the body's, after front matter).
 */
export function parseTables(text: string, fromLine = 1): CardTable[] {
  const lines = text.split('\n')
  const tables: CardTable[] = []
  let fence: string | null = null
  let current: CardTable | null = null
  for (let i = fromLine - 1; i < lines.length; i++) {
    const line = lines[i]!
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (fenceMark) {
      if (fence === null) fence = fenceMark[1]![0]!
      else if (fenceMark[1]![0] === fence) fence = null
      current = null
      continue
    }
    if (fence !== null) continue
    const isRow = line.includes('|') && line.trim().length > 0 && line.length < 20_000
    if (current && isRow) {
      if (current.rows.length < MAX_ROWS)
        current.rows.push({ line: i + 1, cells: splitRow(line), text: line })
      continue
    }
    current = null
    const next = lines[i + 1]
    if (
      isRow &&
      next !== undefined &&
      next.includes('-') &&
      isDelimiterRow(next) &&
      tables.length < MAX_TABLES
    ) {
      current = { headerLine: i + 1, headers: splitRow(line), rows: [] }
      tables.push(current)
      i++
    }
  }
  return tables
}

/** Index of the first header that matches, or -1. */
export function columnOf(table: CardTable, test: (header: string) => boolean): number {
  return table.headers.findIndex(h => test(h.replace(/[*_`]/g, '').trim()))
}
