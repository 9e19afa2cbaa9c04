// V8's optimising compiler pays off in a long run and costs in a short one. It compiles hot
// functions on a second thread, and an audit of one repository, or of a monorepo of a hundred
// models, ends before the optimised code has earned that back. Measured on 2 cores in one run
// (npm run bench): without it, one repository took a quarter less CPU time, 7 % less wall time and
// 12 MiB less memory, and 100 models a fifth less time; with it, 1,000 models took a sixth less, and
// the gap grows with the models. So the CLI starts with it off, and turns it back on as soon as the plan of the audit shows
// a long job: hundreds of models, much text, or one very large text (a hostile pull request may hold
// a licence of megabytes, which optimised code reads several times faster).
//
// Only a tuning: results are the same either way. MODEL_OPENNESS_V8_OPT=1 keeps the compiler on.
import v8 from 'node:v8'
import type { AuditPlan } from '../audit.js'

/** From any of these, an audit is long: model roots, bytes of text in all, bytes of its largest text. */
export const LONG_AUDIT = { models: 300, textBytes: 4 * 1024 * 1024, largestText: 256 * 1024 }

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

/** Once the audit's plan is known: a long audit gets the optimising compiler back. True when it was turned on. */
export function planKnown(plan: AuditPlan): boolean {
  if (!off || !isLongAudit(plan)) return false
  try {
    v8.setFlagsFromString('--opt')
    off = false
  } catch {
    // as above
  }
  return !off
}
