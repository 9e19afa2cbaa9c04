// The entry of an audit worker thread (see audit-pool.ts): judges the batches of model roots the
// main thread sends, through a SafeFs of its own on the audited root, and answers each with its
// results in order, or with the error that stopped it.
import { parentPort, workerData } from 'node:worker_threads'
import {
  judgeBatch,
  poolAnalyzeOptions,
  type BatchReply,
  type BatchRequest,
  type WorkerSetup
} from './audit-pool.js'
import { SafeFs } from './discover/safe-fs.js'

async function serve(): Promise<void> {
  const port = parentPort
  if (!port) throw new Error('audit-worker: to be started as a worker thread (audit-pool.ts)')
  const setup = workerData as WorkerSetup
  const safe = await SafeFs.open(setup.root)
  for (const [rel, names] of setup.folders) safe.knowFolder(rel, names)
  const analyzeOptions = poolAnalyzeOptions()
  // One batch at a time, in the order they came: the main thread keeps two in flight.
  let queue = Promise.resolve()
  port.on('message', (req: BatchRequest) => {
    queue = queue.then(async () => {
      let reply: BatchReply
      try {
        reply = { batch: req.batch, results: await judgeBatch(safe, req.models, analyzeOptions, setup.judge) }
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err))
        reply = { batch: req.batch, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } }
      }
      try {
        port.postMessage(reply)
      } catch (err) {
        // a result that cannot be copied to the main thread fails the audit, and says why
        port.postMessage({ batch: req.batch, error: { message: `audit worker: ${(err as Error).message}` } })
      }
    })
  })
}

void serve()
