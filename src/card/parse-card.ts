import { splitFrontMatter, type FrontMatterProblem } from './front-matter.js'
import { parseSections } from './sections.js'
import type { ParsedCard } from './types.js'

export function parseCard(file: string, text: string): { card: ParsedCard; problems: FrontMatterProblem[] } {
  const fm = splitFrontMatter(text)
  const { sections, links, markdown, partial } = parseSections(fm.body, fm.bodyStartLine - 1)
  return {
    card: {
      file,
      text,
      metadata: fm.metadata,
      metadataLines: fm.metadataLines,
      frontMatter: fm.state,
      body: fm.body,
      bodyStartLine: fm.bodyStartLine,
      sections,
      links,
      markdown,
      ...(partial ? { markdownReadPartially: partial } : {})
    },
    problems: fm.problems
  }
}
