import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

const WANTED: Array<{ name: string; match: RegExp }> = [
  {
    name: 'Training Data',
    match: /\b(training|pre-?training) (data|dataset|datasets|corpus)\b|^data$|^datasets?$/i
  },
  { name: 'Training Procedure', match: /\btraining (procedure|details|process|setup|recipe)\b|^training$/i },
  { name: 'Evaluation', match: /\b(evaluation|results|benchmarks?)\b/i }
]
const PLACEHOLDER = '[More Information Needed]'

export const cardIncomplete: ModelRule = {
  scope: 'model',
  meta: {
    id: 'card-incomplete',
    category: 'card-incomplete',
    title: 'The card fills in the training and evaluation sections',
    framework: 'Hugging Face model-card template; MOF components 12 (evaluation results) and 13 (model card)',
    severity: {
      default: 'note',
      'mof-class-1': 'warning',
      'mof-class-2': 'warning',
      'mof-class-3': 'warning'
    },
    docs: docsUrl('card-incomplete')
  },
  check(facts, report) {
    const card = facts.card
    if (!card) return
    const missing: string[] = []
    for (const w of WANTED) {
      const i = card.sections.findIndex(s => w.match.test(s.heading))
      if (i < 0) {
        // Training data described under another heading (e.g. "Amber Training Details") is enough.
        if (w.name === 'Training Data' && facts.dataInformation.level !== 'none') continue
        missing.push(w.name)
        continue
      }
      // A section's content includes its subsections ("## Training" with "### Data", "### Procedure").
      const section = card.sections[i]
      let text = section.text
      for (let j = i + 1; j < card.sections.length && card.sections[j].depth > section.depth; j++)
        text += '\n' + card.sections[j].text
      if (text.includes(PLACEHOLDER) || text.trim() === '') {
        report({
          message: `The card's “${section.heading}” section is not filled in.`,
          file: card.file,
          line: section.line
        })
      }
    }
    // One finding for all missing sections: three notes per card would drown the real findings.
    if (missing.length > 0) {
      report({
        message: `The card has no ${missing
          .map(m => `“${m}”`)
          .join(missing.length > 2 ? ', ' : ' and ')
          .replace(/, ([^,]*)$/, ' and $1')} section${missing.length > 1 ? 's' : ''}.`,
        file: card.file
      })
    }
  }
}
