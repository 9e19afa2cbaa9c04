// script/release on a real git repository in a temp folder: vX.Y.Z is tagged, vX follows the
// newest release, and every precondition that protects a release refuses with a reason.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SCRIPT = path.join(process.cwd(), 'script/release')
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: os.tmpdir()
}

let dir = ''

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: dir, env: ENV, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const git = (...args: string[]) => run('git', args)
const release = (...args: string[]) => run(path.join(dir, 'script/release'), args)
const commitOf = (ref: string) => git('rev-parse', `${ref}^{commit}`).out.trim()

function writeProject(version: string, changelog: string): void {
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version }) + '\n')
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog)
  git('add', '-A')
  git('commit', '-qm', `version ${version}`)
}

const CHANGELOG = (...versions: string[]) =>
  `# Changelog\n\n## [Unreleased]\n\n${versions.map(v => `## [${v}] - 2027-01-01\n\n- Changes of ${v}.\n\n`).join('')}`

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'moa-release-'))
  git('init', '-q', '-b', 'main')
  mkdirSync(path.join(dir, 'script'))
  copyFileSync(SCRIPT, path.join(dir, 'script/release'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('script/release', () => {
  it('tags vX.Y.Z and moves vX to the newest release', () => {
    writeProject('1.0.0', CHANGELOG('1.0.0'))
    const first = release('1.0.0')
    expect(first).toMatchObject({ code: 0 })
    expect(first.out).toContain('tagged v1.0.0')
    expect(first.out).toContain('git push origin v1.0.0 && git push --force origin v1')
    expect(commitOf('v1')).toBe(commitOf('HEAD'))
    expect(commitOf('v1.0.0')).toBe(commitOf('HEAD'))

    writeProject('1.1.0', CHANGELOG('1.1.0', '1.0.0'))
    expect(release('1.1.0').code).toBe(0)
    expect(commitOf('v1')).toBe(commitOf('HEAD'))
    expect(commitOf('v1.0.0')).toBe(commitOf('HEAD~1'))

    writeProject('2.0.0', CHANGELOG('2.0.0', '1.1.0', '1.0.0'))
    expect(release('v2.0.0').code).toBe(0)
    expect(commitOf('v2')).toBe(commitOf('HEAD'))
    expect(commitOf('v1')).toBe(commitOf('v1.1.0'))
  })

  it.each([
    ['not a version', '1.0', CHANGELOG('1.0.0'), '1.0.0', /not a version/],
    [
      'package.json disagrees',
      '1.0.1',
      CHANGELOG('1.0.1'),
      '1.0.0',
      /package\.json says 1\.0\.0, not 1\.0\.1/
    ],
    ['no CHANGELOG section', '1.0.0', CHANGELOG('0.9.0'), '1.0.0', /no '## \[1\.0\.0\]' section/],
    [
      'an empty CHANGELOG section',
      '1.0.0',
      '## [1.0.0]\n\n## [0.9.0]\n\n- x\n',
      '1.0.0',
      /section for 1\.0\.0 is empty/
    ]
  ])('refuses: %s', (_name, asked, changelog, version, reason) => {
    writeProject(version, changelog)
    const r = release(asked)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(reason)
    expect(git('tag').out).toBe('')
  })

  it('refuses a dirty tree, an existing tag and an older version', () => {
    writeProject('1.2.0', CHANGELOG('1.2.0'))
    writeFileSync(path.join(dir, 'stray.txt'), 'x')
    expect(release('1.2.0').err).toMatch(/uncommitted changes/)
    rmSync(path.join(dir, 'stray.txt'))
    expect(release('1.2.0').code).toBe(0)
    expect(release('1.2.0').err).toMatch(/tag v1\.2\.0 exists already/)
    writeProject('1.1.9', CHANGELOG('1.1.9'))
    expect(release('1.1.9').err).toMatch(/1\.1\.9 is not newer than the latest release 1\.2\.0/)
  })

  it('--notes prints the section of a version; --move-major follows a hand-pushed tag', () => {
    writeProject('1.0.0', CHANGELOG('1.0.1', '1.0.0'))
    expect(release('--notes', 'v1.0.1').out).toBe('- Changes of 1.0.1.\n\n')
    git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
    expect(release('--move-major', 'v1.0.0').out).toMatch(/^v1 now points at v1\.0\.0/)
    expect(commitOf('v1')).toBe(commitOf('v1.0.0'))
    expect(release('--move-major', 'v9.9.9').err).toMatch(/no tag v9\.9\.9/)
  })

  it('the repository’s own CHANGELOG has the current version and an Unreleased section', () => {
    const changelog = readFileSync('CHANGELOG.md', 'utf8')
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
    expect(changelog).toMatch(/^## \[Unreleased\]$/m)
    expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm'))
    // The major tag the README tells users to write is the one the CHANGELOG announces.
    const readme = readFileSync('README.md', 'utf8')
    const refs = new Set([...readme.matchAll(/model-openness-audit@(v\d+)\b/g)].map(m => m[1]))
    expect([...refs]).toEqual(['v1'])
    expect(changelog).toContain('model-openness-audit@v1')
  })
})
