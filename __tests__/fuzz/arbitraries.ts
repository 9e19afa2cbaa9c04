// Inputs for the fuzzing properties: random text over an alphabet weighted towards the characters
// that parsers treat specially, structured adversarial shapes (deep nesting, long runs of one
// character or unit), and restrictive sentences with Unicode tricks spliced in.
import fc from 'fast-check'

/** Characters Markdown, YAML, HTML and the normalisers care about, and Unicode tricks. */
const SPECIAL = [
  ' ',
  ' ',
  ' ',
  '\n',
  '\n',
  '\r',
  '\t',
  '>',
  '-',
  '*',
  '_',
  '#',
  '[',
  ']',
  '(',
  ')',
  '`',
  '~',
  '&',
  ';',
  ':',
  '|',
  '<',
  '/',
  '!',
  '.',
  ',',
  '"',
  "'",
  '=',
  '{',
  '}',
  '\\',
  '@',
  '%',
  '$',
  '\u200b',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\ufeff',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u0430',
  '\u0441',
  '\u043e',
  '\u03bf',
  '\uff43',
  '\uff4f',
  '\ufb01',
  '\u0301',
  '\u00e9',
  '\u4e2d',
  '\ud83d\ude00',
  '\ud800',
  '\u0000',
  '\u001b',
  '\u0085'
]
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('')

/** One character: mostly letters, often a special one. */
export const char = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) }
)

/** The long pass (`npm run fuzz`, FUZZ_RUNS set) also draws long inputs; the short pass in `npm test` stays small. */
export const LONG = Number(process.env['FUZZ_RUNS']) > 0
const SIZE = LONG ? 1 : 0.1

/** Random text up to `maxLength` units. */
export const text = (maxLength = 2000) =>
  fc.string({ unit: char, maxLength: Math.max(20, Math.round(maxLength * SIZE)) })

/** Units whose repetition has broken parsers and regular expressions elsewhere. */
const RUN_UNITS = [
  '>',
  '> ',
  '- ',
  '* ',
  '1. ',
  '  - ',
  '*a',
  '**',
  '**ab ',
  '_a',
  '[a](',
  '[',
  '](',
  '`',
  '``a',
  '&#',
  '&#99',
  '&amp;',
  '-\n',
  'a-\n',
  '\u00ad\n',
  ' ',
  '\t',
  '\n',
  '#',
  '# ',
  '=\n',
  'a\n=\n',
  '<!--',
  '<b>',
  '</details>',
  '|',
  '| - ',
  'http://',
  'https://github.com/',
  '1,',
  '. ',
  ': ',
  '(',
  'non-commercial ',
  'research only ',
  '\u200b',
  '\u202e',
  '\u0441',
  '\uff43'
]

/** A unit repeated many times, between short random prefixes and suffixes. */
export const longRun = (maxRepeat = 20_000) =>
  fc
    .tuple(
      text(40),
      fc.constantFrom(...RUN_UNITS),
      fc.integer({ min: 1, max: Math.round(maxRepeat * SIZE) }),
      text(40)
    )
    .map(([a, unit, n, b]) => a + unit.repeat(n) + b)

/** Block quotes and lists nested deep, on one line or by indentation. */
export const deepNesting = fc
  .tuple(
    fc.constantFrom('>', '> ', '- ', '* ', '1. ', '> - '),
    fc.integer({ min: 50, max: Math.round(8000 * SIZE) + 50 }),
    fc.boolean()
  )
  .map(([unit, n, byIndent]) =>
    byIndent
      ? Array.from({ length: Math.min(n, 400) }, (_, i) => ' '.repeat(i * 2) + unit + 'x').join('\n')
      : unit.repeat(n) + 'deep'
  )

const SENTENCES = [
  'You may use the Model for non-commercial purposes only.',
  'Use is limited to research only.',
  'If your products exceed 700 million monthly active users, you must request a licence.',
  'You may not distribute the weights.',
  'Permission is hereby granted, free of charge, to any person.'
]
const TRICKS = ['\u200b', '\u00ad', '\u2060', '&#8203;', '**', '-\n', '\u202e', '\ufeff']

/** A licence-like sentence with tricks spliced in at random places. */
export const trickySentence = fc
  .tuple(
    fc.constantFrom(...SENTENCES),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TRICKS)), { maxLength: 6 })
  )
  .map(([s, cuts]) => {
    let out = s
    for (const [at, trick] of cuts) {
      const i = at % (out.length + 1)
      out = out.slice(0, i) + trick + out.slice(i)
    }
    return out
  })

/** Any of the above, for properties that take all kinds of input. */
export const hostileText = fc.oneof(
  { weight: 3, arbitrary: text() },
  { weight: 2, arbitrary: longRun() },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: fc.array(trickySentence, { maxLength: 20 }).map(a => a.join('\n')) }
)

/** A card: front matter (sometimes broken) around hostile text. */
export const cardText = fc
  .tuple(
    fc.constantFrom(
      '',
      '---\nlicense: mit\n---\n',
      '---\nlicense: [a, b\n---\n',
      '---\nconstructor: 1\n__proto__: 2\ntoString: x\n---\n',
      '---\na: &a [1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b]\n---\n',
      '---\n\tlicense: mit\n---\n',
      '---\n'
    ),
    hostileText
  )
  .map(([fm, body]) => fm + body)

/** How many runs: FUZZ_RUNS for the long pass (`npm run fuzz`), a short pass otherwise. */
export function runs(short: number): number {
  const n = Number(process.env['FUZZ_RUNS'])
  return Number.isFinite(n) && n > 0 ? n : short
}

/** A generous linear time budget: a fixed allowance plus a cost per character. */
export function budgetMs(length: number): number {
  return 1500 + length / 50
}
