// One V8 setting for audits, made before the engine runs hot. mdast-util-from-markdown builds its
// compiler (a function of a hundred closures) once per card read; after a few hundred cards V8's
// optimising compiler takes that function up and spends more CPU compiling it than running it
// unoptimised ever costs (about a tenth of the CPU of a 1,000-model audit, measured with
// --trace-opt). `--turbo-filter=-compiler` leaves functions named `compiler` to the baseline
// tiers; everything else is optimised as usual, and the reports are the same.
import v8 from 'node:v8'

let tuned = false

export function tuneJitForAudits(): void {
  if (tuned) return
  tuned = true
  v8.setFlagsFromString('--turbo-filter=-compiler')
}
