// One PR comment per workflow job, found again by a hidden marker and edited in place — only a
// comment written by the token's own identity: anyone can paste the marker into theirs.
// Never throws: every failure comes back as an action with a warning.
import { describeApiError, tokenIdentity, type GitHubClient, type TokenIdentity } from './client.js'
import { MAX_COMMENT_CHARS, fitComment } from './limits.js'
import { trimChars, trimEndChars } from '../text/trim.js'

export type CommentMode = 'always' | 'on-failure' | 'on-change' | 'never'
export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-failure', 'on-change', 'never']

export interface UpsertOptions {
  client: GitHubClient
  owner: string
  repo: string
  issueNumber: number
  /** Keeps comments of several jobs apart; defaults to "default" when empty (pass the job id). */
  tag?: string
  body: string
  mode: CommentMode
  /** The run fails the check (used by on-failure). */
  failed: boolean
  /** Findings changed compared with the base (used by on-change). */
  changed: boolean
  /** For the truncation note when the body is too long. */
  runUrl?: string
  /** Compact body used when even a truncated one cannot fit. */
  fallback?: string
  /** Who the token writes as; resolved from `token` (tokenIdentity) when not given. */
  identity?: TokenIdentity
  /** The token, to resolve the identity (GITHUB_TOKEN → github-actions[bot], else GET /user). */
  token?: string
}

export type UpsertAction = 'created' | 'updated' | 'skipped' | 'forbidden' | 'failed'

export interface UpsertResult {
  action: UpsertAction
  commentId?: number
  url?: string
  warning?: string
  /** Why it was skipped, for the log. */
  reason?: string
  apiCalls: number
}

interface IssueComment {
  id: number
  body?: string | null
  html_url?: string
  user?: { login?: string; type?: string } | null
}

export const FORBIDDEN_WARNING =
  'Could not write the PR comment: the token lacks `pull-requests: write` (fork pull requests get a read-only token). ' +
  'Add `permissions: pull-requests: write` to the job, or set `comment: never`; the job summary still has the full report.'

/** Letters, digits and . _ / - only; no "--" (it would end the HTML comment); at most 100 characters. */
export function sanitizeTag(tag: string | undefined): string {
  const clean = trimChars((tag ?? '').replace(/[^A-Za-z0-9._/-]+/g, '-').replace(/-{2,}/g, '-'), '-').slice(
    0,
    100
  )
  return clean || 'default'
}

/**
 * The default comment-tag when the input is empty: `<workflow>/<job>`, plus the audited path when it
 * is not the repository root. So two workflows with a job of the same id, and two steps or matrix
 * legs auditing different paths, each keep their own comment. Matrix legs that audit the same path
 * with other settings need an explicit `comment-tag` (e.g. `${{ matrix.policy }}`).
 */
export function defaultCommentTag(workflow: string, job: string, auditedPath?: string): string {
  const p = trimEndChars((auditedPath ?? '').replace(/\\/g, '/').replace(/^\.(\/|$)/, ''), '/')
  return [workflow, job || 'default', p].filter(Boolean).join('/')
}

export function commentMarker(tag: string | undefined): string {
  return `<!-- model-openness-audit:${sanitizeTag(tag)} -->`
}

/** Whether the mode asks for a (new) comment for this run. */
export function wantsComment(mode: CommentMode, failed: boolean, changed: boolean): boolean {
  switch (mode) {
    case 'always':
      return true
    case 'on-failure':
      return failed
    case 'on-change':
      return changed
    default:
      return false
  }
}

/** Ours: carries the marker AND was written by the token's identity. */
function isOwnComment(comment: IssueComment, marker: string, identity: TokenIdentity | undefined): boolean {
  if (!identity || typeof comment.body !== 'string' || !comment.body.includes(marker)) return false
  const login = comment.user?.login
  return typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase()
}

export async function upsertStickyComment(options: UpsertOptions): Promise<UpsertResult> {
  const { client, owner, repo, issueNumber, mode } = options
  const startCalls = client.calls
  const calls = (): number => client.calls - startCalls
  if (mode === 'never') return { action: 'skipped', reason: 'comment: never', apiCalls: 0 }

  try {
    const marker = commentMarker(options.tag)
    const suffix = `\n\n${marker}\n`
    const body =
      fitComment(options.body, {
        maxChars: MAX_COMMENT_CHARS - suffix.length,
        runUrl: options.runUrl,
        fallback: options.fallback
      }) + suffix
    const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`

    const identity = options.identity ?? (await tokenIdentity(client, options.token ?? ''))
    const notes: string[] = []
    if (!identity)
      notes.push(
        'Could not tell which account the token writes as (GET /user failed), so no existing comment was edited; a new one was posted.'
      )
    let existing: IssueComment | undefined
    for await (const page of client.pages<IssueComment>(`${base}/${issueNumber}/comments`, {
      query: { per_page: 100 },
      maxPages: 100
    })) {
      if (!page.ok) {
        if (page.error.kind === 'forbidden' || page.error.kind === 'not-found')
          return { action: 'forbidden', warning: FORBIDDEN_WARNING, apiCalls: calls() }
        return {
          action: 'failed',
          warning: `Could not list the PR comments: ${describeApiError(page.error)}`,
          apiCalls: calls()
        }
      }
      existing = page.data.find(comment => isOwnComment(comment, marker, identity))
      if (existing) break
    }

    if (!existing && !wantsComment(mode, options.failed, options.changed)) {
      return { action: 'skipped', reason: `comment: ${mode} and nothing to report`, apiCalls: calls() }
    }
    // An existing comment is always brought up to date, even when the mode would not post one now,
    // so an old failing comment never stays after the fix.
    let result = existing
      ? await client.request<IssueComment>('PATCH', `${base}/comments/${existing.id}`, { body: { body } })
      : undefined
    if (
      existing &&
      result &&
      !result.ok &&
      (result.error.kind === 'forbidden' || result.error.kind === 'not-found')
    ) {
      // The edit was refused (the comment was deleted or locked meanwhile): post a new one instead.
      notes.push(
        `Could not edit the earlier PR comment (${describeApiError(result.error)}); a new one was posted.`
      )
      existing = undefined
      result = undefined
    }
    result ??= await client.request<IssueComment>('POST', `${base}/${issueNumber}/comments`, {
      body: { body }
    })
    if (!result.ok) {
      if (result.error.kind === 'forbidden' || result.error.kind === 'not-found')
        return { action: 'forbidden', warning: FORBIDDEN_WARNING, apiCalls: calls() }
      return {
        action: 'failed',
        commentId: existing?.id,
        warning: `Could not ${existing ? 'update' : 'create'} the PR comment: ${describeApiError(result.error)}`,
        apiCalls: calls()
      }
    }
    return {
      action: existing ? 'updated' : 'created',
      commentId: result.data?.id ?? existing?.id,
      url: result.data?.html_url ?? existing?.html_url,
      warning: notes.length ? notes.join(' ') : undefined,
      apiCalls: calls()
    }
  } catch (error) {
    return {
      action: 'failed',
      warning: `Could not write the PR comment: ${(error as Error).message}`,
      apiCalls: calls()
    }
  }
}
