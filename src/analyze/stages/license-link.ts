// `license_link: MODEL_LICENSE_AGREEMENT.md` (or docs/terms.md): the card names its licence text.
// It is read like a licence file, only inside the audited root; a link leaving it is never read.
import { promises as fs } from 'node:fs'
import type { MetadataProblem } from '../../card/metadata-schema.js'
import type { ParsedCard } from '../../card/types.js'
import type { RepoFile } from '../../discover/discover.js'
import { licenseNameScore, roleOf } from '../../discover/file-kinds.js'
import type { SafeFs } from '../../discover/safe-fs.js'
import type { CardLicenseFacts, LicenseFileFacts } from '../facts.js'
import { unsafePathFinding, type StageContext } from './context.js'
import { licenseFileFacts } from './license-file.js'

/** A `license_link` that names a file: where it points, relative to the audited root. */
export type LicenseLinkTarget =
  { kind: 'url' } | { kind: 'unsafe'; reason: string } | { kind: 'path'; path: string }

/** The path part of a link: what comes before its first "?" or "#". */
function beforeQueryOrFragment(v: string): string {
  for (let i = 0; i < v.length; i++) if (v[i] === '?' || v[i] === '#') return v.slice(0, i)
  return v
}

export function resolveLicenseLink(link: string, cardPath: string): LicenseLinkTarget {
  const v = link.trim()
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(mailto|data|javascript):/i.test(v) || v.startsWith('//'))
    return { kind: 'url' }
  let p = beforeQueryOrFragment(v)
  try {
    p = decodeURIComponent(p)
  } catch {
    /* keep as written */
  }
  p = p.replace(/\\/g, '/')
  if (p.startsWith('/') || /^[a-z]:\//i.test(p) || p.startsWith('~') || p.includes('\0'))
    return { kind: 'unsafe', reason: 'an absolute path' }
  const base = cardPath.includes('/') ? cardPath.slice(0, cardPath.lastIndexOf('/')).split('/') : []
  const out = [...base]
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (out.length === 0) return { kind: 'unsafe', reason: 'a path that leaves the audited root' }
      out.pop()
    } else out.push(seg)
  }
  if (out.length === 0) return { kind: 'unsafe', reason: 'the repository root, not a file' }
  return { kind: 'path', path: out.join('/') }
}

export async function isFolder(safe: SafeFs, rel: string): Promise<boolean> {
  const r = await safe.resolveInside(rel)
  if (!r.ok) return false
  try {
    return (await fs.stat(r.real)).isDirectory()
  } catch {
    return false
  }
}

/** A file named by a link, as discovery would have described it had it been a licence name. */
export function linkedLicenseFile(path: string): RepoFile {
  const role = roleOf(path)
  return {
    path,
    role: role === 'use-policy' || role === 'notice' ? role : 'license',
    size: 0,
    licenseScore: Math.max(licenseNameScore(path), 0.5)
  }
}

/**
 * Follows the card's `license_link`: sets `cardLicense.linkState` (and `linkedFile`), adds the
 * linked text to `licenseFiles`, and reports a link that leaves the root or names nothing.
 */
export async function followLicenseLink(
  ctx: StageContext,
  card: ParsedCard,
  cardLicense: CardLicenseFacts,
  licenseFiles: LicenseFileFacts[],
  metadataProblems: MetadataProblem[]
): Promise<void> {
  if (!cardLicense.licenseLink) return
  const linkLine = card.metadataLines['license_link']
  const target = resolveLicenseLink(cardLicense.licenseLink, card.file)
  if (target.kind === 'url') {
    cardLicense.linkState = 'url'
    return
  }
  if (target.kind === 'unsafe') {
    ctx.repoFindings.push(
      unsafePathFinding(
        card.file,
        `${card.file}: \`license_link\` is ${target.reason}; the audit reads only inside the repository, so it was not read.`,
        linkLine
      )
    )
    cardLicense.linkState = 'unsafe'
    return
  }
  const known = licenseFiles.find(l => l.file.path === target.path)
  // A card naming itself (`license_link: README.md`) holds its terms in its own text.
  if (known || target.path === card.file) {
    cardLicense.linkState = 'found'
    cardLicense.linkedFile = target.path
    return
  }
  const facts = await licenseFileFacts(ctx, linkedLicenseFile(target.path), {
    linked: true,
    key: `link:${target.path}`
  })
  const folder = facts.state === 'error' && (await isFolder(ctx.safe, target.path))
  if (folder && licenseFiles.some(l => l.file.path.startsWith(target.path + '/'))) {
    // `license_link: LICENSE` naming a LICENSE/ folder of texts, already read.
    cardLicense.linkState = 'found'
  } else if (facts.state === 'missing' || folder) {
    cardLicense.linkState = 'missing'
    metadataProblems.push({
      key: 'license_link',
      line: linkLine,
      message: `\`license_link\` points to ${target.path}, which ${folder ? 'is a folder, not a file' : 'is not in the repository'}; link the licence text or a URL`
    })
  } else if (facts.state === 'unsafe') {
    cardLicense.linkState = 'unsafe'
  } else {
    cardLicense.linkState = 'found'
    cardLicense.linkedFile = target.path
    licenseFiles.push(facts)
  }
}
