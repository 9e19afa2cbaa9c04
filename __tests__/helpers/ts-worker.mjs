// The audit worker of the sources (src/audit-worker.ts) run in a worker thread, as the bundle's
// worker runs in production: a module hook (ts-hook.mjs) lets Node load the TypeScript sources.
// Tests only.
import { register } from 'node:module'

register('./ts-hook.mjs', import.meta.url)
await import(new URL('../../src/audit-worker.ts', import.meta.url).href)
