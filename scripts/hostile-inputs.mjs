#!/usr/bin/env node
// Times the bundled CLI on hostile model cards and licences of about 2 MB each (issue 9: "a hostile
// card or licence of at most 2 MB finishes in under 5 s and never crashes"). Each case is a
// throwaway repository; the CLI runs in a child process that reports its own CPU time, since wall
// time means little on a shared machine. Exits 1 when a case crashes or takes 5 s of CPU or more.
//
//   npm run bundle && node scripts/hostile-inputs.mjs
//   node scripts/hostile-inputs.mjs --only card-unclosed-links
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = process.env.HOSTILE_CLI
  ? path.resolve(process.env.HOSTILE_CLI)
  : path.join(ROOT, 'dist/cli/index.js')
const LIMIT_MS = 5000
const SIZE = 2 * 1024 * 1024 - 4096
const fill = unit => unit.repeat(Math.floor(SIZE / unit.length))
const MIT = 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n'
const CARD = '---\nlicense: mit\n---\n# Model\n\n'
// Just under the size past which a card is read line by line instead of parsed to a tree, so the
// Markdown parser itself meets the input (src/card/sections.ts: MARKDOWN_LIMITS.maxParsedChars).
const TREE_SIZE = 512 * 1024 - 64
const treeFill = unit => unit.repeat(Math.floor(TREE_SIZE / unit.length))

/** name → files of the repository. */
const CASES = {
  'card-6000-quotes-on-a-line': { LICENSE: MIT, 'README.md': CARD + '>'.repeat(6000) + ' x\n' },
  'card-5000-list-markers-on-a-line': { LICENSE: MIT, 'README.md': CARD + '- '.repeat(5000) + 'x\n' },
  'card-nested-lists-by-indentation': {
    LICENSE: MIT,
    'README.md': CARD + Array.from({ length: 1400 }, (_, i) => ' '.repeat(i) + '- x').join('\n')
  },
  'card-setext-headings': { LICENSE: MIT, 'README.md': CARD + fill('a\n=\n') },
  'card-emphasis-runs': { LICENSE: MIT, 'README.md': CARD + fill('*a_') },
  'card-unclosed-links': { LICENSE: MIT, 'README.md': CARD + fill('[a](') },
  'card-code-span-runs': { LICENSE: MIT, 'README.md': CARD + fill('`a``') },
  'card-pseudo-heading-spaces': {
    LICENSE: MIT,
    'README.md': CARD + fill('**ab' + ' '.repeat(20000) + 'x\n')
  },
  'card-links-and-headings': {
    LICENSE: MIT,
    'README.md': CARD + fill('## h\n[code](https://github.com/o/r)\n')
  },
  'card-bare-urls': { LICENSE: MIT, 'README.md': CARD + fill('https://github.com/o/r ') },
  'card-one-long-line': { LICENSE: MIT, 'README.md': CARD + fill('training data ') },
  'licence-100k-short-lines': { LICENSE: MIT + 'a b\n'.repeat(100_000), 'README.md': CARD },
  'licence-one-long-line': {
    LICENSE: fill('non-commercial use of the model is permitted '),
    'README.md': CARD
  },
  'licence-no-spaces': { LICENSE: fill('a'), 'README.md': CARD },
  'licence-line-end-hyphens': { LICENSE: fill('commer-\n'), 'README.md': CARD },
  'licence-entities': { LICENSE: fill('&#99;&amp;&#x6f;'), 'README.md': CARD },
  'licence-emphasis-in-words': { LICENSE: fill('com**mer'), 'README.md': CARD },
  'licence-zero-width-and-lookalikes': {
    LICENSE: fill('n\u200bon-\u0441om\u00admercial '),
    'README.md': CARD
  },
  'licence-bidi-controls': { LICENSE: fill('\u202ea\u2066b '), 'README.md': CARD },
  // The shapes the unit tests read to the end without timing them (__tests__/clauses/long-lines.test.ts,
  // __tests__/knowledge/*.test.ts): their time is measured here.
  'licence-clause-words-one-line': {
    LICENSE: fill(
      'you will not use the model or any outputs to train other models for military purposes; users exceed 700 million; revenue of $1,000,000; research only; non-commercial; remotely restrict; not granted in the european union; '
    ),
    'README.md': CARD
  },
  'licence-digit-commas': { LICENSE: fill('1,'), 'README.md': CARD },
  'licence-colons': { LICENSE: fill(': '), 'README.md': CARD },
  'licence-dots': { LICENSE: fill('. '), 'README.md': CARD },
  'licence-open-parens': { LICENSE: fill('('), 'README.md': CARD },
  'licence-angles': { LICENSE: fill('<'), 'README.md': CARD },
  'licence-brackets': { LICENSE: fill('[a'), 'README.md': CARD },
  'licence-quoted-phrases': { LICENSE: fill('"Built with '), 'README.md': CARD },
  'licence-dashes': { LICENSE: fill('-'), 'README.md': CARD },
  'card-open-source-runs': {
    LICENSE: MIT,
    'README.md': CARD + fill('open source ') + '\n' + fill('fully open')
  },
  'card-long-heading': { LICENSE: MIT, 'README.md': CARD + '# ' + fill('!') + 'a open-source\n' },
  'card-training-data-digits': { LICENSE: MIT, 'README.md': CARD + '## Training Data\n\n' + fill('1,') },
  'card-training-data-see-paper': {
    LICENSE: MIT,
    'README.md': CARD + '## Training Data\n\n' + fill('see ') + 'paper\n'
  },
  'card-training-data-brackets': { LICENSE: MIT, 'README.md': CARD + '## Training Data\n\n' + fill('[') },
  'card-one-long-address': {
    LICENSE: MIT,
    'README.md': CARD + '[x](https://github.com/a/' + fill('b') + ')\n'
  },
  'card-escape-runs': { LICENSE: MIT, 'README.md': CARD + fill('\u001b[\u001b]') },
  'card-tree-unclosed-brackets': { LICENSE: MIT, 'README.md': CARD + treeFill('[') },
  'card-tree-image-openers': { LICENSE: MIT, 'README.md': CARD + treeFill('![') },
  'card-tree-nested-brackets': {
    LICENSE: MIT,
    'README.md': CARD + treeFill('[').slice(TREE_SIZE / 2) + treeFill(']').slice(TREE_SIZE / 2)
  },
  'card-tree-bracket-paragraphs': { LICENSE: MIT, 'README.md': CARD + treeFill('['.repeat(4000) + '\n\n') },
  'card-tree-emphasis-runs': { LICENSE: MIT, 'README.md': CARD + treeFill('*_') },
  'card-tree-code-spans': { LICENSE: MIT, 'README.md': CARD + treeFill('`[') },
  'card-tree-hard-breaks': { LICENSE: MIT, 'README.md': CARD + treeFill('a  \n') },
  'card-base-model-slashes': {
    LICENSE: MIT,
    'README.md': '---\nlicense: mit\nbase_model: ' + fill('a/') + '\n---\n# Model\n'
  }
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
// Runs the CLI in-process and prints its CPU time on exit.
const WRAPPER = `
const started = process.cpuUsage()
process.on('exit', () => {
  const u = process.cpuUsage(started)
  process.stderr.write('\\nHOSTILE_CPU_MS=' + Math.round((u.user + u.system) / 1000) + '\\n')
})
process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...process.argv.slice(1)]
await import(${JSON.stringify(CLI)})
`

let failed = 0
for (const [name, files] of Object.entries(CASES)) {
  if (only && name !== only) continue
  const dir = mkdtempSync(path.join(os.tmpdir(), 'moa-hostile-'))
  try {
    for (const [rel, content] of Object.entries(files)) writeFileSync(path.join(dir, rel), content)
    const t0 = Date.now()
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', WRAPPER, 'audit', dir, '--format', 'json'],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 120_000
      }
    )
    const wall = Date.now() - t0
    const cpu = Number(/HOSTILE_CPU_MS=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN)
    const crashed = r.status !== 0 && r.status !== 1
    const slow = !(cpu < LIMIT_MS)
    if (crashed || slow) failed++
    console.log(
      `${crashed ? 'CRASH' : slow ? 'SLOW ' : 'ok   '} ${name.padEnd(36)} cpu ${String(cpu).padStart(6)} ms   wall ${String(wall).padStart(6)} ms   exit ${r.status}`
    )
    if (crashed) console.log((r.stderr ?? '').split('\n').slice(0, 5).join('\n'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
console.log(
  failed === 0 ? `All cases under ${LIMIT_MS} ms of CPU.` : `${failed} case(s) crashed or were too slow.`
)
process.exit(failed === 0 ? 0 : 1)
