import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ALL_TABLES } from '../../schemas/tables.js';
import { createTableSql } from '../../schemas/ddl.js';
import type { TableDef } from '../../schemas/db.js';
import type { Flag } from '../../schemas/flags.js';
import { closeDb, queryRows, type Db } from '../db/database.js';
import { CHECKS } from '../checks/index.js';
import type { Check } from '../checks/types.js';
import { DoisoatError } from '../errors.js';
import { MANIFEST_FILE, parquetFiles } from './parquet.js';
import { sqlString } from './partitions.js';

/**
 * Edge: shard sets written by `exportParquet` (from separate databases) seen as one database: an in-memory
 * DuckDB with one view per table over `read_parquet([...every DIR/<table>/**\/*.parquet], hive_partitioning)`.
 * The checks' SQL runs on it unchanged. Shard sets are assumed to hold different documents.
 */
export interface ShardSet {
  db: Db;
  /** Rows per table seen through the views. */
  rows: Record<string, number>;
}

export interface ShardOptions {
  /**
   * Copy the shards into in-memory tables instead of views: the checks that query once per row (a document's
   * text by doc_id) then stop re-reading Parquet, at the cost of holding the data in memory.
   */
  materialize?: boolean;
  tables?: TableDef[];
}

/** The SQL that makes the views (or tables): the recipe `bench/scaleout.md` shows. */
export function shardViewsSql(dirs: string[], opts: ShardOptions = {}): string[] {
  return (opts.tables ?? ALL_TABLES).map((t) => {
    const globs = dirs.filter((d) => parquetFiles(join(d, t.name)).length > 0).map((d) => sqlString(join(resolve(d), t.name, '**', '*.parquet')));
    if (!globs.length) return emptyTableSql(t); // no shard holds a row of this table
    return `CREATE OR REPLACE ${opts.materialize ? 'TABLE' : 'VIEW'} "${t.name}" AS SELECT * FROM read_parquet([${globs.join(', ')}], hive_partitioning = true, hive_types = {'tinh': VARCHAR, 'nam': INTEGER}, union_by_name = true);`;
  });
}

function emptyTableSql(t: TableDef): string {
  return createTableSql(t).replace(/\n\);$/u, ',\n  "tinh" VARCHAR,\n  "nam" INTEGER\n);');
}

export async function openShards(dirs: string[], opts: ShardOptions = {}): Promise<ShardSet> {
  const tables = opts.tables ?? ALL_TABLES;
  if (!dirs.length) throw new DoisoatError('bad_usage', 'Cần ít nhất một thư mục Parquet.');
  for (const d of dirs) {
    if (!existsSync(join(d, MANIFEST_FILE))) throw new DoisoatError('bad_usage', `${d} không phải thư mục do "doisoat export --parquet" tạo (thiếu ${MANIFEST_FILE}).`);
  }
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const db: Db = { instance, conn, path: dirs.join(','), readOnly: true };
  try {
    for (const sql of shardViewsSql(dirs, opts)) await conn.run(sql);
    const rows: Record<string, number> = {};
    for (const t of tables) rows[t.name] = Number((await queryRows(db, `SELECT count(*) AS n FROM "${t.name}"`))[0].n);
    return { db, rows };
  } catch (e) {
    closeDb(db);
    throw e;
  }
}

/** Run every check over every document, read-only: the flags, deduplicated by id, sorted by check and id. */
export async function collectFlags(db: Db, checks: Check[] = CHECKS): Promise<Flag[]> {
  const unique = new Map<string, Flag>();
  for (const check of checks) for (const f of await check.run({ db, scopeTable: null })) unique.set(f.flag_id, f);
  return [...unique.values()].sort((a, b) => a.check_id.localeCompare(b.check_id) || a.flag_id.localeCompare(b.flag_id));
}

export interface ShardCheck {
  rows: Record<string, number>;
  flags: Flag[];
  millis: number;
}

/** The checks over the union of shard sets. */
export async function checkShards(dirs: string[], opts: ShardOptions = {}, checks: Check[] = CHECKS): Promise<ShardCheck> {
  const t0 = performance.now();
  const { db, rows } = await openShards(dirs, opts);
  try {
    const flags = await collectFlags(db, checks);
    return { rows, flags, millis: performance.now() - t0 };
  } finally {
    closeDb(db);
  }
}
