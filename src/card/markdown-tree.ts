// A card's Markdown as a small mdast-shaped tree (root, heading, paragraph, strong, link,
// definition, html, code, text, with 1-based line positions), read by markdown-it. micromark, which
// builds real mdast, read a thousand short cards about seven times slower (issue 14: a monorepo of
// 10,000 models spent a fifth of its time there), and the card readers only need this much.
//
// The CommonMark preset is used, as micromark without extensions was: no tables, no bare-URL
// linkify (sections.ts finds bare URLs itself). Links are kept as written: markdown-it would
// percent-encode them and drop "javascript:" ones, where the readers want what the author wrote.
import MarkdownItCallable, { type MarkdownIt, type Token } from 'markdown-it'

interface Point {
  line: number
  column: number
}

export interface TreeNode {
  type: string
  depth?: number
  url?: string
  lang?: string | null
  value?: string
  children?: TreeNode[]
  position?: { start: Point; end: Point }
}

let parser: MarkdownIt | undefined

function markdownIt(): MarkdownIt {
  if (parser) return parser
  // maxNesting: sections.ts sends nothing nested deeper than 100 containers here; markdown-it's own
  // count also takes inline nesting, so its limit sits well above that (past it, it stops nesting).
  const md = new MarkdownItCallable('commonmark', { html: true, maxNesting: 1000 })
  md.validateLink = () => true
  md.normalizeLink = url => url
  md.normalizeLinkText = text => text
  parser = md
  return md
}

/** Node types of markdown-it's paired block tokens, by the name before "_open". */
const BLOCK: Readonly<Record<string, string>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'blockquote',
  bullet_list: 'list',
  ordered_list: 'list',
  list_item: 'listItem'
}
const INLINE: Readonly<Record<string, string>> = {
  strong: 'strong',
  em: 'emphasis',
  link: 'link'
}

function withoutFinalNewline(s: string): string {
  return s.endsWith('\n') ? s.slice(0, -1) : s
}

/** 1-based column where `needle` starts on `line` of the source at or after `from`, or 1. */
function columnOf(lines: readonly string[], line: number, needle: string, from = 0): number {
  const at = (lines[line - 1] ?? '').indexOf(needle, from)
  return at < 0 ? 1 : at + 1
}

function span(startLine: number, startColumn: number, endLine: number, endColumn: number) {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } }
}

/** The inline children of one block, with the line each starts on (breaks and HTML move it on). */
function inlineNodes(children: readonly Token[], firstLine: number, lines: readonly string[]): TreeNode[] {
  const root: TreeNode = { type: 'inline', children: [] }
  const stack: TreeNode[] = [root]
  let line = firstLine
  let column = 0
  const push = (n: TreeNode) => stack[stack.length - 1]!.children!.push(n)
  for (const t of children) {
    const kind = t.type.endsWith('_open')
      ? t.type.slice(0, -5)
      : t.type.endsWith('_close')
        ? t.type.slice(0, -6)
        : ''
    if (kind && INLINE[kind]) {
      if (t.nesting === 1) {
        const node: TreeNode = { type: INLINE[kind]!, children: [], position: span(line, 1, line, 1) }
        if (kind === 'link') node.url = String(t.attrGet('href') ?? '')
        push(node)
        stack.push(node)
      } else if (stack.length > 1) {
        const node = stack.pop()!
        node.position!.end.line = line
      }
      continue
    }
    if (t.type === 'softbreak') {
      push({ type: 'text', value: '\n' })
      line++
      column = 0
    } else if (t.type === 'hardbreak') {
      push({ type: 'break' })
      line++
      column = 0
    } else if (t.type === 'text' || t.type === 'code_inline') {
      push({ type: t.type === 'text' ? 'text' : 'inlineCode', value: t.content })
    } else if (t.type === 'html_inline') {
      const first = t.content.split('\n', 1)[0]!
      const col = columnOf(lines, line, first, column)
      column = col
      const breaks = t.content.split('\n').length - 1
      push({ type: 'html', value: t.content, position: span(line, col, line + breaks, 1) })
      line += breaks
      if (breaks > 0) column = 0
    } else if (t.type === 'image') {
      push({ type: 'image' })
    }
  }
  return root.children!
}

/** Lines of the reference definitions ("[label]: url") markdown-it resolved, found by their label. */
function definitionNodes(
  references: Record<string, { href: string }> | undefined,
  lines: readonly string[]
): TreeNode[] {
  if (!references) return []
  const wanted = new Map<string, string>()
  for (const [label, ref] of Object.entries(references)) wanted.set(label, ref.href)
  const out: TreeNode[] = []
  for (let i = 0; i < lines.length && wanted.size > 0; i++) {
    const t = lines[i]!.trimStart()
    if (!t.startsWith('[') || lines[i]!.length - t.length > 3) continue
    const close = t.indexOf(']:')
    if (close < 2) continue
    // markdown-it's own normalisation of labels: whitespace collapsed, case folded
    const label = t.slice(1, close).trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase()
    const href = wanted.get(label)
    if (href === undefined) continue
    wanted.delete(label)
    out.push({ type: 'definition', url: href, position: span(i + 1, 1, i + 1, 1) })
  }
  return out
}

/** Unclosed "[" a paragraph may hold, and brackets it may nest, before they are made inert. */
const MAX_BRACKETS = 64
/** Same length as "[" and "]" (one UTF-16 unit each), so every offset and line stays where it was. */
const INERT_OPEN = '\uFF3B'
const INERT_CLOSE = '\uFF3D'

/**
 * The body with the brackets no link can use made inert: a paragraph's unclosed "[" when it has
 * more than MAX_BRACKETS of them, and pairs nested deeper than that. markdown-it (like micromark)
 * looks for the end of a link again from each "[": 250,000 "![" took 90 s, 250,000 nested pairs
 * 5 s. One pass with a stack; an ordinary card is parsed exactly as written.
 */
export function defuseBrackets(body: string): string {
  const inert: number[] = []
  let open: number[] = [] // "[" of this paragraph that no "]" has closed yet
  let blankLine = true
  const endParagraph = () => {
    if (open.length > MAX_BRACKETS) for (const i of open) inert.push(i)
    open = []
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\n') {
      if (blankLine) endParagraph()
      blankLine = true
      continue
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') blankLine = false
    // an escaped character is no bracket (a backslash ending a line is a line break, kept)
    if (c === '\\' && body[i + 1] !== '\n') i++
    else if (c === '[') open.push(i)
    else if (c === ']' && open.length > 0) {
      const from = open.pop()!
      if (open.length >= MAX_BRACKETS) inert.push(from, i)
    }
  }
  endParagraph()
  if (inert.length === 0) return body
  const chars = body.split('')
  for (const i of inert) chars[i] = chars[i] === '[' ? INERT_OPEN : INERT_CLOSE
  return chars.join('')
}

/** The tree of a Markdown body (lines 1-based within the body). */
export function markdownTree(body: string): TreeNode {
  const env: { references?: Record<string, { href: string; title: string }> } = {}
  const tokens = markdownIt().parse(defuseBrackets(body), env)
  const lines = body.split('\n')
  const root: TreeNode = { type: 'root', children: [] }
  const stack: TreeNode[] = [root]
  const push = (n: TreeNode) => stack[stack.length - 1]!.children!.push(n)
  for (const t of tokens) {
    const from = t.map ? t.map[0] + 1 : 1
    const to = t.map ? Math.max(from, t.map[1]) : from
    if (t.nesting === 1 && BLOCK[t.type.slice(0, -5)]) {
      const node: TreeNode = {
        type: BLOCK[t.type.slice(0, -5)]!,
        children: [],
        position: span(from, 1, to, 1)
      }
      if (node.type === 'heading') node.depth = Number(t.tag.slice(1))
      push(node)
      stack.push(node)
    } else if (t.nesting === -1 && BLOCK[t.type.slice(0, -6)]) {
      if (stack.length > 1) stack.pop()
    } else if (t.type === 'inline') {
      for (const n of inlineNodes(t.children ?? [], from, lines)) push(n)
    } else if (t.type === 'fence' || t.type === 'code_block') {
      const info = t.info.trim()
      const lang = t.type === 'fence' && info ? info.split(/\s/, 1)[0]! : null
      push({ type: 'code', lang, value: withoutFinalNewline(t.content), position: span(from, 1, to, 1) })
    } else if (t.type === 'html_block') {
      const value = withoutFinalNewline(t.content)
      const col = columnOf(lines, from, value.trimStart().split('\n', 1)[0]!)
      push({ type: 'html', value, position: span(from, col, to, 1) })
    } else if (t.type === 'hr') {
      push({ type: 'thematicBreak', position: span(from, 1, to, 1) })
    }
  }
  for (const n of definitionNodes(env.references, lines)) root.children!.push(n)
  return root
}
