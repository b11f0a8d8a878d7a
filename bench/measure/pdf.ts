import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TMP } from '../paths.js';
import { mustSucceed, run } from '../proc.js';
import type { Outcome } from '../targets.js';
import { failedNote, ingestRun, type IngestRun } from './ingestRun.js';
import { ensurePdftotext } from './poppler.js';

export interface PdfResult {
  files: number;
  pages: number;
  pdftotextVersion: string;
  pdftotextMillis: number;
  ingest: IngestRun;
}

/**
 * The same PDFs through `pdftotext -layout` alone — one process per file, sequentially — and through
 * `doisoat ingest --jobs 1` end to end (node start-up, reading, extraction, DuckDB load, checks).
 */
export async function measurePdf(files: string[], log: (m: string) => void): Promise<{ result: PdfResult | null; outcome: Outcome }> {
  const tool = await ensurePdftotext(log);
  if (!tool.ok) return { result: null, outcome: { id: 'pdf_ratio', value: null, measured: '', missing: tool.reason } };
  if (!files.length) return { result: null, outcome: { id: 'pdf_ratio', value: null, measured: '', missing: 'the generator wrote no PDF (LibreOffice missing?)' } };
  const out = join(TMP, 'pdftotext-out.txt');
  mkdirSync(TMP, { recursive: true });
  log(`pdf: pdftotext -layout on ${files.length} files`);
  const t0 = performance.now();
  for (const f of files) mustSucceed(`pdftotext ${f}`, await run('pdftotext', ['-layout', f, out]));
  const pdftotextMillis = performance.now() - t0;
  log(`pdf: doisoat ingest --jobs 1 on ${files.length} files`);
  const ingest = await ingestRun('pdf', files, 1);
  const ratio = ingest.millis / pdftotextMillis;
  return {
    result: { files: files.length, pages: ingest.pages, pdftotextVersion: tool.version, pdftotextMillis, ingest },
    outcome: {
      ...(ingest.crashed ? { broken: `ingest ${ingest.crashed}` } : {}),
      id: 'pdf_ratio', value: ratio,
      measured: `ingest ${sec(ingest.millis)} / pdftotext ${sec(pdftotextMillis)}; ${files.length} files${failedNote(ingest)}, ${ingest.pages} pages; both sequential (pdftotext one process per file, ingest --jobs 1)`,
    },
  };
}

export function sec(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
