import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readTxt } from '../../extractors/readers/txt.js';
import { buildDocument, extractFile, sha256Hex } from '../../pipeline/extract.js';
import { documentRows } from '../../pipeline/db/rows.js';
import { appendRows, openDb, type Db } from '../../pipeline/db/database.js';
import { DOCUMENT_TABLES } from '../../schemas/tables.js';
import { sourcesTable } from '../../schemas/source.js';
import type { Check } from '../../pipeline/checks/types.js';
import type { Flag } from '../../schemas/flags.js';

export const SEED_DIR = resolve(import.meta.dirname, '../../fixtures/seeds');
export const UNSEEN_DIR = resolve(import.meta.dirname, '../../fixtures/unseen');

/** A crafted report (txt, tab tables) in a fresh in-memory database; returns the database and its text. */
export async function dbOfText(text: string, docId = 'crafted'): Promise<{ db: Db; text: string }> {
  const db = await openDb(':memory:');
  const x = buildDocument(readTxt(new Uint8Array(Buffer.from(text))), docId);
  await appendRows(db, DOCUMENT_TABLES, documentRows(docId, x));
  return { db, text: x.document.text };
}

/** Real files read in this process (no worker pool) into `db`, with their `sources` rows; returns their doc ids. */
export async function loadFiles(db: Db, paths: string[]): Promise<string[]> {
  const ids: string[] = [];
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
  }
  return ids;
}

export async function runCheck(check: Check, db: Db): Promise<Flag[]> {
  return check.run({ db, scopeTable: null });
}

/** The evidence of a flag as [text, start, end], and whether each quote is exactly the text at its offsets. */
export function quotes(f: Flag): [string, number, number][] {
  return f.evidence.map((e) => [e.text, e.start, e.end]);
}
