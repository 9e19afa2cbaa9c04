// The one place a report's top is put together, so that an audit of a folder, an audit of Hub
// models and a merge of shards all give the same fields in the same order, with the verdict worked
// out by the same rule: a finding at or above fail-on, or a model that failed.
import type { Config } from '../config/schema.js'
import { failsAt } from '../rules/engine.js'
import type { Finding } from '../types.js'
import { VERSION } from '../version.js'
import type { ModelReport, Report } from './types.js'

export interface ReportParts {
  config: Pick<Config, 'policy' | 'fail-on'>
  models: ModelReport[]
  /** Repository-level findings, already waived and sorted. */
  findings: Finding[]
  shard?: Report['shard']
  /** A part already known to fail (a Hub model that failed on its own). */
  failedElsewhere?: boolean
}

export function assembleReport(parts: ReportParts): Report {
  const failOn = parts.config['fail-on']
  const failed =
    parts.failedElsewhere === true ||
    parts.findings.some(f => failsAt(f, failOn)) ||
    parts.models.some(m => m.verdict === 'fail')
  return {
    schemaVersion: 1,
    tool: { name: 'model-openness-audit', version: VERSION },
    verdict: failed ? 'fail' : 'pass',
    policy: parts.config.policy,
    failOn,
    ...(parts.shard ? { shard: parts.shard } : {}),
    models: parts.models,
    findings: parts.findings
  }
}
