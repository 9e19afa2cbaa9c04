// `hub-lookup: true` asks the Hub API (here a local server) for a base model the catalogue lacks.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { audit } from '../../src/audit.js'
import { parseConfigText } from '../../src/config/load.js'
import { makeRepo, removeRepo } from '../helpers/fixtures.js'

let server: http.Server
let endpoint: string
const asked: string[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    asked.push(req.url ?? '')
    if (req.url === '/api/models/someone/obscure-llama-merge') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          id: 'someone/obscure-llama-merge',
          cardData: { license: 'llama3.1' },
          tags: ['license:llama3.1'],
          gated: false
        })
      )
    } else {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'Repository not found' }))
    }
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>(r => server.close(() => r())))

describe('hub lookup in the audit', () => {
  it('finds the licence of an unknown base model and applies inheritance; off by default', async () => {
    const dir = await makeRepo({
      'README.md': '---\nlicense: mit\nbase_model: someone/obscure-llama-merge\n---\n# Merge\n'
    })
    try {
      const off = await audit(dir, parseConfigText('', 'c.yml'), { hubEndpoint: endpoint })
      expect(asked).toEqual([])
      expect(off.report.models[0].findings.find(f => f.rule === 'license-inheritance')?.severity).toBe('note')
      const on = await audit(dir, parseConfigText('hub-lookup: true\n', 'c.yml'), { hubEndpoint: endpoint })
      expect(asked).toEqual(['/api/models/someone/obscure-llama-merge'])
      expect(on.report.models[0].baseModels).toEqual([
        { id: 'someone/obscure-llama-merge', licenseId: 'llama3.1', source: 'hub', line: 3 }
      ])
      const f = on.report.models[0].findings.find(x => x.rule === 'license-inheritance')!
      expect(f.severity).toBe('error')
      expect(f.message).toMatch(/someone\/obscure-llama-merge/)
      const missing = await makeRepo({
        'README.md': '---\nlicense: mit\nbase_model: nobody/nothing\n---\n# x\n'
      })
      try {
        const r = await audit(missing, parseConfigText('hub-lookup: true\n', 'c.yml'), {
          hubEndpoint: endpoint
        })
        expect(r.report.models[0].baseModels?.[0]).toMatchObject({ licenseId: null, source: 'unknown' })
      } finally {
        await removeRepo(missing)
      }
    } finally {
      await removeRepo(dir)
    }
  })
})
