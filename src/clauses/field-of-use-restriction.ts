// Forbidden fields of use. Frame: a prohibition (may not, shall not, 不得 … or an item under a
// list of prohibited uses) whose object is a field of endeavour (military, surveillance, biometric
// identification, medical advice, hosted services …). Not: warranty disclaimers ("not designed
// for nuclear facilities"), export-control compliance, a bare "comply with applicable law".
import { FOUND, OSD6, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { GENERATED, OUTPUT, exportControlNear } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { has, hasAny, nearPhrase, phrases, words } from './toolkit/query.js'
import { negatedBefore, negationReaching, prohibits, sentenceHasNegation } from './toolkit/negation.js'
import { deniedAt } from './toolkit/absence.js'
import { definesTerm } from './toolkit/definition.js'
import type { Sentence } from './toolkit/sentences.js'

const FIELDS = phrases(
  'military, militaries, warfare, weapon, weapons, weaponry, armaments, nuclear, espionage',
  'surveillance, surveil, surveilling, tracking individuals, terrorism, terrorist',
  'medical advice, medical diagnosis, legal advice, financial advice, law enforcement, policing',
  'immigration, biometric, biometrics, facial recognition, face recognition, discriminate',
  'discrimination, defamatory, defame, harass, harassment, disinformation, misinformation',
  'deepfake, deepfakes, impersonate, impersonating, impersonation, endanger national security',
  'endangers national security, human trafficking, child sexual, exploit or harm minors',
  'sexual content, cloud service provider, cloud service providers, software service providers',
  'hosted service, hosting service, credit scoring, social scoring, predictive policing',
  'genocide, self harm, political campaigning, lethal, critical infrastructure',
  'autonomous weapons, malware, spam, fraud, fraudulent, gambling, employment decisions',
  'hiring decisions, armed forces, defence procurement, intelligence services, automated decisions',
  'automated decision, ethnicity, sexual orientation, profiling, track individuals, target individuals',
  '医疗诊断, 法律咨询, 医疗, 军队, 国防, 军事, 武器, 监控, 监视, 恐怖, 生物识别, 人脸识别, 医疗建议, 歧视, 虚假信息',
  // decisions about people's access to credit, work, housing, insurance and benefits
  'creditworthiness, credit worthiness, determination of eligibility, eligibility determinations',
  'eligibility decisions, eligibility for public benefits, job applicants, employment screening',
  'tenant screening, insurance underwriting, insurance pricing, screen applicants, screen tenants',
  'job candidates, access to housing, access to employment, access to education, access to credit',
  'access to healthcare, access to public benefits, criminal justice, bail decisions, sentencing, parole',
  'targeted advertising, advertising to children, autonomous vehicles, autonomous driving',
  'pornography, pornographic, sexually explicit, 色情, 淫秽, 赌博, 自动驾驶, 定向广告',
  'cyberattack, cyberattacks, cyber attacks, hacking, phishing, 网络攻击, 恶意软件, 黑客攻击, 網路攻擊',
  'spyware, stalkerware, ransomware, stalking, stalk, doxxing, doxing',
  // elections, hate and violence, exploitation, regulated professions, predatory lending
  'election interference, election manipulation, voter suppression, political advertising',
  'political advertisements, hate speech, hateful content, incite violence, inciting violence',
  'violent extremism, extremist content, radicalization, radicalisation, child exploitation, child abuse',
  'practice of medicine, practice of law, unauthorized practice, unauthorised practice, payday lending',
  'lending decisions',
  '危害国家安全, 颠覆国家政权, 国家安全, 仇恨言论, 暴力内容, 暴力, 侵犯隐私, 侵犯他人隐私, 侵害隐私, 剥削',
  '操纵选举, 选举操纵, 干预选举, 极端主义, 煽动, 毒品, 國家安全, 仇恨言論, 侵犯隱私, 選舉, 剝削, 極端主義',
  '信用评分, 保险定价, 自动化决策, 信贷审批',
  // elections, deception and profiling
  'political campaign, political campaigns, election campaigns, 政治竞选, 竞选宣传, 虚假新闻, 诈骗, 深度伪造',
  '冒充他人, 画像分析, 用户画像',
  // safety-critical control
  'air traffic control, life support, nuclear facility, clinical diagnosis, treatment decisions',
  // clinical tools and ad targeting: "any medical diagnostic device", "clinical decision-support"
  'medical device, medical devices, medical diagnostic, diagnostic device, diagnostic devices',
  'clinical decision, clinical decisions, ad targeting, targeted ads, behavioural advertising',
  'behavioral advertising, targeting people, 医疗器械, 临床决策, 精准广告',
  // clinical care, employment, migration and weapons guidance named by their acts
  'diagnosis, diagnosing, diagnoses, triage, triaging, medical condition, medical conditions',
  'treatment of patients, investment advice, hiring, dismissal of employees, recruitment decisions',
  'asylum, border control, border enforcement, refugee status, munition, munitions, fire control',
  // (not "election" alone: "any such election will not serve to withdraw this License" is a choice)
  'human targets, military targeting, fake news, elections, voters, political persuasion',
  'malicious code, exploits, intrusion, vulnerabilities of children, gait, facial features',
  'identification of persons, identify individuals, identifying individuals, political opinion',
  'political opinions, religious beliefs, biometrically, monitor individuals, identify people',
  // defence bought as a programme: "any programme funded by a ministry of defence"
  'ministry of defence, ministry of defense, department of defense, department of defence',
  // ethical-source terms: supply chains, human rights, industries named by what they extract or make
  'forced labour, forced labor, child labour, child labor, human rights abuses, human rights violations',
  'violate human rights, violating human rights, violates human rights, arms manufacture, arms manufacturing',
  'arms manufacturers, arms trade, arms dealing, weapons manufacture, weapons manufacturing, fossil fuel',
  'fossil fuels, coal, oil and gas, oil or gas, private prisons, defence sector, defense sector',
  'defence industry, defense industry, defence contractors, defense contractors, 强迫劳动, 童工, 军工',
  // finance and education named by their acts: "high-frequency trading", "proctor students"
  'high frequency trading, algorithmic trading, proctor, proctoring, proctored, admission decisions',
  'admissions decisions, disciplinary decisions, grade students, grading students, 监考, 处分决定',
  'eligibility for credit, eligibility for housing, eligibility for employment, eligibility for insurance',
  // data-use terms: undoing de-identification
  're identify, re identifying, re identification, reidentify, reidentification, de anonymize',
  'de anonymise, deanonymize, deanonymise, de anonymization, de anonymisation, 重新识别, 再识别',
  // traditional characters
  '軍事, 監控, 醫療, 診斷, 武器, 監視, 軍隊, 國防, 人臉識別, 生物識別, 歧視'
)
/** A use put outside the grant without a negation word: "is expressly excluded", "outside what
 * this licence permits". */
const EXCLUDED = phrases(
  'expressly excluded, is excluded, are excluded, outside what this licence permits',
  'outside what this license permits, outside the scope of this licence, outside the scope of this license',
  'outside the scope of the licence, outside the scope of the license',
  // "Uses barred under this licence", "Off-limits:", "is expressly withheld", "The grant excludes …"
  'barred, off limits, is withheld, are withheld, expressly withheld, grant excludes, licence excludes',
  'license excludes, outside the scope of the permission, outside the scope of this permission',
  'outside the permitted scope, not within the scope',
  // "for any lawful purpose other than automated decisions": the field carved out of the grant
  'any purpose other than, any lawful purpose other than, any use other than'
)
const DISCLAIMERS = phrases(
  // "Nothing here constitutes financial advice": what the text is not, no use denied
  'constitutes financial advice, constitutes legal advice, constitutes medical advice',
  'constitute financial advice, constitute legal advice, constitute medical advice',
  'not intended for use, not designed, high risk activities, hazardous environments, fail safe',
  // the licensor on itself: "is not a law firm and does not provide legal advice"
  'not fault tolerant, not a law firm, not a medical device, not been cleared, not approved as',
  // 本模型未针对医疗场景进行评估，相关结果仅供参考: not evaluated for a field, a caution, no ban
  '未针对, 未針對, 仅供参考, 僅供參考, 谨慎使用, 謹慎使用, not been evaluated, not evaluated, not been tested',
  '场景测试, 未经测试, 未经过测试, 未经评估, 未经验证, 未經測試, 未經評估',
  // "not suitable for medical diagnosis", "should not be relied on for legal advice": a caution
  // ("shall not be relied upon for diagnosis" is a ban, "should not be relied on" a caution)
  'not suitable, unsuitable, not appropriate, should not be relied, cannot be relied, not a substitute',
  'not been validated, not validated, 不适用于, 不適用於, 不适合, 不適合',
  // "We don't recommend using the model for legal advice": advice to the user, no ban
  'not recommend, don t recommend, not recommended, do not advise',
  // "is not intended for medical diagnosis", 建议谨慎用于医疗: what the model is for, a caution
  'not intended for, 建议谨慎, 谨慎用于, 建議謹慎'
)
/** "Using the Model to provide a hosted service is permitted": the field allowed in so many words. */
const ALLOWED = phrases('is permitted, are permitted, is allowed, are allowed, is fine, are fine')
const ALLOWED_SPAN = 10
/** A ban stated as a list: "None of the following is allowed: …". */
const NONE_OF = phrases('none of the following, none of these, none of the uses')
/** What the licensor says it does not do ("does not provide legal advice"): a statement, not a ban. */
const STATES = words('does doesn do don')
/** Who states what it does: "We do not provide medical advice" (not the imperative "Do not …"). */
const SPEAKER = words('we i it licensor provider they this model')
const OFFER = words(
  'provide provides offer offers give gives render renders sell sells serve serves show shows use uses',
  'engage engages support supports'
)
/** A field named as restricted: "any Restricted Field", "prohibited sectors", "高风险领域". */
const FIELD_NOUN = words('field fields sector sectors domain domains industry industries')
const RESTRICTED = words('restricted prohibited excluded forbidden')
/** Labels that put what follows them out of bounds: "| Prohibited uses | Military, surveillance |",
 * "Banned: weapons". */
const BANNED_LABEL = words('restricted prohibited excluded forbidden banned disallowed 禁')
const LABEL_SPAN = 6
const FIELD_ZH = phrases('高风险领域, 禁止领域, 限制领域, 敏感领域')

/** "X does not provide legal advice": the negation describes the licensor, it forbids nothing. */
function statesWhatItDoes(s: Sentence): boolean {
  for (let k = 0; k + 2 < s.tokens.length; k++) {
    if (!STATES.has(s.tokens[k]!.w)) continue
    const w = s.tokens[k]!.w
    if ((w === 'do' || w === 'don') && !SPEAKER.has(s.tokens[k - 1]?.w ?? '')) continue
    const n = s.tokens[k + 1]!.w === 't' ? k + 2 : k + 1
    if ((s.tokens[n]?.w === 'not' || n === k + 2) && OFFER.has(s.tokens[n + 1]?.w ?? '')) return true
  }
  return false
}

/** The field at `at` follows a label that bans it ("Prohibited uses: military"), itself not negated. */
function underBanLabel(s: Sentence, at: number): boolean {
  // '"Excluded Sector" means defence': a definition, banned only where the term is used
  if (definesTerm(s)) return false
  for (let k = at - 1; k >= Math.max(0, at - LABEL_SPAN); k--)
    if (BANNED_LABEL.has(s.tokens[k]!.w)) return negatedBefore(s, k, 2) < 0 && s.tokens[k - 1]?.w !== 'non'
  return false
}

/** The field is said to be permitted, not denied ("… is permitted", never "is not permitted"). */
function allowedAfter(s: Sentence, at: number): boolean {
  const k = nearPhrase(s, at, 0, ALLOWED_SPAN, ALLOWED)
  return k >= 0 && negatedBefore(s, k, 2) < 0
}

/** A restricted field named by its kind: "in any Restricted Field", "高风险领域". */
function restrictedField(s: Sentence): number {
  for (let k = 1; k < s.tokens.length; k++)
    if (FIELD_NOUN.has(s.tokens[k]!.w) && RESTRICTED.has(s.tokens[k - 1]!.w)) return k - 1
  return FIELD_ZH.first(s)
}
const GUARDRAIL_BYPASS = phrases('circumvent', 'bypass', 'disable')

/** A field named and banned: the field (or a restricted field by its kind) in a prohibition. */
function fieldBanned(s: Sentence, listed: boolean): number {
  const at = FIELDS.first(s)
  const field = at >= 0 ? -1 : restrictedField(s)
  if (at < 0 && field < 0) return has(s, 'guardrails') ? GUARDRAIL_BYPASS.first(s) : -1
  const banned = listed || sentenceHasNegation(s) || prohibits(s) || NONE_OF.in(s) || EXCLUDED.in(s)
  if (at >= 0) {
    if (exportControlNear(s, at) || DISCLAIMERS.in(s) || statesWhatItDoes(s)) return -1
    if (allowedAfter(s, at)) return -1
    if (banned || underBanLabel(s, at)) return deniedAt(s, at) ? -1 : at
  }
  if (field >= 0 && banned && !deniedAt(s, field)) return field
  // "If You circumvent any safety guardrails … your rights terminate"
  if (has(s, 'guardrails')) return GUARDRAIL_BYPASS.first(s)
  return -1
}

/** A licence's criteria, said of the licence itself: "The license must not discriminate against any
 * person" (the Open Source Definition), not a use denied to the licensee. */
const LICENCE_WORD = words('license licence')
const CRITERION = words('discriminate restrict')
function licenceCriterion(s: Sentence): boolean {
  for (let k = 0; k + 3 < s.tokens.length; k++)
    if (
      LICENCE_WORD.has(s.tokens[k]!.w) &&
      (s.tokens[k + 1]!.w === 'must' || s.tokens[k + 1]!.w === 'shall') &&
      s.tokens[k + 2]!.w === 'not' &&
      CRITERION.has(s.tokens[k + 3]!.w)
    )
      return true
  return false
}

/**
 * The software offered to others in the licensor's place: "as a hosted or managed service", "a
 * hosted inference service", "a product that competes with the Software", "any Competing Use".
 * Read only where a negation reaches it or a carve-out opens it ("excludes", "except"): "You may
 * offer the Model as a managed service; we do not restrict hosting" bans nothing. Not where outputs
 * build the competitor ("Outputs may not be used to build competing models"): a ban on outputs.
 */
const HOSTED = words('hosted managed')
const SERVICE = words('service services offering offerings')
const HOSTED_SPAN = 3
const COMPETING = words('compete competes competing')
const PRODUCES = words('produces writes generates')
const CARVE_OUT = words('excludes exclude excluding except')
const SERVICE_REACH = 14

function serviceAnchor(s: Sentence): number {
  for (let k = s.body; k < s.tokens.length; k++) {
    const w = s.tokens[k]!.w
    if (HOSTED.has(w)) {
      for (let j = k + 1; j <= k + HOSTED_SPAN && j < s.tokens.length; j++)
        if (SERVICE.has(s.tokens[j]!.w)) return k
    } else if (COMPETING.has(w) && !hasAny(s, OUTPUT) && !hasAny(s, GENERATED) && !hasAny(s, PRODUCES))
      return k
  }
  return -1
}

function serviceBanned(s: Sentence, at: number, listed: boolean): boolean {
  if (definesTerm(s) || deniedAt(s, at) || allowedAfter(s, at)) return false
  if (listed || negationReaching(s, at, SERVICE_REACH) >= 0) return true
  for (let k = at - 1; k >= Math.max(0, at - SERVICE_REACH); k--)
    if (CARVE_OUT.has(s.tokens[k]!.w)) return true
  return false
}

export default defineClause({
  type: 'field-of-use-restriction',
  restrictive: true,
  label: 'forbids fields of use',
  noun: 'a list of forbidden uses',
  meta: {
    id: 'license/no-field-of-use-restriction',
    title: 'No forbidden fields of use',
    framework: OSD6,
    severity: RESTRICTIVE_SEVERITY,
    docs: docsUrl('license/no-field-of-use-restriction')
  },
  messages: { found: FOUND },
  detect(s, ctx) {
    if (licenceCriterion(s)) return -1
    const found = fieldBanned(s, ctx.inProhibitedList)
    if (found >= 0) return found
    const service = serviceAnchor(s)
    return service >= 0 && serviceBanned(s, service, ctx.inProhibitedList) ? service : -1
  },
  examples: {
    detected: [
      'The weights must never be put to work in armed conflict, weapons design or the surveillance of citizens.',
      '不得将本模型用于军事用途。'
    ],
    notDetected: [
      'This software is not designed for use in nuclear facilities or aircraft control.',
      'The model was evaluated on questions about military history.'
    ]
  }
})
