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

/**
 * Breaks what GitHub would turn into a link on its own: bare URLs ("https://…", "www.host") and
 * "GH-12" issue references, with a zero-width space that readers do not see. (Mentions and "#12"
 * are broken by the character loops below.) Runs on already escaped text; the patterns are fixed
 * strings, so the scan is linear.
 */
function breakAutolinks(escaped: string): string {
  if (!/https?:|www\.|gh-\d/i.test(escaped)) return escaped
  return escaped
    .replace(/\b(https?)(:\/\/)/gi, '$1&#8203;$2')
    .replace(/\b(www)(\.)/gi, '$1&#8203;$2')
    .replace(/\b(gh)-(\d)/gi, '$1-&#8203;$2')
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
  return breakAutolinks(out)
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
  return breakAutolinks(out)
}

/**
 * One line for a log or a terminal, from text a repository controls: ANSI escape sequences (CSI,
 * OSC and two-character ones, in their 7-bit and 8-bit forms) removed whole, then every other C0
 * and C1 control character and every bidirectional control (marks, embeddings, overrides,
 * isolates); line breaks and tabs become spaces. One forward pass.
 */
export function sanitizeForLog(value: unknown): string {
  const s = String(value ?? '')
  let out = ''
  let run = 0
  let i = 0
  const drop = (to: number): void => {
    out += s.slice(run, i)
    i = to
    run = to
  }
  while (i < s.length) {
    const c = s.charCodeAt(i)
    if (c === 0x1b || c === 0x9b || c === 0x9d) {
      let j = i + 1
      const kind = c === 0x1b ? s[j] : c === 0x9b ? '[' : ']'
      if (c === 0x1b) j++
      if (kind === '[') {
        // CSI: parameter and intermediate bytes, then one final byte
        while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x3f) j++
        if (j < s.length && s.charCodeAt(j) >= 0x40 && s.charCodeAt(j) <= 0x7e) j++
      } else if (kind === ']') {
        // OSC: up to BEL or ST (ESC \ or 0x9c)
        while (
          j < s.length &&
          s.charCodeAt(j) !== 0x07 &&
          s.charCodeAt(j) !== 0x9c &&
          !(s.charCodeAt(j) === 0x1b && s[j + 1] === '\\')
        )
          j++
        if (s.charCodeAt(j) === 0x1b) j += 2
        else if (j < s.length) j++
      }
      drop(Math.min(j, s.length))
      continue
    }
    if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2028 || c === 0x2029) {
      drop(i + 1)
      out += ' '
      continue
    }
    if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0x061c ||
      c === 0x200e ||
      c === 0x200f ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    ) {
      drop(i + 1)
      continue
    }
    i++
  }
  return out + s.slice(run)
}

/**
 * Text printed where GitHub Actions reads workflow commands: no line may start with "::" (a
 * repository could otherwise print "::error …", "::add-mask::" or "::stop-commands::"). Such a
 * line gets a space between its first two colons.
 */
export function neutralizeWorkflowCommands(text: string): string {
  if (!text.includes('::')) return text
  return text
    .split('\n')
    .map(line => {
      const lead = line.length - line.trimStart().length
      return line.startsWith('::', lead) ? `${line.slice(0, lead)}: ${line.slice(lead + 1)}` : line
    })
    .join('\n')
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
