// Splits the model roots of one audit into N slices for a workflow matrix: model root R belongs to
// shard K of N when the hash of R's path (relative to the audited root, "/" separated) is K-1
// modulo N. The path, not the checkout folder, is hashed, so every machine makes the same split;
// a model keeps its shard when others are added or removed.
import { createHash } from 'node:crypto'

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

/** The shard (1..count) that audits the model root at `modelPath`. */
export function shardOf(modelPath: string, count: number): number {
  const digest = createHash('sha256').update(modelPath, 'utf8').digest()
  // 48 bits of the digest: uniform enough modulo any count up to MAX_SHARDS.
  return (digest.readUIntBE(0, 6) % count) + 1
}

export function inShard(modelPath: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(modelPath, shard.count) === shard.index
}
