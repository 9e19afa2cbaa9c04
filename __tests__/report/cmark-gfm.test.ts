// The job summary and the PR comment rendered by cmark-gfm, GitHub's own fork of cmark (Debian
// package `cmark-gfm`; .ci/run installs it), with the extensions GitHub turns on for comments:
// tables, autolinks and strikethrough. Raw HTML is kept (--unsafe) so that every tag that would
// reach GitHub's sanitiser is visible here. Checked on the examples, a six-model repository and
// the hostile fixtures:
// - every table keeps its columns (no cell dropped or added by a stray pipe);
// - nothing taken from a repository becomes live HTML, a link, an image, a mention or an issue
//   reference;
// - every <details> (and <summary>) closes, in order.
// Without cmark-gfm the suite is skipped, and says so.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { audit } from '../../src/audit.js'
import { commentMarker } from '../../src/github/sticky-comment.js'
import { escapeMarkdown } from '../../src/report/escape.js'
import { blobUrl, renderMarkdown } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/types.js'
import { DOCS_BASE } from '../../src/rules/types.js'
import { hostileModel, hostileReport } from './hostile.js'
import { makeLlamaFamilyRepo } from './llama-family.js'

const HAVE_CMARK = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0
if (!HAVE_CMARK) {
  console.warn(
    'SKIPPED: the cmark-gfm rendering test needs cmark-gfm (apt-get install -y cmark-gfm); .ci/run installs it.'
  )
  // A marker for the run's skip report (.ci/run fails when a suite it needs was skipped).
  const skipDir = process.env['MODEL_OPENNESS_SKIP_DIR']
  if (skipDir) {
    mkdirSync(skipDir, { recursive: true })
    writeFileSync(
      path.join(skipDir, `cmark-gfm-${process.pid}.txt`),
      'cmark-gfm rendering test (cmark-gfm is not installed)'
    )
  }
}

/**
 * Whether src/report/escape.ts already neutralises GFM autolinks (bare URLs, www. hosts, e-mail
 * addresses) in repository text. Until it does (issue 9, item 7), the link check below leaves
 * autolinks aside and says so; everything else is checked either way.
 */
const ESCAPES_AUTOLINKS =
  HAVE_CMARK &&
  !/<a\b/.test(
    spawnSync('cmark-gfm', ['-e', 'autolink'], {
      input: escapeMarkdown('see https://evil.example/x and www.evil.example and a@evil.example'),
      encoding: 'utf8'
    }).stdout
  )
if (HAVE_CMARK && !ESCAPES_AUTOLINKS)
  console.warn(
    'NOT CHECKED: autolinks from repository text (escapeMarkdown does not neutralise bare URLs yet; issue 9 item 7).'
  )

const RUN_URL = 'https://github.example/o/r/actions/runs/7'
const BLOB_BASE = 'https://github.example/o/r/blob/'
const fileUrl = blobUrl('https://github.example/o/r', '0123456789abcdef0123456789abcdef01234567', 'sub dir')

function render(markdown: string): string {
  const r = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr}`)
  return r.stdout
}

/** Tags the report writes itself, and those cmark-gfm makes from the report's own Markdown. */
const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'a',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'strong',
  'code',
  'sub'
])

/** A GFM table row's cells: split at every pipe not escaped with a backslash (GFM's own rule). */
function cells(row: string): number {
  let n = 0
  let escaped = false
  for (const ch of row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')) {
    if (escaped) escaped = false
    else if (ch === '\\') escaped = true
    else if (ch === '|') n++
  }
  return n + 1
}

/** Markdown tables: runs of lines that start with a pipe. */
function markdownTables(md: string): string[][] {
  const tables: string[][] = []
  let current: string[] | undefined
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line)
    else if (current) {
      tables.push(current)
      current = undefined
    }
  }
  if (current) tables.push(current)
  return tables
}

/** The text outside tags and outside <code>, entities decoded the way a browser would. */
function visibleText(html: string): string {
  return html
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function checkRendered(md: string, options: { strictLinks?: boolean } = {}): void {
  const html = render(md)
  // 1. Tables keep their columns: every row of the Markdown has the header's cells, and cmark-gfm
  //    renders one <table> per Markdown table with that many cells in every row.
  const tables = markdownTables(md)
  const rendered = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(m => m[1])
  expect(rendered).toHaveLength(tables.length)
  tables.forEach((rows, i) => {
    const width = cells(rows[0])
    for (const row of rows) expect(cells(row)).toBe(width)
    const trs = [...rendered[i].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(m => m[1])
    expect(trs).toHaveLength(rows.length - 1) // the delimiter row is not a row
    for (const tr of trs) expect((tr.match(/<t[hd][ >]/g) ?? []).length).toBe(width)
  })
  // 2. Only the report's own tags: nothing from the repository became live HTML.
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map(m => m[1].toLowerCase())
  expect([...new Set(tags.filter(t => !ALLOWED_TAGS.has(t)))]).toEqual([])
  expect(html).not.toMatch(/<(?:del|img|em|script|iframe)\b/i)
  expect(html).not.toMatch(/<[^>]*\son\w+=/i)
  //    Every link is the report's own: a rule's docs page, a file at the audited commit, the run.
  for (const m of html.matchAll(/<a\s+href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
    const own = [DOCS_BASE, BLOB_BASE, RUN_URL].some(prefix => m[1].startsWith(prefix))
    const href = (() => {
      try {
        return decodeURI(m[1].replace(/&amp;/g, '&'))
      } catch {
        return m[1]
      }
    })()
    const label = visibleText(m[2]).trim()
    const autolink = [label, `http://${label}`, `mailto:${label}`].includes(href)
    if (!own && autolink && !ESCAPES_AUTOLINKS && !options.strictLinks) continue
    expect(m[1]).toBe(own ? m[1] : 'a link of the report’s own')
  }
  //    No mention or issue reference that GitHub would link in the text it shows.
  const text = visibleText(html)
  expect(text).not.toMatch(/(?:^|[^\w@/.\u200b-])@[A-Za-z0-9][\w-]*/)
  expect(text).not.toMatch(/(?:^|[^\w&\u200b])#\d/)
  expect(text).not.toMatch(/\bGH-\d/)
  expect(text).not.toMatch(/\b[\w.-]+\/[\w.-]+#\d/)
  // 3. Every <details> and <summary> closes, properly nested.
  const stack: string[] = []
  for (const t of [...html.matchAll(/<(\/?)(details|summary)\b/g)]) {
    if (t[1] === '') stack.push(t[2])
    else expect(stack.pop()).toBe(t[2])
  }
  expect(stack).toEqual([])
}

/** The body the sticky comment posts: the report plus its hidden marker. */
function commentBody(md: string): string {
  return `${md}\n\n${commentMarker('Openness/audit')}\n`
}

const maybe = HAVE_CMARK ? describe : describe.skip

maybe('cmark-gfm (GitHub’s renderer): summary and comment', () => {
  it.each(readdirSync('examples'))('examples/%s', async name => {
    const { report } = await audit(path.join('examples', name))
    const summary = renderMarkdown(report, { runUrl: RUN_URL, fileUrl })
    checkRendered(summary)
    checkRendered(commentBody(renderMarkdown(report, { runUrl: RUN_URL, fileUrl, compact: true })))
  })

  it('the hostile fixtures (markup, mentions, autolinks, control characters in every field)', () => {
    const report = hostileReport([hostileModel('models/a', 'fail', 24), hostileModel('models/b', 'pass')])
    checkRendered(renderMarkdown(report, { runUrl: RUN_URL, fileUrl }))
    checkRendered(commentBody(renderMarkdown(report, { compact: true, fileUrl })))
    const one = hostileReport([hostileModel('one', 'fail', 6)])
    checkRendered(renderMarkdown(one, { runUrl: RUN_URL, fileUrl }))
  })

  it('the check can fail: a raw pipe, a mention and an unclosed <details> are caught', () => {
    expect(() => checkRendered('| a | b |\n|---|---|\n| x | y | z |\n')).toThrow()
    expect(() => checkRendered('hello @octocat\n')).toThrow()
    expect(() => checkRendered('<details><summary>x</summary>\n\ny\n')).toThrow()
    expect(() => checkRendered('see https://evil.example/x\n', { strictLinks: true })).toThrow()
    expect(() => checkRendered('[x](https://evil.example/x)\n')).toThrow()
  })

  describe('six model folders sharing one licence', () => {
    let root: string
    let report: Report
    beforeAll(async () => {
      root = makeLlamaFamilyRepo()
      report = (await audit(root)).report
    }, 60_000)
    afterAll(() => rmSync(root, { recursive: true, force: true }))

    it('renders with every model folded and every location linked to its line', () => {
      const summary = renderMarkdown(report, { runUrl: RUN_URL, fileUrl })
      checkRendered(summary)
      const html = render(summary)
      expect((html.match(/<details><summary><strong>/g) ?? []).length).toBe(6)
      expect(html).toContain(
        `<a href="${BLOB_BASE}0123456789abcdef0123456789abcdef01234567/sub%20dir/models/Orca-3-1B/LICENSE#L35">`
      )
      checkRendered(commentBody(renderMarkdown(report, { compact: true, fileUrl })))
    })
  })
})
