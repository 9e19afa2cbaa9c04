// Anchors written as HTML in a card: read by a linear scan, with the line each one is on.
import { describe, expect, it } from '@jest/globals'
import { htmlAnchors } from '../../src/card/html-links.js'
import { parseCard } from '../../src/card/parse-card.js'

describe('htmlAnchors', () => {
  it.each([
    [
      'double quotes',
      '<a href="LICENSE">Licence</a>',
      [{ href: 'LICENSE', text: 'Licence', closed: true, lineInValue: 0 }]
    ],
    [
      'single quotes, other attributes first',
      "<a class='b' href='x/y.md' target=_blank>x &amp; y</a>",
      [{ href: 'x/y.md', text: 'x & y', closed: true, lineInValue: 0 }]
    ],
    [
      'unquoted, upper case',
      '<A HREF=LICENSE-W>W</A>',
      [{ href: 'LICENSE-W', text: 'W', closed: true, lineInValue: 0 }]
    ],
    [
      'spaces around =, nested tags in the text',
      '<a href = "L" ><b>Model</b> licence</a>',
      [{ href: 'L', text: 'Model licence', closed: true, lineInValue: 0 }]
    ],
    ['left open (inline HTML)', '<a href="L">', [{ href: 'L', text: '', closed: false, lineInValue: 0 }]],
    [
      'on the third line',
      '<p>\n<img src="x">\n<a href="L">t</a></p>',
      [{ href: 'L', text: 't', closed: true, lineInValue: 2 }]
    ]
  ])('%s', (_name, html, expected) => expect(htmlAnchors(html)).toEqual(expected))

  it.each([
    ['no href', '<a name="top">Top</a>'],
    ['data-href and hreflang are other attributes', '<a data-href="L" hreflang="en">x</a>'],
    ['not an anchor', '<abbr href="L">x</abbr><area href="L">'],
    ['unterminated tag', '<a href="L"'],
    ['unterminated quote', '<a href="L>x</a>']
  ])('%s: no anchor', (_name, html) => expect(htmlAnchors(html)).toEqual([]))

  it('reads at most 200 anchors, and a long run of open tags to the end', () => {
    expect(htmlAnchors('<a href="x">y</a>'.repeat(1000))).toHaveLength(200)
    expect(htmlAnchors('<a href="x">'.repeat(100_000) + 'z')).toHaveLength(200)
    expect(htmlAnchors('<a '.repeat(300_000))).toEqual([])
  })
})

describe('card links include HTML anchors', () => {
  it('block HTML and inline HTML, each at its own line', () => {
    const { card } = parseCard(
      'README.md',
      [
        '---',
        'license: other',
        '---',
        '# M',
        '',
        '<div>',
        '<a href="LICENSE-A">A terms</a>',
        '</div>',
        '',
        'See <a href="LICENSE-B">B <em>terms</em></a>.',
        ''
      ].join('\n')
    )
    expect(card.links.filter(l => l.url.startsWith('LICENSE')).map(l => [l.url, l.text, l.line])).toEqual([
      ['LICENSE-A', 'A terms', 7],
      ['LICENSE-B', 'B terms', 10]
    ])
  })
})
