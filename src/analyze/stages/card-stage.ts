// Stage 2 (card): read the model card through SafeFs, parse its front matter and sections, and
// validate its metadata.
import { parseCard } from '../../card/parse-card.js'
import { validateCardMetadata, type MetadataProblem } from '../../card/metadata-schema.js'
import type { FrontMatterProblem } from '../../card/front-matter.js'
import type { ParsedCard } from '../../card/types.js'
import type { ModelFacts } from '../facts.js'
import { findHiddenCharacters } from '../../text/hidden.js'
import { unsafePathFinding, type StageContext } from './context.js'

export interface CardStage {
  card: ParsedCard | null
  cardState: ModelFacts['cardState']
  cardProblems: FrontMatterProblem[]
  metadataProblems: MetadataProblem[]
  cardHiddenText?: ModelFacts['cardHiddenText']
  /** Size of the card when it was cut at the read cap. */
  cardBytes?: number
}

export async function readCardStage(ctx: StageContext): Promise<CardStage> {
  const { safe, model } = ctx
  let card: ParsedCard | null = null
  let cardState: ModelFacts['cardState'] = 'missing'
  let cardProblems: FrontMatterProblem[] = []
  let cardHiddenText: ModelFacts['cardHiddenText']
  let cardBytes: number | undefined
  if (model.card) {
    // Discovery's read when it holds the whole card (the same result as reading it here), taken
    // from the model root so that the text is let go with the parsed card.
    const r = model.cardRead ?? (await safe.read(model.card.path))
    model.cardRead = undefined
    if (r.kind === 'text') {
      const parsed = parseCard(model.card.path, r.text)
      card = parsed.card
      cardProblems = parsed.problems
      const hidden = findHiddenCharacters(r.text)
      if (hidden.length > 0) cardHiddenText = hidden
      cardState = r.truncated ? 'truncated' : 'ok'
      if (r.truncated) cardBytes = r.bytes
    } else if (r.kind === 'unsafe') {
      cardState = 'unsafe'
      ctx.repoFindings.push(
        unsafePathFinding(
          model.card.path,
          `${model.card.path} leads outside the audited root; it was not read.`
        )
      )
    } else {
      cardState = r.kind === 'binary' || r.kind === 'lfs-pointer' ? 'binary' : 'error'
    }
  }
  const metadataProblems = card ? validateCardMetadata(card.metadata, card.metadataLines) : []
  return {
    card,
    cardState,
    cardProblems,
    metadataProblems,
    ...(cardHiddenText ? { cardHiddenText } : {}),
    ...(cardBytes !== undefined ? { cardBytes } : {})
  }
}
