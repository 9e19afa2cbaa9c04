// Telling a model card from a project README by its text: front matter and model-card headings
// make a model card; a repository's README that says what model it is describes a model.

/** Headings only model cards have ("## Model Details", "# Model Card", "### Intended Use"). */
const CARD_HEADING =
  /^#{1,4}\s{0,3}(?:\*\*)?\s?(?:model card|model details|model description|model information|model summary|intended uses?)\b/i

/** Headings of a README about one model ("## Download the weights", "## Pretrained checkpoints"). */
const MODEL_README_HEADING =
  /^#{1,6}[ \t]+(?:\S+[ \t]+)?(?:model (?:weights|download|checkpoints?|architecture|overview|usage|variants)|(?:pre-?trained|download(?:ing)?|released?|get(?:ting)?) (?:the )?(?:model|weights|checkpoints?)|weights|checkpoints?)\b/i

/** Prose naming one model: "X is a 7B language model", "We release the weights of …". */
const MODEL_SENTENCES = [
  /\b(?:is|are) (?:an?|the|our)\b[^.\n]{0,100}?\bmodel\b(?![-_ ](?:zoo|family|collection|hub|library)\b)/i,
  /\bwe (?:release|present|introduce|open[- ]?source)\b[^.\n]{0,100}?\b(?:model|weights|checkpoints?)\b/i
]

/** Front matter, or a heading that only model cards have. */
export function hasModelCardSigns(text: string): boolean {
  const head = text.replace(/^\s+/, '')
  if (head.startsWith('---\n')) return true
  return text.split('\n').some(line => CARD_HEADING.test(line))
}

/**
 * A repository's README that describes one model, though written as a project page: model-card
 * signs, a heading about the model's weights, or a sentence saying what model this is. "A
 * collection of models" or "a model zoo" is no one model.
 */
export function describesModel(text: string): boolean {
  if (hasModelCardSigns(text)) return true
  const lines = text.split('\n')
  if (lines.some(line => line.length < 300 && MODEL_README_HEADING.test(line))) return true
  // The opening is where a README says what it is: its first 60 lines.
  const opening = lines.slice(0, 60).filter(l => l.length < 2000)
  return opening.some(line => MODEL_SENTENCES.some(re => re.test(line)))
}
