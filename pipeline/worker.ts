import { readFile } from 'node:fs/promises';
import { buildDocument, docIdOf, sha256Hex } from './extract.js';
import { readBytes } from './read.js';
import { documentRows, type TableRows } from './db/rows.js';
import { isDoisoatError } from './errors.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../extractors/readers/types.js';

/** One file, read and extracted, ready for the writer; or why it failed. Runs in a worker thread. */
export interface FileTask {
  path: string;
  limits?: ReadLimits;
}

export type FileResult =
  | { ok: true; path: string; sha256: string; size: number; format: string; encoding: string | null; warnings: string[]; rows: TableRows; pages: number }
  | { ok: false; path: string; sha256: string; size: number; format: string | null; code: string; message: string };

export async function processFile(task: FileTask): Promise<FileResult> {
  const limits = task.limits ?? DEFAULT_LIMITS;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(task.path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const code = err.code === 'ELOOP' ? 'symlink_loop' : 'unreadable';
    return { ok: false, path: task.path, sha256: '', size: 0, format: null, code, message: `Không đọc được tệp: ${err.code ?? err.message}` };
  }
  const sha = sha256Hex(bytes);
  try {
    const raw = await readBytes(task.path, bytes, limits);
    const x = buildDocument(raw, docIdOf(sha));
    return {
      ok: true, path: task.path, sha256: sha, size: bytes.length, format: raw.format, encoding: raw.encoding,
      warnings: x.document.warnings, rows: documentRows(docIdOf(sha), x), pages: raw.nPages ?? 0,
    };
  } catch (e) {
    if (isDoisoatError(e)) return { ok: false, path: task.path, sha256: sha, size: bytes.length, format: null, code: e.code, message: e.message };
    const err = e as Error;
    const oom = /heap|memory/iu.test(err.message ?? '');
    return { ok: false, path: task.path, sha256: sha, size: bytes.length, format: null, code: oom ? 'out_of_memory' : 'internal', message: `Lỗi không mong đợi khi đọc tệp: ${err.message}` };
  }
}

export default processFile;
