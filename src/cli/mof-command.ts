// `model-openness mof FILE...`: classifies Model Openness Tool YAML entries.
import { classifyMotYaml, MofInputError, renderMofText } from '../verdicts/mof/index.js'
import type { Command } from './args.js'
import { emit, InputError, readInput, type Io } from './io.js'

export async function runMof(cmd: Extract<Command, { kind: 'mof' }>, io: Io): Promise<number> {
  try {
    const results = []
    for (const f of cmd.files) {
      const text = await readInput(io, f, 'a YAML file')
      results.push({ file: f, result: classifyMotYaml(text, f) })
    }
    if (cmd.format === 'json') {
      const shaped = results.map(r => ({
        file: r.file,
        class: r.result.class,
        progress: r.result.progress,
        components: r.result.components,
        warnings: r.result.warnings
      }))
      await emit(io, JSON.stringify(shaped.length === 1 ? shaped[0] : shaped, null, 2) + '\n', cmd.output)
    } else {
      await emit(io, renderMofText(results), cmd.output)
    }
    return 0
  } catch (err) {
    if (err instanceof MofInputError) throw new InputError(err.message)
    throw err
  }
}
