// Markdown table rows as statements. A row is a statement about its subject (the first cell, with
// the column's header when the table has one) and its value (the other cells):
//   | Redistribution | Not permitted |          → "redistribution is not permitted"
//   | Attribution | Required |                   → "attribution is required"
//   | Termination by Licensor | At any time |    → "termination by licensor at any time"
//   | Commercial use | Allowed | / | Yes |       → nothing: a permission restricts nothing
//   | User limit | None | / | Revenue cap | No | → nothing: the restriction is absent
// A header row (the row before a |---| rule, or a first row of labels) is kept as it is, and its
// words are carried into each cell below it ("Annual revenue" over "$2,000,000 or more").
import { resolved } from './answers.js'
import { saidAll, statement, type Restater } from './restate.js'
import { lineOf, type Doc, type Sentence } from './sentences.js'
import { isHan, type Token } from './tokens.js'
import { words } from './query.js'

interface Cell {
  from: number
  to: number
  /** Column of the cell, counting empty cells ("| Military use | | ✔ |": ✔ is in column 2). */
  col: number
  tokens: Token[]
  /** A mark that says the value by itself: ❌ (deny), ✅ (permit). */
  mark: 'deny' | 'permit' | null
  /** The cell is a question ("Can I sell it?", "Applies?"): a header whose rows answer it. */
  question: boolean
}

interface Row {
  from: number
  to: number
  cells: Cell[]
  /** A |---|:--:| rule under a header. */
  rule: boolean
}

/** Values that grant: the row restricts nothing. */
export const PERMIT = words(
  'yes allowed permitted ok okay free freely unlimited unrestricted any granted 允 许 可 以 是'
)
/** Values that forbid the subject, or deny it exists when the subject names a restriction. */
export const DENY = words('no not prohibited forbidden never none excluded banned disallowed 否 禁 止 不 无')
/** Values that require the subject. */
export const REQUIRE = words('required mandatory must compulsory obligatory needed 须 必 需')
/** Subjects that name a restriction: "No" or "None" beside them says there is none. */
export const RESTRICTION = words(
  'limit limits cap caps restriction restrictions requirement requirements threshold thresholds',
  'condition conditions obligation obligations fee fees royalty royalties maximum ceiling only non',
  'revocable terminable',
  // "| Restricted fields | None |", "| Prohibited uses | No |", "| Excluded countries | None |"
  'restricted prohibited forbidden banned excluded disallowed exclusion exclusions prohibition prohibitions',
  '限 制 要 求 仅 禁'
)
/** Column headers that say nothing of the value: "| Term | Value |", "| Permission | Status |". */
const GENERIC = words(
  'value values status details detail notes note description answer comment comments info'
)
/** Subjects that name a duty: "Yes" beside them makes it required ("| Attribution | Yes |"). */
export const DUTY = words(
  'attribution credit notice notices citation cite registration copyleft sharealike share alike',
  'disclosure disclose source state changes 署 名 注 明 出 处'
)

/** Words that open a measure: "under $2M", "more than 100,000". */
const COMPARE = words('under over above below up more less fewer at least 以 超 不')

/** Cells of one line that is a table row ("| a | b |", or "a | b" in a table without outer pipes), or null. */
function rowOf(text: string, from: number, to: number, loose = false): Row | null {
  let a = from
  while (a < to && (text[a] === ' ' || text[a] === '\t')) a++
  if (text[a] !== '|' && !loose) return null
  const cells: Cell[] = []
  let rule = true
  let start = text[a] === '|' ? a + 1 : a
  let col = 0
  for (let i = a + 1; i <= to; i++) {
    const c = i < to ? text[i] : '|'
    if (c === '\\' && text[i + 1] === '|') {
      i++
      continue
    }
    if (c !== '|' && c !== '\r') continue
    let x = start
    let y = i
    while (x < y && /\s/.test(text[x]!)) x++
    while (y > x && /\s/.test(text[y - 1]!)) y--
    if (x < y) {
      for (let k = x; k < y; k++) if (!'-:'.includes(text[k]!)) rule = false
      cells.push({
        from: x,
        to: y,
        col,
        tokens: [],
        mark: markOf(text, x, y),
        question: '?？'.includes(text[y - 1]!)
      })
    }
    col++
    start = i + 1
    if (c === '\r') break
  }
  if (cells.length === 0) return null
  return { from: a, to: trimmedEnd(text, a, to), cells, rule }
}

function trimmedEnd(text: string, from: number, to: number): number {
  let y = to
  while (y > from && /\s/.test(text[y - 1]!)) y--
  return y
}

/** Marks that deny or grant, as tables and checklists use them. */
const DENY_MARKS = new Set(['\u274c', '\u2717', '\u2718', '\u2716', '\u{1f6ab}', '\u26d4', '\u274e'])
const PERMIT_MARKS = new Set(['\u2705', '\u2714', '\u2713', '\u2611'])

/** The first mark of text[from, to) that says deny or permit, or null. */
export function markOf(text: string, from: number, to: number): 'deny' | 'permit' | null {
  for (const ch of text.slice(from, Math.min(to, from + 8))) {
    if (DENY_MARKS.has(ch)) return 'deny'
    if (PERMIT_MARKS.has(ch)) return 'permit'
  }
  return null
}

/** The first words of a value: what it says of the subject. */
function valueKind(cell: Cell): 'permit' | 'deny' | 'require' | 'other' {
  const first = cell.tokens[0]?.w ?? ''
  // "No ✅": the mark approves the answer, the word says it
  if (cell.mark === 'permit' && (first === 'no' || first === 'none')) return 'deny'
  if (cell.mark) return cell.mark
  if (cell.tokens.length === 0) return 'other'
  // "Not required", "No attribution needed": a duty denied restricts nothing
  if (DENY.has(first) && cell.tokens.length <= 3 && cell.tokens.some(t => REQUIRE.has(t.w))) return 'permit'
  if (REQUIRE.has(first) || (cell.tokens.length <= 3 && cell.tokens.some(t => REQUIRE.has(t.w))))
    return 'require'
  if (DENY.has(first)) return 'deny'
  if (PERMIT.has(first)) return 'permit'
  // "Not permitted", "Prohibited" after a word of scope ("Strictly prohibited")
  if (cell.tokens.length <= 3 && cell.tokens.some(t => t.w === 'prohibited' || t.w === 'forbidden'))
    return 'deny'
  return 'other'
}

/** Only the value word itself ("Yes", "No", "Allowed", "Not permitted"): nothing after it. */
function bare(cell: Cell): boolean {
  return cell.tokens.every(t => PERMIT.has(t.w) || DENY.has(t.w) || REQUIRE.has(t.w))
}

/** Labels of a first column whose rows are terms: "| Condition | Required |", "| Term | Required |". */
const TERM_LABELS = words('term terms item items clause clauses feature features')

/** A value column headed "Required": its "yes" / ✅ says the row's term is required. */
function requiredColumn(cell: Cell | undefined): boolean {
  return cell !== undefined && cell.tokens.length === 1 && REQUIRE.has(cell.tokens[0]!.w)
}

/** A row of labels: no value word, no number, the first row of its table. */
function looksLikeHeader(row: Row): boolean {
  if (row.cells.length < 2) return false
  const [first, ...rest] = row.cells
  // "| Condition | Required |": a column of terms and a column that says whether each is required
  const terms =
    first!.tokens.length > 0 && first!.tokens.every(t => TERM_LABELS.has(t.w) || CONDITIONS.has(t.w))
  for (const c of terms ? rest.filter(c => !requiredColumn(c)) : row.cells) {
    if (valueKind(c) !== 'other') return false
    for (const t of c.tokens) if (/\d/.test(t.w)) return false
  }
  return true
}

/** What a column holds, by its header: the licence's conditions, its permissions, its limitations. */
const CONDITIONS = words('conditions condition requirements requirement obligations obligation duties duty')
const GRANTS = words('permissions permission permitted allowed freedoms rights')
const LIMITATIONS = words('limitations limitation')
function category(cell: Cell | undefined): 'conditions' | 'grants' | 'limitations' | null {
  const w = cell?.tokens.length === 1 ? cell.tokens[0]!.w : ''
  return CONDITIONS.has(w)
    ? 'conditions'
    : GRANTS.has(w)
      ? 'grants'
      : LIMITATIONS.has(w)
        ? 'limitations'
        : null
}

/**
 * A row of a summary table whose columns are kinds of term ("| Permissions | Conditions |
 * Limitations |"): each condition is required; permissions and limitations (of warranty,
 * liability) restrict nothing.
 */
function categoryStatement(row: Row, header: Row): Sentence | null {
  const out: Token[] = []
  row.cells.forEach((cell, k) => {
    if (category(header.cells[k]) !== 'conditions' || cell.tokens.length === 0) return
    out.push(...cell.tokens, ...saidAll('is required', cell.to))
  })
  return out.length ? statement(out, row.from, row.to) : null
}

/** Columns of different kinds of term ("| Permissions | Conditions | Limitations |"); a header of one
 * kind ("| Condition | Requirement |") heads a table of terms and their values. */
function summaryHeader(header: Row): boolean {
  const kinds = header.cells.map(category)
  return kinds.every(k => k !== null) && (kinds.length === 1 || new Set(kinds).size > 1)
}

/** A row under a question in its first column: the question about the row's case, answered by its value. */
function answeredRow(row: Row, question: Cell): Sentence | null {
  const [caseCell, value] = row.cells
  if (!caseCell || !value || !bare(value)) return null
  const kind = valueKind(value)
  if (kind !== 'permit' && kind !== 'deny') return null
  const words = resolved([...question.tokens, ...caseCell.tokens], kind === 'permit', question.from)
  return words ? statement(words, row.from, row.to) : null
}

/** How a value column's question is answered: "Can I do this?" (yes grants), "Required?" (yes
 * requires), "Applies?" / "Restricted?" over a restriction (yes restricts). */
const APPLIES = words(
  'applies apply applicable restricted prohibited forbidden limited banned excluded force effect holds'
)
function questionKind(cell: Cell): 'grant' | 'duty' | 'applies' {
  if (cell.tokens.some(t => REQUIRE.has(t.w) || t.w === 'need' || t.w === 'have')) return 'duty'
  if (cell.tokens.some(t => APPLIES.has(t.w))) return 'applies'
  return 'grant'
}

/** The header's cell in a column, or undefined (a header may leave a column's label empty). */
function inColumn(header: Row | null, col: number): Cell | undefined {
  return header?.cells.find(c => c.col === col)
}

/**
 * What a tick under a column says, when the column is a verdict ("Allowed", "Not allowed",
 * "Prohibited", "Required"): a header cell that is a bare value word. Null for a label column.
 */
function verdictOf(head: Cell | undefined): 'permit' | 'deny' | 'require' | null {
  if (!head || head.tokens.length === 0 || head.mark || !bare(head)) return null
  const kind = valueKind(head)
  return kind === 'other' ? null : kind
}

/**
 * A header whose value columns are verdicts, one per kind, with perhaps a label column beside them
 * ("| Use | Allowed | Not allowed | Conditions |"): a row says its verdict by a tick in a column.
 */
function verdictHeader(row: Row): boolean {
  const kinds = new Set<string>()
  for (const c of row.cells.slice(1)) {
    if (c.mark || c.tokens.some(t => /\d/.test(t.w))) return false
    kinds.add(verdictOf(c) ?? 'label')
  }
  return kinds.size >= 2
}

/** The statement a row makes, or null when it restricts nothing. */
function rowStatement(row: Row, header: Row | null): Sentence | null {
  if (header && summaryHeader(header)) return categoryStatement(row, header)
  // "| Can I use it commercially? | Answer |" over "| In a start-up | No |": the row answers the question
  if (header?.cells[0]?.question) return answeredRow(row, header.cells[0])
  // "| Can I sell it? | No |": a question and its answer in one row
  if (row.cells[0]?.question && row.cells.length === 2)
    return answeredRow({ ...row, cells: [{ ...row.cells[0], tokens: [] }, row.cells[1]!] }, row.cells[0])
  const [subjectCell, ...values] = row.cells
  if (!subjectCell || subjectCell.tokens.length === 0) return null
  const above = (col: number): Token[] => (inColumn(header, col)?.tokens ?? []).filter(t => !GENERIC.has(t.w))
  // the first column's header helps a cell that holds only a measure ("under $2,000,000")
  const measure = subjectCell.tokens.some(t => /\d/.test(t.w)) || COMPARE.has(subjectCell.tokens[0]!.w)
  const subject = [...(measure ? above(subjectCell.col) : []), ...subjectCell.tokens]
  const names = (set: ReadonlySet<string>): boolean => subjectCell.tokens.some(t => set.has(t.w))
  const zh = isHan(subjectCell.tokens[0]!.w)
  const out: Token[] = []
  let restricts = values.length === 0
  if (values.length === 0) out.push(...subject)
  values.forEach(cell => {
    const at = cell.from
    const head = inColumn(header, cell.col)
    let kind = valueKind(cell)
    // under a "Required" column: "yes" / ✅ requires the term, "no" / ❌ leaves it out
    if (requiredColumn(head) && bare(cell)) {
      if (kind === 'deny') return
      if (kind === 'permit') kind = 'require'
    }
    // a tick under a verdict column ("| Use | Allowed | Not allowed |"): the column says the verdict
    const verdict = verdictOf(head)
    if (verdict !== null && kind === 'permit' && (cell.mark === 'permit' || bare(cell))) kind = verdict
    // under a "Conditions" column beside the verdicts: the terms on which the use is allowed
    if (verdict === null && header && verdictHeader(header) && category(head) === 'conditions') {
      if (cell.tokens.length === 0) return
      restricts = true
      out.push(...subject, ...saidAll('is permitted provided', at), ...cell.tokens)
      return
    }
    // under a question ("| Required? |", "| Applies? |"), a bare yes or no answers it
    const asked = head
    if (asked?.question && bare(cell) && (kind === 'permit' || kind === 'deny')) {
      const q = questionKind(asked)
      if (q === 'duty' || q === 'applies') {
        if (kind === 'deny') return
        restricts = true
        out.push(...subject, ...saidAll(q === 'duty' ? 'is required' : 'is not permitted', at))
        return
      }
    }
    // "| User limit | None |", "| Revenue cap | No |", "| Attribution required | No |": absent
    if (kind === 'deny' && bare(cell) && (names(RESTRICTION) || names(REQUIRE))) return
    if (kind === 'permit' && !(names(DUTY) && cell.tokens[0]!.w === 'yes')) {
      // "Yes, with attribution": the words after the grant still say something
      const rest = cell.tokens.filter(t => !PERMIT.has(t.w))
      if (rest.length === 0) return
      out.push(...subject, ...saidAll('is permitted', at), ...rest)
      restricts = true
      return
    }
    restricts = true
    out.push(...subject)
    if (kind === 'deny') {
      if (zh) out.splice(out.length - subject.length, 0, ...saidAll('禁 止', at))
      else if (bare(cell)) out.push(...saidAll('is not permitted', at))
      else out.push(...saidAll('is', at), ...cell.tokens)
    } else if (kind === 'require') {
      out.push(...(zh ? saidAll('须', at) : saidAll('is required', at)))
      if (!bare(cell)) out.push(...cell.tokens.filter(t => !REQUIRE.has(t.w)))
    } else if (category(header?.cells[0]) === 'conditions' && !requiredColumn(head))
      // "| Conditions | Notes |" over "| Copyright notice | keep it in every copy |": a condition
      out.push(...saidAll('is required', at), ...cell.tokens)
    else out.push(...above(cell.col), ...cell.tokens)
  })
  if (!restricts || out.length === 0) return null
  return statement(out, row.from, row.to)
}

export const tableRows: Restater = (doc: Doc, sentences: readonly Sentence[]): Sentence[] => {
  const text = doc.text
  const loose = pipelessLines(doc)
  const out: Sentence[] = []
  let header: Row | null = null
  let prevRow: Row | null = null
  let pendingHeader: { row: Row; sentences: Sentence[] } | null = null
  let i = 0
  while (i < sentences.length) {
    const s = sentences[i]!
    const line = lineOf(doc, s.start) - 1
    const from = doc.lineStarts[line]!
    const to = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1]! - 1 : text.length
    const row = rowOf(text, from, to, loose.has(line))
    if (!row) {
      if (pendingHeader) out.push(...asRow(pendingHeader.row))
      pendingHeader = null
      header = null
      prevRow = null
      out.push(s)
      i++
      continue
    }
    // the sentences of this row: every one that starts on its line
    const own: Sentence[] = []
    while (i < sentences.length && sentences[i]!.start < to) own.push(sentences[i++]!)
    // tokens and cells are both in text order: one walk over the two
    let c = 0
    for (const t of own.flatMap(x => x.tokens)) {
      while (c < row.cells.length && row.cells[c]!.to < t.e) c++
      const cell = row.cells[c]
      if (cell && t.s >= cell.from) cell.tokens.push(t)
    }
    if (row.rule) {
      // the row above was the header: labels, or a question its rows answer, never a clause itself
      if (pendingHeader) {
        header = pendingHeader.row
        pendingHeader = null
      }
      continue
    }
    const first = prevRow === null
    prevRow = row
    // a first row that asks ("| Is attribution required? |") heads the table only above a rule
    if (
      first &&
      (looksLikeHeader(row) ||
        verdictHeader(row) ||
        row.cells.every(c => category(c)) ||
        row.cells.some(c => c.question))
    ) {
      // kept as written until the next row shows whether it heads the table
      pendingHeader = { row, sentences: own }
      continue
    }
    if (pendingHeader) {
      // a |---| rule under it (a line without words): a header; otherwise a header by its look
      // only, so it is also read as a row
      const ruled = line > 0 && ruleRow(text, doc.lineStarts[line - 1]!, from - 1, loose.has(line - 1))
      header = ruled || looksLikeHeader(pendingHeader.row) ? pendingHeader.row : null
      if (!ruled) out.push(...asRow(pendingHeader.row))
      pendingHeader = null
    }
    const said = rowStatement(row, header)
    if (said) out.push(said)
  }
  if (pendingHeader) out.push(...asRow(pendingHeader.row))
  return out
}

/** The line text[from, to) is a |---|:--:| rule (or ---|:--: without outer pipes, when loose). */
function ruleRow(text: string, from: number, to: number, loose = false): boolean {
  const row = rowOf(text, from, to, loose)
  return row !== null && row.rule
}

/** Whether text[from, to) holds a "|" that is no escaped "\|". */
function hasPipe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === '|' && text[i - 1] !== '\\') return true
  return false
}

/**
 * Lines (0-based) of tables written without outer pipes ("Term | Value" / "--- | ---" / "a | b"):
 * a run of lines that hold a "|", whose second line is a rule of dashes. One pass over the lines.
 */
function pipelessLines(doc: Doc): Set<number> {
  const out = new Set<number>()
  const text = doc.text
  const n = doc.lineStarts.length
  const bounds = (l: number): [number, number] => [
    doc.lineStarts[l]!,
    l + 1 < n ? doc.lineStarts[l + 1]! - 1 : text.length
  ]
  let l = 0
  while (l < n) {
    const [from, to] = bounds(l)
    if (!hasPipe(text, from, to)) {
      l++
      continue
    }
    let end = l + 1
    while (end < n && hasPipe(text, ...bounds(end))) end++
    if (end - l >= 3 && dashes(text, ...bounds(l + 1)) && ruleRow(text, ...bounds(l + 1), true))
      for (let k = l; k < end; k++) out.add(k)
    l = end
  }
  return out
}

/** A line with a dash in it (a rule line has one in every cell). */
function dashes(text: string, from: number, to: number): boolean {
  return text.indexOf('-', from) >= 0 && text.indexOf('-', from) < to
}

/** A first row that no other row follows: a row like any other, not a header. */
function asRow(row: Row): Sentence[] {
  const said = rowStatement(row, null)
  return said ? [said] : []
}
