import type { Report } from './types.js'

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}

/** Pieces of `renderJson(report)` are joined up to about this many characters before they are handed on. */
const CHUNK_CHARS = 1024 * 1024

/**
 * The text of `renderJson(report)`, character for character, in pieces of about a megabyte: the
 * models are written one at a time, so that a report of ten thousand models is never one string
 * of tens of megabytes (and its encoded copy) in memory. A small report is one piece.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const record = report as unknown as Record<string, unknown>
  // The keys JSON.stringify writes, in its order: it leaves out undefined values, functions and
  // symbols. Tested by type, not by stringifying each value (that wrote every model twice).
  const keys = Object.keys(record).filter(k => {
    const v = record[k]
    return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol'
  })
  let pending = '{\n'
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const value = record[key]
    pending += `  ${JSON.stringify(key)}: `
    if (key === 'models' && Array.isArray(value) && value.length > 0) {
      pending += '[\n'
      for (let j = 0; j < value.length; j++) {
        // JSON never holds a raw line break inside a string, so indenting every line is exact.
        pending += `    ${(JSON.stringify(value[j], null, 2) ?? 'null').replaceAll('\n', '\n    ')}`
        pending += j < value.length - 1 ? ',\n' : '\n'
        if (pending.length >= CHUNK_CHARS) {
          yield pending
          pending = ''
        }
      }
      pending += '  ]'
    } else {
      pending += JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')
    }
    pending += i < keys.length - 1 ? ',\n' : '\n'
  }
  yield pending + '}\n'
}
