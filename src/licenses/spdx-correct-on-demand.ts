// spdx-correct, loaded the first time it is asked. It sorts its table with localeCompare when it
// loads (creating an ICU collator: a few milliseconds of every start), yet it is the last resort
// of card-value identification and most runs never reach it.
// In the bundle, webpack turns `require` into its own: the module sits in the chunk and is only
// evaluated on the first call. Run as an ES module (the tests), `require` comes from createRequire.
import { createRequire } from 'node:module'

type Correct = (value: string) => string | null

let correct: Correct | undefined

/** spdx-correct's answer for a free-text licence value (it may throw, as spdx-correct does). */
export function spdxCorrect(value: string): string | null {
  if (!correct) {
    const load = typeof require === 'function' ? require : createRequire(import.meta.url)
    correct = load('spdx-correct') as Correct
  }
  return correct(value)
}
