// Everything taken from a repository passes through here before it reaches Markdown: no raw
// HTML, no @mentions that notify, no links or images, no breaking out of tables, code spans or
// <details>. The result is inert text that renders as the characters it contains.

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '`': '&#96;',
  '|': '&#124;'
}

/** Inline text: one line, safe in a paragraph, a list item or a table cell. */
export function escapeMarkdown(value: unknown): string {
  const s = String(value ?? '')
    // Control characters (other than tab/newline) never render usefully.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\r?\n|\r/g, ' ')
  let out = ''
  for (const ch of s) {
    if (ch in ENTITY) out += ENTITY[ch]
    else if ('\\*_[]!~'.includes(ch)) out += '\\' + ch
    else out += ch
  }
  // A zero-width space after @ keeps @user and @org/team from notifying anyone.
  return out.replace(/@/g, '@&#8203;')
}

/** Shortens to at most max characters (on a character boundary), then escapes. */
export function escapeShort(value: unknown, max = 200): string {
  const chars = [...String(value ?? '')]
  const cut = chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('')
  return escapeMarkdown(cut)
}

/** A file path with an optional line, e.g. LICENSE:12, escaped. */
export function escapeLocation(file?: string | null, line?: number | null): string {
  if (!file) return ''
  return escapeMarkdown(line ? `${file}:${line}` : file)
}
