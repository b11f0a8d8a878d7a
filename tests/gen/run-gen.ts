/** Runs the generator in-process, into a fresh temporary folder unless `out` is given. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type GenerateOptions } from '../../scripts/gen/generate.js';

export async function runGen(opts: Partial<GenerateOptions> & { districts: number; periods: number }): Promise<string> {
  const out = opts.out ?? mkdtempSync(join(tmpdir(), 'doisoat-gen-test-'));
  await generateCorpus({ seed: 1, formats: ['txt', 'docx'], errorsPerDoc: 0, allKinds: false, ...opts, out });
  return out;
}
