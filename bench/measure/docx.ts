import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Outcome } from '../targets.js';
import { failedNote, ingestRun, type IngestRun } from './ingestRun.js';
import { sec } from './pdf.js';

export interface DocxResult {
  files: number;
  mammothMillis: number;
  ingest: IngestRun;
}

/** Files mammoth converts untimed first, so the baseline is its warm, steady speed. */
const WARM_UP = 3;

/**
 * The same .docx files through mammoth alone (`convertToHtml` on each, in this process, one after another,
 * after a warm-up) and through `doisoat ingest --jobs 1` end to end (start-up and checks included).
 */
export async function measureDocx(files: string[], log: (m: string) => void): Promise<{ result: DocxResult | null; outcome: Outcome }> {
  if (!files.length) return { result: null, outcome: { id: 'docx_ratio', value: null, measured: '', missing: 'no .docx in the corpus' } };
  for (const f of files.slice(0, WARM_UP)) await mammoth.convertToHtml({ buffer: readFileSync(f) });
  log(`docx: mammoth.convertToHtml on ${files.length} files`);
  const t0 = performance.now();
  for (const f of files) await mammoth.convertToHtml({ buffer: readFileSync(f) });
  const mammothMillis = performance.now() - t0;
  log(`docx: doisoat ingest --jobs 1 on ${files.length} files`);
  const ingest = await ingestRun('docx', files, 1);
  return {
    result: { files: files.length, mammothMillis, ingest },
    outcome: {
      ...(ingest.crashed ? { broken: `ingest ${ingest.crashed}` } : {}),
      id: 'docx_ratio', value: ingest.millis / mammothMillis,
      measured: `ingest ${sec(ingest.millis)} / mammoth ${sec(mammothMillis)}; ${files.length} files${failedNote(ingest)}; both one thread (mammoth in-process and warm, ingest --jobs 1)`,
    },
  };
}
