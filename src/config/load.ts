// Loads and validates the configuration. Every mistake is a ConfigError naming the file, the key
// and the line, so that the CLI exits 2 with a message a user can act on.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml'
import { ENGINE_RULE_IDS, RULE_IDS } from '../rules/index.js'
import { configSchema, normalizeConfigPath, type Config } from './schema.js'

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly key?: string,
    readonly line?: number
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}

export const DEFAULT_CONFIG_PATH = '.github/model-openness.yml'

/** Finds the line of a key path (e.g. ['waivers', 0, 'reason']) in a parsed YAML document. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lc: LineCounter,
  keyPath: Array<string | number>
): number | undefined {
  let node: Node | null | undefined = doc.contents as Node | null
  let line: number | undefined = node?.range ? lc.linePos(node.range[0]).line : undefined
  for (const k of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === String(k))
      if (!pair) break
      if (isScalar(pair.key) && pair.key.range) line = lc.linePos(pair.key.range[0]).line
      node = pair.value as Node | null
    } else if (isSeq(node) && typeof k === 'number') {
      node = node.items[k] as Node | null
      if (node?.range) line = lc.linePos(node.range[0]).line
    } else break
  }
  return line
}

export function parseConfigText(text: string, file: string): Config {
  const lc = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    const line = lc.linePos(e.pos[0]).line
    throw new ConfigError(
      `${file}:${line}: not valid YAML: ${e.message.split('\n')[0]}`,
      file,
      undefined,
      line
    )
  }
  const raw = doc.toJS() ?? {}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(
      `${file}:1: the configuration must be a mapping of keys to values`,
      file,
      undefined,
      1
    )
  }
  // `rules:` with every entry commented out is empty, not an error.
  for (const k of ['rules', 'ignore', 'waivers', 'allow-licenses'])
    if ((raw as Record<string, unknown>)[k] === null) delete (raw as Record<string, unknown>)[k]
  const result = configSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    let keyPath = issue.path.map(p => (typeof p === 'number' ? p : String(p)))
    let message = issue.message
    if (issue.code === 'unrecognized_keys') {
      const bad = (issue as { keys: string[] }).keys[0]
      keyPath = [...keyPath, bad]
      message = `unknown key '${bad}'`
    }
    const key = keyPath.join('.') || '(root)'
    const line = lineOf(doc, lc, keyPath)
    throw new ConfigError(`${file}${line ? `:${line}` : ''}: ${key}: ${message}`, file, key, line)
  }
  checkRuleIds(result.data, doc, lc, file)
  return normalizePaths(result.data)
}

/** "./data/**" and "/data/**" in `ignore` and waiver paths mean "data/**": paths are root-relative. */
function normalizePaths(config: Config): Config {
  return {
    ...config,
    ignore: config.ignore.map(normalizeConfigPath),
    waivers: config.waivers.map(w => (w.path ? { ...w, path: normalizeConfigPath(w.path) } : w))
  }
}

/** A rule id nobody reports would silently do nothing: name it, with its line and the nearest id. */
function checkRuleIds(config: Config, doc: ReturnType<typeof parseDocument>, lc: LineCounter, file: string) {
  const known = knownRuleIds()
  const fail = (keyPath: Array<string | number>, id: string) => {
    const key = keyPath.join('.')
    const line = lineOf(doc, lc, keyPath)
    const near = nearest(id, known)
    throw new ConfigError(
      `${file}${line ? `:${line}` : ''}: ${key}: unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ''}`,
      file,
      key,
      line
    )
  }
  for (const id of Object.keys(config.rules)) if (!known.includes(id)) fail(['rules', id], id)
  config.waivers.forEach((w, i) => {
    if (w.rule !== '*' && !known.includes(w.rule)) fail(['waivers', i, 'rule'], w.rule)
  })
}

export function knownRuleIds(): string[] {
  return [...RULE_IDS, ...ENGINE_RULE_IDS]
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!
    dp[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return dp[b.length]!
}

function nearest(id: string, known: string[]): string | undefined {
  let best: string | undefined
  let bestD = Infinity
  for (const k of known) {
    const d = Math.min(editDistance(id, k), k.endsWith('/' + id) || k.split('/').pop() === id ? 0 : Infinity)
    if (d < bestD) {
      bestD = d
      best = k
    }
  }
  return best !== undefined && bestD <= Math.max(3, Math.floor(id.length / 3)) ? best : undefined
}

/**
 * Reads the config file. `explicit` is a path the user named (must exist); otherwise the default
 * path is used when present, else the defaults.
 */
export async function loadConfig(
  root: string,
  explicit?: string,
  shownAs?: string
): Promise<{ config: Config; file: string | null }> {
  const candidate = explicit ? path.resolve(root, explicit) : path.join(root, DEFAULT_CONFIG_PATH)
  const shown = shownAs ?? explicit ?? DEFAULT_CONFIG_PATH
  let text: string
  try {
    const st = await fs.stat(candidate)
    if (!st.isFile()) throw new ConfigError(`${shown}: not a file`, shown)
    if (st.size > 1024 * 1024)
      throw new ConfigError(`${shown}: configuration file is larger than 1 MiB`, shown)
    text = await fs.readFile(candidate, 'utf8')
  } catch (err) {
    if (err instanceof ConfigError) throw err
    if (explicit) throw new ConfigError(`${shown}: configuration file not found`, shown)
    return { config: configSchema.parse({}), file: null }
  }
  return { config: parseConfigText(text.replace(/^\uFEFF/, ''), shown), file: shown }
}

/** Applies overrides from inputs or flags on top of a config (only those given). */
export function withOverrides(
  config: Config,
  overrides: Partial<
    Record<'policy' | 'fail-on' | 'comment' | 'comment-tag' | 'hub-lookup' | 'unknown-license', unknown>
  >,
  source: string
): Config {
  const merged: Record<string, unknown> = { ...config }
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined && v !== '') merged[k] = v
  const result = configSchema.safeParse(merged)
  if (!result.success) {
    const issue = result.error.issues[0]
    const key = issue.path.join('.')
    throw new ConfigError(`${source}: ${key}: ${issue.message}`, source, key)
  }
  return result.data
}
