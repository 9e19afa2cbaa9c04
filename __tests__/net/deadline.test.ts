import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_DEADLINE_MS,
  DeadlineExceededError,
  createDeadline,
  parseDeadlineSeconds
} from '../../src/net/deadline.js'

describe('network deadline', () => {
  it('counts down from the budget and aborts its signal when spent', async () => {
    let now = 1_000
    const d = createDeadline(500, () => now)
    expect(d.ms).toBe(500)
    expect(d.remainingMs()).toBe(500)
    now += 200
    expect(d.remainingMs()).toBe(300)
    expect(d.expired()).toBe(false)
    now += 400
    expect(d.remainingMs()).toBe(0)
    expect(d.expired()).toBe(true)
    const real = createDeadline(20)
    await new Promise(resolve => setTimeout(resolve, 60))
    expect(real.signal.aborted).toBe(true)
    expect(real.signal.reason).toBeInstanceOf(DeadlineExceededError)
    expect(String((real.signal.reason as Error).message)).toMatch(/deadline of 0 s/)
  })

  it('a budget that is not a positive number falls back to the default', () => {
    expect(createDeadline(Number.NaN).ms).toBe(DEFAULT_DEADLINE_MS)
    expect(createDeadline(-5).ms).toBe(DEFAULT_DEADLINE_MS)
  })

  it.each([
    ['', 60_000],
    ['  ', 60_000],
    ['90', 90_000],
    ['90s', 90_000],
    ['2.5', 2_500],
    ['0', undefined],
    ['-1', undefined],
    ['ten', undefined],
    ['1e9', undefined],
    ['60 minutes', undefined]
  ])('api-deadline %j → %j ms', (input, expected) => {
    expect(parseDeadlineSeconds(input)).toBe(expected)
  })
})
