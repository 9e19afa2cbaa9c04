// `audit hf:OWNER/NAME`, `audit PATH PATH…` and `--models FILE`: the targets audited into one
// report with the auditor's configuration (--config, else .github/model-openness.yml in the
// current folder) — never a configuration the audited model's publisher wrote.
import type { AuditOptions, AuditResult } from '../audit.js'
import type { Config } from '../config/schema.js'
import { loadConfig, withOverrides } from '../config/load.js'
import { auditTargets, combineReports } from './audit-hub.js'
import { hubBaseResolver } from './base-model.js'
import type { Shard } from '../shard.js'
import { inShard } from '../shard.js'
import { HubAccessError } from './client.js'
import { HubRefError, isHubPath, type HubRef } from './id.js'
import { collectTargets, hubTarget, TargetError, type HubSession } from './targets.js'

/** A Hub model or list that cannot be audited as given: the CLI exits 2 with the message. */
export function isHubInputError(err: unknown): boolean {
  return err instanceof HubAccessError || err instanceof HubRefError || err instanceof TargetError
}

export interface TargetsCommand {
  path: string
  paths: string[]
  models?: string
  config?: string
  policy?: string
  failOn?: string
  hubLookup?: boolean
  /** `--shard K/N` over a list: each target (all its models) goes to the shard of its label. */
  shard?: Shard
}

/** Whether the command names Hub models or several targets (else it is one folder, audited as ever). */
export function isTargetList(cmd: TargetsCommand): boolean {
  return cmd.paths.length > 1 || cmd.models !== undefined || isHubPath(cmd.path)
}

/**
 * Audits the targets. One Hub model named alone is reported as its own repository (paths as on the
 * Hub; `--shard` slices its model roots as for a folder); a list is combined, its models named by
 * target, and `--shard` gives each target to one shard.
 */
export async function auditTargetsCommand(
  cmd: TargetsCommand,
  cwd: string,
  hub: HubSession,
  onPlan?: AuditOptions['onPlan']
): Promise<AuditResult> {
  const all = await collectTargets(
    cmd.paths.length > 0 ? cmd.paths : cmd.models ? [] : ['.'],
    cmd.models,
    cwd
  )
  const single = all.length === 1 && cmd.models === undefined
  const targets = single ? all : all.filter(t => inShard(t.label, cmd.shard))
  const loaded = await loadConfig(cwd, cmd.config, cmd.config)
  const config = withOverrides(
    loaded.config,
    { policy: cmd.policy, 'fail-on': cmd.failOn, 'hub-lookup': cmd.hubLookup },
    'command line'
  )
  // each target is a repository of its own: the job is at least as large as their number
  onPlan?.({ models: targets.length, textBytes: 0, largestText: 0 })
  const options = {
    onPlan,
    configFile: loaded.file,
    hubEndpoint: hub.endpoint,
    hubBaseResolver: config['hub-lookup'] ? hubBaseResolver(hub.client) : undefined,
    ...(single && cmd.shard ? { shard: cmd.shard } : {})
  }
  const parts = await auditTargets(targets, config, hub.client, options)
  // One model named on the command line is reported as its own repository; a list is combined.
  if (single) return parts[0].result
  const combined = combineReports(parts, config)
  if (cmd.shard && cmd.shard.count > 1) combined.report.shard = cmd.shard
  return combined
}

/**
 * The action's `models` input: the listed Hub models audited into one report (models named
 * `hf:OWNER/NAME`), as `audit --models FILE` does.
 */
export async function auditHubList(
  refs: readonly HubRef[],
  config: Config,
  hub: HubSession,
  options: Pick<AuditOptions, 'configFile'> = {}
): Promise<AuditResult> {
  const seen = new Set<string>()
  const targets = refs.map(hubTarget).filter(t => (seen.has(t.label) ? false : (seen.add(t.label), true)))
  const parts = await auditTargets(targets, config, hub.client, {
    configFile: options.configFile,
    hubEndpoint: hub.endpoint,
    hubBaseResolver: config['hub-lookup'] ? hubBaseResolver(hub.client) : undefined
  })
  return combineReports(parts, config)
}
