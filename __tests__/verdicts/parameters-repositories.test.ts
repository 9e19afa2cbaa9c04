// Parameters on whole repositories: assets and small files named like weights are not weights.
import { describe, expect, it } from '@jest/globals'
import { auditFiles } from '../helpers/audit.js'
import { LFS_POINTER } from '../helpers/fixtures.js'

describe('parameters on repositories', () => {
  it('an audio filter bank (mel_filters.npz) in assets/ does not count as weights', async () => {
    const r = await auditFiles({
      'README.md': '---\nlicense: mit\n---\n# Tiny ASR\n\nA speech model.\n',
      'model.safetensors': LFS_POINTER,
      'assets/mel_filters.npz': Buffer.alloc(4096, 1)
    })
    const p = r.models[0].osaidRequirements!.find(x => x.id === 'parameters')!
    expect(p.verdict).toBe('pass')
    expect(p.evidence).toEqual(['model.safetensors'])
  })

  it('only a small weight-named file: unknown', async () => {
    const r = await auditFiles({
      'README.md': '---\nlicense: mit\n---\n# Tiny\n\nA model.\n',
      'mel_filters.npz': Buffer.alloc(4096, 1)
    })
    const p = r.models[0].osaidRequirements!.find(x => x.id === 'parameters')!
    expect(p.verdict).toBe('unknown')
  })
})
