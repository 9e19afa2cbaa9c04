// The action's `models` input: Hub models audited into one report, the job summary linking their
// files on the Hub, the outputs set, no annotation on this repository's files.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../src/main.js'
import { modelFromFolder, startHubStandIn, type HubStandIn } from '../helpers/hub-server.js'

let hub: HubStandIn
let tmp: string
const saved = { ...process.env }

beforeAll(async () => {
  hub = await startHubStandIn({
    models: {
      'heron-lab/heron-7b': await modelFromFolder(path.resolve('examples/open-model')),
      'kestrel-ai/kestrel-2': await modelFromFolder(path.resolve('examples/kestrel-restricted'))
    }
  })
})
afterAll(() => hub.close())
afterEach(async () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  process.exitCode = undefined
  if (tmp) await fs.rm(tmp, { recursive: true, force: true })
})

async function runAction(inputs: Record<string, string>) {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'moa-hub-action-'))
  const workspace = path.join(tmp, 'ws')
  await fs.mkdir(workspace)
  const files = {
    summary: path.join(tmp, 'summary.md'),
    output: path.join(tmp, 'output.txt'),
    event: path.join(tmp, 'event.json')
  }
  await fs.writeFile(files.summary, '')
  await fs.writeFile(files.output, '')
  await fs.writeFile(
    files.event,
    JSON.stringify({ repository: { full_name: 'octo/watch', name: 'watch', owner: { login: 'octo' } } })
  )
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_REPOSITORY: 'octo/watch',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '7',
    GITHUB_JOB: 'watch',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: tmp,
    HF_ENDPOINT: hub.endpoint,
    'INPUT_GITHUB-TOKEN': '',
    INPUT_COMMENT: 'never'
  })
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
  let stdout = ''
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    await run()
  } finally {
    process.stdout.write = write
  }
  return {
    stdout,
    summary: await fs.readFile(files.summary, 'utf8'),
    output: await fs.readFile(files.output, 'utf8'),
    report: inputs['report-file']
      ? JSON.parse(await fs.readFile(path.join(workspace, inputs['report-file']), 'utf8'))
      : undefined
  }
}

const output = (text: string, name: string) =>
  new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text)?.[2]

describe('action input models', () => {
  it('audits the listed Hub models into one report; the summary links their files on the Hub', async () => {
    const r = await runAction({
      models: '# models we depend on\nheron-lab/heron-7b\nkestrel-ai/kestrel-2\n',
      'report-file': 'openness.json'
    })
    expect(r.report.models.map((m: { path: string }) => m.path)).toEqual([
      'hf:heron-lab/heron-7b',
      'hf:kestrel-ai/kestrel-2'
    ])
    expect(output(r.output, 'verdict')).toBe('fail')
    expect(Number(output(r.output, 'errors'))).toBeGreaterThan(0)
    expect(process.exitCode).toBe(1)
    const rev = r.report.models[1].source.revision
    expect(r.summary).toContain(`${hub.endpoint}/kestrel-ai/kestrel-2/blob/${rev}/LICENSE#L7`)
    expect(r.summary).not.toContain('github.com/octo/watch/blob')
    // No annotation names a file: the files are on the Hub, not in this repository.
    expect(r.stdout).not.toMatch(/::error file=/)
    expect(hub.requests.filter(p => /\.(safetensors|gguf)$/.test(p))).toEqual([])
  })

  it('a line that is not a Hub id is a configuration error naming the input and line', async () => {
    const r = await runAction({ models: 'heron-lab/heron-7b\nnot a model id\n' })
    expect(output(r.output, 'verdict')).toBe('fail')
    expect(r.stdout).toMatch(
      /::error::Configuration error: input 'models':2: 'not a model id' is not a Hub model id/
    )
  })

  it('a missing model fails the step saying it was not found', async () => {
    const r = await runAction({ models: 'nobody/gone\n' })
    expect(process.exitCode).toBe(1)
    expect(r.stdout).toMatch(
      /::error::Model Openness Audit could not run: model nobody\/gone was not found on the Hub/
    )
  })
})
