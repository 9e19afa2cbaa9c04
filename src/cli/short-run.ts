// V8's optimising compiler pays off in a long run and costs in a short one: in an audit of one
// repository it compiles detectors on a second core and the run ends before the optimised code has
// earned back the cost (measured on 2 cores: a quarter of the CPU time of a one-repository audit,
// and 5 MiB of memory). So the CLI starts with it off, and turns it back on as soon as the plan
// of the audit shows a larger job: many models, or much text to read (a hostile pull request
// may hold a licence of megabytes, which optimised code reads several times faster).
//
// Only a tuning: results are the same either way. MODEL_OPENNESS_V8_OPT=1 keeps the compiler on.
import v8 from 'node:v8'

/** From this many model roots, or this many bytes of cards and licence texts, an audit is long. */
export const LONG_AUDIT = { models: 24, textBytes: 256 * 1024 }

export interface AuditPlan {
  models: number
  textBytes: number
}

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
  return plan.models >= LONG_AUDIT.models || plan.textBytes >= LONG_AUDIT.textBytes
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
