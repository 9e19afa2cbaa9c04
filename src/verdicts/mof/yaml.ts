import YAML from 'yaml'
import { classifyMotEntry } from './evaluate.js'
import type { MofResult } from './types.js'

/** A MOT file that cannot be read as YAML: a user's mistake (CLI exit status 2), not a bug. */
export class MofInputError extends Error {
  readonly file: string
  readonly line: number | null

  constructor(file: string, line: number | null, detail: string) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${detail}`)
    this.name = 'MofInputError'
    this.file = file
    this.line = line
  }
}

/** Parse a MOT YAML document; a syntax error throws MofInputError naming file and line. */
export function parseMotYaml(text: string, fileName: string): unknown {
  const doc = YAML.parseDocument(text, { uniqueKeys: false })
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineOf(text, error.pos[0])
    const detail = error.message.split('\n')[0] ?? 'invalid YAML'
    throw new MofInputError(fileName, line, `invalid YAML at line ${line}: ${detail}`)
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 })
  } catch (err) {
    throw new MofInputError(fileName, null, err instanceof Error ? err.message : String(err))
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Classify the MOT entry in a YAML file's text. Throws MofInputError only for unparseable YAML. */
export function classifyMotYaml(text: string, fileName: string): MofResult {
  return classifyMotEntry(parseMotYaml(text, fileName))
}
