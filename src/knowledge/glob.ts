// A small case-insensitive wildcard matcher for catalogue patterns ("meta-llama/Llama-2-*").
// Only `*` is special (any run of characters, "/" included). The matcher is the classic
// iterative two-pointer algorithm: O(pattern × text) in the worst case, no recursion and no
// regular expression, so hostile ids cannot make it backtrack exponentially.

export function globMatch(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase()
  const t = text.toLowerCase()
  let pi = 0
  let ti = 0
  let star = -1
  let mark = 0
  while (ti < t.length) {
    if (pi < p.length && p[pi] !== '*' && p[pi] === t[ti]) {
      pi++
      ti++
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++
      mark = ti
    } else if (star !== -1) {
      pi = star + 1
      ti = ++mark
    } else {
      return false
    }
  }
  while (pi < p.length && p[pi] === '*') pi++
  return pi === p.length
}

/** Specificity of a pattern: literal characters count, each wildcard costs a little. */
export function globSpecificity(pattern: string): number {
  let literal = 0
  let stars = 0
  for (const ch of pattern) {
    if (ch === '*') stars++
    else literal++
  }
  return literal * 10 - stars
}
