// Links written as HTML in a card (`<a href="LICENSE-X">licence</a>`): Markdown keeps HTML as raw
// text, so a card that links its licence this way needs its anchors read here. A plain scan with
// indexOf, not a regular expression over the whole value: linear however the HTML is built.

export interface HtmlAnchor {
  href: string
  /** The anchor's text when its closing tag is in the same HTML; '' when it is not. */
  text: string
  /** Whether `</a>` follows in the same HTML. */
  closed: boolean
  /** Lines before the anchor within the HTML (0 when it is on the HTML's first line). */
  lineInValue: number
}

/** At most this many anchors are read from one HTML value. */
const MAX_ANCHORS = 200
const MAX_HREF = 2000
/** Characters of an anchor's content read for its text. */
const MAX_TEXT = 500

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f'
}

/** The value of the `href` attribute inside one tag's text (between `<a` and `>`), or null. */
function hrefOf(tag: string): string | null {
  const lower = tag.toLowerCase()
  let at = 0
  for (;;) {
    const i = lower.indexOf('href', at)
    if (i < 0) return null
    at = i + 4
    // An attribute name starts after a space: `data-href` and `hreflang` are not `href`.
    if (!isSpace(lower[i - 1])) continue
    let j = at
    while (isSpace(lower[j])) j++
    if (lower[j] !== '=') continue
    j++
    while (isSpace(lower[j])) j++
    const quote = tag[j]
    if (quote === '"' || quote === "'") {
      const end = tag.indexOf(quote, j + 1)
      return end < 0 ? null : tag.slice(j + 1, end).trim()
    }
    let end = j
    while (end < tag.length && !isSpace(tag[end]) && tag[end] !== '>') end++
    return tag.slice(j, end)
  }
}

/** Text with tags removed and entities for the common characters decoded, on one line. */
function textOfHtml(html: string): string {
  let out = ''
  let inTag = false
  for (const c of html) {
    if (c === '<') inTag = true
    else if (c === '>') inTag = false
    else if (!inTag) out += isSpace(c) ? ' ' : c
  }
  return out.split('&amp;').join('&').split('&nbsp;').join(' ').replace(/ {2,}/g, ' ').trim()
}

/** The `<a href>` anchors of an HTML value, in order. */
export function htmlAnchors(html: string): HtmlAnchor[] {
  const out: HtmlAnchor[] = []
  const lower = html.toLowerCase()
  let at = 0
  // Lines are counted once, forward, as anchors are found.
  let counted = 0
  let lines = 0
  // The next `</a` at or after the current tag; -1 once there is none left (searched again only
  // when the tag has moved past it, so a value with no closing tag is scanned once).
  let closing = -2
  while (out.length < MAX_ANCHORS) {
    const open = lower.indexOf('<a', at)
    if (open < 0) break
    at = open + 2
    if (!isSpace(lower[open + 2])) continue
    const close = lower.indexOf('>', open)
    if (close < 0) break
    at = close + 1
    const href = hrefOf(html.slice(open + 2, close))
    if (!href || href.length > MAX_HREF) continue
    if (closing !== -1 && closing < close) closing = lower.indexOf('</a', close)
    const end = closing
    for (let i = lower.indexOf('\n', counted); i >= 0 && i < open; i = lower.indexOf('\n', i + 1)) {
      lines++
      counted = i + 1
    }
    out.push({
      href,
      text: end < 0 ? '' : textOfHtml(html.slice(close + 1, Math.min(end, close + 1 + MAX_TEXT))),
      closed: end >= 0,
      lineInValue: lines
    })
  }
  return out
}
