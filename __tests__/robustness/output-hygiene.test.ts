// Text from a repository reaches the PR comment, the job summary, the log and the terminal inert:
// no autolinks or issue references GitHub would create, no ANSI or control or bidi characters in
// what is logged, and no line of the text report that the runner could read as a workflow command.
import { describe, expect, it } from '@jest/globals'
import {
  escapeHtml,
  escapeMarkdown,
  neutralizeWorkflowCommands,
  sanitizeForLog
} from '../../src/report/escape.js'
import { renderText } from '../../src/report/text.js'
import type { Report } from '../../src/report/types.js'

describe('escapeMarkdown and escapeHtml leave nothing for GitHub to link', () => {
  it.each([
    ['a bare https URL', 'see https://evil.example/x', 'see https&#8203;://evil.example/x'],
    ['a bare http URL in capitals', 'HTTP://evil.example', 'HTTP&#8203;://evil.example'],
    ['a www host', 'visit www.evil.example now', 'visit www&#8203;.evil.example now'],
    ['a GH- issue reference', 'fixed in GH-12', 'fixed in GH-&#8203;12'],
    ['a #12 reference', 'see #12', 'see #&#8203;12'],
    ['an owner/repo#12 reference', 'see octo/heron#12', 'see octo/heron#&#8203;12'],
    ['a mention', 'thanks @octocat', 'thanks @&#8203;octocat'],
    ['a closing details tag', '</details>', '&lt;/details&gt;'],
    ['a table pipe', 'a | b', 'a &#124; b']
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  it('escapeHtml breaks the same autolinks', async () => {
    expect(escapeHtml('https://x.example www.y.example GH-3 #4 @z')).toBe(
      'https&#8203;://x.example www&#8203;.y.example GH-&#8203;3 #&#8203;4 @&#8203;z'
    )
  })

  it('words that merely contain the letters are untouched', async () => {
    expect(escapeMarkdown('thigh-5 awww.ok shttp: GH-x')).toBe('thigh-5 awww.ok shttp: GH-x')
  })
})

describe('sanitizeForLog', () => {
  it.each([
    ['an SGR colour sequence', 'a\u001b[31mred\u001b[0m b', 'ared b'],
    ['a cursor movement', 'x\u001b[2J\u001b[1;1Hy', 'xy'],
    ['an OSC title (BEL)', 'x\u001b]0;owned\u0007y', 'xy'],
    ['an OSC hyperlink (ST)', 'x\u001b]8;;https://e.example\u001b\\link\u001b]8;;\u001b\\y', 'xlinky'],
    ['an 8-bit CSI', 'x\u009b31my', 'xy'],
    ['C0 and C1 controls', 'a\u0000b\u0007c\u0085d\u009fe', 'abcde'],
    ['bidi controls', 'a\u202eb\u2066c\u2069d\u200fe', 'abcde'],
    ['line breaks and tabs', 'one\ntwo\r\nthree\tfour\u2028five', 'one two  three four five'],
    ['a workflow command on its own line', 'x\n::error::boom', 'x ::error::boom']
  ])('%s', (_name, input, expected) => {
    expect(sanitizeForLog(input)).toBe(expected)
  })

  // How long this takes is measured by `npm run bench:hostile`, not asserted here.
  it('drops a long run of escape characters', async () => {
    const hostile = '\u001b['.repeat(200_000) + '\u001b]'.repeat(200_000)
    expect(sanitizeForLog(hostile)).toBe('')
  })
})

describe('no text-format line starts with "::"', () => {
  it('neutralizeWorkflowCommands splits the leading colons, indented or not', async () => {
    expect(neutralizeWorkflowCommands('ok\n::error file=x::boom\n   ::add-mask::s\nmid :: fine')).toBe(
      'ok\n: :error file=x::boom\n   : :add-mask::s\nmid :: fine'
    )
  })

  it('renderText prints a model named "::error::" without a workflow command', async () => {
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'model-openness-audit', version: '0' },
      verdict: 'fail',
      models: [
        {
          path: '.',
          card: 'README.md',
          name: '::error::owned',
          licenses: [],
          osaid: 'fail',
          mofClass: null,
          clauses: [],
          findings: [
            {
              rule: 'license-missing',
              category: 'license-missing',
              severity: 'error',
              message: '::stop-commands::x\n\u001b[31mred\u001b[0m',
              file: '::add-mask::README.md'
            }
          ]
        }
      ],
      findings: []
    }
    const text = await renderText(report, { width: 200 })
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
    expect(text).not.toContain('\u001b')
    expect(text).toContain('::stop-commands::x red')
  })
})
