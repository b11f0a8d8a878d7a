import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBAppender } from '@duckdb/node-api';
import { ALL_TABLES } from '../../schemas/tables.js';
import { columnsOf, commentSql, createTableSql } from '../../schemas/ddl.js';
import type { TableDef } from '../../schemas/db.js';
import { DoisoatError } from '../errors.js';
import type { ColumnRows, Row, TableColumns, TableRows } from './rows.js';

/** Edge: the DuckDB file. Opening, migrating, and loading rows through the Appender in transactions. */
export interface Db {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
  path: string;
  readOnly: boolean;
}

/** `memoryMb`: DuckDB's memory ceiling (buffer pool); DuckDB's own default (80 % of RAM) when absent. */
export async function openDb(path: string, opts: { readOnly?: boolean; tables?: TableDef[]; memoryMb?: number } = {}): Promise<Db> {
  const readOnly = opts.readOnly ?? false;
  if (!readOnly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  const config: Record<string, string> = readOnly ? { access_mode: 'READ_ONLY' } : {};
  if (opts.memoryMb) config.memory_limit = `${Math.round(opts.memoryMb)}MB`;
  try {
    instance = await DuckDBInstance.create(path, config);
  } catch (e) {
    throw lockError(path, e as Error);
  }
  const conn = await instance.connect();
  const db: Db = { instance, conn, path, readOnly };
  if (!readOnly) await migrate(db, opts.tables ?? ALL_TABLES);
  return db;
}

export function closeDb(db: Db): void {
  try { db.conn.closeSync(); } catch { /* already closed */ }
  try { db.instance.closeSync(); } catch { /* already closed */ }
}

function lockError(path: string, e: Error): DoisoatError {
  const msg = e.message ?? String(e);
  const pid = /PID (\d+)/u.exec(msg)?.[1];
  if (/lock/iu.test(msg)) {
    let who = pid ? `tiến trình PID ${pid}` : 'một tiến trình khác';
    if (pid) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').replace(/\s+/gu, ' ');
        if (cmd) who += ` (${cmd.slice(0, 160)})`;
      } catch { /* process gone or not ours */ }
    }
    return new DoisoatError('db_locked', `Cơ sở dữ liệu ${path} đang được ${who} sử dụng. Hãy đợi tiến trình đó kết thúc rồi chạy lại.`, { pid: pid ? Number(pid) : null });
  }
  if (/No such file|does not exist|Cannot open/iu.test(msg)) return new DoisoatError('db_error', `Không mở được cơ sở dữ liệu ${path}: ${msg}`);
  return new DoisoatError('db_error', `Không mở được cơ sở dữ liệu ${path}: ${msg}`);
}

export async function migrate(db: Db, tables: TableDef[]): Promise<void> {
  const existing = new Set(
    (await db.conn.runAndReadAll(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`)).getRowObjects().map((r) => String(r.table_name)),
  );
  for (const t of tables) {
    if (existing.has(t.name)) {
      await addMissingColumns(db, t);
      continue;
    }
    await db.conn.run(createTableSql(t));
    for (const c of commentSql(t)) await db.conn.run(c);
  }
  await db.conn.run(`CREATE OR REPLACE VIEW latest_sources AS
    SELECT * FROM sources s WHERE version = (SELECT max(version) FROM sources s2 WHERE s2.path = s.path)`);
}

/** Extend, never rename: a column added to a schema is added to an existing database. */
async function addMissingColumns(db: Db, t: TableDef): Promise<void> {
  const have = new Set(
    (await db.conn.runAndReadAll(`SELECT column_name FROM information_schema.columns WHERE table_name = '${t.name}'`)).getRowObjects().map((r) => String(r.column_name)),
  );
  for (const c of columnsOf(t)) {
    if (!have.has(c.name)) await db.conn.run(`ALTER TABLE "${t.name}" ADD COLUMN "${c.name}" ${c.type}`);
  }
}

/** One column's writer, chosen once per table from its DuckDB type: no per-value type dispatch. */
type Writer = (ap: DuckDBAppender, v: unknown) => void;

const WRITERS: Record<string, Writer> = {
  BIGINT: (ap, v) => { if (v === null || v === undefined) ap.appendNull(); else ap.appendBigInt(typeof v === 'bigint' ? v : BigInt(v as number)); },
  INTEGER: (ap, v) => { if (v === null || v === undefined) ap.appendNull(); else ap.appendInteger(v as number); },
  DOUBLE: (ap, v) => { if (v === null || v === undefined) ap.appendNull(); else ap.appendDouble(v as number); },
  BOOLEAN: (ap, v) => { if (v === null || v === undefined) ap.appendNull(); else ap.appendBoolean(Boolean(v)); },
};
/** VARCHAR, JSON, DATE, TIMESTAMP: given as text, cast by DuckDB. */
const TEXT_WRITER: Writer = (ap, v) => { if (v === null || v === undefined) ap.appendNull(); else ap.appendVarchar(typeof v === 'string' ? v : String(v)); };

interface TablePlan { names: string[]; types: string[]; writers: Writer[] }
const plans = new WeakMap<TableDef, TablePlan>();

/** Column names, types and writers of a table, worked out once per table definition. */
export function tablePlan(t: TableDef): TablePlan {
  let p = plans.get(t);
  if (!p) {
    const cols = columnsOf(t);
    p = { names: cols.map((c) => c.name), types: cols.map((c) => c.type), writers: cols.map((c) => WRITERS[c.type] ?? TEXT_WRITER) };
    plans.set(t, p);
  }
  return p;
}

/** Append rows to tables through the Appender (no transaction handling here). */
export async function appendRows(db: Db, defs: TableDef[], rows: TableRows): Promise<number> {
  let n = 0;
  for (const t of defs) {
    const list = rows[t.name];
    if (!list?.length) continue;
    const { names, writers } = tablePlan(t);
    const k = names.length;
    const ap = await db.conn.createAppender(t.name);
    try {
      for (let i = 0; i < list.length; i++) {
        const r = list[i] as Row;
        for (let j = 0; j < k; j++) writers[j]!(ap, r[names[j]!]);
        ap.endRow();
      }
      ap.flushSync();
    } finally {
      ap.closeSync();
    }
    n += list.length;
  }
  return n;
}

/**
 * Append documents given column-wise (`columnRows`, built in the workers: one array per column, in the
 * table's column order, values already of the column's JavaScript type): one Appender per table for all
 * the documents, one tight loop. No transaction handling here.
 */
export async function appendColumns(db: Db, defs: TableDef[], docs: ColumnRows[]): Promise<number> {
  let n = 0;
  for (const t of defs) {
    const parts = docs.map((d) => d[t.name]).filter((c): c is TableColumns => c !== undefined && c.n > 0);
    if (!parts.length) continue;
    const { names, writers } = tablePlan(t);
    const k = names.length;
    const ap = await db.conn.createAppender(t.name);
    try {
      for (const part of parts) {
        if (part.cols.length !== k) throw new DoisoatError('db_error', `Bảng ${t.name}: ${part.cols.length} cột, cần ${k}.`);
        const cols = part.cols;
        for (let i = 0; i < part.n; i++) {
          for (let j = 0; j < k; j++) writers[j]!(ap, cols[j]![i]);
          ap.endRow();
        }
        n += part.n;
      }
      ap.flushSync();
    } finally {
      ap.closeSync();
    }
  }
  return n;
}

/** Run `fn` in one transaction: all of it lands, or none of it. */
export async function inTransaction<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  await db.conn.run('BEGIN TRANSACTION');
  try {
    const out = await fn();
    await db.conn.run('COMMIT');
    return out;
  } catch (e) {
    try { await db.conn.run('ROLLBACK'); } catch { /* connection lost */ }
    throw e;
  }
}

/** Rows of a query as plain objects; BIGINT stays bigint. */
export async function queryRows(db: Db, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const r = params.length
    ? await db.conn.runAndReadAll(sql, params as never)
    : await db.conn.runAndReadAll(sql);
  return r.getRowObjects() as Record<string, unknown>[];
}
