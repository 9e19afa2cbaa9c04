// Traditional Chinese read as simplified: the detectors' Chinese vocabulary is written in simplified
// characters, and licences from Taiwan and Hong Kong say the same in traditional ones (許可 / 许可,
// 禁止商業用途 / 禁止商业用途). Only the words detectors read are mapped, character by character;
// the text keeps its own characters, so quotes stay verbatim. The character table is OpenCC's
// (opencc-js), built into a map the first time a Han character is read.
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters'

let table: Map<string, string> | null = null

function load(): Map<string, string> {
  const map = new Map<string, string>()
  for (const pair of TS_CHARACTERS.split('|')) {
    const space = pair.indexOf(' ')
    if (space <= 0) continue
    // a pair may list several simplified forms; the first is the usual one
    const rest = pair.slice(space + 1)
    const next = rest.indexOf(' ')
    map.set(pair.slice(0, space), next < 0 ? rest : rest.slice(0, next))
  }
  return map
}

/** The simplified form of one Han character (itself when it has none). */
export function simplified(ch: string): string {
  table ??= load()
  return table.get(ch) ?? ch
}
