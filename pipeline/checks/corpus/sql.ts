import { queryRows, type Db } from '../../db/database.js';

/** Rows per INSERT when a small JS-side mapping is handed to DuckDB. */
const INSERT_BATCH = 1000;

/** A SQL string literal. */
export function sqlStr(s: string | null): string {
  return s === null ? 'NULL' : `'${s.replace(/'/gu, "''")}'`;
}

/** Create (or replace) a temp table and fill it with rows given as SQL literals, in batches. */
export async function tempTable(db: Db, name: string, columns: string, rows: string[][]): Promise<void> {
  await db.conn.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns})`);
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await db.conn.run(`INSERT INTO ${name} VALUES ${rows.slice(i, i + INSERT_BATCH).map((r) => `(${r.join(', ')})`).join(', ')}`);
  }
}

export async function dropTables(db: Db, names: string[]): Promise<void> {
  for (const n of names) await db.conn.run(`DROP TABLE IF EXISTS ${n}`);
}

export { queryRows };
