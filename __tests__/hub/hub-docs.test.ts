// The README's scheduled watch workflow is valid YAML that uses only the action's real inputs and
// outputs, and the docs name what a Hub audit honours.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const README = readFileSync('README.md', 'utf8')
const CLI_DOC = readFileSync('docs/cli.md', 'utf8')
const ACTION = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

/** The YAML code blocks of a Markdown text, by CommonMark fences (a fence closes only at a line's start). */
function yamlBlocks(md: string): string[] {
  const blocks: string[] = []
  let current: string[] | null = null
  for (const line of md.split('\n')) {
    if (current === null) {
      if (/^```ya?ml\s*$/.test(line)) current = []
    } else if (/^```\s*$/.test(line)) {
      blocks.push(current.join('\n'))
      current = null
    } else current.push(line)
  }
  return blocks
}

describe('the scheduled watch workflow in the README', () => {
  const block = yamlBlocks(README).find(b => b.includes('models:') && b.includes('schedule:'))

  it('is there, valid YAML, on a cron schedule', () => {
    expect(block).toBeDefined()
    const wf = parse(block!, { uniqueKeys: true, strict: true })
    expect(wf.on.schedule[0].cron).toMatch(/^(\S+\s+){4}\S+$/)
    expect(Object.keys(wf.jobs)).toHaveLength(1)
  })

  it('uses only inputs the action declares, and outputs it sets', () => {
    const wf = parse(block!)
    const steps = (Object.values(wf.jobs)[0] as { steps: Array<Record<string, unknown>> }).steps
    const ours = steps.filter(s => String(s['uses'] ?? '').includes('model-openness-audit'))
    expect(ours).toHaveLength(1)
    const withs = Object.keys(ours[0]['with'] as object)
    expect(withs).toContain('models')
    for (const k of withs) expect(Object.keys(ACTION.inputs)).toContain(k)
    const id = ours[0]['id'] as string
    for (const m of block!.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([\\w-]+)`, 'g')))
      expect(Object.keys(ACTION.outputs)).toContain(m[1])
    // The model list is one Hub id a line.
    const ids = String((ours[0]['with'] as Record<string, string>)['models'])
      .split('\n')
      .map(l => l.replace(/#.*/, '').trim())
      .filter(Boolean)
    expect(ids.length).toBeGreaterThan(1)
    for (const i of ids) expect(i).toMatch(/^[\w.-]+\/[\w.-]+(@[\w./-]+)?$/)
  })
})

describe('docs', () => {
  it('document hf: audits, the Hub environment, --models and --api-deadline', () => {
    for (const doc of [README, CLI_DOC])
      for (const word of ['hf:OWNER/NAME', 'HF_ENDPOINT', 'HF_TOKEN', '--models', '--api-deadline'])
        expect(doc).toContain(word)
    expect(README).toMatch(/\| `models` +\|/)
  })
})
