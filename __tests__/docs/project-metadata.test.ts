// What a user and the Marketplace see of the project itself: the licence, the action's metadata,
// the Node versions and the licence notices of the bundled code.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const ROOT = process.cwd()
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  license: string
  version: string
  engines: { node: string }
  scripts: Record<string, string>
}
const action = parse(read('action.yml')) as { description: string; runs: { using: string } }

describe('project metadata', () => {
  it('LICENSE is the MIT licence that package.json names, held by the contributors', () => {
    expect(pkg.license).toBe('MIT')
    const text = read('LICENSE')
    expect(text.split('\n')[0]).toBe('MIT License')
    expect(text).toContain('Copyright (c) 2026 Model Openness Audit contributors')
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS"')
  })

  it('the action description fits the Marketplace (under 125 characters)', () => {
    expect(action.description.length).toBeGreaterThan(20)
    expect(action.description.length).toBeLessThan(125)
  })

  it('.node-version is the action runtime; engines still admit Node 20', () => {
    expect(action.runs.using).toBe('node24')
    expect(read('.node-version').trim()).toBe('24')
    expect(pkg.engines.node).toBe('>=20')
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: { test: { strategy: { matrix: { node: number[] } } } }
    }
    expect(ci.jobs.test.strategy.matrix.node).toEqual(expect.arrayContaining([20, 24]))
  })

  it('both bundles are built with the licence notices of the code they carry', () => {
    const steps = pkg.scripts['bundle']!.split('&&').map(step => step.trim())
    // The action with ncc's command line; the CLI with its API (CommonJS output, scripts/bundle-cli.mjs).
    const action = steps.filter(step => step.includes('ncc build'))
    expect(action).toHaveLength(1)
    expect(action[0]).toMatch(/--license licenses\.txt/)
    expect(/-o (\S+)/.exec(action[0]!)?.[1]).toBe('dist/action')
    expect(steps).toContain('node scripts/bundle-cli.mjs')
    const cli = read('scripts/bundle-cli.mjs')
    expect(cli).toMatch(/license: 'licenses\.txt'/)
    expect(cli).toMatch(/path\.join\(root, 'dist\/cli'\)/)
  })

  const bundled = existsSync(path.join(ROOT, 'dist/action/index.js')) ? it : it.skip
  bundled('the action is one file, and its notices name the packages it carries', () => {
    // ncc's --license keeps only the last chunk's notices when code is split, so a dynamic import
    // in the action's path must stay in the one file (webpackMode "eager").
    expect(readdirSync(path.join(ROOT, 'dist/action')).sort()).toEqual([
      'index.js',
      'licenses.txt',
      'package.json'
    ])
    const notices = read('dist/action/licenses.txt')
    for (const name of ['@actions/core', '@actions/github', 'markdown-it', 'string-width', 'yaml', 'zod'])
      expect(notices).toMatch(new RegExp(`^${name}$`, 'm'))
  })
})
