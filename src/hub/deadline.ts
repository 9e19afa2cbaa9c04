// One deadline for every Hub request of a run: retries and waits never outlive it, and a request
// in flight when it passes is aborted.

export interface Deadline {
  signal: AbortSignal
  /** Milliseconds left (0 once passed). */
  remaining(): number
  /** The whole budget in milliseconds, for messages. */
  readonly totalMs: number
  /** Stops the timer (the run is over). */
  dispose(): void
}

export const DEFAULT_API_DEADLINE_MS = 60_000

export function createDeadline(ms: number = DEFAULT_API_DEADLINE_MS): Deadline {
  const controller = new AbortController()
  const ends = Date.now() + ms
  const timer = setTimeout(
    () => controller.abort(new Error(`the ${Math.round(ms / 1000)} s API deadline passed`)),
    ms
  )
  timer.unref?.()
  return {
    signal: controller.signal,
    totalMs: ms,
    remaining: () => Math.max(0, ends - Date.now()),
    dispose: () => clearTimeout(timer)
  }
}

/** Waits `ms`, or less when the deadline passes first (then rejects). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(t)
      reject(signal.reason)
    }
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Runs `fn` over `items` with at most `limit` at once; results keep the items' order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return out
}
