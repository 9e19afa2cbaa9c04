#!/usr/bin/env node
// Benchmarks the bundled CLI on synthetic repositories: wall time and peak resident memory.
//
//   npm run bundle && npm run bench            # 5 runs per case
//   node scripts/bench.mjs --runs 10 --keep    # keep the generated repositories
//   node scripts/bench.mjs --only monorepo-200
//   BENCH_CLI=/path/to/cli/index.js node scripts/bench.mjs   # another build of the CLI
//
// Cases: one model; a monorepo of 200 models; a 1 MB licence on a single line; a 2 MB model card.
// Peak RSS comes from GNU `/usr/bin/time -v` when it is available, otherwise from a small wrapper
// that runs the CLI in-process and reports `process.resourceUsage().maxRSS` on exit (force it with
// BENCH_RSS=wrapper).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(ROOT, 'dist/cli/index.js')
const TIMEOUT_MS = 300_000

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = { runs: 5, keep: false, only: null }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--runs' || a === '-n') opts.runs = Number(argv[++i])
    else if (a.startsWith('--runs=')) opts.runs = Number(a.slice(7))
    else if (a === '--keep') opts.keep = true
    else if (a === '--only') opts.only = argv[++i]
    else if (a.startsWith('--only=')) opts.only = a.slice(7)
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench.mjs [--runs N] [--only CASE] [--keep]')
      process.exit(0)
    } else {
      console.error(`bench: unknown argument ${a}`)
      process.exit(2)
    }
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) {
    console.error('bench: --runs must be a positive integer')
    process.exit(2)
  }
  return opts
}

// ---------------------------------------------------------------------------------------------
// Synthetic repositories

function licenseText() {
  try {
    const list = createRequire(import.meta.url)('spdx-license-list/full')
    return list['Apache-2.0'].licenseText
  } catch {
    return 'Bench Licence\n\nAnyone may use, copy, modify and share this model for any purpose.\n'
  }
}

function write(dir, rel, content) {
  const file = path.join(dir, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

function card(name, body = '') {
  return `---
license: apache-2.0
datasets:
  - bench-org/${name}-corpus
pipeline_tag: text-generation
---
# ${name}

A synthetic model card for the benchmark.

## Training Data

Trained on bench-org/${name}-corpus (https://huggingface.co/datasets/bench-org/${name}-corpus),
collected from public web pages in 2024 and deduplicated with MinHash before tokenisation.

## Training Procedure

Trained with train.py; hyperparameters are in configs/train.yaml.

## Evaluation

| benchmark | score |
|---|---|
| bench-qa | 50.0 |
${body}`
}

function model(dir, prefix, name) {
  const p = prefix ? `${prefix}/` : ''
  write(dir, `${p}README.md`, card(name))
  write(
    dir,
    `${p}config.json`,
    JSON.stringify({ architectures: ['BenchForCausalLM'], hidden_size: 64 }, null, 2)
  )
  write(dir, `${p}model.safetensors`, Buffer.alloc(1024))
  write(dir, `${p}train.py`, 'print("train")\n')
}

/** A paragraph of ordinary prose repeated up to `bytes` (on one line when `oneLine`). */
function filler(bytes, oneLine) {
  const words =
    'the model was trained and evaluated on public data and the results are reported in the tables below '
  const unit = oneLine ? words : words.trimEnd() + '\n'
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)
}

const CASES = [
  {
    name: 'single-model',
    what: '1 model',
    build(dir) {
      write(dir, 'LICENSE', licenseText())
      model(dir, '', 'bench-single')
    }
  },
  {
    name: 'monorepo-200',
    what: '200 models',
    build(dir) {
      write(dir, 'LICENSE', licenseText())
      write(dir, 'README.md', '# Bench monorepo\n\nA collection of synthetic models.\n')
      for (let i = 0; i < 200; i++) model(dir, `models/m${String(i).padStart(3, '0')}`, `bench-m${i}`)
    }
  },
  {
    name: 'licence-1mb-line',
    what: '1 MB one-line LICENSE',
    build(dir) {
      write(dir, 'LICENSE', 'Bench Licence. ' + filler(1024 * 1024 - 15, true))
      model(dir, '', 'bench-longline')
    }
  },
  {
    name: 'card-2mb',
    what: '2 MB model card',
    build(dir) {
      write(dir, 'LICENSE', licenseText())
      const head = card('bench-bigcard', '\n## More Information\n\n')
      write(dir, 'README.md', head + filler(2 * 1024 * 1024 - Buffer.byteLength(head), false))
      write(dir, 'model.safetensors', Buffer.alloc(1024))
    }
  }
]

// ---------------------------------------------------------------------------------------------
// Measuring

function hasGnuTime() {
  if (process.env.BENCH_RSS === 'wrapper') return false
  if (process.platform === 'win32' || !existsSync('/usr/bin/time')) return false
  const r = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' })
  return r.status === 0 && /Maximum resident set size/.test(r.stderr ?? '')
}

// Runs the CLI in this process with the given arguments and writes maxRSS (KiB) to a file on exit.
const WRAPPER = `
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
const [cli, out, ...args] = process.argv.slice(1)
process.argv = [process.argv[0], cli, ...args]
process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)))
await import(pathToFileURL(cli).href)
`

function runOnce(dir, tmp, gnuTime) {
  const args = ['audit', dir, '--format', 'json']
  const rssFile = path.join(tmp, 'rss.txt')
  rmSync(rssFile, { force: true })
  const [cmd, cmdArgs] = gnuTime
    ? ['/usr/bin/time', ['-v', '-o', rssFile, process.execPath, CLI, ...args]]
    : [process.execPath, ['--input-type=module', '-e', WRAPPER, '--', CLI, rssFile, ...args]]
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, cmdArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  let rssKb = NaN
  if (existsSync(rssFile)) {
    const text = readFileSync(rssFile, 'utf8')
    const m = gnuTime
      ? /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text)
      : /^(\d+)/.exec(text.trim())
    if (m) rssKb = Number(m[1])
  }
  // GNU time exits with the child's status.
  return {
    ms,
    rssKb,
    status: r.status,
    signal: r.signal,
    error: r.error,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? ''
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function table(header, rows) {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map(r => String(r[i]).length)))
  const line = cells =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(width[i]) : String(c).padStart(width[i]))).join('  ')
  return [line(header), width.map(w => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

// ---------------------------------------------------------------------------------------------

function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (!existsSync(CLI)) {
    console.error(
      `bench: ${path.relative(ROOT, CLI)} does not exist. Run \`npm run bundle\` first, then \`npm run bench\`.`
    )
    process.exit(1)
  }
  const cases = opts.only ? CASES.filter(c => c.name === opts.only) : CASES
  if (cases.length === 0) {
    console.error(`bench: no case named ${opts.only} (cases: ${CASES.map(c => c.name).join(', ')})`)
    process.exit(2)
  }
  const gnuTime = hasGnuTime()
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'moa-bench-'))
  console.log(
    `node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs; ${opts.runs} runs per case`
  )
  console.log(
    `peak RSS from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage() in a wrapper'}; repositories in ${tmp}\n`
  )

  const rows = []
  let failed = false
  try {
    for (const c of cases) {
      const dir = path.join(tmp, c.name)
      mkdirSync(dir, { recursive: true })
      c.build(dir)
      const runs = []
      for (let i = 0; i < opts.runs; i++) {
        const r = runOnce(dir, tmp, gnuTime)
        // 0 = pass, 1 = fail verdict: both are normal audit results; anything else is a crash.
        if (r.error || r.signal || (r.status !== 0 && r.status !== 1)) {
          const why = r.error ? r.error.message : r.signal ? `signal ${r.signal}` : `exit ${r.status}`
          console.error(`bench: ${c.name}: the CLI failed (${why})\n${r.stderr.slice(0, 2000)}`)
          failed = true
          break
        }
        runs.push(r)
      }
      if (runs.length === 0) {
        rows.push([c.name, c.what, '-', '-', '-', '-', '-', 'error'])
        continue
      }
      let models = '?'
      try {
        models = String(JSON.parse(runs[0].stdout).models.length)
      } catch {
        models = 'bad json'
        failed = true
        const err = runs[0].stderr.trim().split('\n').slice(0, 8).join('\n')
        console.error(`bench: ${c.name}: the CLI printed no JSON report${err ? `; stderr:\n${err}` : ''}\n`)
      }
      const ms = runs.map(r => r.ms)
      const rss = runs.map(r => r.rssKb).filter(Number.isFinite)
      rows.push([
        c.name,
        c.what,
        models,
        median(ms).toFixed(0),
        Math.min(...ms).toFixed(0),
        Math.max(...ms).toFixed(0),
        rss.length ? (Math.max(...rss) / 1024).toFixed(1) : 'n/a',
        String(runs[0].status)
      ])
    }
  } finally {
    if (opts.keep) console.log(`kept ${tmp}\n`)
    else rmSync(tmp, { recursive: true, force: true })
  }
  console.log(
    table(['case', 'repository', 'models', 'median ms', 'min ms', 'max ms', 'peak RSS MB', 'exit'], rows)
  )
  process.exit(failed ? 1 : 0)
}

main()
