// The CLI: the same audit as the action, printed as text, JSON, Markdown, SARIF or a MOT entry.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { audit } from '../audit.js'
import { ConfigError, loadConfig, withOverrides } from '../config/load.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { counts, countsText } from '../report/labels.js'
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
import { parseCommand, SHORT_USAGE, UsageError, USAGE } from './args.js'

export interface Io {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  /** Standard output is a terminal: colour the text report (unless NO_COLOR). Default false. */
  isTTY?: boolean
  /** The terminal's width, for wrapping the text report. */
  columns?: number
  /** The environment (NO_COLOR, FORCE_COLOR, HF_ENDPOINT). Default: none. */
  env?: Record<string, string | undefined>
}

const defaultIo: Io = {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  env: process.env
}

/** A mistake in what the user asked for that the usage text would not help with (exit 2). */
class InputError extends Error {}

async function emit(io: Io, text: string, output: string | undefined): Promise<void> {
  if (!output) {
    io.stdout(text)
    return
  }
  const file = path.resolve(io.cwd, output)
  try {
    await fs.writeFile(file, text)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const dir = path.dirname(output) || '.'
    const why =
      code === 'ENOENT'
        ? `the folder ${dir} does not exist`
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'ENOTDIR'
              ? `${dir} is not a folder`
              : (err as Error).message
    throw new InputError(`cannot write ${output}: ${why}`)
  }
}

/**
 * Colour: --color/--no-color win; else FORCE_COLOR (non-empty, not 0) turns it on; else a terminal
 * turns it on unless NO_COLOR is set to a non-empty value (https://no-color.org). Never into a file.
 */
function useColor(flag: boolean | undefined, io: Io, output: string | undefined): boolean {
  if (flag !== undefined) return flag
  if (output) return false
  const env = io.env ?? {}
  if (env['NO_COLOR']) return false
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return true
  return io.isTTY === true
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
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code
          throw new InputError(
            code === 'ENOENT'
              ? `${f}: no such file`
              : code === 'EISDIR'
                ? `${f}: is a folder, not a YAML file`
                : `${f}: cannot read the file (${code ?? (err as Error).message})`
          )
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
      throw new InputError(`${cmd.path}: no such folder`)
    }
    if (!st.isDirectory())
      throw new InputError(`${cmd.path}: not a folder (audit takes the folder that holds the model)`)
    const configPath = cmd.config ? path.resolve(io.cwd, cmd.config) : undefined
    const loaded = await loadConfig(root, configPath, cmd.config)
    const config = withOverrides(
      loaded.config,
      {
        policy: cmd.policy,
        'fail-on': cmd.failOn,
        'hub-lookup': cmd.hubLookup,
        'unknown-license': cmd.unknownLicense
      },
      'command line'
    )
    const { report, facts } = await audit(root, config, {
      configFile: loaded.file,
      hubEndpoint: (io.env ?? process.env)['HF_ENDPOINT'] || undefined
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
        out = renderText(report, {
          color: useColor(cmd.color, io, cmd.output),
          width: io.isTTY && io.columns ? Math.min(io.columns, 120) : 100,
          summary: cmd.summary
        })
    }
    await emit(io, out, cmd.output)
    if (cmd.output) {
      const c = counts([...report.findings, ...report.models.flatMap(m => m.findings)])
      io.stderr(
        `model-openness: ${report.verdict.toUpperCase()} (${countsText(c)}); report written to ${cmd.output}\n`
      )
    }
    return report.verdict === 'pass' ? 0 : 1
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`model-openness: ${err.message}\n\n${SHORT_USAGE}\n`)
      return 2
    }
    if (err instanceof ConfigError || err instanceof MofInputError || err instanceof InputError) {
      io.stderr(`model-openness: ${err.message}\n`)
      return 2
    }
    // An unexpected failure is ours, not the user's: say so plainly, without a stack trace unless asked.
    io.stderr(`model-openness: internal error: ${(err as Error).message}\n`)
    if (process.env['MODEL_OPENNESS_DEBUG']) io.stderr(String((err as Error).stack) + '\n')
    return 2
  }
}
