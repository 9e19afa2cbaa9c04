// `audit hf:OWNER/NAME`, `audit PATH PATH…` and `--models FILE`: the targets audited into one
// report with the auditor's configuration (--config, else .github/model-openness.yml in the
// current folder) — never a configuration the audited model's publisher wrote.
import type { AuditResult } from '../audit.js'
import { loadConfig, withOverrides } from '../config/load.js'
import { auditTargets, combineReports } from './audit-hub.js'
import { hubBaseResolver } from './base-model.js'
import { isHubPath } from './id.js'
import { collectTargets, type HubSession } from './targets.js'

export interface TargetsCommand {
  path: string
  paths: string[]
  models?: string
  config?: string
  policy?: string
  failOn?: string
  hubLookup?: boolean
}

/** Whether the command names Hub models or several targets (else it is one folder, audited as ever). */
export function isTargetList(cmd: TargetsCommand): boolean {
  return cmd.paths.length > 1 || cmd.models !== undefined || isHubPath(cmd.path)
}

/** Whether the targets make a combined report (models named by target) rather than one repository's. */
export async function auditTargetsCommand(
  cmd: TargetsCommand,
  cwd: string,
  hub: HubSession
): Promise<AuditResult> {
  const targets = await collectTargets(
    cmd.paths.length > 0 ? cmd.paths : cmd.models ? [] : ['.'],
    cmd.models,
    cwd
  )
  const loaded = await loadConfig(cwd, cmd.config, cmd.config)
  const config = withOverrides(
    loaded.config,
    { policy: cmd.policy, 'fail-on': cmd.failOn, 'hub-lookup': cmd.hubLookup },
    'command line'
  )
  const options = {
    configFile: loaded.file,
    hubEndpoint: hub.endpoint,
    hubBaseResolver: config['hub-lookup'] ? hubBaseResolver(hub.client) : undefined
  }
  const parts = await auditTargets(targets, config, hub.client, options)
  // One model named on the command line is reported as its own repository; a list is combined.
  if (parts.length === 1 && cmd.models === undefined) return parts[0].result
  return combineReports(parts, config)
}
