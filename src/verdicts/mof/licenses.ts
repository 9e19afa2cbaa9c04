/**
 * Licence facts the Model Openness Tool (MOT) uses to judge a component's licence.
 *
 * Every list is a literal set of SPDX identifiers: the MOT compares licence strings
 * exactly, so `Apache 2.0` or `MIT license` match nothing here and count as not open.
 *
 * OSI_APPROVED and FSF_LIBRE restate the `isOsiApproved` / `isFsfLibre` flags of the
 * SPDX snapshot the MOT ships (licenseListVersion d8abdb0). They are kept as data rather
 * than read from spdx-license-list because that package's newer list marks a few more
 * licences OSI-approved than the MOT knows about.
 */

import type { MofContentType } from './components.js'

/** SPDX ids flagged OSI-approved in the MOT's licence snapshot. */
// prettier-ignore
export const OSI_APPROVED: ReadonlySet<string> = new Set([
  '0BSD', 'AAL', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'AGPL-3.0',
  'AGPL-3.0-only', 'AGPL-3.0-or-later', 'APL-1.0', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0',
  'Apache-1.1', 'Apache-2.0', 'Artistic-1.0', 'Artistic-1.0-Perl', 'Artistic-1.0-cl8',
  'Artistic-2.0', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Patent', 'BSD-3-Clause',
  'BSD-3-Clause-LBNL', 'BSL-1.0', 'BlueOak-1.0.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception',
  'CATOSL-1.1', 'CDDL-1.0', 'CECILL-2.1', 'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0',
  'CNRI-Python', 'CPAL-1.0', 'CPL-1.0', 'CUA-OPL-1.0', 'ECL-1.0', 'ECL-2.0', 'EFL-1.0', 'EFL-2.0',
  'EPL-1.0', 'EPL-2.0', 'EUDatagrid', 'EUPL-1.1', 'EUPL-1.2', 'Entessa', 'Fair', 'Frameworx-1.0',
  'GPL-2.0', 'GPL-2.0+', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-only',
  'GPL-3.0-or-later', 'GPL-3.0-with-GCC-exception', 'HPND', 'ICU', 'IPA', 'IPL-1.0', 'ISC',
  'Intel', 'Jam', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1',
  'LGPL-2.1+', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-only',
  'LGPL-3.0-or-later', 'LPL-1.0', 'LPL-1.02', 'LPPL-1.3c', 'LiLiQ-P-1.1', 'LiLiQ-R-1.1',
  'LiLiQ-Rplus-1.1', 'MIT', 'MIT-0', 'MIT-Modern-Variant', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0',
  'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL', 'MirOS', 'Motosoto', 'MulanPSL-2.0',
  'Multics', 'NASA-1.3', 'NCSA', 'NGPL', 'NPOSL-3.0', 'NTP', 'Naumen', 'Nokia', 'OCLC-2.0',
  'OFL-1.1', 'OFL-1.1-RFN', 'OFL-1.1-no-RFN', 'OGTSL', 'OLDAP-2.8', 'OLFL-1.3', 'OSET-PL-2.1',
  'OSL-1.0', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'PHP-3.0', 'PHP-3.01', 'PostgreSQL', 'Python-2.0',
  'QPL-1.0', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RSCPL', 'SISSL', 'SPL-1.0', 'SimPL-2.0',
  'Sleepycat', 'UCL-1.0', 'UPL-1.0', 'Unicode-3.0', 'Unicode-DFS-2016', 'Unlicense', 'VSL-1.0',
  'W3C', 'Watcom-1.0', 'Xnet', 'ZPL-2.0', 'ZPL-2.1', 'Zlib', 'wxWindows',
])

/** SPDX ids flagged FSF-libre in the MOT's licence snapshot. */
// prettier-ignore
export const FSF_LIBRE: ReadonlySet<string> = new Set([
  'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'AGPL-1.0', 'AGPL-3.0', 'AGPL-3.0-only',
  'AGPL-3.0-or-later', 'APSL-2.0', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'Artistic-2.0',
  'BSD-2-Clause', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-3-Clause',
  'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSL-1.0', 'BitTorrent-1.1', 'CC-BY-4.0', 'CC-BY-SA-4.0',
  'CC0-1.0', 'CDDL-1.0', 'CECILL-2.0', 'CECILL-B', 'CECILL-C', 'CPAL-1.0', 'CPL-1.0', 'ClArtistic',
  'Condor-1.1', 'ECL-2.0', 'EFL-2.0', 'EPL-1.0', 'EPL-2.0', 'EUDatagrid', 'EUPL-1.1', 'EUPL-1.2',
  'FSFAP', 'FTL', 'GFDL-1.1', 'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-only',
  'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GPL-2.0', 'GPL-2.0+',
  'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0+', 'GPL-3.0-only', 'GPL-3.0-or-later',
  'HPND', 'IJG', 'IPA', 'IPL-1.0', 'ISC', 'Imlib2', 'Intel', 'LGPL-2.1', 'LGPL-2.1+',
  'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0+', 'LGPL-3.0-only',
  'LGPL-3.0-or-later', 'LPL-1.02', 'LPPL-1.2', 'LPPL-1.3a', 'MIT', 'MPL-1.1', 'MPL-2.0', 'MS-PL',
  'MS-RL', 'NCSA', 'NOSL', 'NPL-1.0', 'NPL-1.1', 'Nokia', 'Nunit', 'ODbL-1.0', 'OFL-1.0',
  'OFL-1.1', 'OLDAP-2.3', 'OLDAP-2.7', 'OSL-1.0', 'OSL-1.1', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0',
  'OpenSSL', 'PHP-3.01', 'Python-2.0', 'QPL-1.0', 'RPSL-1.0', 'Ruby', 'SGI-B-2.0', 'SISSL',
  'SMLNJ', 'SPL-1.0', 'Sleepycat', 'StandardML-NJ', 'UPL-1.0', 'Unlicense', 'Vim', 'W3C', 'WTFPL',
  'X11', 'XFree86-1.1', 'YPL-1.1', 'ZPL-2.0', 'ZPL-2.1', 'Zend-2.0', 'Zimbra-1.3', 'Zlib',
  'eCos-2.0', 'gnuplot', 'iMatix', 'xinetd',
])

/** The MOT's fixed list of licences it accepts as open for data and content. */
// prettier-ignore
export const OPEN_DATA_LICENSES: ReadonlySet<string> = new Set([
  'CC0-1.0', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0', 'CC-BY-3.0-AT',
  'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US', 'CC-BY-4.0',
  'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5',
  'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-4.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0',
  'CDLA-Sharing-1.0', 'ODC-PDDL-1.0', 'ODC-By-1.0', 'ODbL-1.0', 'GFDL-1.3', 'OGL-Canada-2.0',
  'OGL-UK-2.0', 'OGL-UK-3.0'
])

/** The Open Model, Data & Weights licence, which the MOF accepts for every content type. */
export const OPENMDW = 'OpenMDW-1.0'

/**
 * Licences the MOF names as appropriate for each content type (the MOT's mof-licenses.json).
 * Note C-UDA-1.0: listed for data, yet neither OSI-approved, FSF-libre nor open-data, so a
 * component under it is still judged "not open" and blocks its class.
 */
// prettier-ignore
export const TYPE_APPROPRIATE: Readonly<Record<MofContentType, ReadonlySet<string>>> = {
  code: new Set([
    '0BSD', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'Apache-1.0', 'Apache-1.1',
    'Apache-2.0', 'ECL-1.0', 'ECL-2.0', 'ISC', 'MIT', 'MIT-0', 'MulanPSL-1.0', 'MulanPSL-2.0',
    'NCSA', 'UPL-1.0', OPENMDW
  ]),
  data: new Set([
    'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'C-UDA-1.0', 'CC-PDDC', 'CC0-1.0', 'PDDL-1.0',
    OPENMDW
  ]),
  document: new Set([
    'Apache-2.0', 'CC-BY-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'FreeBSD-DOC', 'CC-PDDC', 'CC0-1.0',
    OPENMDW
  ])
}

/** Open in the MOT's sense: OSI-approved, FSF-libre, on the open-data list, or OpenMDW-1.0. */
export function isOpenLicense(id: string): boolean {
  return OSI_APPROVED.has(id) || FSF_LIBRE.has(id) || OPEN_DATA_LICENSES.has(id) || id === OPENMDW
}

/** Whether the MOF lists the licence as suited to the content type. */
export function isTypeAppropriate(id: string, type: MofContentType): boolean {
  return TYPE_APPROPRIATE[type].has(id)
}

/** The preferred licences to suggest when a component's licence is open but not type-appropriate. */
export const PREFERRED_LICENSE: Readonly<Record<MofContentType, string>> = {
  code: 'Apache-2.0 or MIT',
  data: 'CDLA-Permissive-2.0 or CC0-1.0',
  document: 'CC-BY-4.0'
}
