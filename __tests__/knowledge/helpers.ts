// Test-only helper: a deliberately simple ParsedCard builder (front matter by fences, ATX headings
// by lines, Markdown links and bare URLs), so the knowledge tests do not depend on the real parser.
import fs from 'node:fs'
import { parse as parseYaml } from 'yaml'
import type { CardLink, CardSection, ParsedCard } from '../../src/card/types.js'
import { sharedPath } from '../helpers/shared.js'

/** A card of the shared corpus; only for conformance suites (see describeConformance). */
export function corpusCard(name: string): ParsedCard {
  const file = sharedPath('corpus', 'cards', name)
  return makeCard(fs.readFileSync(file, 'utf8'), `cards/${name}`)
}

export function makeCard(input: string, file = 'README.md'): ParsedCard {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  let metadata: Record<string, unknown> = {}
  const metadataLines: Record<string, number> = {}
  let frontMatter: ParsedCard['frontMatter'] = 'absent'
  let bodyStart = 0 // index into lines
  let first = 0
  while (first < lines.length && lines[first].trim() === '') first++
  if (lines[first] === '---') {
    const close = lines.indexOf('---', first + 1)
    if (close > first) {
      const yamlText = lines.slice(first + 1, close).join('\n')
      try {
        const v = parseYaml(yamlText) as unknown
        metadata = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
        frontMatter = 'valid'
      } catch {
        frontMatter = 'invalid'
      }
      for (let i = first + 1; i < close; i++) {
        const m = /^([A-Za-z0-9_.-]+)\s*:/.exec(lines[i])
        if (m && !(m[1] in metadataLines)) metadataLines[m[1]] = i + 1
      }
      bodyStart = close + 1
    }
  }
  const bodyStartLine = bodyStart + 1
  const body = lines.slice(bodyStart).join('\n')
  const headings: Array<{ heading: string; depth: number; line: number }> = []
  const links: CardLink[] = []
  let fence = false
  for (let i = bodyStart; i < lines.length; i++) {
    const l = lines[i]
    if (/^\s{0,3}(```|~~~)/.test(l)) {
      fence = !fence
      continue
    }
    if (fence) continue
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l)
    if (h) headings.push({ heading: h[2].replace(/[*_]/g, '').trim(), depth: h[1].length, line: i + 1 })
    for (const m of l.matchAll(/\[([^\]]{0,200})\]\((https?:\/\/[^)\s]{1,500})\)/g))
      links.push({ url: m[2], text: m[1], line: i + 1 })
  }
  const sections: CardSection[] = []
  const firstHeading = headings.length ? headings[0].line : lines.length + 1
  if (firstHeading > bodyStartLine) {
    sections.push({
      heading: '',
      depth: 0,
      line: bodyStartLine,
      endLine: firstHeading - 1,
      text: lines.slice(bodyStart, firstHeading - 1).join('\n')
    })
  }
  headings.forEach((h, i) => {
    const endLine = i + 1 < headings.length ? headings[i + 1].line - 1 : lines.length
    sections.push({
      heading: h.heading,
      depth: h.depth,
      line: h.line,
      endLine,
      text: lines.slice(h.line, endLine).join('\n')
    })
  })
  return { file, text, metadata, metadataLines, frontMatter, body, bodyStartLine, sections, links }
}

/** The 1-based line of the file that contains `needle` (first match). */
export function lineOf(card: ParsedCard, needle: string): number {
  const i = card.text.split('\n').findIndex(l => l.includes(needle))
  if (i < 0) throw new Error(`not in card: ${needle}`)
  return i + 1
}
