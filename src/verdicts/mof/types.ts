import type { MofClassNumber } from './components.js'

export type MofClass = 0 | MofClassNumber

/** Progress per class in percent, keyed '1' | '2' | '3' as the MOT's API reports it. */
export interface MofProgress {
  '1': number
  '2': number
  '3': number
}

export type MofComponentStatus = 'pass' | 'conditional' | 'missing' | 'unlicensed' | 'invalid'

/** Where a component's licence came from: its own entry, the type-wide licence, or the distribution. */
export type MofLicenseSource = 'component' | 'code' | 'data' | 'document' | 'distribution'

export interface MofComponentResult {
  id: number
  name: string
  class: MofClassNumber
  required: boolean
  /** Listed in the entry's components. */
  included: boolean
  /** The resolved licence string as written (null: none, i.e. unlicensed or not included). */
  license: string | null
  status: MofComponentStatus
  message?: string
  licenseSource?: MofLicenseSource
}

export interface MofResult {
  class: MofClass
  /** The MOT's progress: for class k, 0 unless every higher class (III … k+1) is complete. */
  progress: MofProgress
  components: MofComponentResult[]
  /** Names of the required components that stop each class (missing, unlicensed or not open). */
  blocking: { '1': string[]; '2': string[]; '3': string[] }
  warnings: string[]
}
