// A parsed model card: metadata with line numbers, Markdown sections, links.
import type { CardMarkdown } from './markdown-blocks.js'

export interface CardSection {
  /** Heading text, without the leading #'s. The text before the first heading has heading ''. */
  heading: string
  depth: number
  /** 1-based line of the heading in the file. */
  line: number
  /** 1-based last line of the section (before the next heading of any depth). */
  endLine: number
  /** Plain text of the section body (no heading), lines kept so offsets map back to lines. */
  text: string
}

export interface CardLink {
  url: string
  text: string
  line: number
}

export interface ParsedCard {
  /** Path relative to the audited root, "/" separators. */
  file: string
  /** The whole file text (BOM removed, CRLF normalised to LF). */
  text: string
  /** Front matter as parsed YAML (a plain object), or {} when absent or invalid. */
  metadata: Record<string, unknown>
  /** 1-based line of each top-level metadata key, e.g. { license: 3 }. */
  metadataLines: Record<string, number>
  /** Whether front matter was present, and whether it parsed. */
  frontMatter: 'absent' | 'valid' | 'invalid'
  /** Markdown body after the front matter. */
  body: string
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number
  sections: CardSection[]
  links: CardLink[]
  /** Code blocks, HTML comments and pseudo-headings, from the same Markdown parse as `sections`. */
  markdown: CardMarkdown
  /** Set when the Markdown was too large or too deeply nested for a tree: why it was read line by line. */
  markdownReadPartially?: string
}
