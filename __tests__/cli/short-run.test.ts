// The CLI starts with V8's optimising compiler off and turns it back on once the audit's plan shows a
// long job (src/cli/short-run.ts); audit() tells the plan before any model is analysed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { audit, type AuditPlan } from '../../src/audit.js'
import { isLongAudit, LONG_AUDIT, planKnown, startShortRun } from '../../src/cli/short-run.js'
import { defaultConfig } from '../../src/config/schema.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'

describe('isLongAudit', () => {
  it.each([
    ['one model, a few kilobytes', { models: 1, textBytes: 12_000, largestText: 10_000 }, false],
    ['a hundred models', { models: 100, textBytes: 300_000, largestText: 11_000 }, false],
    [
      'one model fewer than the model threshold',
      { models: LONG_AUDIT.models - 1, textBytes: 0, largestText: 0 },
      false
    ],
    ['exactly the model threshold', { models: LONG_AUDIT.models, textBytes: 0, largestText: 0 }, true],
    [
      'one byte under the total text threshold',
      { models: 1, textBytes: LONG_AUDIT.textBytes - 1, largestText: 0 },
      false
    ],
    ['the total text threshold', { models: 1, textBytes: LONG_AUDIT.textBytes, largestText: 0 }, true],
    [
      'a large text, one byte under',
      { models: 1, textBytes: 0, largestText: LONG_AUDIT.largestText - 1 },
      false
    ],
    ['one model with a huge licence', { models: 1, textBytes: 0, largestText: LONG_AUDIT.largestText }, true]
  ])('%s', (_name, plan, long) => {
    expect(isLongAudit(plan)).toBe(long)
  })
})

describe('startShortRun', () => {
  it('keeps the compiler on when MODEL_OPENNESS_V8_OPT=1', () => {
    expect(startShortRun({ MODEL_OPENNESS_V8_OPT: '1' })).toBe(false)
  })
  it('turns it off otherwise; a short plan leaves it off, the first long plan turns it back on', () => {
    expect(startShortRun({})).toBe(true)
    expect(planKnown({ models: 1, textBytes: 100, largestText: 100 })).toBe(false)
    expect(planKnown({ models: LONG_AUDIT.models, textBytes: 0, largestText: 0 })).toBe(true)
    // already on: nothing left to turn on
    expect(planKnown({ models: LONG_AUDIT.models, textBytes: 0, largestText: 0 })).toBe(false)
  })
})

describe('audit() tells its plan', () => {
  const licence = 'Licensed to everyone for every use.\n'.repeat(100)
  let root: string
  beforeAll(async () => {
    root = await makeRepo({
      LICENSE: licence,
      'a/README.md': '---\nlicense: other\n---\n# A\n',
      'a/model.safetensors': 'x',
      'b/README.md': '---\nlicense: other\n---\n# B model\n',
      'b/model.safetensors': 'x',
      'b/LICENSE': 'Own licence of b.\n'
    })
  })
  afterAll(() => removeRepo(root))

  it('counts the model roots and the bytes of their cards and licences, a shared licence once', async () => {
    const plans: AuditPlan[] = []
    await audit(root, defaultConfig(), { today: '2026-12-01', onPlan: p => plans.push(p) })
    const cardA = '---\nlicense: other\n---\n# A\n'.length
    const cardB = '---\nlicense: other\n---\n# B model\n'.length
    expect(plans).toEqual([
      {
        models: 2,
        textBytes: licence.length + cardA + cardB + 'Own licence of b.\n'.length,
        largestText: licence.length
      }
    ])
  })
})
