// Issue 14: a model card is read once. Discovery reads a README's first bytes to tell a model card
// from a project page; when that read holds the whole card, the card stage takes it instead of
// reading the file again, and the facts are those of a fresh read.
import { afterEach, describe, expect, it } from '@jest/globals'
import { analyzeModel, type AnalyzeOptions } from '../../src/analyze/analyze-model.js'
import { discover } from '../../src/discover/discover.js'
import { LIMITS, SafeFs } from '../../src/discover/safe-fs.js'
import { LFS_POINTER, makeRepo, removeRepo } from '../helpers/fixtures.js'

const dirs: string[] = []
afterEach(async () => {
  while (dirs.length) await removeRepo(dirs.pop()!)
})
async function repo(files: Parameters<typeof makeRepo>[0]) {
  const d = await makeRepo(files)
  dirs.push(d)
  return d
}

const options = (): AnalyzeOptions => ({ hubLookup: false, hubCache: new Map(), licenseCache: new Map() })

/** The paths `safe.read` is asked for while `fn` runs. */
async function readsDuring(safe: SafeFs, fn: () => Promise<unknown>): Promise<string[]> {
  const read = safe.read.bind(safe)
  const asked: string[] = []
  safe.read = (rel, max) => {
    asked.push(rel)
    return read(rel, max)
  }
  try {
    await fn()
  } finally {
    safe.read = read
  }
  return asked
}

const CARD = '---\r\nlicense: mit\r\n---\r\n# Wren\r\n\r\n## Model Details\r\n\r\nWren is a small model.\r\n'

describe('the card is read once', () => {
  it('discovery hands its read on; the card stage reads the card no more; the facts are unchanged', async () => {
    const d = await repo({
      LICENSE: 'MIT',
      'models/wren/README.md': CARD,
      'models/wren/model.safetensors': LFS_POINTER,
      'models/kite/README.md': CARD.replace(/Wren/g, 'Kite'),
      'models/kite/model.safetensors': LFS_POINTER
    })
    const safe = await SafeFs.open(d)
    const found = await discover(d, [], safe)
    const wren = found.models.find(m => m.path === 'models/wren')!
    expect(wren.cardRead).toMatchObject({ kind: 'text', truncated: false })
    const handed = wren.cardRead
    let facts: Awaited<ReturnType<typeof analyzeModel>> | undefined
    const asked = await readsDuring(safe, async () => {
      facts = await analyzeModel(safe, wren, options(), [])
    })
    expect(asked).not.toContain('models/wren/README.md')
    // taken: the text is let go with the parsed card
    expect(wren.cardRead).toBeUndefined()

    // the same model read afresh (no hand-over) gives the same facts
    const fresh = await SafeFs.open(d)
    const again = (await discover(d, [], fresh)).models.find(m => m.path === 'models/wren')!
    expect(again.cardRead).toEqual(handed)
    again.cardRead = undefined
    const freshAsked: string[] = []
    let freshFacts: typeof facts
    freshAsked.push(
      ...(await readsDuring(fresh, async () => {
        freshFacts = await analyzeModel(fresh, again, options(), [])
      }))
    )
    expect(freshAsked).toContain('models/wren/README.md')
    expect(JSON.stringify(freshFacts)).toBe(JSON.stringify(facts))
  })

  it('a card longer than the bytes discovery reads is read whole by the card stage', async () => {
    const long = CARD + `\n${'Wren is a small model. '.repeat(4000)}\n`
    const d = await repo({ 'models/wren/README.md': long, 'models/wren/model.safetensors': LFS_POINTER })
    const safe = await SafeFs.open(d)
    const found = await discover(d, [], safe)
    const wren = found.models.find(m => m.path === 'models/wren')!
    expect(wren.cardRead).toBeUndefined()
    const asked = await readsDuring(safe, () => analyzeModel(safe, wren, options(), []))
    expect(asked).toContain('models/wren/README.md')
  })

  it('a read cut at the text cap is not handed on: the card stage reads (and reports the cut) itself', async () => {
    const saved = LIMITS.maxTextBytes
    LIMITS.maxTextBytes = 40
    try {
      const d = await repo({ 'models/wren/README.md': CARD, 'models/wren/model.safetensors': LFS_POINTER })
      const safe = await SafeFs.open(d)
      const found = await discover(d, [], safe)
      const wren = found.models.find(m => m.path === 'models/wren')!
      expect(wren.cardRead).toBeUndefined()
      const facts = await analyzeModel(safe, wren, options(), [])
      expect(facts.cardState).toBe('truncated')
    } finally {
      LIMITS.maxTextBytes = saved
    }
  })
})
