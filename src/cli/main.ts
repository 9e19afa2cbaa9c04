// The CLI: the same audit as the action, printed as text, JSON, Markdown, SARIF or a MOT entry.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { audit } from '../audit.js'
import { ConfigError, loadConfig, withOverrides } from '../config/load.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import {
  buildMotEntry,
  classifyMotYaml,
  MofInputError,
  renderMofText,
  renderMotYaml
} from '../verdicts/mof/index.js'
import { mofInventory } from '../verdicts/mof-inventory.js'
import { VERSION } from '../version.js'
import { parseCommand, UsageError, USAGE } from './args.js'

export interface Io {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
}

const defaultIo: Io = {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  cwd: process.cwd()
}

async function emit(io: Io, text: string, output: string | undefined): Promise<void> {
  if (output) await fs.writeFile(path.resolve(io.cwd, output), text)
  else io.stdout(text)
}

/** Runs the CLI and returns its exit status: 0 pass, 1 fail, 2 usage or configuration error. */
export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const cmd = parseCommand(argv)
    if (cmd.kind === 'help') {
      io.stdout(USAGE + '\n')
      return 0
    }
    if (cmd.kind === 'version') {
      io.stdout(VERSION + '\n')
      return 0
    }
    if (cmd.kind === 'mof') {
      const results = []
      for (const f of cmd.files) {
        let text: string
        try {
          text = await fs.readFile(path.resolve(io.cwd, f), 'utf8')
        } catch {
          throw new UsageError(`${f}: cannot read the file`)
        }
        results.push({ file: f, result: classifyMotYaml(text, f) })
      }
      if (cmd.format === 'json') {
        const shaped = results.map(r => ({
          file: r.file,
          class: r.result.class,
          progress: r.result.progress,
          components: r.result.components,
          warnings: r.result.warnings
        }))
        await emit(io, JSON.stringify(shaped.length === 1 ? shaped[0] : shaped, null, 2) + '\n', cmd.output)
      } else {
        await emit(io, renderMofText(results), cmd.output)
      }
      return 0
    }
    const root = path.resolve(io.cwd, cmd.path)
    let st
    try {
      st = await fs.stat(root)
    } catch {
      throw new UsageError(`${cmd.path}: no such folder`)
    }
    if (!st.isDirectory()) throw new UsageError(`${cmd.path}: not a folder`)
    const configPath = cmd.config ? path.resolve(io.cwd, cmd.config) : undefined
    const loaded = await loadConfig(root, configPath, cmd.config)
    const config = withOverrides(
      loaded.config,
      { policy: cmd.policy, 'fail-on': cmd.failOn, 'hub-lookup': cmd.hubLookup },
      'command line'
    )
    const { report, facts } = await audit(root, config, {
      configFile: loaded.file,
      hubEndpoint: process.env['HF_ENDPOINT'] || undefined
    })
    let out: string
    switch (cmd.format) {
      case 'json':
        out = renderJson(report)
        break
      case 'markdown':
        out = renderMarkdown(report)
        break
      case 'sarif':
        out = renderSarif(report)
        break
      case 'mof':
        out = facts.map(f => renderMotYaml(buildMotEntry(mofInventory(f)))).join('---\n')
        break
      default:
        out = renderText(report)
    }
    await emit(io, out, cmd.output)
    return report.verdict === 'pass' ? 0 : 1
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`model-openness: ${err.message}\n\n${USAGE}\n`)
      return 2
    }
    if (err instanceof ConfigError || err instanceof MofInputError) {
      io.stderr(`model-openness: ${err.message}\n`)
      return 2
    }
    // An unexpected failure is ours, not the user's: say so plainly, without a stack trace unless asked.
    io.stderr(`model-openness: internal error: ${(err as Error).message}\n`)
    if (process.env['MODEL_OPENNESS_DEBUG']) io.stderr(String((err as Error).stack) + '\n')
    return 2
  }
}
