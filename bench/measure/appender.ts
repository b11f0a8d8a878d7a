import { readFileSync } from 'node:fs';
import { readTxt } from '../../extractors/readers/txt.js';
import { buildDocument, docIdOf, sha256Hex } from '../../pipeline/extract.js';
import { documentRows, type Row, type TableRows } from '../../pipeline/db/rows.js';
import { appendRows, closeDb, inTransaction, openDb } from '../../pipeline/db/database.js';
import { DOCUMENT_TABLES } from '../../schemas/tables.js';
import type { Outcome } from '../targets.js';
import { freshDb } from './db.js';

export interface AppenderResult {
  sourceDocs: number;
  rows: number;
  batches: number;
  millis: number;
  rowsPerS: number;
  /** CPU time of this process (every thread, DuckDB's included) while appending. */
  cpuMillis: number;
  /** Rows per table in one copy of the source documents. */
  perTable: Record<string, number>;
}

/** Rows per transaction: a large batch, as the writer's batches are at their largest. */
const BATCH_ROWS = 250_000;

/**
 * Real rows (from generated reports, through the extractors and `documentRows`) copied under new doc_ids
 * until there are `totalRows`, then loaded through `appendRows` — the writer's path — one transaction per
 * batch of ~250 000 rows into a fresh database file. Only `appendRows` + COMMIT are timed.
 */
export async function measureAppender(files: string[], totalRows: number, log: (m: string) => void): Promise<{ result: AppenderResult; outcome: Outcome }> {
  return loadRows(realRows(files), totalRows, log);
}

/** The rows `ingest` would write for these txt files. */
export function realRows(files: string[]): TableRows[] {
  return files.map((f) => {
    const bytes = new Uint8Array(readFileSync(f));
    const id = docIdOf(sha256Hex(bytes));
    return documentRows(id, buildDocument(readTxt(bytes), id));
  });
}

/** Copies of `docs` under new ids, `totalRows` in all, through `appendRows`; only the load is timed. */
export async function loadRows(docs: TableRows[], totalRows: number, log: (m: string) => void): Promise<{ result: AppenderResult; outcome: Outcome }> {
  const perTable: Record<string, number> = {};
  for (const d of docs) for (const [t, rows] of Object.entries(d)) perTable[t] = (perTable[t] ?? 0) + rows.length;
  const perCopy = Object.values(perTable).reduce((a, b) => a + b, 0);
  const file = freshDb('appender');
  const db = await openDb(file);
  log(`appender: ${totalRows} rows (copies of ${docs.length} documents, ${perCopy} rows each) in batches of ${BATCH_ROWS}`);
  let rows = 0;
  let millis = 0;
  let batches = 0;
  let copy = 0;
  let cpuMicros = 0;
  try {
    while (rows < totalRows) {
      const batch: Record<string, Row[]> = {};
      let n = 0;
      while (n < BATCH_ROWS && rows + n < totalRows) {
        for (const d of docs) {
          const suffix = `-${copy}`;
          for (const [t, list] of Object.entries(d)) {
            const out = (batch[t] ??= []);
            for (const r of list) out.push({ ...r, doc_id: `${r.doc_id}${suffix}`, ...(t === 'documents' ? { source_id: `${r.source_id}${suffix}` } : {}) });
            n += list.length;
          }
        }
        copy++;
      }
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await inTransaction(db, () => appendRows(db, DOCUMENT_TABLES, batch as never));
      millis += performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpuMicros += c.user + c.system;
      rows += n;
      batches++;
    }
  } finally {
    closeDb(db);
  }
  const rowsPerS = rows / (millis / 1000);
  return {
    result: { sourceDocs: docs.length, rows, batches, millis, cpuMillis: cpuMicros / 1000, rowsPerS, perTable },
    outcome: { id: 'appender_rows_per_s', value: rowsPerS, measured: `${rows.toLocaleString('en-US')} rows in ${batches} transactions, ${(millis / 1000).toFixed(1)} s wall, ${(cpuMicros / 1e6).toFixed(1)} s CPU (all ${Object.keys(perTable).length} document tables, real rows from ${docs.length} generated reports)` },
  };
}
