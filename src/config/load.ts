// Loads and validates the configuration. Every mistake is a ConfigError naming the file, the key
// and the line, so that the CLI exits 2 with a message a user can act on.
import path from 'node:path'
import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Node } from 'yaml'
import { SafeFs, isInside, toPosix } from '../discover/safe-fs.js'
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

/** What a YAML error is about, without the source text it quotes (a config error never echoes values). */
function yamlProblem(code: string, message: string): string {
  const first = message.split('\n')[0]!
  // yaml's messages quote at most a short excerpt after ": " or in quotes; keep the words before it
  const cut = first.search(/[:"'`]/)
  const words = (cut > 0 ? first.slice(0, cut) : first).trim()
  return words.length > 0 ? words : code.toLowerCase().split('_').join(' ')
}

function firstAliasLine(doc: ReturnType<typeof parseDocument>, lc: LineCounter): number | undefined {
  let line: number | undefined
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = lc.linePos(node.range[0]).line
      return visit.BREAK
    }
  })
  return line
}

export function parseConfigText(text: string, file: string): Config {
  const lc = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    const line = lc.linePos(e.pos[0]).line
    throw new ConfigError(
      `${file}:${line}: not valid YAML: ${yamlProblem(e.code, e.message)}`,
      file,
      undefined,
      line
    )
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (err) {
    // An alias bomb or an alias to no anchor: a config error at the alias, never the value.
    const line = firstAliasLine(doc, lc) ?? 1
    const why = /alias count/i.test((err as Error).message)
      ? 'an alias expands to too many values (a YAML alias bomb)'
      : 'an alias refers to an anchor that is not defined before it'
    throw new ConfigError(`${file}:${line}: not valid YAML: ${why}`, file, undefined, line)
  }
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
 * Reads the config file through SafeFs. `explicit` is a path the user named (must exist); otherwise
 * the default path is used when present, else the defaults. The file must lie inside `within`
 * (symbolic links resolved): the audited root for the default file; for a named file the caller's
 * bound (the workspace, in the action), or else the folder it is in (the CLI user named it).
 */
export async function loadConfig(
  root: string,
  explicit?: string,
  shownAs?: string,
  options: { within?: string } = {}
): Promise<{ config: Config; file: string | null }> {
  const candidate = explicit ? path.resolve(root, explicit) : path.join(root, DEFAULT_CONFIG_PATH)
  const shown = shownAs ?? explicit ?? DEFAULT_CONFIG_PATH
  const within = path.resolve(options.within ?? (explicit ? path.dirname(candidate) : root))
  const where = options.within ? 'the workspace' : explicit ? 'its folder' : 'the audited root'
  if (!isInside(within, candidate))
    throw new ConfigError(`${shown}: the configuration file must be inside ${where}`, shown)
  let safe: SafeFs
  try {
    safe = await SafeFs.open(within)
  } catch {
    if (explicit) throw new ConfigError(`${shown}: configuration file not found`, shown)
    return { config: configSchema.parse({}), file: null }
  }
  const r = await safe.read(toPosix(path.relative(within, candidate)), MAX_CONFIG_BYTES)
  switch (r.kind) {
    case 'text':
      if (r.truncated) throw new ConfigError(`${shown}: configuration file is larger than 1 MiB`, shown)
      return { config: parseConfigText(r.text, shown), file: shown }
    case 'missing':
      if (explicit) throw new ConfigError(`${shown}: configuration file not found`, shown)
      return { config: configSchema.parse({}), file: null }
    case 'unsafe':
      // The target is never read nor named.
      throw new ConfigError(
        `${shown}: a symbolic link that leads outside ${where}; the configuration was not read`,
        shown
      )
    case 'binary':
    case 'lfs-pointer':
      throw new ConfigError(`${shown}: not a text file`, shown)
    case 'error':
      throw new ConfigError(
        `${shown}: ${r.reason === 'not a regular file' ? 'not a file' : 'could not be read'}`,
        shown
      )
  }
}

const MAX_CONFIG_BYTES = 1024 * 1024

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
