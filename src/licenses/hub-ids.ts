// Hugging Face Hub licence identifiers (huggingface/hub-docs repositories-licenses.md) mapped to
// SPDX ids. Deprecated SPDX ids are mapped to their "-only" successors. Hub ids of model licences
// and families are catalogue ids (src/licenses/catalogue); `other` and `unknown` name no licence.

export const HUB_TO_SPDX: Readonly<Record<string, string>> = {
  'apache-2.0': 'Apache-2.0',
  mit: 'MIT',
  'afl-3.0': 'AFL-3.0',
  'artistic-2.0': 'Artistic-2.0',
  'bsl-1.0': 'BSL-1.0',
  'bsd-2-clause': 'BSD-2-Clause',
  'bsd-3-clause': 'BSD-3-Clause',
  'bsd-3-clause-clear': 'BSD-3-Clause-Clear',
  'c-uda': 'C-UDA-1.0',
  'cc0-1.0': 'CC0-1.0',
  'cc-by-2.0': 'CC-BY-2.0',
  'cc-by-2.5': 'CC-BY-2.5',
  'cc-by-3.0': 'CC-BY-3.0',
  'cc-by-4.0': 'CC-BY-4.0',
  'cc-by-sa-3.0': 'CC-BY-SA-3.0',
  'cc-by-sa-4.0': 'CC-BY-SA-4.0',
  'cc-by-nc-2.0': 'CC-BY-NC-2.0',
  'cc-by-nc-3.0': 'CC-BY-NC-3.0',
  'cc-by-nc-4.0': 'CC-BY-NC-4.0',
  'cc-by-nd-4.0': 'CC-BY-ND-4.0',
  'cc-by-nc-nd-3.0': 'CC-BY-NC-ND-3.0',
  'cc-by-nc-nd-4.0': 'CC-BY-NC-ND-4.0',
  'cc-by-nc-sa-2.0': 'CC-BY-NC-SA-2.0',
  'cc-by-nc-sa-3.0': 'CC-BY-NC-SA-3.0',
  'cc-by-nc-sa-4.0': 'CC-BY-NC-SA-4.0',
  'cdla-sharing-1.0': 'CDLA-Sharing-1.0',
  'cdla-permissive-1.0': 'CDLA-Permissive-1.0',
  'cdla-permissive-2.0': 'CDLA-Permissive-2.0',
  wtfpl: 'WTFPL',
  'ecl-2.0': 'ECL-2.0',
  'epl-1.0': 'EPL-1.0',
  'epl-2.0': 'EPL-2.0',
  'etalab-2.0': 'etalab-2.0',
  'eupl-1.1': 'EUPL-1.1',
  'eupl-1.2': 'EUPL-1.2',
  'agpl-3.0': 'AGPL-3.0-only',
  'gpl-2.0': 'GPL-2.0-only',
  'gpl-3.0': 'GPL-3.0-only',
  'lgpl-2.1': 'LGPL-2.1-only',
  'lgpl-3.0': 'LGPL-3.0-only',
  isc: 'ISC',
  'lppl-1.3c': 'LPPL-1.3c',
  'ms-pl': 'MS-PL',
  'mpl-2.0': 'MPL-2.0',
  'odc-by': 'ODC-By-1.0',
  odbl: 'ODbL-1.0',
  'openmdw-1.0': 'OpenMDW-1.0',
  'osl-3.0': 'OSL-3.0',
  postgresql: 'PostgreSQL',
  'ofl-1.1': 'OFL-1.1',
  ncsa: 'NCSA',
  unlicense: 'Unlicense',
  zlib: 'Zlib',
  pddl: 'PDDL-1.0'
}

/** Hub ids that name no licence. */
export const HUB_PLACEHOLDERS: ReadonlySet<string> = new Set(['other', 'unknown'])

/** Every licence identifier the Hub accepts in a card's `license:` key (facts, from the Hub's documentation). */
export const HUB_LICENSE_IDS: ReadonlySet<string> = new Set(
  (
    'apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0 bigcode-openrail-m ' +
    'afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause bsd-3-clause-clear c-uda cc cc0-1.0 cc-by-2.0 ' +
    'cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0 cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0 ' +
    'cc-by-nc-nd-3.0 cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0 ' +
    'cdla-permissive-1.0 cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1 eupl-1.2 agpl-3.0 ' +
    'gfdl gpl gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 isc h-research intel-research lppl-1.3c ms-pl apple-ascl ' +
    'apple-amlr mpl-2.0 odc-by odbl openmdw-1.0 openmdw-1.1 openrail++ osl-3.0 postgresql ofl-1.1 ncsa unlicense ' +
    'zlib pddl lgpl-lr deepfloyd-if-license fair-noncommercial-research-license llama2 llama3 llama3.1 llama3.2 ' +
    'llama3.3 llama4 grok2-community gemma unknown other'
  ).split(' ')
)

export function isHubLicenseId(value: string): boolean {
  return HUB_LICENSE_IDS.has(value.trim().toLowerCase())
}
