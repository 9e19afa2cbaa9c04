// Forbidden fields of use. Frame: a prohibition (may not, shall not, 不得 … or an item under a
// list of prohibited uses) whose object is a field of endeavour (military, surveillance, biometric
// identification, medical advice, hosted services …). Not: warranty disclaimers ("not designed
// for nuclear facilities"), export-control compliance, a bare "comply with applicable law".
import { FOUND, OSD6, RESTRICTIVE_SEVERITY, defineClause } from './clause.js'
import { exportControlNear } from './concepts.js'
import { docsUrl } from '../rules/types.js'
import { has, phrases } from './toolkit/query.js'
import { prohibits, sentenceHasNegation } from './toolkit/negation.js'

const FIELDS = phrases(
  'military, militaries, warfare, weapon, weapons, weaponry, armaments, nuclear, espionage',
  'surveillance, surveil, surveilling, tracking individuals, terrorism, terrorist',
  'medical advice, medical diagnosis, legal advice, financial advice, law enforcement, policing',
  'immigration, biometric, biometrics, facial recognition, face recognition, discriminate',
  'discrimination, defamatory, defame, harass, harassment, disinformation, misinformation',
  'deepfake, deepfakes, impersonate, impersonation, endanger national security',
  'endangers national security, human trafficking, child sexual, exploit or harm minors',
  'sexual content, cloud service provider, cloud service providers, software service providers',
  'hosted service, hosting service, credit scoring, social scoring, predictive policing',
  'genocide, self harm, political campaigning, lethal, critical infrastructure',
  'autonomous weapons, malware, spam, fraud, fraudulent, gambling, employment decisions',
  'hiring decisions, armed forces, defence procurement, intelligence services, automated decisions',
  'automated decision, ethnicity, sexual orientation, profiling, track individuals, target individuals',
  '医疗诊断, 法律咨询, 医疗, 军队, 国防, 军事, 武器, 监控, 监视, 恐怖, 生物识别, 人脸识别, 医疗建议, 歧视, 虚假信息'
)
const DISCLAIMERS = phrases(
  'not intended for use, not designed, high risk activities, hazardous environments, fail safe',
  // the licensor on itself: "is not a law firm and does not provide legal advice"
  'not fault tolerant, does not provide, not a law firm'
)
const GUARDRAIL_BYPASS = phrases('circumvent', 'bypass', 'disable')

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
    const at = FIELDS.first(s)
    if (at >= 0) {
      if (exportControlNear(s, at) || DISCLAIMERS.in(s)) return -1
      if (ctx.inProhibitedList || sentenceHasNegation(s) || prohibits(s)) return at
    }
    // "If You circumvent any safety guardrails … your rights terminate"
    if (has(s, 'guardrails')) return GUARDRAIL_BYPASS.first(s)
    return -1
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
