import type { ModelRule } from './types.js'
import { docsUrl } from './types.js'

export const cardMissing: ModelRule = {
  scope: 'model',
  meta: {
    id: 'card-missing',
    category: 'card-missing',
    title: 'Every model has a model card',
    framework: 'MOF component 13 (model card, Class III); Hugging Face model-card conventions',
    severity: { default: 'warning', 'mof-class-1': 'error', 'mof-class-2': 'error', 'mof-class-3': 'error' },
    docs: docsUrl('card-missing')
  },
  check(facts, report) {
    if (facts.cardState === 'ok' || facts.cardState === 'truncated') return
    const dir = facts.model.path === '.' ? '' : `${facts.model.path}/`
    if (facts.cardState === 'missing') {
      report({
        message: `No model card: add ${dir}README.md with YAML front matter (license, datasets, base_model) and the card's sections.`
      })
    } else {
      report({
        message: `The model card ${facts.cardFile?.path ?? ''} could not be read as text (${facts.cardState}).`,
        file: facts.cardFile?.path
      })
    }
  }
}
