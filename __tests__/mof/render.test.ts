import { describe, expect, test } from '@jest/globals'
import { classifyMotYaml, renderMofText } from '../../src/verdicts/mof/index.js'
import { readAnchor } from './helpers.js'
import { itConformance } from '../helpers/shared.js'

function load(file: string) {
  return { file, result: classifyMotYaml(readAnchor('models', file), file) }
}

const itCorpus = itConformance('MOF text rendering of MOT models')

describe('renderMofText', () => {
  itCorpus('one row per file: class, progress III/II/I, what blocks the next class', () => {
    const text = renderMofText([load('Amber.yml'), load('Polyglot-Ko.yml'), load('BLOOM.yml')])
    const lines = text.split('\n')
    expect(lines[0]).toMatch(/^file\s+class\s+III\s+II\s+I\s+blocking the next class$/)
    expect(lines.find(l => l.startsWith('Amber.yml'))).toMatch(/^Amber\.yml\s+I\s+100%\s+100%\s+100%\s+-$/)
    expect(lines.find(l => l.startsWith('Polyglot-Ko.yml'))).toMatch(
      /^Polyglot-Ko\.yml\s+II\s+100%\s+100%\s+\d+%\s+I: .*Model parameters \(Intermediate\) \[missing\]/
    )
    const bloom = lines.find(l => l.startsWith('BLOOM.yml')) ?? ''
    expect(bloom).toMatch(/^BLOOM\.yml\s+none\s+17%\s+0%\s+0%\s+III: /)
    expect(bloom).toContain('Model architecture [not open: BigScience-BLOOM-RAIL-1.0]')
    expect(bloom).toContain('Data card [not open: BigScience-BLOOM-RAIL-1.0]')
    expect(bloom).not.toContain('Research paper')
  })

  itCorpus('warnings are listed after the table', () => {
    const result = classifyMotYaml(readAnchor('models', 'Amber.yml'), 'Amber.yml')
    result.warnings.push('example warning')
    const text = renderMofText([{ file: 'Amber.yml', result }])
    expect(text).toMatch(/\nwarnings:\n( {2}Amber\.yml: .*\n)+$/)
    expect(text).toContain(
      '  Amber.yml: Model parameters (Final): Apache-2.0 is open but not a type-appropriate'
    )
    expect(text).toContain('  Amber.yml: example warning\n')
  })

  test('an empty list renders only the header', () => {
    expect(renderMofText([]).split('\n')[0]).toMatch(/^file\s+class/)
  })
})
