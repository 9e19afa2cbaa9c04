// A local stand-in for the Hugging Face Hub (node:http on 127.0.0.1, port 0) answering the shapes
// the audit uses: GET /api/models/{id}[/revision/{rev}] (info with `siblings`, `cardData`, `gated`,
// `sha`), GET /api/models/{id}/tree/{rev}?recursive=true (entries with `lfs`, paginated with a Link
// header), GET /{id}/resolve/{rev}/{path}. Errors as the Hub sends them: 401/404 with X-Error-Code
// RepoNotFound, 401/403 with GatedRepo, 404 RevisionNotFound. Every request is recorded; failures
// can be scripted per path.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface StandInFile {
  /** The file's content as the Hub serves it (for an LFS file: what resolve would send). */
  content: Buffer
  /** Stored in LFS: the listing shows `lfs`, and the git blob is a pointer. */
  lfs?: { oid: string; size: number }
}

export interface StandInModel {
  files: Record<string, StandInFile>
  /** 'manual' or 'auto': resolve needs a token in `grantedTokens`. */
  gated?: 'manual' | 'auto'
  /** Private: every request needs a token in `grantedTokens`. */
  private?: boolean
  cardData?: Record<string, unknown>
  tags?: string[]
}

export interface HubStandInOptions {
  models: Record<string, StandInModel>
  /** Entries per tree page (default 1000, as the Hub). */
  pageSize?: number
  /** Tokens with access to gated and private models. */
  grantedTokens?: string[]
  /** Without the tree endpoint (an older Hub): listing only through `siblings`. */
  noTree?: boolean
  /** Holds every answer this long (to see how many requests are in flight at once). */
  delayMs?: number
  /** Extra entries the tree listing returns (hostile paths), per model id. */
  extraTreeEntries?: Record<string, unknown[]>
}

export interface HubStandIn {
  endpoint: string
  /** Request paths (with query) in the order they came. */
  requests: string[]
  /** Authorization headers seen. */
  authorizations: string[]
  /** The most requests that were waiting for an answer at once. */
  maxInFlight(): number
  /** path (without query) → how many times to answer it with `status` before answering normally (Infinity: always). */
  fail(pathname: string, status: number, times: number): void
  close(): Promise<void>
}

const sha1 = (s: string | Buffer) => createHash('sha1').update(s).digest('hex')

function lfsFromPointer(content: Buffer): { oid: string; size: number } | undefined {
  const text = content.subarray(0, 300).toString('latin1')
  if (!text.startsWith('version https://git-lfs.github.com/spec/v1')) return undefined
  const oid = /oid sha256:([0-9a-f]{64})/.exec(text)?.[1]
  const size = /size (\d+)/.exec(text)?.[1]
  return oid && size ? { oid, size: Number(size) } : undefined
}

/** A model from a folder, as the Hub would hold it: an LFS pointer file becomes an LFS entry. */
export async function modelFromFolder(dir: string, extra: Partial<StandInModel> = {}): Promise<StandInModel> {
  const files: Record<string, StandInFile> = {}
  const walk = async (rel: string) => {
    for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(r)
      else if (e.isFile()) {
        const content = await fs.readFile(path.join(dir, r))
        const lfs = lfsFromPointer(content)
        files[r] = lfs ? { content: Buffer.from('not the weights: never to be requested'), lfs } : { content }
      }
    }
  }
  await walk('')
  return { files, ...extra }
}

export async function startHubStandIn(opts: HubStandInOptions): Promise<HubStandIn> {
  const requests: string[] = []
  const authorizations: string[] = []
  const failures = new Map<string, { status: number; left: number }>()
  const pageSize = opts.pageSize ?? 1000
  let endpoint = ''

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
  const repoNotFound = (res: ServerResponse, authed: boolean) =>
    send(res, authed ? 404 : 401, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound' })

  let inFlight = 0
  let maxInFlight = 0
  const server: Server = createServer((req, res) => {
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    res.on('close', () => inFlight--)
    if (opts.delayMs) setTimeout(() => answer(req, res), opts.delayMs)
    else answer(req, res)
  })
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    requests.push(url.pathname + url.search)
    const auth = req.headers.authorization ?? ''
    if (auth) authorizations.push(auth)
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : ''
    const granted = token !== '' && (opts.grantedTokens ?? []).includes(token)
    const failure = failures.get(url.pathname)
    if (failure && failure.left > 0) {
      failure.left--
      return send(res, failure.status, { error: 'scripted failure' })
    }
    const segs = url.pathname.split('/').slice(1).map(decodeURIComponent)
    const api = segs[0] === 'api' && segs[1] === 'models'
    const id = api ? `${segs[2]}/${segs[3]}` : `${segs[0]}/${segs[1]}`
    const model = opts.models[id]
    if (!model || (model.private && !granted)) return repoNotFound(res, token !== '')
    const sha = sha1(id + JSON.stringify(Object.keys(model.files)))
    const revisionOk = (rev: string) => rev === 'main' || rev === sha
    if (api && (segs.length === 4 || segs[4] === 'revision')) {
      if (segs[4] === 'revision' && !revisionOk(segs[5] ?? ''))
        return send(res, 404, { error: 'Invalid rev id' }, { 'x-error-code': 'RevisionNotFound' })
      return send(res, 200, {
        _id: sha.slice(0, 24),
        id,
        modelId: id,
        sha,
        private: model.private === true,
        gated: model.gated ?? false,
        disabled: false,
        tags: model.tags ?? [],
        cardData: model.cardData,
        siblings: Object.keys(model.files)
          .sort()
          .map(rfilename => ({ rfilename }))
      })
    }
    if (api && segs[4] === 'tree') {
      if (opts.noTree) return send(res, 404, { error: 'Not Found' })
      if (!revisionOk(segs[5] ?? ''))
        return send(res, 404, { error: 'Invalid rev id' }, { 'x-error-code': 'RevisionNotFound' })
      const entries: unknown[] = []
      const dirs = new Set<string>()
      for (const p of Object.keys(model.files).sort()) {
        const parts = p.split('/')
        for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
      }
      for (const d of [...dirs].sort()) entries.push({ type: 'directory', oid: sha1(d), size: 0, path: d })
      for (const [p, f] of Object.entries(model.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
        entries.push(
          f.lfs
            ? {
                type: 'file',
                oid: sha1(p),
                size: f.lfs.size,
                lfs: { oid: f.lfs.oid, size: f.lfs.size, pointerSize: 134 },
                path: p
              }
            : { type: 'file', oid: sha1(f.content), size: f.content.length, path: p }
        )
      }
      entries.push(...(opts.extraTreeEntries?.[id] ?? []))
      const cursor = Number(url.searchParams.get('cursor') ?? '0')
      const page = entries.slice(cursor, cursor + pageSize)
      const headers: Record<string, string> = {}
      if (cursor + pageSize < entries.length) {
        const next = new URL(url.pathname, endpoint)
        next.search = url.search
        next.searchParams.set('cursor', String(cursor + pageSize))
        headers['link'] = `<${next.href}>; rel="next"`
      }
      return send(res, 200, page, headers)
    }
    if (!api && segs[2] === 'resolve') {
      if (model.gated && !granted)
        return send(
          res,
          token ? 403 : 401,
          {
            error: `Access to model ${id} is restricted. You must have access to it and be authenticated to access it.`
          },
          { 'x-error-code': 'GatedRepo' }
        )
      if (!revisionOk(segs[3] ?? ''))
        return send(res, 404, { error: 'Invalid rev id' }, { 'x-error-code': 'RevisionNotFound' })
      const file = model.files[segs.slice(4).join('/')]
      if (!file) return send(res, 404, { error: 'Entry not found' }, { 'x-error-code': 'EntryNotFound' })
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(file.content.length)
      })
      res.end(file.content)
      return
    }
    send(res, 404, { error: 'Not Found' })
  }
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    endpoint,
    requests,
    authorizations,
    maxInFlight: () => maxInFlight,
    fail: (pathname, status, times) => failures.set(pathname, { status, left: times }),
    close: () =>
      new Promise<void>(r => {
        server.closeAllConnections?.()
        server.close(() => r())
      })
  }
}
