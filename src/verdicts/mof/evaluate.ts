/**
 * Model Openness Framework classification of a Model Openness Tool (MOT) entry, computed the way the
 * MOT's evaluator computes it, quirks included, so that results match mot.isitopen.ai:
 *
 * 1. A component is included when the entry lists it (exact name). Its licence is the component's own
 *    `license` (`unlicensed` or an empty string meaning explicitly none), else the release licence for
 *    its content type (`release.license.code|data|document.name`), else `release.license.distribution`,
 *    else none.
 * 2. Each class walks the required components of that class and the classes above it (III: 6,
 *    II: 10, I: 14). A component counts when its licence is open (OSI-approved, FSF-libre, an open-data
 *    licence or OpenMDW-1.0); open but not type-appropriate still counts, with a warning.
 * 3. The research paper stands in for a technical report that is not counted, for classes III and II.
 * 4. Progress for class k is counted / required, but 0 unless every class above k is complete; the
 *    class is the lowest-numbered class at 100%.
 */

import { z } from 'zod'
import {
  CLASS_LABELS,
  MOF_COMPONENTS,
  RESEARCH_PAPER_ID,
  TECHNICAL_REPORT_ID,
  componentById,
  componentByName,
  requiredAt,
  type MofClassNumber,
  type MofContentType
} from './components.js'
import { PREFERRED_LICENSE, isOpenLicense, isTypeAppropriate } from './licenses.js'
import type {
  MofClass,
  MofComponentResult,
  MofComponentStatus,
  MofLicenseSource,
  MofProgress,
  MofResult
} from './types.js'

// ---------------------------------------------------------------------------------------------
// Entry shape (lenient: everything the classifier does not need may be anything)

const LicenseRefSchema = z.object({ name: z.unknown().optional(), path: z.unknown().optional() }).loose()

const ComponentSchema = z
  .object({
    name: z.string(),
    description: z.unknown().optional(),
    license: z.unknown().optional(),
    license_path: z.unknown().optional(),
    component_path: z.unknown().optional()
  })
  .loose()

const ReleaseSchema = z
  .object({
    name: z.unknown().optional(),
    license: z.unknown().optional(),
    components: z.array(z.unknown())
  })
  .loose()

const EntrySchema = z.object({ framework: z.unknown().optional(), release: ReleaseSchema }).loose()

// The audit classifies an entry it built itself for every model of a monorepo: validating those
// with zod was a few per cent of the run. A value of the plain shape a schema accepts unchanged is
// taken as it is; anything else is still validated (and reported) by the schema.
function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function isEntryShape(v: unknown): boolean {
  return isRecord(v) && isRecord(v.release) && Array.isArray(v.release.components)
}

function isComponentShape(v: unknown): boolean {
  return isRecord(v) && typeof v.name === 'string'
}

/** `schema.safeParse(value)`, without the schema's work when `plain` already vouches for the value. */
function conforms<T>(
  value: unknown,
  schema: z.ZodType<T>,
  plain: (v: unknown) => boolean
): { success: true; data: T } | { success: false } {
  if (plain(value)) return { success: true, data: value as T }
  return schema.safeParse(value)
}

const GLOBAL_KEYS = ['distribution', 'code', 'data', 'document'] as const
type GlobalKey = (typeof GLOBAL_KEYS)[number]

/** A component's own licence field: absent (inherit), explicitly none, or a literal string. */
type OwnLicense = { kind: 'inherit' } | { kind: 'none' } | { kind: 'literal'; value: string }

interface Normalised {
  /** Included component ids, in the order first listed. */
  included: Set<number>
  own: Map<number, OwnLicense>
  global: Partial<Record<GlobalKey, string>>
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`
}

function normalise(entry: unknown, warnings: string[]): Normalised | null {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    warnings.push(`MOT entry must be a mapping with framework and release, got ${describe(entry)}`)
    return null
  }
  const record = entry as Record<string, unknown>
  const release = record.release
  if (release === null || typeof release !== 'object' || Array.isArray(release)) {
    warnings.push(
      release === undefined
        ? 'MOT entry has no release'
        : `MOT entry release must be a mapping, got ${describe(release)}`
    )
    return null
  }
  const parsed = conforms(entry, EntrySchema, isEntryShape)
  if (!parsed.success) {
    const components = (release as Record<string, unknown>).components
    warnings.push(
      components === undefined
        ? 'MOT entry has no release.components'
        : `release.components must be a list, got ${describe(components)}`
    )
    return null
  }
  const rel = parsed.data.release
  if (record.framework === undefined) warnings.push('MOT entry has no framework')
  if (typeof rel.name !== 'string' || rel.name.trim() === '')
    warnings.push('release.name is missing or empty')

  const global: Partial<Record<GlobalKey, string>> = {}
  if (rel.license !== undefined && rel.license !== null) {
    if (typeof rel.license !== 'object' || Array.isArray(rel.license)) {
      warnings.push(`release.license must be a mapping, got ${describe(rel.license)}; ignored`)
    } else {
      const lic = rel.license as Record<string, unknown>
      for (const key of GLOBAL_KEYS) {
        const ref = lic[key]
        if (ref === undefined || ref === null) continue
        const refParsed = conforms(ref, LicenseRefSchema, isRecord)
        if (!refParsed.success) {
          // The MOT reads release.license.<key>.name; a bare string has no name and is ignored.
          warnings.push(
            `release.license.${key} must be a mapping {name, path}, got ${describe(ref)}; ignored`
          )
          continue
        }
        const name = refParsed.data.name
        if (typeof name === 'string' && name !== '') global[key] = name
        else if (name !== undefined && name !== null && name !== '')
          warnings.push(`release.license.${key}.name must be a string, got ${describe(name)}; ignored`)
      }
    }
  }

  const included = new Set<number>()
  const own = new Map<number, OwnLicense>()
  rel.components.forEach((raw, index) => {
    const comp = conforms(raw, ComponentSchema, isComponentShape)
    if (!comp.success) {
      warnings.push(`release.components[${index}] must be a mapping with a name; ignored`)
      return
    }
    const def = componentByName(comp.data.name)
    if (!def) {
      warnings.push(`release.components[${index}]: unknown component name "${comp.data.name}"; ignored`)
      return
    }
    included.add(def.id)
    const license = comp.data.license
    // Later duplicates overwrite a licence that an earlier listing set, as the MOT's import does.
    if (license === undefined || license === null) {
      if (!own.has(def.id)) own.set(def.id, { kind: 'inherit' })
    } else if (license === '' || license === 'unlicensed') {
      own.set(def.id, { kind: 'none' })
    } else if (typeof license === 'string') {
      own.set(def.id, { kind: 'literal', value: license })
    } else {
      warnings.push(
        `${def.name}: license must be an SPDX id string, got ${describe(license)}; treated as not open`
      )
      own.set(def.id, { kind: 'literal', value: String(JSON.stringify(license)) })
    }
  })
  return { included, own, global }
}

// ---------------------------------------------------------------------------------------------
// Licence resolution and per-component judgement

interface Resolved {
  license: string | null
  source?: MofLicenseSource
}

function resolveLicense(id: number, n: Normalised): Resolved {
  const own = n.own.get(id) ?? { kind: 'inherit' }
  if (own.kind === 'literal') return { license: own.value, source: 'component' }
  if (own.kind === 'none') return { license: null, source: 'component' }
  const type = componentById(id).contentType
  const typed = n.global[type]
  if (typed !== undefined) return { license: typed, source: type }
  const dist = n.global.distribution
  if (dist !== undefined) return { license: dist, source: 'distribution' }
  return { license: null }
}

type Judgement = 'included' | 'conditional' | 'unlicensed' | 'invalid'

function judge(license: string | null, type: MofContentType): Judgement {
  if (license === null || license === 'unlicensed') return 'unlicensed'
  if (!isOpenLicense(license)) return 'invalid'
  return isTypeAppropriate(license, type) ? 'included' : 'conditional'
}

// ---------------------------------------------------------------------------------------------
// Class evaluation (mirrors the MOT's per-class lists)

interface ClassEval {
  included: number[]
  missing: number[]
  invalid: number[]
  unlicensed: number[]
}

type Evaluation = Record<MofClassNumber, ClassEval> & {
  /** The research paper stands in for the technical report. */
  substituted: boolean
}

function evaluateClasses(n: Normalised, judgements: Map<number, Judgement>): Evaluation {
  const lists: Partial<Record<MofClassNumber, ClassEval>> = {}
  let required: number[] = []
  for (const cls of [3, 2, 1] as const) {
    required = [...required, ...requiredAt(cls)]
    const e: ClassEval = { included: [], missing: [], invalid: [], unlicensed: [] }
    for (const id of required) {
      if (!n.included.has(id)) {
        e.missing.push(id)
        continue
      }
      const j = judgements.get(id)
      if (j === 'included' || j === 'conditional') e.included.push(id)
      else if (j === 'unlicensed') e.unlicensed.push(id)
      else e.invalid.push(id)
    }
    lists[cls] = e
  }
  const evals: Evaluation = {
    1: lists[1] as ClassEval,
    2: lists[2] as ClassEval,
    3: lists[3] as ClassEval,
    substituted: false
  }

  // The research paper may replace a technical report that is not counted (missing, unlicensed or
  // not open): the report stops being required and the paper is judged in its place for III and II.
  if (!evals[3].included.includes(TECHNICAL_REPORT_ID)) {
    const paper = paperStatus(evals[1])
    if (paper) {
      for (const cls of [3, 2, 1] as const) {
        const at = evals[cls].missing.indexOf(TECHNICAL_REPORT_ID)
        if (at >= 0) evals[cls].missing.splice(at, 1)
      }
      evals[3][paper].push(RESEARCH_PAPER_ID)
      evals[2][paper].push(RESEARCH_PAPER_ID)
      evals.substituted = true
    }
  }
  return evals
}

function paperStatus(e: ClassEval): 'included' | 'invalid' | 'unlicensed' | null {
  if (e.included.includes(RESEARCH_PAPER_ID)) return 'included'
  if (e.invalid.includes(RESEARCH_PAPER_ID)) return 'invalid'
  if (e.unlicensed.includes(RESEARCH_PAPER_ID)) return 'unlicensed'
  return null
}

/** The MOT's progress for one class: 0 unless every class above it is complete. */
function gatedProgress(evals: Evaluation, cls: MofClassNumber): number {
  let total = 0
  let counted = 0
  let i = 3
  for (; i >= cls; i--) {
    total += requiredAt(i as MofClassNumber).length
    counted = evals[i as MofClassNumber].included.length
    if (counted < total) break
  }
  if (i > cls) return 0
  return classShare(evals, cls, counted, total)
}

function classShare(evals: Evaluation, cls: MofClassNumber, counted: number, total: number): number {
  // With the paper counted but not the report, class I needs one component fewer.
  const inc1 = evals[1].included
  if (cls === 1 && !inc1.includes(TECHNICAL_REPORT_ID) && inc1.includes(RESEARCH_PAPER_ID)) total--
  // Both report and paper counted for III/II can exceed the requirement: cap at 100.
  const progress = (counted / total) * 100
  return progress > 100 ? 100 : progress
}

// ---------------------------------------------------------------------------------------------
// Public result

function emptyResult(warnings: string[]): MofResult {
  return {
    class: 0,
    progress: { '1': 0, '2': 0, '3': 0 },
    components: MOF_COMPONENTS.map(c => ({
      id: c.id,
      name: c.name,
      class: c.class,
      required: c.required,
      included: false,
      license: null,
      status: 'missing' as const
    })),
    blocking: { '1': [], '2': [], '3': [] },
    warnings
  }
}

/** Each component's place in MOF_COMPONENTS (the order blocking components are listed in). */
const ORDER_OF: ReadonlyMap<number, number> = new Map(MOF_COMPONENTS.map((c, i) => [c.id, i]))

const STATUS_OF: Record<Judgement, MofComponentStatus> = {
  included: 'pass',
  conditional: 'conditional',
  unlicensed: 'unlicensed',
  invalid: 'invalid'
}

/**
 * Classify a parsed MOT entry (`{framework, release}`). Never throws: an entry of the wrong shape is
 * unclassified (class 0) with a warning saying what is wrong.
 */
export function classifyMotEntry(entry: unknown): MofResult {
  const warnings: string[] = []
  let n: Normalised | null
  try {
    n = normalise(entry, warnings)
  } catch (err) {
    warnings.push(`MOT entry could not be read: ${err instanceof Error ? err.message : String(err)}`)
    n = null
  }
  if (!n) return emptyResult(warnings)

  const resolved = new Map<number, Resolved>()
  const judgements = new Map<number, Judgement>()
  for (const c of MOF_COMPONENTS) {
    if (!n.included.has(c.id)) continue
    const r = resolveLicense(c.id, n)
    resolved.set(c.id, r)
    judgements.set(c.id, judge(r.license, c.contentType))
  }

  const evals = evaluateClasses(n, judgements)
  const progress: MofProgress = {
    '3': gatedProgress(evals, 3),
    '2': gatedProgress(evals, 2),
    '1': gatedProgress(evals, 1)
  }
  let cls: MofClass = 0
  for (const k of [3, 2, 1] as const) if (progress[k] === 100) cls = k

  const paperStandsIn = evals.substituted

  // Object literals, not `{ ...base, included }`: adding keys to a spread copy is slow in V8 (Node
  // 20), and this runs for every component of every model.
  const components: MofComponentResult[] = MOF_COMPONENTS.map(c => {
    const j = judgements.get(c.id)
    const r = resolved.get(c.id)
    if (!j || !r) {
      const result: MofComponentResult = {
        id: c.id,
        name: c.name,
        class: c.class,
        required: c.required,
        included: false,
        license: null,
        status: 'missing'
      }
      if (c.id === TECHNICAL_REPORT_ID && paperStandsIn)
        result.message = 'not included; the research paper stands in for it'
      else if (c.required) result.message = 'not included'
      return result
    }
    const license = r.license === 'unlicensed' ? null : r.license
    const result: MofComponentResult = {
      id: c.id,
      name: c.name,
      class: c.class,
      required: c.required,
      included: true,
      license,
      status: STATUS_OF[j]
    }
    if (r.source) result.licenseSource = r.source
    if (j === 'conditional') {
      result.message =
        `${r.license} is open but not a type-appropriate ${c.contentType} licence ` +
        `(MOF prefers ${PREFERRED_LICENSE[c.contentType]}): conditional pass`
      warnings.push(`${c.name}: ${result.message}`)
    } else if (j !== 'included') {
      result.message =
        j === 'unlicensed'
          ? 'included but no licence applies (unlicensed)'
          : `licence "${r.license}" is not an open licence (by SPDX id)`
      if (c.id === TECHNICAL_REPORT_ID && paperStandsIn)
        result.message += '; the research paper stands in for it'
    }
    return result
  })

  const blocking = { '1': [] as string[], '2': [] as string[], '3': [] as string[] }
  for (const k of [3, 2, 1] as const) {
    const e = evals[k]
    const ids = [...e.missing, ...e.unlicensed, ...e.invalid].filter(
      id => !(evals.substituted && id === TECHNICAL_REPORT_ID)
    )
    blocking[k] = [...new Set(ids)]
      .sort((a, b) => ORDER_OF.get(a)! - ORDER_OF.get(b)!)
      .map(id => componentById(id).name)
  }

  return {
    class: cls,
    progress,
    components,
    blocking,
    warnings
  }
}

export function classLabel(cls: MofClass): string {
  return CLASS_LABELS[cls]
}
