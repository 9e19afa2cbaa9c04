// One time budget for every network call of a run (GitHub API, Hub look-up). The engine and the
// GitHub client take a Deadline (or just its AbortSignal) and know nothing of each other.

/** Default budget for all network calls of one run. */
export const DEFAULT_DEADLINE_MS = 60_000

export interface Deadline {
  /** The budget it was created with, in milliseconds. */
  readonly ms: number
  /** Aborts when the budget is spent; pass it to fetch. */
  readonly signal: AbortSignal
  /** Milliseconds left (0 once spent). */
  remainingMs(): number
  expired(): boolean
}

export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError'
  constructor(readonly ms: number) {
    super(`the network deadline of ${Math.round(ms / 1000)} s for this run was reached`)
  }
}

/**
 * A deadline `ms` from now. Its timer does not keep the process alive. `now` is injectable for tests.
 */
export function createDeadline(ms: number = DEFAULT_DEADLINE_MS, now: () => number = Date.now): Deadline {
  const budget = Number.isFinite(ms) && ms > 0 ? Math.floor(ms) : DEFAULT_DEADLINE_MS
  const end = now() + budget
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DeadlineExceededError(budget)), budget)
  timer.unref?.()
  const remainingMs = (): number => Math.max(0, end - now())
  return {
    ms: budget,
    signal: controller.signal,
    remainingMs,
    expired: () => controller.signal.aborted || remainingMs() === 0
  }
}

/**
 * Parses a deadline given in seconds (action input `api-deadline`, e.g. "60" or "90s").
 * Empty means the default; anything else that is not a positive number is an error.
 */
export function parseDeadlineSeconds(value: string | undefined): number | undefined {
  const text = (value ?? '').trim()
  if (text === '') return DEFAULT_DEADLINE_MS
  const match = /^(\d{1,6})(?:\.(\d{1,3}))?\s*s?$/.exec(text)
  if (!match) return undefined
  const seconds = Number(`${match[1]}.${match[2] ?? '0'}`)
  return seconds > 0 ? Math.round(seconds * 1000) : undefined
}
