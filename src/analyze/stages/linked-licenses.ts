// Licence files the card links to from its text ("[LICENSE-X](model_licenses/LICENSE-X)", in a
// table's licence column too): a reviewer reads what the card points at, so the audit does.
import type { CardLink, ParsedCard } from '../../card/types.js'
import { columnOf, parseTables, type CardTable } from '../../card/tables.js'
import { isLicenseFolderName, licenseNameScore, roleOf } from '../../discover/file-kinds.js'
import type { BrokenLicenseLink, LicenseFileFacts } from '../facts.js'
import { unsafePathFinding, type StageContext } from './context.js'
import { licenseFileFacts } from './license-file.js'
import { isFolder, linkedLicenseFile, resolveLicenseLink } from './license-link.js'

/** Most licence links followed per card. */
const MAX_LINKS = 30

const LICENSE_WORDS = /licen[cs]|\bterms\b|agreement|use policy|\beula\b/i

export function isLicenseHeader(header: string): boolean {
  return LICENSE_WORDS.test(header)
}

/** A link to a file whose name, folder or link text says it is a licence. */
function namesLicense(link: CardLink, path: string): boolean {
  const parts = path.split('/')
  const role = roleOf(path)
  return (
    role === 'license' ||
    role === 'use-policy' ||
    licenseNameScore(path) > 0 ||
    (parts.length >= 2 && isLicenseFolderName(parts[parts.length - 2]!)) ||
    LICENSE_WORDS.test(link.text)
  )
}

/** Whether the link sits in the licence column of a table row. */
function inLicenseColumn(link: CardLink, tables: readonly CardTable[]): boolean {
  for (const t of tables) {
    const col = columnOf(t, isLicenseHeader)
    if (col < 0) continue
    const row = t.rows.find(r => r.line === link.line)
    if (row && (row.cells[col] ?? '').includes(link.url)) return true
  }
  return false
}

/**
 * The repository paths the card's text links to as licences: what followCardLicenseLinks may read
 * (a Hub audit fetches them before the engine runs). Folders and missing files included.
 */
export function cardLicenseLinkPaths(card: ParsedCard): string[] {
  const tables = parseTables(card.text, card.bodyStartLine)
  const out = new Set<string>()
  for (const link of card.links) {
    if (link.line < card.bodyStartLine) continue
    const target = resolveLicenseLink(link.url, card.file)
    if (target.kind !== 'path' || target.path === card.file) continue
    if (namesLicense(link, target.path) || inLicenseColumn(link, tables)) out.add(target.path)
  }
  return [...out]
}

/**
 * Reads the licence files the card's text links to (not the metadata's `license_link`, followed
 * apart) and adds them to `licenseFiles`, each with the card lines that link it. Returns the links
 * to licence files that are not there: a reviewer told "the weights are under LICENSE-X" and
 * finding no LICENSE-X cannot know the terms, so the audit says so rather than skip the link.
 */
export async function followCardLicenseLinks(
  ctx: StageContext,
  card: ParsedCard,
  licenseFiles: LicenseFileFacts[]
): Promise<BrokenLicenseLink[]> {
  const broken: BrokenLicenseLink[] = []
  const tables = parseTables(card.text, card.bodyStartLine)
  let followed = 0
  for (const link of card.links) {
    if (link.line < card.bodyStartLine) continue
    const target = resolveLicenseLink(link.url, card.file)
    if (target.kind === 'url') continue
    if (target.kind === 'unsafe') {
      if (!LICENSE_WORDS.test(link.text) && !LICENSE_WORDS.test(link.url)) continue
      ctx.repoFindings.push(
        unsafePathFinding(
          card.file,
          `${card.file}: the licence link \`${link.url.slice(0, 200)}\` is ${target.reason}; the audit reads only inside the repository, so it was not read.`,
          link.line
        )
      )
      continue
    }
    if (target.path === card.file) continue
    if (!namesLicense(link, target.path) && !inLicenseColumn(link, tables)) continue
    const known = licenseFiles.find(l => l.file.path === target.path)
    if (known) {
      known.links = [...(known.links ?? []), { line: link.line, text: link.text }]
      continue
    }
    if (followed >= MAX_LINKS) break
    followed++
    const facts = await licenseFileFacts(ctx, linkedLicenseFile(target.path), {
      linked: true,
      key: `link:${target.path}`
    })
    if (facts.state === 'missing') {
      if (!broken.some(b => b.path === target.path))
        broken.push({ path: target.path, line: link.line, text: link.text.slice(0, 200) })
      continue
    }
    if (facts.state === 'unsafe') continue
    // A link to a folder of licence texts (model_licenses/) names files discovery has read.
    if (facts.state === 'error' && (await isFolder(ctx.safe, target.path))) continue
    licenseFiles.push({ ...facts, links: [{ line: link.line, text: link.text }] })
  }
  return broken
}
