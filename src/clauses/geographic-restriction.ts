// Territories excluded by the licensor. Frame: who is limited (residents, those domiciled or
// located in a place, use in a place), a place (a known name, or any capitalised name after "in",
// "of", "from": a country no list contains), and an exclusion (not granted, does not apply,
// excluding, only within). A class of places counts too: rights denied to anyone domiciled in "a
// Restricted Territory" or "a country subject to sanctions"; use confined to "the Territory"; 服务器
// 须位于…境内. Not: export-control and sanctions compliance, governing law and courts, "without
// territorial limitation".
import { FOUND, OSD5, RESTRICTIVE_SEVERITY, defineClause, type DetectContext } from './clause.js'
import { TERRITORY, isExportControl } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { allOf, hasAny, near, nearPhrase, nearWords, phrases, union, words } from './toolkit/query.js'
import { bannedAfter, isNegationAt, negatedBefore } from './toolkit/negation.js'
import type { Doc, Sentence } from './toolkit/sentences.js'
import { fieldOf, keyNames } from './toolkit/field-key.js'

const PLACES = phrases(
  'european union, eu, european economic area, eea, united kingdom, uk, south korea',
  'republic of korea, korea, china, mainland china, prc, russia, russian federation, iran',
  'north korea, cuba, syria, belarus, crimea, venezuela, india, united states, usa, japan',
  'canada, brazil, hong kong, macau, taiwan, switzerland, australia, germany, france, italy',
  'spain, netherlands, ireland, singapore, israel, turkey, ukraine, europe, asia, africa',
  'new zealand, mexico, argentina, chile, colombia, peru, south africa, nigeria, kenya, egypt',
  'saudi arabia, united arab emirates, uae, qatar, indonesia, malaysia, thailand, vietnam',
  'philippines, pakistan, bangladesh, norway, sweden, denmark, finland, poland, austria, belgium',
  'portugal, greece, czech republic, hungary, romania, latin america, middle east, north america',
  'south america, oceania, scandinavia, mainland, people s republic of china'
)
const EXCLUDE = words('excluding exclude excluded excludes except outside other void invalid ineligible')
const GRANT = words(
  'granted grant grants apply applies available territory domiciled located resident residents',
  'reside residing license licence licensed agreement access offered valid permit permitted',
  'based established citizens nationals persons eligible eligibility incorporated headquartered',
  'cover covers covered extend extends principal headquarters authorising authorizing availability'
)
/** Use words count only for a place right after "in" / "within" / "outside" ("may not use the Model in the EU"). */
const USE_GRANT = words(
  'use used deploy deployed operate operated offer provide distribute distributed access accessed',
  'accessing host hosted hosting run install installed store stored process processed distribution',
  'accessible'
)
const PLACE_PREP = words('in within inside outside from of')
/** "use … in X" (not "use of X": the object of use is no place). */
const USE_PREP = words('in within inside outside into')
const ONLY = words('only solely exclusively')
/** "Use … is restricted to persons located in …": "only" in other words. */
const RESTRICTED_TO = phrases('restricted to, limited to, confined to')
const WITHIN = words('in within inside')
const LEGAL = words(
  'governed governing jurisdiction court courts arbitration venue undermine security statutory',
  'consumer consumers law laws regulation regulations gdpr comply',
  'compliance applicable'
)
/** Legal words other than "jurisdiction" (which may name where the model is kept): courts, law. */
const LEGAL_BUT_PLACE = words([...LEGAL].filter(w => w !== 'jurisdiction').join(' '))
/** Capitalised words after "in"/"of" that are no place. */
const NOT_PLACES = words(
  'agreement license licence licensor licensee model models section sections schedule exhibit',
  'annex appendix attachment software work works materials territory documentation policy',
  'terms you your the this that such any all our we it article clause paragraph derivatives',
  'derivative output outputs products services product service addendum notice part a an',
  'accordance connection respect addition order case lieu compliance violation writing executable',
  'source object binary compiled audience purpose permitted'
)
/** "users in X", "companies in X". */
const WHO = words(
  'users persons people individuals companies entities organisations organizations customers',
  'subsidiary subsidiaries affiliate affiliates offices office branch branches teams team staff folks',
  'anyone everyone residents licensees'
)
/** Acts done to people, not by them: "target people in the EU", "discriminate against users in X". */
const TARGETING = words(
  'target targets targeting targeted against profile profiling surveil surveilling track tracking',
  'discriminate discriminating harm harass harassing manipulate deceive exploit identify monitor'
)
/** People of a place named as the target of an act ("to target people in the EU"), not the limited ones. */
function targeted(s: Sentence, who: number): boolean {
  return nearWords(s, who, 3, 0, TARGETING) >= 0
}
const BY = words('by')
/** "to target people in the EU", "against residents of X": the place says where the targets are. */
function targetsPeopleOf(s: Sentence, p: number): boolean {
  const a = s.tokens[p - 1]?.w ?? ''
  const prep = PLACE_PREP.has(a)
    ? p - 1
    : a === 'the' && PLACE_PREP.has(s.tokens[p - 2]?.w ?? '')
      ? p - 2
      : -1
  if (prep < 0) return false
  for (let k = prep - 1; k >= Math.max(0, prep - 2); k--)
    if (WHO.has(s.tokens[k]!.w) || RESIDENCE.has(s.tokens[k]!.w)) return targeted(s, k)
  return false
}
/** "must obtain a separate licence": those named need a licence of their own, the grant does not reach them. */
const OBTAIN = words('obtain seek purchase buy negotiate sign request acquire get')
const SEPARATE = words('separate additional different special dedicated own commercial written')
const LICENCE_WORDS = words('licence license agreement permission authorisation authorization consent')
/** "in X", "within the X": the preposition before a place, or -1. */
function withinBefore(s: Sentence, p: number): number {
  if (WITHIN.has(s.tokens[p - 1]?.w ?? '')) return p - 1
  return s.tokens[p - 1]?.w === 'the' && WITHIN.has(s.tokens[p - 2]?.w ?? '') ? p - 2 : -1
}
function needsOwnLicence(s: Sentence, p: number): boolean {
  const o = nearWords(s, p, 0, 10, OBTAIN)
  if (o < 0 || nearWords(s, o, 3, 0, MUST_EN) < 0) return false
  const sep = nearWords(s, o, 0, 3, SEPARATE)
  return sep >= 0 && nearWords(s, sep, 0, 3, LICENCE_WORDS) >= 0
}
/** Governing law, courts and the law's reach: 法律, 法规, 管辖, 仲裁. */
const LEGAL_ZH = phrases('法律, 法规, 管辖, 仲裁, 法院')
const TERRITORY_ZH = phrases(
  '境内, 境外, 海外, 国外, 地区, 国家, 大陆, 中国, 中华人民共和国, 居住在, 住在, 位于, 注册地, 欧盟',
  '欧洲, 美国, 英国',
  '日本, 韩国, 俄罗斯, 新加坡, 香港, 澳门, 台湾, 印度, 伊朗, 朝鲜, 北韩, 古巴, 叙利亚'
)
/** Belonging to a place, in Chinese: 设籍于, 居住于, 注册于 (a negation may stand further before). */
const RESIDENCE_ZH = phrases('设籍, 居住于, 居住在, 注册于, 注册在, 住所')
/** "is not (located in)": 并非, 非位于 (非 alone is no negation: 非商业). */
const NOT_THERE_ZH = phrases('并非, 非位于, 非居住, 非设籍')
/** Words after a place name that make it no territory: "United States dollars", "the Europe/London time zone". */
const NOT_TERRITORY_AFTER = words('dollars dollar time timezone zone')
/** Keeping use out of places by their network location: "geoblock", "IP addresses that geolocate to". */
const GEOFENCE = words(
  'geoblock geoblocks geoblocking geoblocked geolocate geolocates geolocated geofence geofencing'
)
/** Everywhere but the places named: "and nowhere else", "Use elsewhere is not licensed". */
const ELSEWHERE = phrases(
  'nowhere else, elsewhere, anywhere else, any other jurisdiction, any other country, any other region'
)
/** "any Licensee other than a person resident … in a territory listed in Annex D". */
const OTHER_THAN = phrases('other than')
/** Obliged to be somewhere: 服务器必须位于新加坡境内. */
const MUST_ZH = phrases('必须, 须, 应当, 应')
const ONLY_ZH = phrases('仅', '只', '限')
/** 以台湾、澎湖为限: "limited to", closing the list of places it limits to. */
const LIMITED_TO_ZH = phrases('为限, 為限')
/** Consent needed before use from a place: 境外主体使用前须获得书面同意. */
const CONSENT_ZH = phrases('同意, 许可, 授权, 批准, 同意書, 許可, 授權')
/** Verbs confining a use to a place: "limit the provision of services … to the territory of Spain". */
const LIMIT_VERBS = words('limit limits confine confines restrict restricts')
const TO = words('to')

/** "use the Model in the EU": a use word, then within six words (no "to"/"for" purpose between) "in (the)" the place. */
function usedInPlace(s: Sentence, p: number): boolean {
  const a = s.tokens[p - 1]?.w
  const prep =
    a !== undefined && USE_PREP.has(a)
      ? p - 1
      : a === 'the' && USE_PREP.has(s.tokens[p - 2]?.w ?? '')
        ? p - 2
        : -1
  if (prep < 0) return usedFrom(s, p)
  for (let k = prep - 1; k >= Math.max(0, prep - 6); k--) {
    const w = s.tokens[k]!.w
    if (USE_GRANT.has(w)) return true
    if (w === 'to' || w === 'for') return false
  }
  return false
}

const US = words('us')
/** The word at k is written in capitals ("US", not "us"). */
function isUpper(doc: Doc, s: Sentence, k: number): boolean {
  const t = s.tokens[k]!
  const w = doc.text.slice(t.s, t.e)
  return w === w.toUpperCase()
}

function isCapitalised(doc: Doc, s: Sentence, k: number): boolean {
  const c = doc.text[s.tokens[k]!.s] ?? ''
  return c >= 'A' && c <= 'Z'
}

/** A run of capitalised words from k that ends in a document word ("… Use Policy", "… Agreement"). */
function namesDocument(s: Sentence, doc: Doc, k: number): boolean {
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 8) && isCapitalised(doc, s, j); j++)
    if (NOT_PLACES.has(s.tokens[j]!.w)) return true
  return false
}

/** Places: known names, and capitalised names right after "in", "of", "from" (not the sentence's first word). */
function places(s: Sentence, doc: Doc): number[] {
  const out = PLACES.all(s)
  // "in the US", "Non-US persons": "us" is the country after "the" or "non", never the pronoun
  for (const k of allOf(s, US)) {
    const prev = s.tokens[k - 1]?.w
    if ((prev === 'the' || prev === 'non') && isUpper(doc, s, k) && !out.includes(k)) out.push(k)
  }
  for (let k = s.body + 1; k < s.tokens.length; k++) {
    const prev = s.tokens[k - 1]!.w
    const prep = PLACE_PREP.has(prev)
      ? k - 1
      : prev === 'the' && PLACE_PREP.has(s.tokens[k - 2]?.w ?? '')
        ? k - 2
        : -1
    if (prep < 0 || !isCapitalised(doc, s, k) || NOT_PLACES.has(s.tokens[k]!.w)) continue
    // an all-capitals defined term ("the MODEL"), an acronym ("in ROM") or a name in a title is no
    // place: the places written in capitals (UK, USA, EU) are all known
    const tok = s.tokens[k]!
    const word = doc.text.slice(tok.s, tok.e)
    if (word.length > 1 && word === word.toUpperCase()) continue
    // "in the Databricks Open Model Acceptable Use Policy": a document's name, not a place
    if (namesDocument(s, doc, k)) continue
    // a name no list holds is a place only where the sentence speaks of territory or of use there
    // ("persons residing in Freedonia", "the territory of X", "may not use the Model in X")
    const inhabitants = s.tokens[prep]!.w === 'in' && nearWords(s, prep, 2, 0, WHO) >= 0
    // "Access from Bhutan, or by persons resident there": the territory word may follow the name
    if (nearWords(s, prep, 4, 8, TERRITORY) < 0 && !usedInPlace(s, k) && !inhabitants) continue
    if (!out.includes(k)) out.push(k)
  }
  return out.sort((a, b) => a - b)
}

/** Adjectives that put a place class out of the grant: "excluded territories", "restricted countries". */
const EXCLUDED_CLASS = words('excluded restricted prohibited embargoed sanctioned blocked ineligible')
const COPULA = words('is are')

/**
 * "Eswatini is one of the excluded territories", "Tonga is a Restricted Country": a place named as
 * a member of a class of places the licence excludes. The place opens the sentence.
 */
function memberOfExcluded(s: Sentence, doc: Doc): number {
  const first = s.body
  if (first >= s.tokens.length || !isCapitalised(doc, s, first) || NOT_PLACES.has(s.tokens[first]!.w))
    return -1
  let k = first + 1
  while (k < s.tokens.length && k <= first + 3 && !COPULA.has(s.tokens[k]!.w)) k++
  if (!COPULA.has(s.tokens[k]?.w ?? '')) return -1
  for (let j = k + 1; j <= Math.min(s.tokens.length - 1, k + 5); j++)
    if (PLACE_CLASS.has(s.tokens[j]!.w) && EXCLUDED_CLASS.has(s.tokens[j - 1]!.w)) return first
  return -1
}

/** "not intended for use in the EU", "not tested in Japan": what the model is meant for, not a ban. */
const INTENT = words(
  'intended designed meant suitable recommended tested evaluated validated optimised optimized'
)
function statesIntent(s: Sentence): boolean {
  for (let k = 0; k < s.tokens.length; k++)
    if (isNegationAt(s, k) && nearWords(s, k, 0, 2, INTENT) >= 0) return true
  return false
}

/** "excluded territories", "restricted countries": a class of places put out of the grant. */
function excludedClassNamed(s: Sentence): boolean {
  for (const p of allOf(s, PLACE_CLASS)) if (EXCLUDED_CLASS.has(s.tokens[p - 1]?.w ?? '')) return true
  return false
}

/** Verbs of excluding with the place as their object: "The licence excludes Tonga". */
const EXCLUDES = words('excludes excluding exclude')
/** What may follow a place named as an object: nothing, or the next item ("excludes Tonga, and …"). */
const AFTER_NAME = words('and or from as')

/** "The licence excludes Tonga, and …": a capitalised name, alone, right after a verb of excluding. */
function excludedByName(s: Sentence, doc: Doc): number {
  if (!hasAny(s, GRANT)) return -1
  for (const e of allOf(s, EXCLUDES)) {
    const k = s.tokens[e + 1]?.w === 'the' ? e + 2 : e + 1
    if (k >= s.tokens.length || !isCapitalised(doc, s, k) || NOT_PLACES.has(s.tokens[k]!.w)) continue
    const next = s.tokens[k + 1]?.w
    if (next === undefined || AFTER_NAME.has(next) || PLACES.all(s).includes(k)) return k
  }
  return -1
}

const OURS = words('our we us licensor licensors')
/** "licensees outside the EU … no rights": people outside the place, a negation after it. */
function outsideDenied(s: Sentence, p: number): boolean {
  const o = s.tokens[p - 1]?.w === 'the' ? p - 2 : p - 1
  if (s.tokens[o]?.w !== 'outside' || nearWords(s, o, 3, 0, WHO) < 0) return false
  // the licensor's own staff, and what they do ("our staff outside Japan do not answer calls"), are no grant
  if (nearWords(s, o, 4, 0, OURS) >= 0) return false
  if (!hasAny(s, GRANT) && !hasAny(s, USE_GRANT) && !hasAny(s, RIGHTS_NOUN)) return false
  for (let j = p + 1; j < Math.min(s.tokens.length, p + 12); j++) if (isNegationAt(s, j)) return true
  return false
}

/** Units of an organisation that a place may qualify: "the US team", "our EU sales office". */
const ORG_UNIT = words(
  'team teams office offices subsidiary subsidiaries branch branches department departments division',
  'divisions desk staff entity affiliate affiliates headquarters'
)
/** Words between a place and its unit: "the US legal team", "our Japan support desk". */
const UNIT_MODIFIER = words('legal sales support licensing licencing compliance research engineering product')
/** The licensee's own units, which a place may confine: "your EU offices", "the Licensee's UK subsidiary". */
const LICENSEE_OWNER = words('your you licensee licensees recipient recipients')

/**
 * A place that qualifies a unit of an organisation ("the US team", "our EU office") names who acts,
 * not where the licence reaches: no territory, unless the unit is the licensee's own ("your EU
 * offices may not …"). A place after a preposition ("offices outside the EU") stays a place.
 */
function unitOfPlace(s: Sentence, p: number): boolean {
  let k = p + 1
  while (k < s.tokens.length && k <= p + 3 && UNIT_MODIFIER.has(s.tokens[k]!.w)) k++
  if (!ORG_UNIT.has(s.tokens[k]?.w ?? '')) return false
  if (PLACE_PREP.has(s.tokens[p - 1]?.w ?? '') || USE_PREP.has(s.tokens[p - 1]?.w ?? '')) return false
  return nearWords(s, p, 3, 0, LICENSEE_OWNER) < 0
}

/** A class of places where use is banned: "prohibited in any country …", "may not be used in regions …". */
const PLACE_CLASS = words('country countries region regions territory territories jurisdiction jurisdictions')
/** Belonging to a place: those domiciled, resident, incorporated or located there. */
const RESIDENCE = words(
  'domiciled resident residents residing reside resides located incorporated organised organized',
  'established headquartered based citizens nationals living lives principal headquarters',
  // "no rights are granted to anyone in a country subject to sanctions": people of a place
  'anyone anybody'
)
/** Words that may stand between belonging and the class of places: "resident in a country", "organised under the laws of any Restricted Territory". */
const TO_PLACE = words('in of within under the a an any such laws law')
/** Words of belonging between the residence word and the place: "or has its principal place of business in". */
const ON_THE_WAY = words(
  'or and ordinarily has have its their principal place places business registered office',
  'person persons entity entities company companies organisation organization individual individuals'
)
/** Words that put people outside the grant without a "not": "excluded from", "unavailable to". */
const DENIAL = words(
  'excluded unavailable ineligible barred denied withheld disqualified prohibited forbidden'
)
/** What a denial takes away: rights, the grant, the licence, eligibility. */
const RIGHTS = words(
  'right rights granted grant license licence licensed licenced eligible available permitted',
  'may authorised authorized extend extends apply applies confer confers conferred'
)

/**
 * "No right is granted to any person domiciled or resident in a country subject to sanctions", "No
 * rights are granted to any entity incorporated in a Restricted Territory": those belonging to a
 * class of places are denied the grant. The place class at a residence word's reach, a negation of
 * rights before it.
 */
function residentsExcluded(s: Sentence, doc: Doc): number {
  for (const r of allOf(s, RESIDENCE)) {
    let c = r + 1
    let named = -1
    while (c < s.tokens.length && c <= r + 14 && !PLACE_CLASS.has(s.tokens[c]!.w)) {
      const w = s.tokens[c]!.w
      // "domiciled, organised or ordinarily resident in", "has its principal place of business in":
      // more words of belonging on the way
      if (!TO_PLACE.has(w) && !RESIDENCE.has(w) && !EXCLUDED_CLASS.has(w) && !ON_THE_WAY.has(w)) {
        if (!isCapitalised(doc, s, c)) break
        // a place by name, right after "in": "organised under the laws of … Djibouti"
        const prev = s.tokens[c - 1]!.w
        if (named < 0 && !NOT_PLACES.has(w) && (prev === 'in' || prev === 'of')) named = c
      }
      c++
    }
    if (!PLACE_CLASS.has(s.tokens[c]?.w ?? '') && named < 0) continue
    if (targeted(s, r)) continue
    if (named >= 0) c = named
    const neg = negatedBefore(s, r, 25)
    if (neg >= 0 && nearWords(s, neg, 0, 8, RIGHTS) >= 0) return r
    // "does not license the Model to, and … shall not provide access to, any entity organised …":
    // an earlier denial of the grant reaches them too
    for (let k = neg - 1; k >= Math.max(0, r - 25); k--)
      if (isNegationAt(s, k) && nearWords(s, k, 0, 3, RIGHTS) >= 0) return r
    // "I am not domiciled in, or incorporated in, a country listed in Annex C": a declaration the
    // licensee must make (a checkbox, a representation)
    if (neg >= 0 && r - neg <= 2) return r
    // "no use by anyone in a sanctioned country", "not be used by persons located in …": use by them denied
    const by = nearWords(s, r, 3, 0, BY)
    if (by >= 0 && nearWords(s, by, 3, 0, USE_GRANT) >= 0 && negatedBefore(s, by, 6) >= 0) return r
    // "The licence is unavailable to residents of Belarus"
    if (nearWords(s, r, 6, 0, DENIAL) >= 0) return r
    // "any Licensee other than a person resident … in a territory listed in Annex D"
    if (nearPhrase(s, r, 6, 0, OTHER_THAN) >= 0) return r
    // "Licensees established in a Restricted Territory may not use the Model", "… are excluded from this grant"
    for (let k = c + 1; k <= Math.min(s.tokens.length - 1, c + 8); k++)
      if (isNegationAt(s, k) || DENIAL.has(s.tokens[k]!.w) || s.tokens[k]!.w === 'outside') return r
    // "Licensees headquartered in a country on the Sanctions Schedule, or …, receive no rights"
    for (let k = c + 9; k <= Math.min(s.tokens.length - 1, c + 16); k++)
      if (isNegationAt(s, k) && RIGHTS.has(s.tokens[k + 1]?.w ?? '')) return r
  }
  return -1
}

/** "shall geoblock the Service", "shall not permit access from IP addresses that geolocate to …". */
function geofenced(s: Sentence): number {
  const g = allOf(s, GEOFENCE)[0] ?? -1
  if (g < 0) return -1
  return nearWords(s, g, 8, 0, MUST_EN) >= 0 || negatedBefore(s, g, 12) >= 0 ? g : -1
}

/** Places named, then everywhere else denied: "it covers India and Sri Lanka, and nowhere else",
 * "the licence does not extend to any other jurisdiction"; or the sentence before names the places
 * ("Territory: Australia and New Zealand. Use elsewhere is not licensed."). */
function elsewhereDenied(s: Sentence, ctx: DetectContext, found: readonly number[]): number {
  const e = ELSEWHERE.first(s)
  if (e < 0) return -1
  const phrase = s.tokens[e]!.w
  const denied = phrase === 'nowhere' || negatedBefore(s, e, 8) >= 0 || bannedAfter(s, e, 8) >= 0
  if (!denied) return -1
  if (found.length > 0) return e
  const prev = ctx.doc.sentences[ctx.index - 1]
  return prev && (PLACES.in(prev) || hasAny(prev, TERRITORY)) ? e : -1
}

/** "solely within the Territory", "only in the Licensed Territory": use confined to a defined territory. */
const DEFINED_TERRITORY_PREP = words('within in inside for')
function confinedToTerritory(s: Sentence, doc: Doc): number {
  for (const p of allOf(s, PLACE_CLASS)) {
    // a defined term: "the Territory", "the Licensed Territory"
    if (!isCapitalised(doc, s, p) || s.tokens[p]!.w.startsWith('countr')) continue
    let k = p - 1
    while (k >= 0 && k >= p - 3 && !DEFINED_TERRITORY_PREP.has(s.tokens[k]!.w)) k--
    if (k < 0 || k < p - 3) continue
    if (near(s, k, 3, 0, w => ONLY.has(w)) >= 0 || ONLY.has(s.tokens[p + 1]?.w ?? '')) return p
  }
  // "shall not use, host or offer the Software outside the Territory": use beyond it banned
  for (const p of allOf(s, PLACE_CLASS)) {
    if (!isCapitalised(doc, s, p) || s.tokens[p]!.w.startsWith('countr')) continue
    const out = nearWords(s, p, 3, 0, OUTSIDE)
    if (out >= 0 && negatedBefore(s, out, 14) >= 0) return p
  }
  return -1
}
const OUTSIDE = words('outside beyond')
/** Where a thing must be: "Servers hosting the Model must be physically located in Canada". */
const SITED = words('located situated hosted housed stored kept operated placed based')
const MUST_EN = words('must shall required')
function mustBeSited(s: Sentence, p: number): boolean {
  let k = p - 1
  while (k >= 0 && k >= p - 3 && !WITHIN.has(s.tokens[k]!.w)) k--
  if (k < 0 || k < p - 3 || !SITED.has(s.tokens[k - 1]?.w ?? '')) return false
  // "shall host all instances of the Model on servers physically located within Canada"
  const must = nearWords(s, k - 1, 10, 0, MUST_EN)
  return must >= 0
}
/** What is used from a place: the model or the service itself ("Use of the Service from X"), not data. */
const USED_THING = words('the of model models service services weights it api software')
/** "Use of the Service from Transnistria", "accessed from X": a use word, then only the thing used, then "from". */
function usedFrom(s: Sentence, p: number): boolean {
  const prep = s.tokens[p - 1]?.w === 'from' ? p - 1 : -1
  if (prep < 0) return false
  for (let k = prep - 1; k >= Math.max(0, prep - 5); k--) {
    const w = s.tokens[k]!.w
    if (USE_GRANT.has(w)) return true
    if (!USED_THING.has(w)) return false
  }
  return false
}

/** Everywhere: "anywhere except Quebec", "worldwide, excluding Crimea". */
const EVERYWHERE = words('anywhere everywhere worldwide globally')
const BUT = words('except excluding but save apart outside')
/** "You can use it anywhere except Quebec", "worldwide except Nicaragua and Syria": every place but those named. */
function everywhereExcept(s: Sentence, doc: Doc): number {
  for (const e of allOf(s, EVERYWHERE)) {
    const b = nearWords(s, e, 0, 2, BUT)
    if (b < 0) continue
    let k = b + 1
    if (s.tokens[k]?.w === 'for' || s.tokens[k]?.w === 'in' || s.tokens[k]?.w === 'the') k++
    if (k < s.tokens.length && isCapitalised(doc, s, k) && !NOT_PLACES.has(s.tokens[k]!.w)) return k
  }
  return -1
}

/** Adjectives of a defined class of places the grant reaches: "a Supported Country", "an Eligible Region". */
const SUPPORTED = words('supported eligible approved permitted licensed authorised authorized designated')
/** "offered only to customers with a billing address in a Supported Country": use confined to a
 * defined class of places, "only" further before. */
function confinedToSupported(s: Sentence, doc: Doc): number {
  for (const p of allOf(s, PLACE_CLASS)) {
    if (!isCapitalised(doc, s, p) || !SUPPORTED.has(s.tokens[p - 1]?.w ?? '')) continue
    if (!isCapitalised(doc, s, p - 1)) continue
    const o = nearWords(s, p, 14, 0, ONLY)
    if (o >= 0 && negatedBefore(s, o, 3) < 0) return p
    if (nearPhrase(s, p, 14, 0, RESTRICTED_TO) >= 0) return p
  }
  return -1
}

/** Adjectives of places, for where a thing is kept: "within Australian data centres", "on EU servers". */
const DEMONYMS = words(
  'australian canadian european american british japanese korean indian singaporean swiss german french',
  'chinese brazilian irish domestic onshore'
)
/** What is kept somewhere: servers, data centres, infrastructure, hosting. */
const SITE = words(
  'servers server centres centers centre center infrastructure facilities premises cloud region regions',
  'hosting datacenters datacentres'
)
/** Verbs of keeping a thing somewhere: "keep all traffic within", "store the Weights on". */
const KEEP = words('keep kept store stored host hosted locate located situated housed remain remains reside')
/** "must keep all inference traffic within Australian data centres", "shall not be stored on any
 * infrastructure situated outside the Licensee's home jurisdiction": where the model runs, confined. */
function keptWithin(s: Sentence, doc: Doc): number {
  for (let k = s.body; k < s.tokens.length; k++) {
    const w = s.tokens[k]!.w
    if (!WITHIN.has(w) && !OUTSIDE.has(w)) continue
    // "within Australian data centres", "outside the Licensee's home jurisdiction"
    // "within the European Economic Area": a place by name
    const place = PLACES.all(s).some(q => q === k + 1 || (q === k + 2 && s.tokens[k + 1]!.w === 'the'))
    let j = k + 1
    while (j < s.tokens.length && j <= k + 5 && !SITE.has(s.tokens[j]!.w) && !PLACE_CLASS.has(s.tokens[j]!.w))
      j++
    const site = j < s.tokens.length && j <= k + 5
    const demonym = site ? nearWords(s, j, 3, 0, DEMONYMS) : -1
    const named =
      place || (site && (PLACE_CLASS.has(s.tokens[j]!.w) || (demonym > k && isCapitalised(doc, s, demonym))))
    if (!named) continue
    // the verb of keeping closest before ("hosted deployments must keep all traffic within …")
    let keep = -1
    for (let q = k - 1; q >= Math.max(s.body, k - 14) && keep < 0; q--) if (KEEP.has(s.tokens[q]!.w)) keep = q
    if (keep < 0) continue
    if (OUTSIDE.has(w) ? negatedBefore(s, k, 14) >= 0 : nearWords(s, keep, 20, 0, MUST_EN) >= 0) return k
  }
  return -1
}

/** "in any country listed in Annex 3": a class of places the licence names in a list of its own. */
const LISTED = words('listed specified named identified designated set enumerated')

/** "Entities … of a country listed in the Restricted Countries Annex may not use the Model": a class
 * of places the licence lists, and a use denied to those of them. */
function listedClassBanned(s: Sentence): number {
  if (!hasAny(s, USE_GRANT) && !hasAny(s, RIGHTS)) return -1
  for (const p of allOf(s, PLACE_CLASS)) {
    if (!LISTED.has(s.tokens[p + 1]?.w ?? '') && !EXCLUDED_CLASS.has(s.tokens[p - 1]?.w ?? '')) continue
    if (negatedBefore(s, p, 12) >= 0) return p
    for (let k = p + 1; k < Math.min(s.tokens.length, p + 16); k++)
      if ((isNegationAt(s, k) || s.tokens[k]!.w === 'cease') && nearWords(s, k, 0, 3, USE_OR_RIGHTS) >= 0)
        return p
  }
  return -1
}

function bannedInTerritory(s: Sentence): number {
  if (!hasAny(s, USE_GRANT)) return -1
  for (let p = 0; p < s.tokens.length; p++) {
    if (!PLACE_CLASS.has(s.tokens[p]!.w) || !WITHIN.has(s.tokens[p - 2]?.w ?? '')) continue
    if (negatedBefore(s, p, 10) >= 0) return p
    for (const b of BANNED_HERE.all(s)) if (b < p && p - b <= 6) return p
  }
  return -1
}
/** "shall not … make it available to any person located in a Restricted Territory": a defined class
 * of excluded places (capitalised), reached by a ban before it. */
function restrictedClassBanned(s: Sentence, doc: Doc): number {
  for (const p of allOf(s, PLACE_CLASS)) {
    if (!isCapitalised(doc, s, p) || !EXCLUDED_CLASS.has(s.tokens[p - 1]?.w ?? '')) continue
    if (negatedBefore(s, p, 25) >= 0) return p
  }
  return -1
}
const BANNED_HERE = phrases('prohibited, forbidden, not permitted, not allowed, not licensed')
const USE_OR_RIGHTS = union([...USE_GRANT, ...RIGHTS, 'all'])
const RIGHTS_NOUN = words('rights right')
const RESERVED = words('reserved withheld')
/** Words between "rights" and a place that name the place itself: "rights in the territory of". */
const IN_PLACE = words('in within the territory territories of')
/** "All rights in (the territory of) X": the rights of a place, nothing between but its naming. */
function rightsInPlace(s: Sentence, p: number): boolean {
  let k = p - 1
  while (k >= s.body && k >= p - 6 && IN_PLACE.has(s.tokens[k]!.w)) k--
  return k < p - 1 && RIGHTS_NOUN.has(s.tokens[k]?.w ?? '')
}
/** A front-matter key that names where the licence runs: "license_territory", "allowed_regions". */
function keyNamesPlace(s: Sentence, text: string): boolean {
  const f = fieldOf(text, s)
  return f !== null && keyNames(f.key, ['territor', 'region', 'countr', 'geograph'])
}

export default defineClause({
  type: 'geographic-restriction',
  restrictive: true,
  label: 'excludes territories',
  noun: 'an excluded territory',
  meta: {
    id: 'license/no-geographic-restriction',
    title: 'No territory excluded',
    framework: OSD5,
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-geographic-restriction')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    // a class of places denied the grant: never governing law, whatever legal words stand beside it
    const excluded = residentsExcluded(s, ctx.doc)
    if (excluded >= 0) return excluded
    const fenced = geofenced(s)
    if (fenced >= 0) return fenced
    // where the model is kept: "jurisdiction" names the place, no law
    const kept = hasAny(s, LEGAL_BUT_PLACE) ? -1 : keptWithin(s, ctx.doc)
    if (kept >= 0) return kept
    const keyed = keyNamesPlace(s, ctx.doc.text)
    // 'allowed_regions: ["us", "ca"]  # the licence does not extend to any other jurisdiction'
    if (keyed) {
      const e = ELSEWHERE.first(s)
      if (e >= 0 && (negatedBefore(s, e, 8) >= 0 || bannedAfter(s, e, 8) >= 0)) return e
    }
    if (hasAny(s, LEGAL) || LEGAL_ZH.in(s)) return -1
    const everywhere = everywhereExcept(s, ctx.doc)
    if (everywhere >= 0) return everywhere
    const supported = confinedToSupported(s, ctx.doc)
    if (supported >= 0) return supported
    const confined = confinedToTerritory(s, ctx.doc)
    if (confined >= 0) return confined
    const member = memberOfExcluded(s, ctx.doc)
    if (member >= 0) return member
    const byName = excludedByName(s, ctx.doc)
    if (byName >= 0) return byName
    // sanctions named only to pick the places the licensor itself excludes: "Use of the Model is
    // prohibited in any country subject to sanctions"; complying with the law is no such clause
    if (isExportControl(s)) return bannedInTerritory(s)
    // "may not use the Model in any country listed in Annex 3"
    const listed = bannedInTerritory(s)
    // "shall not … make it available to any person located in, a Restricted Territory"
    const restricted = restrictedClassBanned(s, ctx.doc)
    if (restricted >= 0) return restricted
    const listedBan = listedClassBanned(s)
    if (listedBan >= 0) return listedBan
    if (listed >= 0 && nearWords(s, listed, 0, 3, LISTED) >= 0) return listed
    for (const p of TERRITORY_ZH.all(s)) {
      if (nearPhrase(s, p, 8, 2, ONLY_ZH) >= 0 || negatedBefore(s, p, 10) >= 0) return p
      // 被许可方声明其并非位于受制裁的国家: a representation that it is not there
      if (nearPhrase(s, p, 6, 0, NOT_THERE_ZH) >= 0) return p
      // 本授權不及於設籍或居住於受制裁國家之人: those belonging to the place, the grant denied further before
      if (nearPhrase(s, p, 10, 0, RESIDENCE_ZH) >= 0 && negatedBefore(s, p, 24) >= 0) return p
      if (nearPhrase(s, p, 10, 0, MUST_ZH) >= 0) return p
      if (nearPhrase(s, p, 0, 24, LIMITED_TO_ZH) >= 0) return p
      const must = nearPhrase(s, p, 0, 14, MUST_ZH)
      if (must >= 0 && nearPhrase(s, must, 0, 8, CONSENT_ZH) >= 0) return p
      for (let k = p + 1; k < Math.min(s.tokens.length, p + 28); k++) if (isNegationAt(s, k)) return p
    }
    const found = places(s, ctx.doc).filter(p => nearWords(s, p, 0, 3, NOT_TERRITORY_AFTER) < 0)
    const elsewhere = elsewhereDenied(s, ctx, found)
    if (elsewhere >= 0) return elsewhere
    // known places: the lists, and "the US"
    const known = [...PLACES.all(s), ...found.filter(p => US.has(s.tokens[p]!.w))]
    if (found.length === 0) return -1
    // "| Excluded territories | Cuba, Syria |": a table row naming places under a class the licence
    // excludes; so does an item under such a list's key ("restricted_regions:" over "- EU")
    if ((s.restated === true || s.listItem) && excludedClassNamed(s)) return found[0]!
    const grantWord = hasAny(s, GRANT) || keyed
    const useWord = hasAny(s, USE_GRANT)
    for (const p of found) {
      if (targetsPeopleOf(s, p) || unitOfPlace(s, p)) continue
      // "customers in Eastasia", "EU users": the people of a place are the ones limited (not "to
      // target people in the EU": a use against them is banned, not a use from there)
      const prep = withinBefore(s, p)
      const people = prep >= 0 && nearWords(s, prep, 2, 0, WHO) >= 0
      const inhabitants =
        (people && prep === p - 1) || (known.includes(p) && WHO.has(s.tokens[p + 1]?.w ?? ''))
      if (mustBeSited(s, p)) return p
      // "Licensees outside the EU receive no rights", "offices outside Japan may not use it": the
      // people outside a place are denied
      if (outsideDenied(s, p)) return p
      // "Licensees in the EU must obtain a separate licence": the grant does not reach them
      if (people && needsOwnLicence(s, p)) return p
      // "Use is limited to research purposes within Korea": use confined to a place
      const confinedUse = useWord && prep >= 0 && nearPhrase(s, p, 12, 0, RESTRICTED_TO) >= 0
      if (confinedUse && (known.includes(p) || hasAny(s, TERRITORY))) {
        const to = nearPhrase(s, p, 12, 0, RESTRICTED_TO)
        if (negatedBefore(s, to, 3) < 0) return p
      }
      // "EU use prohibited", "China deployment is not licensed": the place qualifies the use
      const placeUse = USE_GRANT.has(s.tokens[p + 1]?.w ?? '') && known.includes(p)
      // "All rights in the territory of X …": the rights in a place
      const rightsIn = nearWords(s, p, 8, 0, RIGHTS_NOUN) >= 0
      if (rightsInPlace(s, p) && nearWords(s, p, 0, 14, RESERVED) >= 0) return p
      const hasGrant = grantWord || inhabitants || (useWord && usedInPlace(s, p)) || placeUse || rightsIn
      if (!hasGrant) continue
      // "EU AI Act", "UK GDPR": a short place name qualifying a capitalised word is no place
      const tok = s.tokens[p]!
      const next = s.tokens[p + 1]
      const short = ctx.doc.text.slice(tok.s, tok.e)
      if (
        tok.e - tok.s <= 3 &&
        short === short.toUpperCase() &&
        next &&
        ctx.doc.text.slice(tok.e, next.s).trim() === '' &&
        isCapitalised(ctx.doc, s, p + 1)
      )
        continue
      // "valid only within the territory of …", "may only be used by organisations located in"
      // "Territory: United States and Canada only", "in the EEA only"
      if (nearWords(s, p, 0, 5, ONLY) >= 0 && (known.includes(p) || hasAny(s, TERRITORY) || keyed)) return p
      let k = p - 1
      while (k >= 0 && k >= p - 10 && !WITHIN.has(s.tokens[k]!.w)) k--
      if (k >= 0 && k >= p - 10 && near(s, k, 12, 0, w => ONLY.has(w)) >= 0) return p
      // "shall limit the provision of services … to the territory of Spain"
      const limit = nearWords(s, p, 20, 0, LIMIT_VERBS)
      // (a known place or a territory word: "limit a Recipient's ability to access … in Recipient's copy" is none)
      const territorial = known.includes(p) || hasAny(s, TERRITORY)
      if (limit >= 0 && territorial && nearWords(s, p, 8, 0, TO) >= 0 && negatedBefore(s, limit, 3) < 0)
        return p
      const to = nearPhrase(s, p, 12, 0, RESTRICTED_TO)
      if (to >= 0 && negatedBefore(s, to, 3) < 0) return p
      for (let j = Math.max(0, p - 30); j <= Math.min(s.tokens.length - 1, p + 10); j++) {
        const w = s.tokens[j]!.w
        // "China (… excluding Hong Kong, Macau and Taiwan)" carves a region out of a definition
        if (EXCLUDE.has(w) && w !== 'other') {
          if (w === 'excluded' || !found.some(q => q < j && q >= j - 12)) return p
        }
        if (isNegationAt(s, j)) return statesIntent(s) ? -1 : p
      }
    }
    return -1
  },
  examples: {
    detected: [
      'No rights are granted to persons residing in Freedonia.',
      '本许可仅在中国大陆境内有效。',
      'No licence is granted to any entity incorporated in a Restricted Territory.'
    ],
    notDetected: [
      'The licence is granted worldwide, without territorial limitation.',
      'You must comply with export laws and sanctions of the United States.'
    ]
  }
})
