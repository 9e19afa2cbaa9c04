// Licence texts for fixtures: standard texts from spdx-license-list, model licences written here in
// the project's own words (they imitate the shapes of real model licences, not their wording).
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

const require = createRequire(resolve(process.cwd(), 'package.json'))
const LIST = require('spdx-license-list/full.js') as Record<string, { licenseText: string }>

export const spdxText = (id: string): string => LIST[id]!.licenseText

/** A non-commercial model licence; its "non-commercial purposes" sentence is on line 6. */
export const NON_COMMERCIAL_MODEL_LICENSE = `HERON NON-COMMERCIAL MODEL LICENSE

This licence covers the Heron model weights ("the Model").

1. Permission. You may use, copy and modify the Model, subject to the conditions below.
2. Non-commercial use only. You may use the Model only for non-commercial purposes.
3. Sharing. You may share the Model if you pass this licence on with it.
`

/** A permissive notice naming a standard licence. */
export const MIT_NOTICE = 'The Egret model weights are released under the MIT License.\n'
