// Trimming runs of given characters with a loop. `s.replace(/\/+$/, '')` looks harmless, yet on a
// long run of "/" not at the end a regular expression engine retries from every position of the
// run: quadratic time on hostile text. These helpers are linear by construction.

/** `s` without any of `chars` at its end. */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length
  while (end > 0 && chars.includes(s[end - 1]!)) end--
  return end === s.length ? s : s.slice(0, end)
}

/** `s` without any of `chars` at its start. */
export function trimStartChars(s: string, chars: string): string {
  let start = 0
  while (start < s.length && chars.includes(s[start]!)) start++
  return start === 0 ? s : s.slice(start)
}

/** `s` without any of `chars` at either end. */
export function trimChars(s: string, chars: string): string {
  return trimStartChars(trimEndChars(s, chars), chars)
}

/** ASCII whitespace, for trimming with the helpers above. */
export const ASCII_SPACE = ' \t\n\r\f\v'
