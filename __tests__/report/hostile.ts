// A report whose every repository-derived string is hostile, for the renderers' escaping tests.
import type { Finding } from '../../src/types.js'
import type { ModelReport, Report } from '../../src/report/types.js'

export const ESC = '\u001b'
export const RLO = '\u202e'
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details></summary><details open>',
  '@someone @org/team',
  'cell | other | cell',
  '`tick` ``double``',
  '[link](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '<https://evil.example>',
  'see #123 and owner/repo#45',
  '\\[escaped\\](x) \\| \\`',
  `${ESC}[31mred${ESC}[0m ${ESC}]0;title\u0007 \u009b2J`,
  `abc${RLO}txt.exe\u2066x\u2069`,
  'emoji 👩‍👩‍👧‍👦 🇪🇺 ✅',
  'עברית العربية',
  'line\nbreak\r\nand\rmore',
  '**bold** _em_ ~~strike~~ <!-- comment -->',
  '&lt;script&gt; &amp; &#60;',
  'x'.repeat(5000)
].join(' ')

function finding(rule: string, severity: Finding['severity'], i: number): Finding {
  return {
    rule,
    category: 'license-restriction',
    severity,
    message: `Message ${i} ${HOSTILE}`,
    file: `dir ${HOSTILE.slice(0, 200)}/LICENSE`,
    line: i + 1,
    evidence: `Evidence ${i} ${HOSTILE}`
  }
}

export function hostileModel(path: string, verdict: 'pass' | 'fail', n = 24): ModelReport {
  const severities: Finding['severity'][] = ['error', 'warning', 'note']
  return {
    path,
    card: `${path}/README.md`,
    name: `Model ${HOSTILE}`,
    licenses: [
      {
        file: null,
        id: null,
        name: HOSTILE,
        source: 'card',
        confidence: 0.5,
        matcher: 'none',
        component: 'all'
      },
      {
        file: `${path}/LICENSE`,
        id: null,
        name: 'x',
        source: 'file',
        confidence: 0,
        matcher: 'none',
        component: 'all'
      }
    ],
    osaid: verdict === 'pass' ? 'pass' : 'fail',
    osaidRequirements: (['terms', 'parameters', 'code', 'data-information'] as const).map(id => ({
      id,
      verdict: verdict === 'pass' ? 'pass' : 'fail',
      reason: `Reason ${HOSTILE}`,
      evidence: [HOSTILE]
    })),
    mofClass: null,
    mofProgress: { '1': 10, '2': 20.4, '3': 66.6 },
    clauses: [
      { type: 'user-threshold', file: `${path}/LICENSE`, line: 3, quote: HOSTILE },
      { type: 'attribution', file: null, line: null, quote: HOSTILE }
    ],
    findings:
      verdict === 'pass'
        ? []
        : Array.from({ length: n }, (_, i) => finding('license/no-user-threshold', severities[i % 3], i)),
    verdict
  }
}

export function hostileReport(models: ModelReport[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'model-openness-audit', version: '0.0.0' },
    verdict: models.some(m => m.verdict === 'fail') ? 'fail' : 'pass',
    policy: 'osaid',
    failOn: 'error',
    models,
    findings: [finding('unsafe-path', 'error', 99)]
  }
}
