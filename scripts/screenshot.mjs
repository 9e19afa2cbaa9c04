#!/usr/bin/env node
// Renders a real job summary to docs/images/summary.png, the way GitHub shows it: the bundled CLI
// audits a repository made of the bundled examples (one folder each under models/), cmark-gfm
// (GitHub's Markdown renderer, Debian package cmark-gfm) turns the Markdown into HTML with the
// extensions GitHub uses, and headless Chromium (Debian package chromium) takes the screenshot.
//
//   npm run bundle && node scripts/screenshot.mjs [--out docs/images/summary.png] [--width 1012]
//
// Needs: apt-get install -y cmark-gfm chromium
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/images/summary.png' },
    width: { type: 'string', default: '1012' },
    height: { type: 'string', default: '1160' }
  }
})

function need(command, apt) {
  if (spawnSync(command, ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.error(`${command} is not installed: apt-get install -y ${apt}`)
    process.exit(2)
  }
}
need('cmark-gfm', 'cmark-gfm')
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(
  c => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0
)
if (!chromium) {
  console.error('chromium is not installed: apt-get install -y chromium')
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'moa-screenshot-'))
try {
  // A repository of several models: the bundled examples side by side.
  const repo = join(work, 'repo')
  for (const name of readdirSync(join(root, 'examples')))
    cpSync(join(root, 'examples', name), join(repo, 'models', name), { recursive: true })
  const cli = spawnSync(
    process.execPath,
    [join(root, 'dist/cli/index.js'), 'audit', repo, '--format', 'markdown'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  if (cli.status !== 0 && cli.status !== 1) {
    console.error(`the CLI failed (${cli.status}): ${cli.stderr}`)
    process.exit(2)
  }
  const html = execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough'],
    { input: cli.stdout, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  // A plain page in the spirit of GitHub's summary view (system fonts, light theme).
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
main { margin: 16px; padding: 16px 24px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin-top: 8px; }
h3 { font-size: 1.25em; }
table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
a { color: #0969da; text-decoration: none; }
summary { cursor: pointer; } details { margin: 0 0 8px; }
ul { padding-left: 2em; } sub { color: #59636e; }
</style></head><body><main>${html}</main></body></html>`
  const file = join(work, 'summary.html')
  writeFileSync(file, page)
  const out = resolve(root, values.out)
  mkdirSync(dirname(out), { recursive: true })
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--window-size=${values.width},${values.height}`,
      `--screenshot=${out}`,
      `file://${file}`
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  console.log(`wrote ${values.out}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
