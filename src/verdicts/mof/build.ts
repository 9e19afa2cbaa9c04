/**
 * The reverse of classification: write a Model Openness Tool entry from what an audit found in a
 * repository, so that the MOT (and classifyMotEntry) would give the repository's class.
 */

import YAML, { isScalar, visit } from 'yaml'
import { DATA_CARD_ID, MODEL_CARD_ID, MOF_COMPONENTS, componentById, componentByName } from './components.js'

export interface MofInventoryComponent {
  /** Exact MOT component name, e.g. 'Model parameters (Final)' (see MOF_COMPONENTS). */
  name: string
  description?: string
  /** SPDX id, compared literally by the MOT; null = explicitly unlicensed; undefined = inherit. */
  license?: string | null
  /** Where the component is (file, folder or URL). */
  path?: string
}

export interface MofInventory {
  name: string
  version?: string
  date?: string
  producer?: string
  type?: string
  architecture?: string
  license: {
    distribution?: string | null
    code?: string | null
    data?: string | null
    document?: string | null
  }
  components: MofInventoryComponent[]
  /**
   * The model card carries the data information (sources, selection, processing): the MOF then
   * lets the data card be recorded as included, under the model card's licence.
   */
  dataInfoInModelCard?: boolean
}

export interface MotLicenseRef {
  name: string
  path: string
}

export interface MotComponent {
  name: string
  description: string
  license?: string
  component_path?: string
}

export interface MotEntry {
  framework: { name: 'Model Openness Framework'; version: '1.0'; date: '2024-12-15' }
  release: {
    name: string
    version: string
    date?: string
    license: Partial<Record<'distribution' | 'code' | 'data' | 'document', MotLicenseRef>>
    type: string
    architecture: string
    producer: string
    contact: string
    components: MotComponent[]
  }
}

const TYPES = new Set(['language', 'vision', 'image', 'audio', 'video', '3d', 'code', 'multimodal', 'other'])
const ARCHITECTURES = new Set([
  'transformer',
  'transformer decoder',
  'transformer encoder-decoder',
  'decoder',
  'encoder',
  'diffusion',
  'RNN',
  'CNN',
  'LSTM',
  'NeRF',
  'hybrid',
  'undisclosed',
  'other'
])

function enumValue(value: string | undefined, allowed: Set<string>): string {
  if (value === undefined || value.trim() === '') return ''
  return allowed.has(value) ? value : 'other'
}

/**
 * Build a MOT entry (YAML-ready) from a repository inventory. Components are written in the MOT's
 * configuration order; a name that is not an exact MOT component name is a programming error and
 * throws a TypeError.
 */
export function buildMotEntry(inv: MofInventory): MotEntry {
  const byId = new Map<number, MotComponent>()
  for (const c of inv.components) {
    const def = componentByName(c.name)
    if (!def) throw new TypeError(`buildMotEntry: "${c.name}" is not a MOF component name`)
    const out: MotComponent = {
      ...byId.get(def.id),
      name: def.name,
      description: c.description ?? def.description
    }
    if (c.license === null) out.license = 'unlicensed'
    else if (c.license !== undefined) out.license = c.license
    if (c.path !== undefined) out.component_path = c.path
    byId.set(def.id, out)
  }

  const card = byId.get(MODEL_CARD_ID)
  if (inv.dataInfoInModelCard && card && !byId.has(DATA_CARD_ID)) {
    const def = componentById(DATA_CARD_ID)
    const dataCard: MotComponent = {
      name: def.name,
      description: 'Data information is given in the model card'
    }
    if (card.license !== undefined) dataCard.license = card.license
    if (card.component_path !== undefined) dataCard.component_path = card.component_path
    byId.set(DATA_CARD_ID, dataCard)
  }

  const license: MotEntry['release']['license'] = {}
  for (const key of ['distribution', 'code', 'data', 'document'] as const) {
    const id = inv.license[key]
    if (typeof id === 'string' && id !== '') license[key] = { name: id, path: '' }
  }

  return {
    framework: { name: 'Model Openness Framework', version: '1.0', date: '2024-12-15' },
    release: {
      name: inv.name,
      version: inv.version ?? '',
      ...(inv.date !== undefined ? { date: inv.date } : {}),
      license,
      type: enumValue(inv.type, TYPES),
      architecture: enumValue(inv.architecture, ARCHITECTURES),
      producer: inv.producer ?? '',
      contact: '',
      components: MOF_COMPONENTS.flatMap(d => byId.get(d.id) ?? [])
    }
  }
}

/**
 * Render an entry as MOT YAML. Dates and version-like strings are single-quoted, as in the MOT's
 * own files, so YAML 1.1 readers (the MOT's PHP parser) keep them as strings.
 */
export function renderMotYaml(entry: object): string {
  const doc = new YAML.Document(entry)
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^[\d.:-]+$|^$/.test(node.value)) {
        node.type = 'QUOTE_SINGLE'
      }
    }
  })
  return doc.toString({ lineWidth: 0, indentSeq: false })
}
