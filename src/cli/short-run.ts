// V8's optimising compiler pays off in a long run and costs in a short one. It compiles hot
// functions on a second thread, and an audit of one repository, or of a monorepo of a thousand
// models, ends before the optimised code has earned that back: measured on 2 cores, without it a
// one-repository audit took a quarter less CPU time and 5 MiB less memory, and a 1,000-model audit
// a quarter less CPU time; with it, a 10,000-model audit took a third less. So the CLI starts with it
// off, and turns it back on as soon as the plan of the audit shows a long job: thousands of models,
// much text, or one very large text (a hostile pull request may hold a licence of megabytes, which
// optimised code reads several times faster).
//
// Only a tuning: results are the same either way. MODEL_OPENNESS_V8_OPT=1 keeps the compiler on.
import v8 from 'node:v8'
import type { AuditPlan } from '../audit.js'

/** From any of these, an audit is long: model roots, bytes of text in all, bytes of its largest text. */
export const LONG_AUDIT = { models: 2000, textBytes: 16 * 1024 * 1024, largestText: 256 * 1024 }

let off = false

/** Turns the optimising compiler off for the start of this run; false when it was kept on. */
export function startShortRun(env: Record<string, string | undefined>): boolean {
  if (env['MODEL_OPENNESS_V8_OPT'] === '1') return false
  try {
    v8.setFlagsFromString('--no-opt')
    off = true
  } catch {
    // a runtime that refuses the flag runs as it would anyway
  }
  return off
}

/** Whether a plan is a long audit. */
export function isLongAudit(plan: AuditPlan): boolean {
  return (
    plan.models >= LONG_AUDIT.models ||
    plan.textBytes >= LONG_AUDIT.textBytes ||
    plan.largestText >= LONG_AUDIT.largestText
  )
}

/** Once the audit's plan is known: a long audit gets the optimising compiler back. */
export function planKnown(plan: AuditPlan): void {
  if (!off || !isLongAudit(plan)) return
  try {
    v8.setFlagsFromString('--opt')
    off = false
  } catch {
    // as above
  }
}
