import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_TABLES } from '../../schemas/tables.js';
import { columnsOf } from '../../schemas/ddl.js';
import type { TableDef } from '../../schemas/db.js';
import { closeDb, openDb, queryRows, type Db } from '../db/database.js';
import { DoisoatError } from '../errors.js';
import { VERSION } from '../version.js';
import { fillPartitions, PARTITION_COLUMNS, PARTITION_TABLE, sqlString } from './partitions.js';

/**
 * `doisoat export --parquet DIR`: every table as Parquet shards `DIR/<table>/tinh=<province>/nam=<year>/*.parquet`
 * (Hive partitioning, DuckDB `COPY ... PARTITION_BY`), plus `DIR/export.json` with the row counts.
 * Rows of a document go to its province and year; `sources` follow their document (`source_id` = `doc_id`);
 * rows tied to no document (`runs`, failed sources) go to `tinh=unknown/nam=__HIVE_DEFAULT_PARTITION__`.
 */
export interface ExportOptions {
  db: string;
  dir: string;
  /** Replace the table folders an earlier export left in DIR (default: refuse). */
  overwrite?: boolean;
  tables?: TableDef[];
}

export interface TableExport {
  table: string;
  rows: number;
  files: number;
}

export interface ExportSummary {
  dir: string;
  tables: TableExport[];
  /** Documents per province slug. */
  provinces: Record<string, number>;
  millis: number;
}

export const MANIFEST_FILE = 'export.json';

export async function exportParquet(opts: ExportOptions): Promise<ExportSummary> {
  const t0 = performance.now();
  if (!existsSync(opts.db)) throw new DoisoatError('bad_usage', `Không có cơ sở dữ liệu ${opts.db}. Hãy chạy "doisoat ingest" trước.`);
  const tables = opts.tables ?? ALL_TABLES;
  const dir = resolve(opts.dir);
  const taken = tables.filter((t) => existsSync(join(dir, t.name)));
  if (taken.length && !opts.overwrite) {
    throw new DoisoatError('bad_usage', `Thư mục ${dir} đã có dữ liệu xuất (${taken.map((t) => t.name).join(', ')}). Dùng --overwrite để ghi đè.`);
  }
  for (const t of taken) rmSync(join(dir, t.name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = await openDb(opts.db, { readOnly: true });
  try {
    const provinces = await fillPartitions(db);
    const out: TableExport[] = [];
    for (const t of tables) out.push(await exportTable(db, t, dir));
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({
      tool_version: VERSION, db: resolve(opts.db), exported_at: new Date().toISOString(),
      partition_by: PARTITION_COLUMNS, tables: Object.fromEntries(out.map((t) => [t.table, t.rows])), provinces,
    }, null, 2) + '\n');
    return { dir, tables: out, provinces, millis: performance.now() - t0 };
  } finally {
    closeDb(db);
  }
}

/** The column that ties a table's rows to a document, or null (the table's rows belong to no document). */
export function documentKeyOf(t: TableDef): string | null {
  const names = new Set(columnsOf(t).map((c) => c.name));
  if (names.has('doc_id')) return 'doc_id';
  if (t.name === 'sources') return 'source_id';
  return null;
}

async function exportTable(db: Db, t: TableDef, dir: string): Promise<TableExport> {
  const clash = columnsOf(t).filter((c) => (PARTITION_COLUMNS as readonly string[]).includes(c.name));
  if (clash.length) throw new DoisoatError('internal', `Bảng ${t.name} đã có cột ${clash[0].name}, trùng tên cột phân vùng.`);
  const rows = Number((await queryRows(db, `SELECT count(*) AS n FROM "${t.name}"`))[0].n);
  if (rows === 0) return { table: t.name, rows, files: 0 };
  const key = documentKeyOf(t);
  const select = key
    ? `SELECT t.*, coalesce(p.tinh, 'unknown') AS tinh, p.nam AS nam FROM "${t.name}" t LEFT JOIN ${PARTITION_TABLE} p ON p.doc_id = t."${key}"`
    : `SELECT t.*, 'unknown' AS tinh, CAST(NULL AS INTEGER) AS nam FROM "${t.name}" t`;
  const target = join(dir, t.name);
  await db.conn.run(`COPY (${select}) TO ${sqlString(target)} (FORMAT PARQUET, PARTITION_BY (${PARTITION_COLUMNS.join(', ')}))`);
  return { table: t.name, rows, files: parquetFiles(target).length };
}

/** Every `.parquet` file under a folder, recursively (none when the folder is missing). */
export function parquetFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.parquet'))
    .map((e) => join(e.parentPath, e.name));
}
