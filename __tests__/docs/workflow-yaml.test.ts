// Every YAML block in README.md and docs/**/*.md parses, and every workflow step that uses this
// action names only inputs that action.yml declares and reads only outputs it declares. The
// repository's own workflows (.github/workflows/*.yml, which run it as `uses: ./`) are held to
// the same check. A user pastes these blocks: GitHub rejects a workflow that does not parse, and
// ignores a misspelt input without a word.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parse, parseAllDocuments } from 'yaml'

const ROOT = process.cwd()
const ACTION_REPO = 'model-openness/model-openness-audit'

interface ActionYml {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml
const INPUTS = new Set(Object.keys(action.inputs))
const OUTPUTS = new Set(Object.keys(action.outputs))

interface Block {
  where: string
  text: string
}

/** Fenced yaml/yml blocks of a Markdown file, with the line each starts on. */
function yamlBlocks(file: string): Block[] {
  const tree = fromMarkdown(readFileSync(file, 'utf8'))
  const out: Block[] = []
  const stack: unknown[] = [tree]
  while (stack.length) {
    const node = stack.pop() as { type: string; lang?: string | null; value?: string; children?: unknown[] }
    if (node.type === 'code' && (node.lang === 'yaml' || node.lang === 'yml')) {
      const line = (node as { position?: { start: { line: number } } }).position?.start.line
      out.push({ where: `${path.relative(ROOT, file)}:${line}`, text: node.value ?? '' })
    }
    if (node.children) stack.push(...node.children)
  }
  return out
}

function markdownFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...markdownFiles(full))
    else if (entry.name.endsWith('.md')) out.push(full)
  }
  return out.sort()
}

/** Is `uses` this action: the published repository at a ref, or the checkout itself (`./`)? */
function usesThisAction(uses: unknown): boolean {
  return typeof uses === 'string' && (uses.startsWith(`${ACTION_REPO}@`) || uses === './')
}

/** Problems of one block: parse errors, unknown `with:` keys, outputs that do not exist. */
export function checkWorkflowBlock(text: string): string[] {
  // Several documents are fine: the rule pages show card front matter between `---` lines.
  const docs = parseAllDocuments(text, { prettyErrors: false })
  const errors = (Array.isArray(docs) ? docs : [docs]).flatMap(d => d.errors)
  if (errors.length) return errors.map(e => `does not parse: ${e.message.split('\n')[0]}`)
  const problems: string[] = []
  const ourSteps = new Set<string>()
  const allSteps = new Set<string>()
  const stack: unknown[] = (Array.isArray(docs) ? docs : []).map(d => d.toJS())
  while (stack.length) {
    const value = stack.pop()
    if (Array.isArray(value)) stack.push(...value)
    else if (value && typeof value === 'object') {
      const step = value as Record<string, unknown>
      if (typeof step['id'] === 'string' && ('uses' in step || 'run' in step)) allSteps.add(step['id'])
      if (usesThisAction(step['uses'])) {
        if (typeof step['id'] === 'string') ourSteps.add(step['id'])
        const withKeys = step['with'] && typeof step['with'] === 'object' ? Object.keys(step['with']) : []
        for (const key of withKeys) if (!INPUTS.has(key)) problems.push(`with: ${key} is not an input`)
      }
      stack.push(...Object.values(step))
    }
  }
  for (const m of text.matchAll(/\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
    const [, id, output] = m
    if (!allSteps.has(id!)) problems.push(`steps.${id}.outputs.${output}: no step with id ${id}`)
    else if (ourSteps.has(id!) && !OUTPUTS.has(output!))
      problems.push(`steps.${id}.outputs.${output} is not an output`)
  }
  return problems
}

/** The ref of every `uses: model-openness/model-openness-audit@REF` in a block. */
function refsOf(text: string): string[] {
  return [...text.matchAll(new RegExp(`${ACTION_REPO.replace('/', '\\/')}@([\\w.-]+)`, 'g'))].map(m => m[1]!)
}

const docBlocks = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))].flatMap(
  yamlBlocks
)
const workflowFiles = readdirSync(path.join(ROOT, '.github/workflows'))
  .filter(f => /\.ya?ml$/.test(f))
  .map(f => ({
    where: `.github/workflows/${f}`,
    text: readFileSync(path.join(ROOT, '.github/workflows', f), 'utf8')
  }))

describe('the checker', () => {
  it('catches invalid YAML, unknown inputs and unknown outputs', () => {
    // The README once had this line: `: ` inside a plain scalar starts a nested mapping.
    const invalid = checkWorkflowBlock('steps:\n  - if: always()\n    run: echo "verdict: $VERDICT"\n')
    expect(invalid.length).toBeGreaterThan(0)
    for (const p of invalid) expect(p).toMatch(/^does not parse: /)
    const text = [
      'steps:',
      `  - uses: ${ACTION_REPO}@v1`,
      '    id: audit',
      '    with: { policy: osaid, fail_on: error }',
      '  - env:',
      '      A: ${{ steps.audit.outputs.verdict }}',
      '      B: ${{ steps.audit.outputs.score }}',
      '      C: ${{ steps.other.outputs.x }}',
      '    run: echo "$A"'
    ].join('\n')
    expect(checkWorkflowBlock(text)).toEqual([
      'with: fail_on is not an input',
      'steps.audit.outputs.score is not an output',
      'steps.other.outputs.x: no step with id other'
    ])
  })

  it('accepts a step with real inputs and outputs, and other actions’ inputs', () => {
    const text = [
      'steps:',
      '  - uses: actions/checkout@v4',
      '    with: { fetch-depth: 0 }',
      '  - uses: ./',
      '    id: a',
      '    with: { path: ., report-file: r.json }',
      '  - run: test "${{ steps.a.outputs.osaid }}" = pass'
    ].join('\n')
    expect(checkWorkflowBlock(text)).toEqual([])
  })
})

describe('YAML blocks in README.md and docs/', () => {
  it('there are blocks to check, including the README workflow', () => {
    expect(docBlocks.filter(b => b.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(3)
    expect(docBlocks.some(b => refsOf(b.text).length > 0)).toBe(true)
  })

  it.each(docBlocks.map(b => [b.where, b] as const))('%s', (_where, block) => {
    expect(checkWorkflowBlock(block.text)).toEqual([])
  })

  it('every `uses:` of this action names the same major tag', () => {
    const refs = new Set(docBlocks.flatMap(b => refsOf(b.text)))
    expect([...refs]).toEqual([expect.stringMatching(/^v\d+$/)])
  })
})

describe('the repository’s workflows', () => {
  it.each(workflowFiles.map(w => [w.where, w] as const))('%s', (_where, file) => {
    expect(checkWorkflowBlock(file.text)).toEqual([])
  })
})
