import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { ALL_TABLES, DOCUMENT_TABLES } from '../../schemas/tables.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'bin', 'doisoat.mjs');
export const SEEDS = join(ROOT, 'fixtures', 'seeds');
export const PUBLIC_VN = join(ROOT, 'fixtures', 'public-vn');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `doisoat-hostile-${prefix}-`));
}

/** Removes a test's folder (the corpus holds 55 MB of big files), unless DOISOAT_KEEP=1 asks to keep it. */
export function removeDir(dir: string): void {
  if (process.env.DOISOAT_KEEP === '1') console.info(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  millis: number;
}

/** Runs the real CLI (`node bin/doisoat.mjs ...`) as a child process. */
export function startCli(args: string[]): { child: ChildProcess; done: Promise<CliResult> } {
  const t0 = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, millis: Date.now() - t0 }));
  });
  return { child, done };
}

export function runCli(args: string[]): Promise<CliResult> {
  return startCli(args).done;
}

/** A clerk-facing message: Vietnamese words, no stack trace, no JavaScript leftovers. */
export const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
export const NOT_FOR_A_CLERK = /\n\s+at |Error:|TypeError|RangeError|\[object |undefined|null\b|ERR_[A-Z_]+|^\s*$/u;

export type Row = Record<string, unknown>;

/** Rows of a query on a database file, opened read-only in this process and closed at once. */
export async function query(db: string, sql: string): Promise<Row[]> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjects() as Row[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Every table whose rows belong to a document (doc_id), flags included. */
export const DOC_ID_TABLES = [...DOCUMENT_TABLES.map((t) => t.name), 'flags'];
export const TABLE_NAMES = ALL_TABLES.map((t) => t.name);

/** Rows of every document table that belong to a source that is not loaded (status failed or no source). */
export async function orphanRows(db: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of DOC_ID_TABLES) {
    const [r] = await query(db, `SELECT count(*)::INTEGER AS n FROM "${t}" WHERE doc_id NOT IN (SELECT source_id FROM sources WHERE status = 'ok')`);
    out[t] = Number(r.n);
  }
  return out;
}
