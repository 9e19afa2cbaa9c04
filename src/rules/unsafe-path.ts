import type { RepositoryRule } from './types.js'
import { docsUrl } from './types.js'

/** Reports what discovery refused to read; the target of a link is never read nor printed. */
export const unsafePath: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'unsafe-path',
    category: 'unsafe-path',
    title: 'No file leads outside the repository',
    framework: 'Audit safety: only the audited root is read',
    severity: { default: 'error' },
    docs: docsUrl('unsafe-path')
  },
  check(repo, report) {
    for (const f of repo.discovery.findings) {
      if (f.rule === 'unsafe-path') report({ message: f.message, file: f.file, line: f.line })
    }
  }
}
