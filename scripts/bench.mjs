#!/usr/bin/env node
// Benchmarks the bundled CLI against a bare `node -e 0` measured in the same run: wall time (median
// of several runs) and peak resident memory, on one repository and on generated monorepos of 100,
// 1,000 and 10,000 models (a mix of licences and cards), and checks the targets of issue 14.
//
//   npm run bundle && npm run bench              # every case; runs per case as listed below
//   node scripts/bench.mjs --runs 3              # the same number of runs for every case
//   node scripts/bench.mjs --only one-repo,monorepo-1000 --keep
//   node scripts/bench.mjs --generate DIR --models 1000   # only write a monorepo (for profiling)
//   BENCH_CLI=/path/to/cli/index.js node scripts/bench.mjs # another build of the CLI
//   node scripts/bench.mjs --only one-repo,monorepo-1000 --against /tmp/old/dist/cli/index.js
//       # this build and another, run by turns in each case: a fair comparison on a noisy machine
//   node scripts/bench.mjs --only monorepo-1000-one-thread,monorepo-1000-two-threads  # worker threads or not
//
// Peak RSS comes from GNU `/usr/bin/time -v` when it is there, otherwise from a wrapper that runs
// the CLI in-process and writes `process.resourceUsage().maxRSS` on exit (force: BENCH_RSS=wrapper).
// The machine's load shows in every number: the ratios to bare Node, measured alongside, are the
// figures to compare between machines.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(ROOT, 'dist/cli/index.js')
const TIMEOUT_MS = 600_000

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = { runs: null, keep: false, only: null, generate: null, models: 1000, against: null }
  const value = (a, i) => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1])
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const name = a.split('=')[0]
    const takes = !a.includes('=')
    if (name === '--runs' || name === '-n') opts.runs = Number(value(a, i))
    else if (name === '--only') opts.only = value(a, i).split(',')
    else if (name === '--generate') opts.generate = value(a, i)
    else if (name === '--models') opts.models = Number(value(a, i))
    else if (name === '--against') opts.against = path.resolve(value(a, i))
    else if (a === '--keep') {
      opts.keep = true
      continue
    } else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node scripts/bench.mjs [--runs N] [--only CASE,...] [--keep] [--against OTHER_CLI]\n       node scripts/bench.mjs --generate DIR [--models N]'
      )
      process.exit(0)
    } else {
      console.error(`bench: unknown argument ${a}`)
      process.exit(2)
    }
    if (takes) i++
  }
  if (opts.runs !== null && (!Number.isInteger(opts.runs) || opts.runs < 1)) {
    console.error('bench: --runs must be a positive integer')
    process.exit(2)
  }
  if (!Number.isInteger(opts.models) || opts.models < 1) {
    console.error('bench: --models must be a positive integer')
    process.exit(2)
  }
  return opts
}

// ---------------------------------------------------------------------------------------------
// Synthetic repositories

const require = createRequire(import.meta.url)
const SPDX = require('spdx-license-list/full')

function write(dir, rel, content) {
  const file = path.join(dir, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

/** A community licence in the manner of the big labs' ones, written for this benchmark. */
const COMMUNITY_LICENSE = `FALCONET COMMUNITY LICENSE AGREEMENT
Version 2, 12 March 2025

"Agreement" means these terms for the use, copying, distribution and modification of the Falconet
Materials. "Falconet Materials" means the model weights, inference code and documentation we make
available under this Agreement.

1. License Rights and Redistribution.
a. Grant of Rights. You receive a non-exclusive, worldwide, non-transferable and royalty-free
limited licence under our intellectual property to use, reproduce, distribute, copy, create
derivative works of, and make modifications to the Falconet Materials.
b. Redistribution. If you distribute or make available the Falconet Materials, or a product or
service that contains any of them, you shall give a copy of this Agreement with it and display
"Made with Falconet" prominently on a related website or in the product documentation. If you use
the Falconet Materials to create, train or improve an AI model that is distributed, you shall
include "Falconet" at the beginning of that model's name.
c. Your use of the Falconet Materials must comply with applicable laws and with the Acceptable Use
Policy for the Falconet Materials, which is hereby incorporated by reference into this Agreement.

2. Additional Commercial Terms. If, on the release date of this version, the monthly active users
of the products or services made available by or for you, or your affiliates, exceeded 300 million
in the preceding calendar month, you must request a licence from us, which we may grant to you in
our sole discretion, and you may not exercise any of the rights under this Agreement unless or
until we expressly grant you such rights.

3. Disclaimer of Warranty. Unless required by applicable law, the Falconet Materials and any output
and results from them are provided on an "as is" basis, without warranties of any kind.

4. Limitation of Liability. In no event will we or our affiliates be liable under any theory of
liability for any lost profits or any indirect, special, consequential, incidental, exemplary or
punitive damages, even if we have been advised of the possibility of any of the foregoing.

5. Term and Termination. This Agreement starts when you accept it or access the Falconet Materials
and continues until terminated. We may terminate this Agreement if you breach any of its terms.
On termination you shall delete and stop using the Falconet Materials.

6. Governing Law. This Agreement is governed by the laws of the State of Delaware.
`

/** A non-commercial research licence, written for this benchmark. */
const NON_COMMERCIAL_LICENSE = `Merlin Research Licence

Copyright 2025 The Merlin Lab.

You may use, copy and modify the Merlin model and its weights for non-commercial research and
teaching purposes only. Any commercial use, including use in a product or a paid service, is not
permitted without a separate written agreement with the Merlin Lab.

You may share the model and your modifications with others for non-commercial purposes, provided
that you keep this notice and these terms with every copy.

The model is provided "as is", without warranty of any kind.
`

function card({ name, license, licenseName, datasets = true, code = true }) {
  const meta = [`license: ${license}`]
  if (licenseName) meta.push(`license_name: ${licenseName}`, 'license_link: LICENSE')
  if (datasets) meta.push('datasets:', `  - bench-org/${name}-corpus`)
  meta.push('pipeline_tag: text-generation', 'language:', '  - en')
  return `---
${meta.join('\n')}
---
# ${name}

${name} is a small language model trained for the benchmark of the model openness audit.

## Model Details

- Developed by: the bench lab
- Model type: decoder-only transformer, 120M parameters

## Training Data

${
  datasets
    ? `Trained on bench-org/${name}-corpus (https://huggingface.co/datasets/bench-org/${name}-corpus), public
web pages collected in 2024, filtered for language and deduplicated with MinHash before tokenisation.`
    : 'Trained on an internal mix of licensed and web data.'
}

## Training Procedure

${code ? 'Trained with train.py in this folder; the hyperparameters are in config.json.' : 'Trained with an internal trainer.'}

## Evaluation

| benchmark | score |
|---|---|
| bench-qa | 50.0 |
| bench-reading | 61.2 |

## Limitations

The model can be wrong and should not be relied on for decisions about people.
`
}

const CONFIG = JSON.stringify({ architectures: ['BenchForCausalLM'], hidden_size: 768 }, null, 2)

/** One model folder of kind `i % 8`: a mix of licences, cards and layouts. */
function model(dir, prefix, i) {
  const p = prefix ? `${prefix}/` : ''
  const name = `bench-${String(i).padStart(5, '0')}`
  const kind = i % 8
  switch (kind) {
    case 0: // MIT, a copy of the text in the folder
    case 1: // MIT with the holder's own copyright line: a text of its own
      write(
        dir,
        `${p}LICENSE`,
        kind === 0
          ? SPDX['MIT'].licenseText
          : SPDX['MIT'].licenseText.replace(/<year>|<copyright holders>/g, m =>
              m === '<year>' ? '2025' : `Bench Team ${i}`
            )
      )
      write(dir, `${p}README.md`, card({ name, license: 'mit' }))
      break
    case 2: // Apache-2.0 text in the folder
      write(dir, `${p}LICENSE`, SPDX['Apache-2.0'].licenseText)
      write(dir, `${p}README.md`, card({ name, license: 'apache-2.0' }))
      break
    case 3: // governed by the root licence, card names it
      write(dir, `${p}README.md`, card({ name, license: 'apache-2.0', datasets: false }))
      break
    case 4: // a community licence with a user cap, a use policy, a naming clause
      write(dir, `${p}LICENSE`, COMMUNITY_LICENSE)
      write(
        dir,
        `${p}README.md`,
        card({ name, license: 'other', licenseName: 'falconet-community-license', code: false })
      )
      break
    case 5: // non-commercial: a text of its own and the CC id in the card
      write(dir, `${p}LICENSE`, NON_COMMERCIAL_LICENSE)
      write(dir, `${p}README.md`, card({ name, license: 'cc-by-nc-4.0' }))
      break
    case 6: // non-commercial from the card alone
      write(dir, `${p}README.md`, card({ name, license: 'cc-by-nc-sa-4.0', datasets: false, code: false }))
      break
    default: // weights and config only: no card, the root licence governs
      break
  }
  write(dir, `${p}config.json`, CONFIG)
  weights(dir, `${p}model.safetensors`, kind === 2 || kind === 4 || kind === 6)
  if (kind === 0 || kind === 2 || kind === 5) write(dir, `${p}train.py`, 'print("train")\n')
}

/**
 * Weights as a checkout has them: a Git LFS pointer (a clone without LFS), or a file of real size
 * (2 MiB, sparse: it takes no disk space and is never read).
 */
function weights(dir, rel, pointer) {
  if (pointer) {
    const oid = createHash('sha256').update(rel).digest('hex')
    write(dir, rel, `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 498123456\n`)
  } else {
    write(dir, rel, '')
    truncateSync(path.join(dir, rel), 2 * 1024 * 1024)
  }
}

function oneRepo(dir) {
  write(dir, 'LICENSE', SPDX['Apache-2.0'].licenseText)
  write(dir, 'README.md', card({ name: 'bench-one', license: 'apache-2.0' }))
  write(dir, 'config.json', CONFIG)
  weights(dir, 'model.safetensors', true)
  write(dir, 'train.py', 'print("train")\n')
}

/**
 * A monorepo of `n` models in families of up to 100 (families/f012/m01234), with code shared by
 * every model at the top (src/, scripts/, configs/), as model zoos have it.
 */
function monorepo(dir, n) {
  write(dir, 'LICENSE', SPDX['Apache-2.0'].licenseText)
  write(dir, 'README.md', '# Bench model zoo\n\nA collection of synthetic models, one folder each.\n')
  for (const f of ['modeling.py', 'train.py', 'data.py', 'evaluate.py', 'tokenizer.py'])
    write(dir, `src/benchzoo/${f}`, `# ${f} of the bench zoo\n`)
  write(dir, 'scripts/convert_checkpoint.py', 'print("convert")\n')
  write(dir, 'configs/base/config.json', CONFIG)
  write(dir, 'requirements.txt', 'torch\n')
  for (let i = 0; i < n; i++) {
    const family = `f${String(Math.floor(i / 100)).padStart(3, '0')}`
    model(dir, `families/${family}/m${String(i).padStart(5, '0')}`, i)
  }
}

const CASES = [
  { name: 'one-repo', what: 'one repository', models: 1, runs: 9, build: oneRepo },
  { name: 'monorepo-100', what: '100 models', models: 100, runs: 5, build: d => monorepo(d, 100) },
  { name: 'monorepo-1000', what: '1,000 models', models: 1000, runs: 3, build: d => monorepo(d, 1000) },
  { name: 'monorepo-10000', what: '10,000 models', models: 10000, runs: 1, build: d => monorepo(d, 10000) },
  // Only when named with --only: the same 1,000 models in one thread and in two (worker threads,
  // src/audit-pool.ts; by default one thread fewer than the cores), to compare in the same run.
  {
    name: 'monorepo-1000-one-thread',
    what: '1,000 models, 1 thread',
    models: 1000,
    runs: 3,
    build: d => monorepo(d, 1000),
    env: { MODEL_OPENNESS_THREADS: '1' },
    optional: true
  },
  {
    name: 'monorepo-1000-two-threads',
    what: '1,000 models, 2 threads',
    models: 1000,
    runs: 3,
    build: d => monorepo(d, 1000),
    env: { MODEL_OPENNESS_THREADS: '2' },
    optional: true
  }
]

/** What issue 14 asks, per case. */
const TARGETS = {
  'one-repo': { ratio: 1.5, rssMiB: 100 },
  'monorepo-1000': { seconds: 2 },
  'monorepo-10000': { seconds: 20 }
}

// ---------------------------------------------------------------------------------------------
// Measuring

function hasGnuTime() {
  if (process.env.BENCH_RSS === 'wrapper') return false
  if (process.platform === 'win32' || !existsSync('/usr/bin/time')) return false
  const r = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' })
  return r.status === 0 && /Maximum resident set size/.test(r.stderr ?? '')
}

// Runs a script in this process with the given arguments and writes maxRSS (KiB) to a file on exit.
const WRAPPER = `
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
const [script, out, ...args] = process.argv.slice(1)
process.argv = [process.argv[0], script, ...args]
process.on('exit', () => {
  const u = process.resourceUsage()
  writeFileSync(out, [u.maxRSS, u.userCPUTime / 1e6, u.systemCPUTime / 1e6].join(' '))
})
if (script !== '-') await import(pathToFileURL(script).href)
`

/** Runs `node [script args]` once: wall time in ms, peak RSS in KiB, exit status and output. */
function runOnce(tmp, gnuTime, script, args, env = {}) {
  const rssFile = path.join(tmp, 'rss.txt')
  rmSync(rssFile, { force: true })
  const nodeArgs = script ? [script, ...args] : ['-e', '0']
  const [cmd, cmdArgs] = gnuTime
    ? ['/usr/bin/time', ['-v', '-o', rssFile, process.execPath, ...nodeArgs]]
    : [process.execPath, ['--input-type=module', '-e', WRAPPER, '--', script ?? '-', rssFile, ...args]]
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, cmdArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: TIMEOUT_MS,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  let rssKb = NaN
  let cpuMs = NaN
  if (existsSync(rssFile)) {
    const text = readFileSync(rssFile, 'utf8')
    const m = gnuTime
      ? /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text)
      : /^(\d+)/.exec(text.trim())
    if (m) rssKb = Number(m[1])
    // CPU time (user + system) says what a run cost even while other processes share the CPUs.
    const cpu = gnuTime
      ? [/User time \(seconds\):\s*([\d.]+)/.exec(text), /System time \(seconds\):\s*([\d.]+)/.exec(text)]
      : [/^\d+ ([\d.]+)/.exec(text.trim()), /^\d+ [\d.]+ ([\d.]+)/.exec(text.trim())]
    if (cpu[0] && cpu[1]) cpuMs = (Number(cpu[0][1]) + Number(cpu[1][1])) * 1000
  }
  return {
    ms,
    rssKb,
    cpuMs,
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
    cells.map((c, i) => (i < 2 ? String(c).padEnd(width[i]) : String(c).padStart(width[i]))).join('  ')
  return [line(header), width.map(w => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const seconds = ms => (ms / 1000).toFixed(ms < 10_000 ? 3 : 1)
const mib = kb => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : 'n/a')

// ---------------------------------------------------------------------------------------------

function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (opts.generate) {
    const dir = path.resolve(opts.generate)
    mkdirSync(dir, { recursive: true })
    monorepo(dir, opts.models)
    console.log(`bench: wrote a monorepo of ${opts.models} models to ${dir}`)
    return
  }
  if (opts.against && !existsSync(opts.against)) {
    console.error(`bench: --against ${opts.against} does not exist`)
    process.exit(2)
  }
  if (!existsSync(CLI)) {
    console.error(
      `bench: ${path.relative(ROOT, CLI)} does not exist. Run \`npm run bundle\` first, then \`npm run bench\`.`
    )
    process.exit(1)
  }
  const cases = opts.only ? CASES.filter(c => opts.only.includes(c.name)) : CASES.filter(c => !c.optional)
  if (cases.length === 0) {
    console.error(
      `bench: no case named ${opts.only.join(', ')} (cases: ${CASES.map(c => c.name).join(', ')})`
    )
    process.exit(2)
  }
  const gnuTime = hasGnuTime()
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'moa-bench-'))
  console.log(
    `node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs (threads for large audits: ${process.env.MODEL_OPENNESS_THREADS ?? Math.max(1, os.availableParallelism() - 1)}), load ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(' ')}; ${new Date().toISOString()}`
  )
  console.log(
    `peak RSS from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage() in a wrapper'}; repositories in ${tmp}\n`
  )

  // Bare Node is measured between the cases too, so that its median sees the same load as they do.
  const bare = []
  const measureBare = k => {
    for (let i = 0; i < k; i++) bare.push(runOnce(tmp, gnuTime, null, []))
  }
  const rows = []
  /** [case, this build's runs, the other build's runs] (--against). */
  const comparisons = []
  let failed = false
  try {
    measureBare(5)
    const version = []
    for (let i = 0; i < 9; i++) {
      version.push(runOnce(tmp, gnuTime, CLI, ['--version']))
      measureBare(1)
    }
    rows.push(['--version', 'prints the version', '-', version])
    for (const c of cases) {
      const dir = path.join(tmp, c.name)
      mkdirSync(dir, { recursive: true })
      c.build(dir)
      const runs = []
      const otherRuns = []
      // 0 = pass, 1 = fail verdict: both are audit results; anything else is a crash.
      const crashed = (r, which) => {
        if (!(r.error || r.signal || (r.status !== 0 && r.status !== 1))) return false
        const why = r.error ? r.error.message : r.signal ? `signal ${r.signal}` : `exit ${r.status}`
        console.error(`bench: ${c.name}: ${which} failed (${why})\n${r.stderr.slice(0, 2000)}`)
        failed = true
        return true
      }
      for (let i = 0; i < (opts.runs ?? c.runs); i++) {
        const r = runOnce(tmp, gnuTime, CLI, ['audit', dir, '--format', 'json'], c.env)
        if (crashed(r, 'the CLI')) break
        runs.push(r)
        // the other build right after, in the same minute: both see the same machine
        if (opts.against) {
          const o = runOnce(tmp, gnuTime, opts.against, ['audit', dir, '--format', 'json'], c.env)
          if (crashed(o, 'the other build')) break
          otherRuns.push(o)
        }
        measureBare(c.models < 1000 ? 1 : 2)
      }
      if (opts.against && otherRuns.length > 0) comparisons.push([c.name, runs, otherRuns])
      if (runs.length === 0) {
        rows.push([c.name, c.what, 'error', []])
        continue
      }
      let models = '?'
      try {
        models = JSON.parse(runs[0].stdout).models.length
        if (models !== c.models) {
          console.error(`bench: ${c.name}: the report holds ${models} models, not ${c.models}`)
          failed = true
        }
      } catch {
        models = 'bad json'
        failed = true
        console.error(
          `bench: ${c.name}: the CLI printed no JSON report; stderr:\n${runs[0].stderr.slice(0, 1000)}`
        )
      }
      rows.push([c.name, c.what, models, runs])
    }
  } finally {
    if (opts.keep) console.log(`kept ${tmp}\n`)
    else rmSync(tmp, { recursive: true, force: true })
  }

  const bareMs = median(bare.map(r => r.ms))
  const bareRss = median(bare.map(r => r.rssKb).filter(Number.isFinite))
  const bareCpu = median(bare.map(r => r.cpuMs).filter(Number.isFinite))
  const cpuText = ms => (Number.isFinite(ms) ? `${seconds(ms)} (${(ms / bareCpu).toFixed(1)}×)` : 'n/a')
  const out = [
    [
      'bare node -e 0',
      '-',
      '-',
      String(bare.length),
      seconds(bareMs),
      '1.00',
      cpuText(bareCpu),
      mib(bareRss),
      '',
      ''
    ]
  ]
  for (const [name, what, models, runs] of rows) {
    if (runs.length === 0) {
      out.push([name, what, models, '0', '-', '-', '-', '-', '', 'error'])
      continue
    }
    const ms = median(runs.map(r => r.ms))
    const rss = Math.max(...runs.map(r => r.rssKb).filter(Number.isFinite))
    const cpu = median(runs.map(r => r.cpuMs).filter(Number.isFinite))
    const ratio = ms / bareMs
    const t = TARGETS[name]
    const checks = []
    if (t?.ratio) checks.push([`≤ ${t.ratio}×`, ratio <= t.ratio])
    if (t?.seconds) checks.push([`≤ ${t.seconds} s`, ms <= t.seconds * 1000])
    if (t?.rssMiB) checks.push([`≤ ${t.rssMiB} MiB`, rss / 1024 <= t.rssMiB])
    out.push([
      name,
      what,
      String(models),
      String(runs.length),
      seconds(ms),
      ratio.toFixed(2),
      cpuText(cpu),
      mib(rss),
      checks.map(c => c[0]).join(', '),
      checks.length ? (checks.every(c => c[1]) ? 'met' : 'NOT met') : ''
    ])
  }
  console.log(
    table(
      [
        'case',
        'repository',
        'models',
        'runs',
        'median s',
        '× bare node',
        'CPU s (× bare)',
        'peak RSS MiB',
        'target',
        ''
      ],
      out
    )
  )
  if (comparisons.length > 0) {
    console.log(`\nThis build against ${opts.against}, run by turns (median wall and CPU time):\n`)
    const change = (a, b) => `${a <= b ? '' : '+'}${(((a - b) / b) * 100).toFixed(1)} %`
    console.log(
      table(
        ['case', 'this build s', 'other build s', 'wall', 'this CPU s', 'other CPU s', 'CPU'],
        comparisons.map(([name, mine, other]) => {
          const [a, b] = [median(mine.map(r => r.ms)), median(other.map(r => r.ms))]
          const [ca, cb] = [median(mine.map(r => r.cpuMs)), median(other.map(r => r.cpuMs))]
          return [name, seconds(a), seconds(b), change(a, b), seconds(ca), seconds(cb), change(ca, cb)]
        })
      )
    )
  }
  process.exit(failed ? 1 : 0)
}

main()
