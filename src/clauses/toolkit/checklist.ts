// Checked boxes in a checklist ("- [x] Attribution required", "- [x] Include the copyright
// notice"): the box is ticked, so the item states a condition that applies, and the word after the
// box opens the item. The tokenizer reads "[x]" as the word "x"; this tells that word from a real
// one by the brackets around it in the text.
import type { Sentence } from './sentences.js'

/** Index of the first word after a ticked box that opens the sentence ("[x]", "[X]"), or -1. */
export function afterTickedBox(s: Sentence, text: string): number {
  const box = s.tokens[s.body]
  if (!box || box.w !== 'x' || box.e - box.s !== 1) return -1
  if (text[box.s - 1] !== '[' || text[box.e] !== ']') return -1
  return s.body + 1 < s.tokens.length ? s.body + 1 : -1
}
