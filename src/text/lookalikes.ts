// Data: letters of other scripts that look like Latin letters, and the Latin letter each is read as.
// A small subset of Unicode's confusables (confusables.txt), limited to Cyrillic and Greek letters
// a reader takes for a Latin one in running text, plus a few Latin-extension look-alikes.
// Fullwidth and mathematical letters need no entry: NFKC already maps them to ASCII.
// Each entry is the look-alike followed by its Latin letter.

const CYRILLIC =
  'аa вb сc ԁd еe ёe һh іi їi јj кk ӏl мm пn оo рp ԛq гr ѕs тt цu ѵv ԝw хx уy үy ' +
  'АA ВB СC ԀD ЕE ЁE ҺH НH ІI ЇI ЈJ КK ӀI МM ОO РP ԚQ ЅS ТT ѴV ԜW ХX УY ҮY'
const GREEK =
  'αa βb εe ηn ιi κk νv οo ρp τt υu χx γy ωw ϲc ϳj ' + 'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC ͿJ'
const LATIN_EXTENSIONS = 'ıi ȷj ɑa ɡg ɩi ɪi ʏy ᴄc ᴏo ᴠv ᴡw ᴢz'

/** Look-alike letter → the Latin letter it passes for. */
export const LATIN_LOOKALIKES: ReadonlyMap<string, string> = new Map(
  [CYRILLIC, GREEK, LATIN_EXTENSIONS]
    .join(' ')
    .split(' ')
    .map(pair => [pair[0]!, pair[1]!] as const)
)
