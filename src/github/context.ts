// The runner's context, read from the environment and the event payload (GITHUB_EVENT_PATH).
// Never throws: a missing or invalid payload file gives an empty payload.
import { readFileSync } from 'node:fs'
import { trimEndChars } from '../text/trim.js'

export interface RunnerContext {
  eventName: string
  payload: Record<string, unknown>
  owner: string
  repo: string
  prNumber?: number
  baseSha?: string
  headSha?: string
  baseRef?: string
  headRef?: string
  /** The pull request's head repository differs from its base repository (or was deleted). */
  isFork: boolean
  /** A pull_request(_target) or merge_group event: the base is audited too and findings compared. */
  comparesBase: boolean
  apiUrl: string
  serverUrl: string
  runUrl: string
  runId?: string
  sha?: string
  job: string
  workflow: string
  workspace: string
}

type Obj = Record<string, unknown>
const obj = (value: unknown): Obj | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined
const ZERO_SHA = /^0+$/

export function readPayload(path: string | undefined): Obj {
  if (!path) return {}
  try {
    return obj(JSON.parse(readFileSync(path, 'utf8'))) ?? {}
  } catch {
    return {}
  }
}

/**
 * The REST API root for a server when GITHUB_API_URL is not set: api.github.com for github.com,
 * <host>.ghe.com's api. subdomain for GHE.com data residency, and <server>/api/v3 for GitHub
 * Enterprise Server. Never a hard-coded github.com for another host.
 */
export function defaultApiUrl(serverUrl: string): string {
  let url: URL
  try {
    url = new URL(serverUrl)
  } catch {
    return 'https://api.github.com'
  }
  const host = url.hostname.toLowerCase()
  if (host === 'github.com') return 'https://api.github.com'
  if (host.endsWith('.ghe.com')) return `${url.protocol}//api.${url.host}`
  return `${url.origin}${trimEndChars(url.pathname, '/')}/api/v3`
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const repository = obj(payload.repository)

  let owner = ''
  let repo = ''
  const fullName = str(env.GITHUB_REPOSITORY) ?? str(repository?.full_name)
  if (fullName && fullName.includes('/')) {
    ;[owner, repo] = fullName.split('/', 2)
  } else {
    owner = str(obj(repository?.owner)?.login) ?? ''
    repo = str(repository?.name) ?? ''
  }

  let prNumber: number | undefined
  let baseSha: string | undefined
  let headSha: string | undefined
  let baseRef: string | undefined
  let headRef: string | undefined
  let isFork = false

  const pr = obj(payload.pull_request)
  const mergeGroup = obj(payload.merge_group)
  if (pr) {
    const base = obj(pr.base)
    const head = obj(pr.head)
    const number = pr.number ?? payload.number
    prNumber = typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined
    baseSha = str(base?.sha)
    headSha = str(head?.sha)
    baseRef = str(base?.ref)
    headRef = str(head?.ref)
    const baseRepo = str(obj(base?.repo)?.full_name)
    const headRepo = str(obj(head?.repo)?.full_name)
    // A deleted fork has head.repo null: treat it as a fork.
    isFork =
      headRepo === undefined
        ? head !== undefined
        : headRepo.toLowerCase() !== (baseRepo ?? fullName ?? '').toLowerCase()
  } else if (mergeGroup) {
    baseSha = str(mergeGroup.base_sha)
    headSha = str(mergeGroup.head_sha)
    baseRef = str(mergeGroup.base_ref)?.replace(/^refs\/heads\//, '')
    headRef = str(mergeGroup.head_ref)
  } else if (eventName === 'push' || payload.before !== undefined) {
    const before = str(payload.before)
    baseSha = before && !ZERO_SHA.test(before) ? before : undefined
    headSha = str(payload.after) ?? str(env.GITHUB_SHA)
  }
  headSha ??= str(env.GITHUB_SHA)

  const serverUrl = trimEndChars(str(env.GITHUB_SERVER_URL) ?? 'https://github.com', '/')
  const apiUrl = trimEndChars(str(env.GITHUB_API_URL) ?? defaultApiUrl(serverUrl), '/')
  const runId = str(env.GITHUB_RUN_ID)
  const runUrl = runId
    ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`
    : `${serverUrl}/${owner}/${repo}/actions`

  return {
    eventName,
    payload,
    owner,
    repo,
    prNumber,
    baseSha,
    headSha,
    baseRef,
    headRef,
    isFork,
    comparesBase: (pr !== undefined || mergeGroup !== undefined) && baseSha !== undefined,
    apiUrl,
    serverUrl,
    runUrl,
    runId,
    sha: str(env.GITHUB_SHA),
    job: env.GITHUB_JOB ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd()
  }
}
