// `model-openness audit [PATH]`: the same audit as the action, as text, JSON, Markdown, SARIF or a MOT entry.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { audit } from '../audit.js'
import { ConfigError, loadConfig, withOverrides } from '../config/load.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import { buildMotEntry, renderMotYaml } from '../verdicts/mof/index.js'
import { mofInventory } from '../verdicts/mof-inventory.js'
import type { Command } from './args.js'
import { emit, InputError, textWidth, useColor, type Io } from './io.js'
import { verdictLine } from './verdict-line.js'

export async function runAudit(cmd: Extract<Command, { kind: 'audit' }>, io: Io): Promise<number> {
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
  let config, configFile
  try {
    const loaded = await loadConfig(root, configPath, cmd.config)
    configFile = loaded.file
    config = withOverrides(
      loaded.config,
      {
        policy: cmd.policy,
        'fail-on': cmd.failOn,
        'hub-lookup': cmd.hubLookup,
        'unknown-license': cmd.unknownLicense
      },
      'command line'
    )
  } catch (err) {
    if (err instanceof ConfigError) throw new InputError(err.message)
    throw err
  }
  const { report, facts } = await audit(root, config, {
    configFile,
    hubEndpoint: (io.env ?? process.env)['HF_ENDPOINT'] || undefined,
    shard: cmd.shard
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
        width: textWidth(io),
        summary: cmd.summary
      })
  }
  await emit(io, out, cmd.output)
  if (cmd.output) io.stderr(verdictLine(report, cmd.output))
  return report.verdict === 'pass' ? 0 : 1
}
