// The clause type as the unit, as ESLint makes the rule the unit: one module per type holds what
// the type is called, whether it restricts the freedoms, the rule that reports it, its messages,
// its detector and examples of what it finds and what it leaves alone.
import type { RuleMeta } from '../rules/types.js'
import type { Doc, Sentence } from './toolkit/sentences.js'

export interface DetectContext {
  doc: Doc
  /** Index of the sentence in doc.sentences. */
  index: number
  /** The sentence is an item under a list introduction such as "You agree not to use the Model:". */
  inProhibitedList: boolean
}

/** The rule derived from a clause type: its category is always `license-restriction`. */
export type ClauseRuleMeta = Omit<RuleMeta, 'category'>

export interface ClauseModule<T extends string = string> {
  /** The clause type, as in the JSON report and the corpus manifest. */
  type: T
  /** Restricts the freedoms to use, study, modify or share (attribution and share-alike do not). */
  restrictive: boolean
  /** Verb phrase after "The licence …": "caps the number of users". */
  label: string
  /** Noun phrase: "a cap on the number of users". */
  noun: string
  meta: ClauseRuleMeta
  /** Message templates; `{{label}}` and `{{noun}}` are filled in. */
  messages: { found: string }
  /** The token index in s that shows the clause, or -1. */
  detect(s: Sentence, ctx: DetectContext): number
  /** Sentences in our own words: what the detector must find, and what it must leave alone. */
  examples: { detected: readonly string[]; notDetected: readonly string[] }
}

/** Keeps the literal type of `type`, so the registry yields the ClauseType union. */
export function defineClause<const T extends string>(m: ClauseModule<T>): ClauseModule<T> {
  return m
}

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? `{{${k}}}`)
}

/** Severities shared by several clause rules. */
export const RESTRICTIVE_SEVERITY: RuleMeta['severity'] = { default: 'error', 'open-weights': 'warning' }
export const BLOCKER_SEVERITY: RuleMeta['severity'] = { default: 'error' }
export const OSD5 =
  'OSD §5 (no discrimination against persons or groups); OSAID 1.0 — freedom to use for any purpose'
export const OSD6 =
  'OSD §6 (no discrimination against fields of endeavour); OSAID 1.0 — freedom to use for any purpose'
export const FOUND = 'The licence {{label}}.'
