// `model-openness audit [PATH]`: the same audit as the action, as text, JSON, Markdown, SARIF or a MOT entry.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { audit, type AuditResult } from '../audit.js'
import { hubBaseResolver } from '../hub/base-model.js'
import { auditTargetsCommand, isHubInputError, isTargetList } from '../hub/command.js'
import { HubSession } from '../hub/targets.js'
import { ConfigError, loadConfig, withOverrides } from '../config/load.js'
import { renderJsonChunks } from '../report/json.js'
import { sarifPathPrefix } from '../report/sarif-root.js'
import { buildMotEntry, renderMotYaml } from '../verdicts/mof/index.js'
import { mofInventory } from '../verdicts/mof-inventory.js'
import type { Command } from './args.js'
import { emit, InputError, textWidth, useColor, type Io } from './io.js'
import { renderReport } from './render.js'
import { verdictLine } from './verdict-line.js'
import { planKnown } from './short-run.js'
import { bundledWorkers } from './workers.js'

type AuditCommand = Extract<Command, { kind: 'audit' }>

/** One folder, audited as ever (base models read on the Hub with --hub-lookup). */
async function auditFolder(cmd: AuditCommand, io: Io, hub: HubSession): Promise<AuditResult> {
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
  return audit(root, config, {
    configFile,
    hubEndpoint: hub.endpoint,
    hubBaseResolver: config['hub-lookup'] ? hubBaseResolver(hub.client) : undefined,
    shard: cmd.shard,
    // only the MOT entries are made from the facts; other formats need the reports alone
    keepFacts: cmd.format === 'mof',
    workers: bundledWorkers(process.argv[1], io.env ?? process.env),
    onPlan: planKnown
  })
}

export async function runAudit(cmd: AuditCommand, io: Io): Promise<number> {
  // zod compiles a fast path for each object schema with `new Function` on its first parse: code
  // no cache keeps, compiled again by every run, for the handful of parses one audit makes.
  z.config({ jitless: true })
  // Hub models (hf:OWNER/NAME), several PATHs or --models: one report of them all (src/hub/).
  const hub = new HubSession(io.env ?? process.env, cmd.apiDeadlineMs)
  let audited: AuditResult
  try {
    audited = isTargetList(cmd)
      ? await auditTargetsCommand(cmd, io.cwd, hub, planKnown)
      : await auditFolder(cmd, io, hub)
  } catch (err) {
    if (err instanceof ConfigError || isHubInputError(err)) throw new InputError((err as Error).message)
    throw err
  } finally {
    hub.dispose()
  }
  const { report, facts } = audited
  let out: string | Iterable<string>
  if (cmd.format === 'mof') {
    out = facts.map(f => renderMotYaml(buildMotEntry(mofInventory(f)))).join('---\n')
  } else if (cmd.format === 'json') {
    // In pieces: the report of a monorepo of thousands of models is never one huge string.
    out = renderJsonChunks(report)
  } else {
    out = await renderReport(cmd.format, report, {
      text: { color: useColor(cmd.color, io, cmd.output), width: textWidth(io), summary: cmd.summary },
      sarif:
        cmd.format === 'sarif'
          ? {
              // Hub models have no repository on disk: their paths stay as the Hub names them.
              pathPrefix: isTargetList(cmd)
                ? ''
                : await sarifPathPrefix(
                    path.resolve(io.cwd, cmd.path),
                    cmd.sarifRoot ? path.resolve(io.cwd, cmd.sarifRoot) : undefined
                  ),
              category: cmd.sarifCategory
            }
          : undefined
    })
  }
  await emit(io, out, cmd.output)
  if (cmd.output) io.stderr(verdictLine(report, cmd.output))
  return report.verdict === 'pass' ? 0 : 1
}
