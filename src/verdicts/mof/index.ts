// Model Openness Framework (MOF) verdicts, computed as the Model Openness Tool computes them.
export {
  MOF_COMPONENTS,
  CLASS_LABELS,
  componentByName,
  type MofClassNumber,
  type MofComponentDef,
  type MofContentType
} from './components.js'
export {
  FSF_LIBRE,
  OPEN_DATA_LICENSES,
  OPENMDW,
  OSI_APPROVED,
  TYPE_APPROPRIATE,
  isOpenLicense,
  isTypeAppropriate
} from './licenses.js'
export { classifyMotEntry, classLabel } from './evaluate.js'
export { MofInputError, classifyMotYaml, parseMotYaml } from './yaml.js'
export {
  buildMotEntry,
  renderMotYaml,
  type MofInventory,
  type MofInventoryComponent,
  type MotComponent,
  type MotEntry
} from './build.js'
export { renderMofText } from './render.js'
export type {
  MofClass,
  MofComponentResult,
  MofComponentStatus,
  MofLicenseSource,
  MofProgress,
  MofResult
} from './types.js'
