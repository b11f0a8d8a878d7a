import { readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readTxt } from '../../extractors/readers/txt.js';
import { buildDocument, extractFile, sha256Hex, type Extracted } from '../../pipeline/extract.js';
import { documentRows } from '../../pipeline/db/rows.js';
import { appendRows, openDb, type Db } from '../../pipeline/db/database.js';
import { DOCUMENT_TABLES } from '../../schemas/tables.js';
import { sourcesTable } from '../../schemas/source.js';
import type { Check } from '../../pipeline/checks/types.js';
import type { Flag } from '../../schemas/flags.js';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
export const SEED_DIR = join(FIXTURES, 'seeds');
export const UNSEEN_DIR = join(FIXTURES, 'unseen');
export const AGGREGATE_DIR = join(FIXTURES, 'aggregate');

/** The report files of a fixture folder (README and other files left out), sorted. */
export function reportFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(txt|docx|pdf)$/u.test(f)).sort().map((f) => join(dir, f));
}

/** A crafted report through the real pipeline: readTxt over a Buffer, then buildDocument. */
export function extractText(text: string, docId: string): Extracted {
  return buildDocument(readTxt(new Uint8Array(Buffer.from(text))), docId);
}

/** Crafted reports in a fresh in-memory database; returns the database and each document's normalised text by id. */
export async function dbOfTexts(docs: Record<string, string>): Promise<{ db: Db; texts: Record<string, string> }> {
  const db = await openDb(':memory:');
  const texts: Record<string, string> = {};
  for (const [docId, text] of Object.entries(docs)) {
    const x = extractText(text, docId);
    await appendRows(db, DOCUMENT_TABLES, documentRows(docId, x));
    texts[docId] = x.document.text;
  }
  return { db, texts };
}

/** Real files read in this process (no worker pool) into `db`; returns their doc ids and texts. */
export async function loadFiles(db: Db, paths: string[]): Promise<{ ids: string[]; texts: Record<string, string>; pathOf: Record<string, string> }> {
  const ids: string[] = [];
  const texts: Record<string, string> = {};
  const pathOf: Record<string, string> = {};
  for (const path of paths) {
    const x = await extractFile(path);
    const bytes = await readFile(path);
    const docId = x.document.doc_id;
    await appendRows(db, [sourcesTable], { sources: [{
      source_id: docId, path, format: x.document.format, size_bytes: BigInt((await stat(path)).size), sha256: sha256Hex(bytes),
      encoding: x.document.encoding, status: 'ok', error_code: null, error_message: null, ingested_at: '2024-01-01 00:00:00',
      version: 1, run_id: 'test', warnings: '[]',
    }] });
    await appendRows(db, DOCUMENT_TABLES, documentRows(docId, x));
    ids.push(docId);
    texts[docId] = x.document.text;
    pathOf[docId] = path;
  }
  return { ids, texts, pathOf };
}

export async function runCheck(check: Check, db: Db): Promise<Flag[]> {
  return check.run({ db, scopeTable: null });
}

/** The evidence of a flag as [doc_id, text, start, end]. */
export function quotes(f: Flag): [string, string, number, number][] {
  return f.evidence.map((e) => [e.doc_id, e.text, e.start, e.end]);
}

/** Every quote is exactly the document text at its offsets. */
export function quotesExact(f: Flag, texts: Record<string, string>): boolean {
  return f.evidence.every((e) => texts[e.doc_id]?.slice(e.start, e.end) === e.text);
}

/** A crafted report in the seeds' style: header, body, close. */
export function report(opts: { issuer?: string; number: string; place?: string; date?: string; title?: string; body: string }): string {
  return [
    opts.issuer ?? '', '', `Số: ${opts.number}`, '', `${opts.place ?? 'Lạng Sơn'}, ${opts.date ?? 'ngày 15 tháng 7 năm 2023'}`, '', 'BÁO CÁO', '',
    opts.title ?? 'Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2023', '', opts.body, '',
    'Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', 'Nguyễn Văn An', '',
  ].join('\n');
}
