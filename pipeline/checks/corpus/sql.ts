import { listValue } from '@duckdb/node-api';
import { queryRows, type Db } from '../../db/database.js';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'BOOLEAN';
export type Cell = string | number | boolean | null;

/** A SQL string literal. */
export function sqlStr(s: string | null): string {
  return s === null ? 'NULL' : `'${s.replace(/'/gu, "''")}'`;
}

/**
 * Create (or replace) a temp table and fill it from JS rows in one statement: each column is bound as one list
 * parameter and unnested (no SQL text per row).
 */
export async function tempTable(db: Db, name: string, columns: [string, ColumnType][], rows: Cell[][]): Promise<void> {
  await db.conn.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns.map(([c, t]) => `${c} ${t}`).join(', ')})`);
  if (!rows.length) return;
  const lists = columns.map((_, i) => listValue(rows.map((r) => r[i])));
  await db.conn.run(`INSERT INTO ${name} SELECT ${columns.map(([, t], i) => `unnest($${i + 1}::${t}[])`).join(', ')}`, lists);
}

export async function dropTables(db: Db, names: string[]): Promise<void> {
  for (const n of names) await db.conn.run(`DROP TABLE IF EXISTS ${n}`);
}

export { queryRows };
