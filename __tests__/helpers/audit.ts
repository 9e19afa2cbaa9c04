import { audit } from '../../src/audit.js'
import { parseConfigText } from '../../src/config/load.js'
import type { Report } from '../../src/report/types.js'
import { makeRepo, removeRepo, type FileSpec } from './fixtures.js'

/** Audits a throwaway repository made of `files`, with an optional config text. */
export async function auditFiles(
  files: Record<string, FileSpec>,
  configText = '',
  today = '2026-11-27'
): Promise<Report> {
  const dir = await makeRepo(files)
  try {
    const config = parseConfigText(configText, 'test-config.yml')
    return (await audit(dir, config, { today })).report
  } finally {
    await removeRepo(dir)
  }
}

export function allFindings(r: Report) {
  return [...r.findings, ...r.models.flatMap(m => m.findings)]
}

export function rulesOf(r: Report): string[] {
  return [...new Set(allFindings(r).map(f => f.rule))].sort()
}
