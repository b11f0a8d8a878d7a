import type { MessagePort } from 'node:worker_threads';
import { buildDocument, docIdOf, sha256Hex, type Extracted } from './extract.js';
import { readBytes } from './read.js';
import { columnRowCount, columnRows, documentRows, type ColumnRows } from './db/rows.js';
import { DOCUMENT_TABLES } from '../schemas/tables.js';
import { isDoisoatError } from './errors.js';
import { readRegularFile } from './fileAccess.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../extractors/readers/types.js';

/**
 * One file, read and extracted, ready for the writer; or why it failed. Runs in a worker thread, which also
 * builds the final column arrays of every document table (`rows`, `n_rows` in all), so the writer only appends.
 */
export interface FileTask {
  path: string;
  limits?: ReadLimits;
  /**
   * Told (one message) when the reader starts on the file: the time limit counts from then, not from the
   * thread's start-up and module loading (a second or more for a fresh thread about to read a PDF).
   */
  started?: MessagePort;
}

export type FileResult =
  | { ok: true; path: string; sha256: string; size: number; format: string; encoding: string | null; warnings: string[]; rows: ColumnRows; n_rows: number; pages: number }
  | { ok: false; path: string; sha256: string; size: number; format: string | null; code: string; message: string };

export async function processFile(task: FileTask): Promise<FileResult> {
  const limits = task.limits ?? DEFAULT_LIMITS;
  const started = () => { task.started?.postMessage('started'); task.started?.close(); };
  const file = await readRegularFile(task.path, limits.maxBytes);
  if (!file.ok) return { ok: false, path: task.path, sha256: '', size: file.size, format: null, code: file.problem.code, message: file.problem.message };
  const bytes = file.bytes;
  const sha = sha256Hex(bytes);
  try {
    const raw = await readBytes(task.path, bytes, limits, started);
    const x = buildDocument(raw, docIdOf(sha));
    const rows = columnRows(documentRows(docIdOf(sha), x), DOCUMENT_TABLES);
    return {
      ok: true, path: task.path, sha256: sha, size: bytes.length, format: raw.format, encoding: raw.encoding,
      warnings: [...x.document.warnings, ...entityWarnings(x)], rows, n_rows: columnRowCount(rows), pages: raw.nPages ?? 0,
    };
  } catch (e) {
    if (isDoisoatError(e)) return { ok: false, path: task.path, sha256: sha, size: bytes.length, format: null, code: e.code, message: e.message };
    const err = e as Error;
    const oom = /heap|memory/iu.test(err.message ?? '');
    return { ok: false, path: task.path, sha256: sha, size: bytes.length, format: null, code: oom ? 'out_of_memory' : 'internal', message: `Lỗi không mong đợi khi đọc tệp: ${err.message}` };
  }
}

/** What extraction found odd in the text itself, said on the source: look-alike letters in symbols. */
function entityWarnings(x: Extracted): string[] {
  const odd = x.doc_refs.filter((r) => r.issues.includes('homoglyph')).map((r) => r.raw);
  if (!odd.length) return [];
  const shown = odd.slice(0, 3).map((r) => `"${r}"`).join(', ');
  return [`homoglyph_symbols: ${odd.length} references with look-alike letters (e.g. ${shown}); flagged in doc_refs.issues, folded in canonical_key`];
}

export default processFile;
