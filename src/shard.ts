// Splits the model roots of one audit into N slices for a workflow matrix: model root R belongs to
// shard K of N when the hash of R's path (relative to the audited root, "/" separated) is K-1
// modulo N. The path, not the checkout folder, is hashed, so every machine makes the same split;
// a model keeps its shard when others are added or removed.
import { createHash } from 'node:crypto'

export { MAX_SHARDS, parseShard, type Shard } from './shard-spec.js'
import type { Shard } from './shard-spec.js'

/** The shard (1..count) that audits the model root at `modelPath`. */
export function shardOf(modelPath: string, count: number): number {
  const digest = createHash('sha256').update(modelPath, 'utf8').digest()
  // 48 bits of the digest: uniform enough modulo any count up to MAX_SHARDS.
  return (digest.readUIntBE(0, 6) % count) + 1
}

export function inShard(modelPath: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(modelPath, shard.count) === shard.index
}
