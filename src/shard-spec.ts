// The value of `--shard K/N`: which slice of the model roots a run audits. Apart from src/shard.ts
// (which hashes paths with node:crypto) so that parsing the command line loads nothing more.
export interface Shard {
  /** 1-based: the K of `--shard K/N`. */
  index: number
  /** N: how many shards the model roots are split into. */
  count: number
}

/** The most shards a run may be split into (GitHub's matrix allows 256 jobs). */
export const MAX_SHARDS = 1024

/** Parses `K/N` (1 ≤ K ≤ N ≤ MAX_SHARDS); returns a message for anything else. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim())
  if (!m) return `--shard takes K/N (for example 2/4), got '${text}'`
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || count > MAX_SHARDS) return `--shard: N must be between 1 and ${MAX_SHARDS}, got ${count}`
  if (index < 1 || index > count) return `--shard: K must be between 1 and N (${count}), got ${index}`
  return { index, count }
}
