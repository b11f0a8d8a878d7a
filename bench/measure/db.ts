import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closeDb, openDb, queryRows } from '../../pipeline/db/database.js';
import { TMP } from '../paths.js';

/** A fresh scratch database path under bench/tmp/db (the file and its WAL removed). */
export function freshDb(name: string): string {
  const dir = join(TMP, 'db');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.duckdb`);
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
  return file;
}

/** One read-only query on a database file the bench wrote. */
export async function queryDb(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await openDb(file, { readOnly: true });
  try {
    return await queryRows(db, sql);
  } finally {
    closeDb(db);
  }
}

/** Documents, rows over every document table, pages and sources that failed. */
export async function dbCounts(file: string): Promise<{ documents: number; failed: number; pages: number }> {
  const r = (await queryDb(file, `SELECT (SELECT count(*) FROM documents) AS documents,
    (SELECT count(*) FROM sources WHERE status <> 'ok') AS failed, (SELECT count(*) FROM pages) AS pages`))[0];
  return { documents: Number(r.documents), failed: Number(r.failed), pages: Number(r.pages) };
}
