// The block structure of a card that the knowledge modules need, read from the Markdown tree the
// card parser already built (never a second parse, never a hand-written fence tracker): code
// blocks (fenced with any fence length, or indented), HTML comments, and lines that stand as
// headings without being Markdown headings (a paragraph that is only bold text, an HTML <hN>).

export interface CodeBlock {
  /** 1-based file lines of the block, fences included. */
  line: number
  endLine: number
  /** The info string's language ("bash", "python"), or null. */
  lang: string | null
  /** The code inside the fences. */
  value: string
}

/**
 * A span of the file, 1-based lines and columns; `endColumn` is exclusive. Inside a block quote or
 * a list, the tree strips the container's prefix from continuation lines, so only `line` and `column`
 * of a span's start are exact there: readers find the closing `-->` on `endLine` themselves.
 */
export interface TextSpan {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface PseudoHeading {
  heading: string
  /** 1–6 for <h1>…<h6>; 7 for a bold-only line (below every Markdown heading). */
  depth: number
  line: number
}

export interface CardMarkdown {
  code: CodeBlock[]
  /** HTML comments (`<!-- … -->`), block or inline. */
  comments: TextSpan[]
  pseudoHeadings: PseudoHeading[]
}

export function emptyMarkdown(): CardMarkdown {
  return { code: [], comments: [], pseudoHeadings: [] }
}

interface Point {
  line: number
  column: number
}
interface MdNode {
  type: string
  lang?: string | null
  value?: string
  depth?: number
  children?: MdNode[]
  position?: { start: Point; end: Point }
}

const MAX_ITEMS = 5000

function textOf(node: MdNode): string {
  let out = ''
  const stack: MdNode[] = [node]
  while (stack.length > 0 && out.length < 400) {
    const n = stack.pop()!
    if (typeof n.value === 'string' && n.type !== 'html') out += n.value
    const kids = n.children ?? []
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  return out
}

/** "<h2 id=x>Training <b>data</b></h2>" → { depth: 2, heading: "Training data" }; linear scans only. */
function htmlHeading(value: string): { depth: number; heading: string } | null {
  const v = value.trim()
  if (v.length > 400 || v.length < 9 || v[0] !== '<' || (v[1] !== 'h' && v[1] !== 'H')) return null
  const depth = Number(v[2])
  if (!(depth >= 1 && depth <= 6)) return null
  if (v[3] !== '>' && v[3] !== ' ') return null
  const close = `</h${depth}>`
  if (!v.toLowerCase().endsWith(close)) return null
  const open = v.indexOf('>')
  const inner = v.slice(open + 1, v.length - close.length)
  let heading = ''
  let inTag = false
  for (const c of inner) {
    if (c === '<') inTag = true
    else if (c === '>') inTag = false
    else if (!inTag) heading += c
  }
  heading = heading.trim()
  return heading ? { depth, heading } : null
}

/** A paragraph that is only bold text, maybe with a colon: "**Training data**", "__Data__:". */
function boldHeading(node: MdNode): string | null {
  const kids = (node.children ?? []).filter(k => !(k.type === 'text' && /^[\s:]*$/.test(k.value ?? '')))
  if (kids.length !== 1 || kids[0].type !== 'strong' || !node.position) return null
  if (node.position.start.line !== node.position.end.line) return null
  const t = textOf(kids[0]).trim().replace(/:$/, '').trim()
  return t.length >= 2 && t.length <= 60 ? t : null
}

/**
 * Code blocks, HTML comments and pseudo-headings of a parsed Markdown body.
 * @param tree the root of the body's Markdown tree (markdown-tree.ts).
 * @param lineOffset the file line of the body's first line, minus one.
 */
export function markdownBlocks(tree: unknown, lineOffset: number): CardMarkdown {
  const out = emptyMarkdown()
  const stack: MdNode[] = [tree as MdNode]
  let visited = 0
  while (stack.length > 0 && visited++ < 1_000_000) {
    const node = stack.pop()!
    const pos = node.position
    if (pos && node.type === 'code' && out.code.length < MAX_ITEMS) {
      out.code.push({
        line: pos.start.line + lineOffset,
        endLine: pos.end.line + lineOffset,
        lang: node.lang ?? null,
        value: node.value ?? ''
      })
      continue
    }
    if (pos && node.type === 'html') {
      const v = node.value ?? ''
      // One html node may hold several comments and tags; find each comment by its own position.
      collectComments(v, pos.start, lineOffset, out.comments)
      const h = htmlHeading(v)
      if (h && out.pseudoHeadings.length < MAX_ITEMS)
        out.pseudoHeadings.push({ ...h, line: pos.start.line + lineOffset })
      continue
    }
    if (pos && node.type === 'paragraph') {
      const b = boldHeading(node)
      if (b && out.pseudoHeadings.length < MAX_ITEMS)
        out.pseudoHeadings.push({ heading: b, depth: 7, line: pos.start.line + lineOffset })
    }
    const kids = node.children ?? []
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  out.code.sort((a, b) => a.line - b.line)
  out.comments.sort((a, b) => a.line - b.line || a.column - b.column)
  out.pseudoHeadings.sort((a, b) => a.line - b.line)
  return out
}

/** Spans of `<!-- … -->` inside an html node's value, which starts at `start` in the body. */
function collectComments(value: string, start: Point, lineOffset: number, sink: TextSpan[]): void {
  let line = start.line
  let column = start.column
  let i = 0
  const advance = (to: number) => {
    for (; i < to; i++) {
      if (value[i] === '\n') {
        line++
        column = 1
      } else column++
    }
  }
  while (i < value.length && sink.length < MAX_ITEMS) {
    const open = value.indexOf('<!--', i)
    if (open < 0) return
    advance(open)
    const from = { line, column }
    const close = value.indexOf('-->', open + 4)
    // An unclosed comment runs to the end of the node (CommonMark ends the block there).
    advance(close < 0 ? value.length : close + 3)
    sink.push({
      line: from.line + lineOffset,
      column: from.column,
      endLine: line + lineOffset,
      endColumn: column
    })
  }
}
