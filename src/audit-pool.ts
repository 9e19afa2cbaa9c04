// Model roots judged in worker threads as well as this one: on a monorepo of thousands of models the
// audit is CPU work (Markdown, YAML, licence texts), and each model root is judged on its own
// (audit-model.ts), so the work splits cleanly. Model roots go out in small batches, taken in turn
// by whichever thread is free, this one included; results are put back by index, so the report is
// the one a single thread gives, byte for byte.
//
// A worker reads through a SafeFs of its own, opened on the same real root: it reads nothing the
// main thread would not. An error in a worker fails the audit, as it would in this thread.
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { AnalyzeOptions } from './analyze/analyze-model.js'
import type { LicenseFileFacts } from './analyze/facts.js'
import { auditModelRoot, type AuditedModelRoot, type JudgeOptions } from './audit-model.js'
import type { Config } from './config/schema.js'
import type { ModelRoot } from './discover/discover.js'
import type { SafeFs } from './discover/safe-fs.js'

export interface WorkerOptions {
  /** The worker's script: a bundle of src/audit-worker.ts (the CLI's is dist/cli/worker/index.js). */
  script: string
  /** Threads at most, this one included (default: defaultThreads()). */
  threads?: number
  /** Fewest model roots worth the pool (default 200): below it, starting threads costs more than it saves. */
  minModels?: number
}

/** What a worker is started with. */
export interface WorkerSetup {
  root: string
  /** The folders the walk listed (SafeFs.knownFolders): a worker need not list them again. */
  folders: ReadonlyArray<[string, string[]]>
  judge: JudgeOptions & { keepFacts: boolean }
}

/** Main thread → worker: judge these model roots. */
export interface BatchRequest {
  batch: number
  models: ModelRoot[]
}

/** Worker → main thread: the results of one batch, in the order asked, or why it failed. */
export type BatchReply =
  | { batch: number; results: AuditedModelRoot[] }
  | { batch: number; error: { message: string; stack?: string } }

/** Model roots per batch: small enough to share the work evenly, large enough that messages cost little. */
const BATCH = 16

/**
 * One thread fewer than the machine's cores: V8's own background threads (its optimising compiler
 * and garbage collector) keep about one core busy during an audit of many models. Measured on 2
 * cores, a second JavaScript thread only competed with them (more CPU in all, no shorter run), so
 * a 2-core machine audits in one thread; from 3 cores on, threads share the models.
 */
export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism() - 1)
}

/** How many threads (this one included) judge `models` model roots; 1 means no pool. */
export function poolSize(workers: WorkerOptions | undefined, models: number, config: Config): number {
  if (!workers) return 1
  // Hub look-ups are shared by one cache (a base model is asked once) and one deadline: this thread only.
  if (config['hub-lookup']) return 1
  if (models < (workers.minModels ?? 200)) return 1
  return Math.max(1, workers.threads ?? defaultThreads())
}

/** The analysis options of a thread of the pool: its own caches, and never the Hub (see poolSize). */
export function poolAnalyzeOptions(): AnalyzeOptions {
  return {
    hubLookup: false,
    hubCache: new Map(),
    licenseCache: new Map<string, Promise<LicenseFileFacts>>(),
    scopeCache: new Map()
  }
}

/** Judges one batch in this thread. */
export async function judgeBatch(
  safe: SafeFs,
  models: readonly ModelRoot[],
  analyzeOptions: AnalyzeOptions,
  judge: WorkerSetup['judge']
): Promise<AuditedModelRoot[]> {
  const out: AuditedModelRoot[] = []
  for (const m of models) out.push(await auditModelRoot(safe, m, analyzeOptions, judge))
  return out
}

/**
 * Judges `models` with `threads - 1` workers running `script` and this thread (reading through
 * `safe`, which knows the folders the walk listed); the results are in the order of `models`.
 */
export async function auditInWorkers(
  script: string,
  threads: number,
  safe: SafeFs,
  models: readonly ModelRoot[],
  judge: WorkerSetup['judge']
): Promise<AuditedModelRoot[]> {
  const results = new Array<AuditedModelRoot[]>(Math.ceil(models.length / BATCH))
  let next = 0
  let failed = false
  const take = (): BatchRequest | null => {
    if (failed || next * BATCH >= models.length) return null
    const batch = next++
    return { batch, models: models.slice(batch * BATCH, (batch + 1) * BATCH) }
  }
  // Loaded here, not at the top: most audits never start a thread.
  const { Worker } = await import('node:worker_threads')
  const setup: WorkerSetup = { root: safe.root, folders: safe.knownFolders(), judge }
  const workers: Worker[] = []
  try {
    const remote = Array.from({ length: threads - 1 }, () => {
      const worker = new Worker(script, { workerData: setup })
      workers.push(worker)
      return runWorker(worker, take, results).catch((err: unknown) => {
        failed = true // no thread takes another batch
        throw err
      })
    })
    // This thread takes batches too, between the workers' messages: no thread idles while a worker starts.
    const local = (async () => {
      const analyzeOptions = poolAnalyzeOptions()
      for (let req = take(); req; req = take()) {
        results[req.batch] = await judgeBatch(safe, req.models, analyzeOptions, judge)
        // let the workers' replies in, and hand them their next batch
        await new Promise<void>(resolve => setImmediate(resolve))
      }
    })().catch((err: unknown) => {
      failed = true
      throw err
    })
    await Promise.all([local, ...remote])
  } finally {
    await Promise.all(workers.map(w => w.terminate()))
  }
  return results.flat()
}

/** Feeds one worker batches until none is left; two in flight, so that it never waits for the next. */
function runWorker(
  worker: Worker,
  take: () => BatchRequest | null,
  results: AuditedModelRoot[][]
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let inFlight = 0
    let settled = false
    const fail = (err: Error): void => {
      if (settled) return
      settled = true
      reject(err)
    }
    const send = (): void => {
      const req = take()
      if (!req) return
      inFlight++
      worker.postMessage(req)
    }
    worker.on('message', (reply: BatchReply) => {
      if (settled) return
      inFlight--
      if ('error' in reply) {
        const err = new Error(reply.error.message)
        if (reply.error.stack) err.stack = reply.error.stack
        fail(err)
        return
      }
      results[reply.batch] = reply.results
      send()
      if (inFlight === 0) {
        settled = true
        resolve()
      }
    })
    worker.on('error', fail)
    worker.on('exit', code =>
      fail(new Error(`an audit worker stopped (exit code ${code}) before its work was done`))
    )
    send()
    send()
    if (inFlight === 0) {
      settled = true
      resolve()
    }
  })
}
