// A local stand-in for the GitHub REST API (node:http on 127.0.0.1, port 0). It answers the
// endpoints the action uses the way GitHub does — issue comments (list with Link pagination,
// create 201, update 200), git trees/blobs, contents — records every request, and can be scripted
// to fail per route (403 fork token, 404, 500/502, 429 and secondary rate limits with retry-after,
// a primary rate limit with x-ratelimit-remaining 0). Requests under /api/v3 (GitHub Enterprise
// Server's API root) are served the same, with the prefix recorded. Tokens are identities as on
// GitHub: an installation token (ghs_…, what GITHUB_TOKEN is) writes as github-actions[bot] and gets
// 403 from GET /user; any other token is a user (octocat unless set with addUser). Editing a comment
// written by someone else answers 403, as GitHub does for a token without admin rights.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** "/api/v3" when the request came in under GHES's API prefix, else "". */
  prefix: string
  /** The path without that prefix. */
  path: string
  query: Record<string, string>
  headers: IncomingMessage['headers']
  body: unknown
}

export interface StoredComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: { login: string; id: number; type: 'Bot' | 'User' }
  created_at: string
  updated_at: string
  author_association: string
}

export interface ScriptedResponse {
  method?: string
  /** Matched against the request path (without query). */
  path: RegExp | string
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** How many requests it answers (default 1); then the route behaves normally again. */
  times?: number
  /** Answer only after this many milliseconds (a hanging server). */
  delayMs?: number
}

export interface TreeFile {
  path: string
  content?: string | Buffer
  /** Defaults to blob; "tree" for a folder, "commit" for a submodule, "symlink" for mode 120000. */
  type?: 'blob' | 'tree' | 'commit' | 'symlink'
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
export const FORBIDDEN_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403'
}
export const SECONDARY_RATE_LIMIT_BODY = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url:
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  status: '403'
}

export const PRIMARY_RATE_LIMIT_BODY = {
  message: 'API rate limit exceeded for installation ID 1.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  status: '403'
}

/** Headers GitHub sends with a primary rate limit that resets `inSeconds` from now. */
export function primaryRateLimitHeaders(inSeconds: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-used': '1000',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + inSeconds)
  }
}

export interface Identity {
  login: string
  id: number
  type: 'Bot' | 'User'
}
export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const OCTOCAT: Identity = { login: 'octocat', id: 1, type: 'User' }

export class GitHubServer {
  /** Users by token (tokens not listed and not ghs_… are octocat). */
  readonly users = new Map<string, Identity>()
  readonly requests: RecordedRequest[] = []
  /** Most requests in flight at once (to check bounded concurrency). */
  maxInFlight = 0
  /** Delay before every answer, in ms (to see concurrency). */
  latencyMs = 0
  private inFlight = 0
  readonly comments = new Map<string, StoredComment[]>()
  /** Trees by commit sha. */
  readonly trees = new Map<string, { files: TreeFile[]; truncated?: boolean }>()
  private readonly blobs = new Map<string, Buffer>()
  private readonly script: ScriptedResponse[] = []
  private server?: Server
  private nextId = 1_000_000
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res)
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server!.close(() => resolve()))
    this.server = undefined
  }

  /** Queue a scripted answer; earlier ones match first. */
  fail(response: ScriptedResponse): this {
    this.script.push({ times: 1, ...response })
    return this
  }

  /** Forget scripted failures and recorded requests (stored data stays). */
  reset(): this {
    this.script.length = 0
    this.requests.length = 0
    this.maxInFlight = 0
    this.latencyMs = 0
    return this
  }

  /** A personal token that authenticates as `login`. */
  addUser(token: string, login: string): Identity {
    const user: Identity = { login, id: 2 + this.users.size, type: 'User' }
    this.users.set(token, user)
    return user
  }

  identityFor(token: string | undefined): Identity {
    if (!token) return OCTOCAT
    if (token.startsWith('ghs_')) return ACTIONS_BOT
    return this.users.get(token) ?? OCTOCAT
  }

  /** Seed comments on an issue; returns them. `type` Bot is github-actions[bot], User is octocat. */
  seedComments(
    owner: string,
    repo: string,
    issue: number,
    bodies: Array<string | { body: string; type?: 'Bot' | 'User'; author?: Identity }>
  ): StoredComment[] {
    const list = this.issueComments(owner, repo, issue)
    const created = bodies.map(b =>
      this.newComment(
        owner,
        repo,
        issue,
        typeof b === 'string' ? b : b.body,
        typeof b === 'string' ? OCTOCAT : (b.author ?? (b.type === 'Bot' ? ACTIONS_BOT : OCTOCAT))
      )
    )
    list.push(...created)
    return created
  }

  issueComments(owner: string, repo: string, issue: number): StoredComment[] {
    const key = `${owner}/${repo}#${issue}`
    let list = this.comments.get(key)
    if (!list) {
      list = []
      this.comments.set(key, list)
    }
    return list
  }

  /** A commit's tree for /git/trees/{sha}; blobs get sha = "blob-" + index. */
  setTree(sha: string, files: TreeFile[], truncated = false): void {
    this.trees.set(sha, { files, truncated })
  }

  private newComment(
    owner: string,
    repo: string,
    issue: number,
    body: string,
    author: Identity
  ): StoredComment {
    const id = this.nextId++
    const now = new Date().toISOString()
    return {
      id,
      node_id: `IC_kwDO${id.toString(36)}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user: { ...author },
      created_at: now,
      updated_at: now,
      author_association: author.type === 'Bot' ? 'NONE' : 'OWNER'
    }
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      ...headers
    })
    res.end(text)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    res.on('close', () => void this.inFlight--)
    if (this.latencyMs) await new Promise(resolve => setTimeout(resolve, this.latencyMs))
    await this.route(req, res)
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.url)
    // GitHub Enterprise Server serves the REST API under /api/v3: accept it and record the prefix.
    const prefix = url.pathname.startsWith('/api/v3/') ? '/api/v3' : ''
    if (prefix) url.pathname = url.pathname.slice(prefix.length)
    let body: unknown = undefined
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
      }
    }
    const method = req.method ?? 'GET'
    this.requests.push({
      method,
      prefix,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body
    })

    const scripted = this.script.find(
      s =>
        (s.times ?? 1) > 0 &&
        (!s.method || s.method === method) &&
        (typeof s.path === 'string' ? s.path === url.pathname : s.path.test(url.pathname))
    )
    if (scripted) {
      scripted.times = (scripted.times ?? 1) - 1
      if (scripted.delayMs) await new Promise(resolve => setTimeout(resolve, scripted.delayMs).unref())
      if (res.destroyed) return
      this.send(res, scripted.status, scripted.body, scripted.headers)
      return
    }
    // Octokit sends "token X"; other clients send "Bearer X". Both are accepted, as by GitHub.
    const token = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!token) {
      this.send(res, 401, {
        message: 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401'
      })
      return
    }

    const me = this.identityFor(token)
    if (url.pathname === '/user' && method === 'GET') {
      if (me.type === 'Bot')
        return this.send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403'
        })
      return this.send(res, 200, { ...me, node_id: `U_${me.id}`, site_admin: false })
    }
    let m: RegExpExecArray | null
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const [, owner, repo, n] = m
      const list = this.issueComments(owner, repo, Number(n))
      if (method === 'GET') {
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)))
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
        const last = Math.max(1, Math.ceil(list.length / perPage))
        const link = (p: number, rel: string): string => {
          const u = new URL(prefix + url.pathname, this.url)
          u.searchParams.set('per_page', String(perPage))
          u.searchParams.set('page', String(p))
          return `<${u.toString()}>; rel="${rel}"`
        }
        const links: string[] = []
        if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
        this.send(
          res,
          200,
          list.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {}
        )
        return
      }
      if (method === 'POST') {
        const text = (body as { body?: unknown })?.body
        if (typeof text !== 'string') {
          this.send(res, 422, {
            message: 'Invalid request.\n\n"body" wasn\'t supplied.',
            documentation_url: 'https://docs.github.com/rest',
            status: '422'
          })
          return
        }
        if (text.length > 65536) {
          this.send(res, 422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)'
              }
            ],
            documentation_url: 'https://docs.github.com/rest',
            status: '422'
          })
          return
        }
        const comment = this.newComment(owner, repo, Number(n), text, me)
        list.push(comment)
        this.send(res, 201, comment, { location: comment.url })
        return
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      const id = Number(m[3])
      const comment = [...this.comments.values()].flat().find(c => c.id === id)
      if (!comment) return this.send(res, 404, NOT_FOUND)
      if (method === 'PATCH') {
        if (comment.user.login !== me.login)
          return this.send(res, 403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
            status: '403'
          })
        const text = (body as { body?: unknown })?.body
        if (typeof text !== 'string' || text.length > 65536) {
          this.send(res, 422, {
            message: 'Validation Failed',
            documentation_url: 'https://docs.github.com/rest',
            status: '422'
          })
          return
        }
        comment.body = text
        comment.updated_at = new Date().toISOString()
        this.send(res, 200, comment)
        return
      }
      if (method === 'GET') return this.send(res, 200, comment)
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/([^/]+)$/.exec(url.pathname)) && method === 'GET') {
      const tree = this.trees.get(m[3])
      if (!tree) return this.send(res, 404, NOT_FOUND)
      const entries = tree.files.map((f, i) => {
        const type = f.type ?? 'blob'
        if (type === 'tree') return { path: f.path, mode: '040000', type: 'tree', sha: `tree-${i}`, url: '' }
        if (type === 'commit') return { path: f.path, mode: '160000', type: 'commit', sha: `c0ffee${i}` }
        const content = Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content ?? '', 'utf8')
        const sha = `blob-${m![3]}-${i}`
        this.blobs.set(sha, content)
        return {
          path: f.path,
          mode: type === 'symlink' ? '120000' : '100644',
          type: 'blob',
          sha,
          size: content.length,
          url: `${this.url}${url.pathname.replace(/trees\/.*/, `blobs/${sha}`)}`
        }
      })
      return this.send(res, 200, {
        sha: m[3],
        url: `${this.url}${url.pathname}`,
        tree: entries,
        truncated: tree.truncated ?? false
      })
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([^/]+)$/.exec(url.pathname)) && method === 'GET') {
      const blob = this.blobs.get(m[3])
      if (!blob) return this.send(res, 404, NOT_FOUND)
      return this.send(res, 200, {
        sha: m[3],
        node_id: `B_${m[3]}`,
        size: blob.length,
        url: `${this.url}${url.pathname}`,
        content: blob.toString('base64').replace(/(.{60})/g, '$1\n'),
        encoding: 'base64'
      })
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname)) && method === 'GET') {
      const ref = url.searchParams.get('ref') ?? ''
      const file = this.trees
        .get(ref)
        ?.files.find(f => f.path === decodeURIComponent(m![3]) && (f.type ?? 'blob') === 'blob')
      if (!file) return this.send(res, 404, NOT_FOUND)
      const content = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content ?? '', 'utf8')
      return this.send(res, 200, {
        type: 'file',
        encoding: 'base64',
        size: content.length,
        name: file.path.split('/').pop(),
        path: file.path,
        content: content.toString('base64'),
        sha: 'x'
      })
    }
    this.send(res, 404, NOT_FOUND)
  }
}

export async function startGitHubServer(): Promise<GitHubServer> {
  const server = new GitHubServer()
  await server.start()
  return server
}
