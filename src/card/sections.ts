// Markdown structure of a card: headings (ATX and setext) with their lines, and links, read from a
// Markdown tree (markdown-tree.ts) so code blocks and HTML are not mistaken for headings. A card too
// large or too deeply nested for a tree is read by a line reader instead, and the card says it was
// read partially.
import { markdownTree } from './markdown-tree.js'
import { emptyMarkdown, markdownBlocks, type CardMarkdown } from './markdown-blocks.js'
import { htmlAnchors } from './html-links.js'
import type { CardLink, CardSection } from './types.js'
import { trimEndChars } from '../text/trim.js'

interface MdNode {
  type: string
  depth?: number
  url?: string
  value?: string
  children?: MdNode[]
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } }
}

/** Text of a node and its descendants, in order (iterative: a deep tree must not overflow the stack). */
function plainText(node: MdNode): string {
  let out = ''
  const stack: MdNode[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (typeof n.value === 'string' && n.type !== 'html') {
      out += n.value
      continue
    }
    const kids = n.children ?? []
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
  }
  return out
}

const BARE_URL = /\bhttps?:\/\/[^\s<>()"'`\]]{1,2000}/g

/** Beyond these, Markdown is not parsed to a tree; a line reader takes over. */
export const MARKDOWN_LIMITS = {
  /** Characters of card body parsed to a tree. */
  maxParsedChars: 512 * 1024,
  /** Block containers (block quotes, list items) nested on one line or by indentation. */
  maxNesting: 100
}

/** Deepest nesting of block quotes and list items a line opens ("> > - > x" is 4; two spaces of indentation count as one level). */
export function maxNestingDepth(body: string): number {
  let deepest = 0
  let i = 0
  while (i < body.length) {
    let depth = 0
    let indent = 0
    let j = i
    for (; j < body.length; j++) {
      const c = body[j]!
      // indentation before the first marker; spaces after a marker belong to it
      if (c === ' ') indent += depth === 0 ? 1 : 0
      else if (c === '\t') indent += depth === 0 ? 4 : 0
      else if (c === '>') depth++
      else if ((c === '-' || c === '*' || c === '+') && (body[j + 1] === ' ' || body[j + 1] === '\t')) depth++
      else if (c >= '0' && c <= '9') {
        let k = j
        while (k < body.length && k - j < 9 && body[k]! >= '0' && body[k]! <= '9') k++
        if ((body[k] === '.' || body[k] === ')') && (body[k + 1] === ' ' || body[k + 1] === '\t')) {
          depth++
          j = k
        } else break
      } else break
    }
    deepest = Math.max(deepest, depth + Math.floor(indent / 2))
    const nl = body.indexOf('\n', j)
    if (nl < 0) break
    i = nl + 1
  }
  return deepest
}

/** Why the body is too large or too deep for a tree, or null when it may be parsed. */
export function markdownLimitExceeded(body: string): string | null {
  if (body.length > MARKDOWN_LIMITS.maxParsedChars)
    return `its Markdown is larger than ${MARKDOWN_LIMITS.maxParsedChars / 1024} KB`
  const depth = maxNestingDepth(body)
  if (depth > MARKDOWN_LIMITS.maxNesting)
    return `its Markdown nests block quotes or lists ${depth} levels deep (more than ${MARKDOWN_LIMITS.maxNesting})`
  return null
}

interface Heading {
  heading: string
  depth: number
  line: number
  endLine: number
}

/** The line reader: ATX headings and code fences (outside fenced code) and Markdown links, in one pass. */
function readLines(
  lines: readonly string[],
  lineOffset: number
): { headings: Heading[]; links: CardLink[]; markdown: CardMarkdown } {
  const headings: Heading[] = []
  const links: CardLink[] = []
  const markdown = emptyMarkdown()
  let fence: { marker: string; line: number } | null = null
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    const t = raw.trimStart()
    const indent = raw.length - t.length
    if (indent <= 3 && (t.startsWith('```') || t.startsWith('~~~'))) {
      const marker = t.slice(0, 3)
      if (!fence) fence = { marker, line: i + 1 }
      else if (marker === fence.marker) {
        markdown.code.push({
          line: fence.line + lineOffset,
          endLine: i + 1 + lineOffset,
          lang: null,
          value: lines.slice(fence.line, i).join('\n')
        })
        fence = null
      }
      continue
    }
    if (fence) continue
    if (indent <= 3 && t.startsWith('#')) {
      let level = 0
      while (level < t.length && t[level] === '#') level++
      if (level <= 6 && (t.length === level || t[level] === ' ' || t[level] === '\t')) {
        headings.push({
          heading: trimEndChars(t.slice(level).trim(), '#').trim(),
          depth: level,
          line: i + 1,
          endLine: i + 1
        })
        continue
      }
    }
    // "[text](url)" found with indexOf, never a backtracking expression; each search moves forward only
    let open = -1 // last "[" before the current "]("
    let nextOpen = raw.indexOf('[')
    let close = -1
    for (let at = raw.indexOf(']('); at >= 0 && links.length < 10_000; at = raw.indexOf('](', at + 2)) {
      if (close < at + 2) close = raw.indexOf(')', at + 2)
      if (close < 0) break
      while (nextOpen >= 0 && nextOpen < at) {
        open = nextOpen
        nextOpen = raw.indexOf('[', open + 1)
      }
      if (open < 0 || at - open > 300 || close - at > 2000) continue
      const url = raw
        .slice(at + 2, close)
        .trim()
        .split(/\s/)[0]!
      if (url) links.push({ url, text: raw.slice(open + 1, at).trim(), line: i + 1 + lineOffset })
    }
  }
  return { headings, links, markdown }
}

/**
 * Links of the `<a href>` anchors in an HTML node. Inline HTML splits `<a href="x">text</a>` into
 * three nodes, so an anchor left open takes its text from the siblings up to the closing tag.
 */
function anchorLinks(
  html: MdNode,
  siblings: readonly MdNode[],
  index: number,
  lineOffset: number
): CardLink[] {
  const line = html.position!.start.line + lineOffset
  return htmlAnchors(html.value ?? '').map(a => {
    let text = a.text
    if (!a.closed) {
      for (let j = index + 1; j < siblings.length && text.length < 500; j++) {
        const next = siblings[j]!
        if (next.type === 'html') {
          // Tags inside the anchor (`<em>`) carry no text; its closing tag ends it.
          if ((next.value ?? '').toLowerCase().includes('</a')) break
          continue
        }
        text += plainText(next)
      }
    }
    return { url: a.href, text: text.trim(), line: line + a.lineInValue }
  })
}

/** Headings and links of a parsed tree, in document order (iterative). */
function readTree(tree: MdNode, lineOffset: number): { headings: Heading[]; links: CardLink[] } {
  const headings: Heading[] = []
  const links: CardLink[] = []
  const stack: MdNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'heading' && node.position) {
      headings.push({
        heading: plainText(node).trim(),
        depth: node.depth ?? 1,
        line: node.position.start.line,
        endLine: node.position.end.line
      })
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url && node.position) {
      links.push({ url: node.url, text: plainText(node).trim(), line: node.position.start.line + lineOffset })
    }
    const kids = node.children ?? []
    kids.forEach((kid, k) => {
      if (kid.type === 'html' && kid.value && kid.position)
        links.push(...anchorLinks(kid, kids, k, lineOffset))
    })
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
  }
  return { headings, links }
}

/**
 * @param body Markdown after the front matter.
 * @param lineOffset file line of the body's first line, minus one.
 * @returns `partial` says why the line reader was used instead of a Markdown tree.
 */
export function parseSections(
  body: string,
  lineOffset: number
): { sections: CardSection[]; links: CardLink[]; markdown: CardMarkdown; partial?: string } {
  const lines = body.split('\n')
  const partial = markdownLimitExceeded(body)
  let headings: Heading[]
  let links: CardLink[]
  let markdown: CardMarkdown
  if (partial) {
    ;({ headings, links, markdown } = readLines(lines, lineOffset))
  } else {
    let tree: MdNode
    try {
      tree = markdownTree(body)
      markdown = markdownBlocks(tree, lineOffset)
    } catch {
      tree = { type: 'root', children: [] }
      markdown = emptyMarkdown()
    }
    ;({ headings, links } = readTree(tree, lineOffset))
  }
  const seen = new Set<string>(links.map(l => `${l.line}\u0000${l.url}`))
  // Bare URLs in text and HTML that the tree did not turn into links (GFM autolinks are an extension).
  lines.forEach((l, i) => {
    if (!l.includes('http')) return
    for (const m of l.matchAll(BARE_URL)) {
      const url = trimEndChars(m[0], '.,;:!?*_')
      const line = i + 1 + lineOffset
      if (seen.has(`${line}\u0000${url}`)) continue
      seen.add(`${line}\u0000${url}`)
      links.push({ url, text: '', line })
    }
  })
  links.sort((a, b) => a.line - b.line)

  const sections: CardSection[] = []
  const sliceText = (from: number, to: number) => lines.slice(from - 1, to).join('\n')
  const firstHeadingLine = headings.length > 0 ? headings[0].line : lines.length + 1
  if (firstHeadingLine > 1) {
    sections.push({
      heading: '',
      depth: 0,
      line: 1 + lineOffset,
      endLine: firstHeadingLine - 1 + lineOffset,
      text: sliceText(1, firstHeadingLine - 1)
    })
  }
  headings.forEach((h, i) => {
    const next = i + 1 < headings.length ? headings[i + 1].line - 1 : lines.length
    sections.push({
      heading: h.heading,
      depth: h.depth,
      line: h.line + lineOffset,
      endLine: next + lineOffset,
      text: sliceText(h.endLine + 1, next)
    })
  })
  return partial ? { sections, links, markdown, partial } : { sections, links, markdown }
}
