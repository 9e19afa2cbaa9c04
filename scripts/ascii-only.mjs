#!/usr/bin/env node
// Rewrites bundled JavaScript so that it holds ASCII characters only: every other character in a
// string, template, regular expression, identifier or comment becomes its `\uXXXX` escape, which
// means the same to the parser. Why: Node reads a file with one non-ASCII character into a
// two-byte string (the engine chunk then takes twice the memory, decodes three times slower and
// hashes slower for the code cache); an ASCII file is read into a one-byte string.
// The raw text of a tagged template (String.raw`…`) is visible to its tag, so those are left as
// written. Every file is parsed again afterwards and its syntax tree compared with the original's:
// a rewrite that changed any value fails the build.
//
//   node scripts/ascii-only.mjs [--module] FILE...   # rewrites the files in place (ES modules with --module)
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const acorn = require('acorn')

function parse(code, sourceType) {
  return acorn.parse(code, {
    ecmaVersion: 'latest',
    sourceType,
    allowHashBang: true,
    allowReturnOutsideFunction: sourceType === 'script'
  })
}

/** Visits every node of a syntax tree. */
function visit(node, fn) {
  if (!node || typeof node.type !== 'string') return
  fn(node)
  for (const key of Object.keys(node)) {
    const v = node[key]
    if (Array.isArray(v)) for (const x of v) visit(x, fn)
    else if (v && typeof v === 'object' && typeof v.type === 'string') visit(v, fn)
  }
}

/** `code` with each non-ASCII UTF-16 unit outside tagged templates written as `\uXXXX`. */
export function asciiOnly(code, sourceType = 'script') {
  if (!/[\u0080-\uffff]/.test(code)) return code
  const kept = []
  visit(parse(code, sourceType), n => {
    if (n.type === 'TaggedTemplateExpression') kept.push([n.quasi.start, n.quasi.end])
  })
  const inKept = i => kept.some(([from, to]) => i >= from && i < to)
  let out = ''
  let last = 0
  let left = 0
  // Without the u flag a surrogate pair is two matches: two escapes, which strings, templates and
  // regular expressions (u flag or not) read back as the one character.
  const other = /[\u0080-\uffff]/g
  for (let m = other.exec(code); m !== null; m = other.exec(code)) {
    if (inKept(m.index)) {
      left++
      continue
    }
    // "\\é" would become "\\\\u00e9", a backslash and five letters: never expected in a bundle.
    let slashes = 0
    while (code[m.index - 1 - slashes] === '\\') slashes++
    if (slashes % 2 === 1) throw new Error(`ascii-only: escaped non-ASCII character at offset ${m.index}`)
    out += code.slice(last, m.index) + '\\u' + code.charCodeAt(m.index).toString(16).padStart(4, '0')
    last = m.index + 1
  }
  const result = out + code.slice(last)
  assertSameProgram(code, result, left, sourceType)
  return result
}

/** Escapes read back, for comparing two spellings of one regular expression or template. */
function unescape(text) {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
}

/** A syntax tree as text without positions and spellings: what the program means. */
function meaning(code, sourceType) {
  const drop = new Set(['start', 'end', 'loc', 'range', 'raw'])
  return JSON.stringify(parse(code, sourceType), (key, value) => {
    if (drop.has(key)) return undefined
    if (key === 'regex') return { pattern: unescape(value.pattern), flags: value.flags }
    if (typeof value === 'bigint') return `${value}n`
    // A regular expression's value is a RegExp object (JSON {}); its pattern is compared above.
    if (value instanceof RegExp) return undefined
    return value
  })
}

function assertSameProgram(before, after, kept, sourceType) {
  // Only tagged templates may keep other characters; any more is a bug of this script.
  if ((after.match(/[\u0080-\uffff]/g) ?? []).length !== kept)
    throw new Error('ascii-only: non-ASCII characters left outside tagged templates')
  if (meaning(before, sourceType) !== meaning(after, sourceType))
    throw new Error('ascii-only: the rewritten code parses differently')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const sourceType = args.includes('--module') ? 'module' : 'script'
  for (const file of args.filter(a => a !== '--module')) {
    const code = readFileSync(file, 'utf8')
    const ascii = asciiOnly(code, sourceType)
    if (ascii !== code) writeFileSync(file, ascii)
  }
}
