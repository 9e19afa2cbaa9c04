// Test-only helpers: cards from text (through the real card parser) and lines of a card.
import fs from 'node:fs'
import { parseCard } from '../../src/card/parse-card.js'
import type { ParsedCard } from '../../src/card/types.js'
import { sharedPath } from '../helpers/shared.js'

/** A card of the shared corpus; only for conformance suites (see describeConformance). */
export function corpusCard(name: string): ParsedCard {
  const file = sharedPath('corpus', 'cards', name)
  return makeCard(fs.readFileSync(file, 'utf8'), `cards/${name}`)
}

/** A card as the audit reads it: the real parser, so code blocks and comments come from mdast. */
export function makeCard(input: string, file = 'README.md'): ParsedCard {
  return parseCard(file, input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).card
}

/** The 1-based line of the file that contains `needle` (first match). */
export function lineOf(card: ParsedCard, needle: string): number {
  const i = card.text.split('\n').findIndex(l => l.includes(needle))
  if (i < 0) throw new Error(`not in card: ${needle}`)
  return i + 1
}
