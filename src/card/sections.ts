// Markdown structure of a card: headings (ATX and setext) with their lines, and links, read with
// mdast-util-from-markdown so code blocks and HTML are not mistaken for headings.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { emptyMarkdown, markdownBlocks, type CardMarkdown } from './markdown-blocks.js'
import type { CardLink, CardSection } from './types.js'

interface MdNode {
  type: string
  depth?: number
  url?: string
  value?: string
  children?: MdNode[]
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } }
}

function plainText(node: MdNode): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.value
  return (node.children ?? []).map(plainText).join('')
}

const BARE_URL = /\bhttps?:\/\/[^\s<>()"'`\]]{1,2000}/g

/**
 * @param body Markdown after the front matter.
 * @param lineOffset file line of the body's first line, minus one.
 */
export function parseSections(
  body: string,
  lineOffset: number
): { sections: CardSection[]; links: CardLink[]; markdown: CardMarkdown } {
  const lines = body.split('\n')
  let tree: MdNode
  let markdown: CardMarkdown
  try {
    tree = fromMarkdown(body) as unknown as MdNode
    markdown = markdownBlocks(tree, lineOffset)
  } catch {
    tree = { type: 'root', children: [] }
    markdown = emptyMarkdown()
  }
  const headings: Array<{ heading: string; depth: number; line: number; endLine: number }> = []
  const links: CardLink[] = []
  const seen = new Set<string>()
  const visit = (node: MdNode) => {
    if (node.type === 'heading' && node.position) {
      headings.push({
        heading: plainText(node).trim(),
        depth: node.depth ?? 1,
        line: node.position.start.line,
        endLine: node.position.end.line
      })
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url && node.position) {
      const line = node.position.start.line + lineOffset
      seen.add(`${line}\u0000${node.url}`)
      links.push({ url: node.url, text: plainText(node).trim(), line })
    }
    for (const c of node.children ?? []) visit(c)
  }
  visit(tree)
  // Bare URLs in text and HTML that mdast did not turn into links (GFM autolinks are an extension).
  lines.forEach((l, i) => {
    if (!l.includes('http')) return
    for (const m of l.matchAll(BARE_URL)) {
      const url = m[0].replace(/[.,;:!?*_]+$/, '')
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
  return { sections, links, markdown }
}
