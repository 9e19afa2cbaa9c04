// Everything taken from a repository passes through here before it reaches Markdown: no raw
// HTML, no @mentions that notify, no issue references that cross-link, no links or images, no
// breaking out of tables, code spans or <details>, no bidirectional overrides that reorder what
// follows. The result is inert text that renders as the characters it contains.

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '`': '&#96;',
  '|': '&#124;'
}

/**
 * C0 and C1 control characters (but tab and newlines, handled by the callers), and the Unicode
 * bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): an RLO in a model's name
 * would otherwise reverse the rest of a table row or a terminal line ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Drops control and bidi-override characters and folds line breaks (and tabs) into spaces. */
export function oneLine(value: unknown): string {
  return String(value ?? '')
    .replace(UNSAFE_CHARS, '')
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
}

/** Inline text: one line, safe in a paragraph, a list item or a table cell. */
export function escapeMarkdown(value: unknown): string {
  const s = oneLine(value)
  let out = ''
  const chars = [...s]
  for (const [i, ch] of chars.entries()) {
    if (ch in ENTITY) out += ENTITY[ch]
    else if ('\\*_[]!~'.includes(ch)) out += '\\' + ch
    // A zero-width space after @ keeps @user and @org/team from notifying anyone, and one after
    // # keeps #123 (and owner/repo#123) from cross-referencing an issue.
    else if (ch === '@' || (ch === '#' && /\d/.test(chars[i + 1] ?? ''))) out += ch + '&#8203;'
    else out += ch
  }
  return out
}

let segmenter: Intl.Segmenter | undefined

/**
 * Text inside an HTML block (a `<summary>` line), where Markdown escapes would show their
 * backslashes: entities only, mentions and issue references broken the same way.
 */
export function escapeHtml(value: unknown): string {
  let out = ''
  const chars = [...oneLine(value)]
  for (const [i, ch] of chars.entries()) {
    if (ch in ENTITY) out += ENTITY[ch]
    else if (ch === "'") out += '&#39;'
    else if (ch === '@' || (ch === '#' && /\d/.test(chars[i + 1] ?? ''))) out += ch + '&#8203;'
    else out += ch
  }
  return out
}

/** Cuts to at most max user-perceived characters (never inside an emoji or a combining sequence). */
export function shorten(value: unknown, max: number): string {
  const s = String(value ?? '')
  if (s.length <= max) return s
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  const kept: string[] = []
  for (const { segment } of segmenter.segment(s)) {
    if (kept.length === max) return kept.slice(0, max - 1).join('') + '…'
    kept.push(segment)
  }
  return s
}

/** Shortens in the middle (keeping the file name of a long path visible). */
export function shortenMiddle(value: string, max: number): string {
  const chars = [...value]
  if (chars.length <= max) return value
  const tail = Math.ceil((max - 1) / 2)
  return chars.slice(0, max - 1 - tail).join('') + '…' + chars.slice(chars.length - tail).join('')
}

/** Shortens to at most max characters (on a character boundary), then escapes. */
export function escapeShort(value: unknown, max = 200): string {
  return escapeMarkdown(shorten(oneLine(value), max))
}

/** A file path with an optional line, e.g. LICENSE:12, shortened when very long, escaped. */
export function escapeLocation(file?: string | null, line?: number | null): string {
  if (!file) return ''
  const f = shortenMiddle(oneLine(file), 120)
  return escapeMarkdown(line ? `${f}:${line}` : f)
}

/**
 * Makes a URL safe inside a Markdown link's parentheses, or returns undefined when it is not an
 * http(s) URL: spaces, parentheses, angle brackets, quotes, backticks and pipes are percent-encoded.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s/]/i.test(url)) return undefined
  const encode = (part: string, extra: RegExp) =>
    part.replace(extra, ch => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))
  const clean = oneLine(url)
  const slash = clean.indexOf('/', clean.indexOf('//') + 2)
  const origin = slash < 0 ? clean : clean.slice(0, slash)
  const rest = slash < 0 ? '' : clean.slice(slash)
  // In the path an @ is encoded too: nothing there should read as a mention.
  return encode(origin, /[\s()<>"'`|\\[\]]/g) + encode(rest, /[\s()<>"'`|\\[\]@]/g)
}
