import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { DOCUMENT_TABLES } from '../schemas/tables.js';
import { runsTable, sourcesTable, type SourceRow } from '../schemas/source.js';
import { appendColumns, appendRows, inTransaction, openDb, queryRows, closeDb, type Db } from './db/database.js';
import { discover } from './discover.js';
import { docIdOf, sha256Hex } from './extract.js';
import type { FileResult, FileTask } from './worker.js';
import type { ColumnRows } from './db/rows.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../extractors/readers/types.js';
import { VERSION } from './version.js';
import { runChecks, type CheckSummary } from './checks/runChecks.js';
import { DoisoatError, isDoisoatError } from './errors.js';
import { readRegularFile } from './fileAccess.js';

/**
 * Orchestration: discover files → skip what the database already holds (sha256 of a loaded source) → read
 * and extract in a pool of worker threads → one writer loads each batch of whole documents in one transaction.
 *
 * Crash safety: a batch (source rows and every row of its documents) commits or vanishes as a whole, so a
 * killed run leaves whole documents only, and the next run skips them and reads the rest. Failed sources are
 * read again on the next run (a raised limit may let them load) and their row is replaced. Documents loaded
 * by a run that never finished (killed before its checks) are checked again by the next run.
 */
export interface IngestOptions {
  paths: string[];
  db: string;
  jobs?: number;
  limits?: Partial<ReadLimits>;
  /** Documents per transaction at most (default 32). */
  batchSize?: number;
  /** Rows per transaction: a batch is written as soon as its documents hold this many rows (default 100 000). */
  batchRows?: number;
  /** DuckDB's memory ceiling during the run (MB, default 256: with 512 the process peaked at 1.08 GB on 10 405 documents, 0.82 GB with 256). */
  dbMemoryMb?: number;
  force?: boolean;
  /** Heap limit of each worker thread (MB): a file whose reading needs more fails with out_of_memory. */
  memoryMb?: number;
  /** Run the checks on the new documents after loading (default true). */
  check?: boolean;
  onProgress?: (p: Progress) => void;
  command?: string;
}

export interface Progress {
  total: number;
  done: number;
  loaded: number;
  failed: number;
  skipped: number;
  pages: number;
  current: string;
}

export interface IngestSummary {
  run_id: string;
  files_seen: number;
  loaded: number;
  skipped: number;
  failed: { path: string; code: string; message: string }[];
  ignored: string[];
  rows: number;
  pages: number;
  millis: number;
  /** Documents loaded by this run. */
  newDocIds: string[];
  checks: CheckSummary | null;
}

export function workerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const compiled = resolve(here, 'worker.js');
  if (existsSync(compiled) && !import.meta.url.endsWith('.ts')) return compiled;
  return resolve(here, '..', 'dist', 'pipeline', 'worker.js'); // running from TypeScript sources (tests)
}

export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const t0 = Date.now();
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const db = await openDb(opts.db, { memoryMb: opts.dbMemoryMb ?? DEFAULT_DB_MEMORY_MB });
  const runId = new Date().toISOString().replace(/[-:.TZ]/gu, '').slice(0, 17) + '-' + process.pid;
  const summary: IngestSummary = { run_id: runId, files_seen: 0, loaded: 0, skipped: 0, failed: [], ignored: [], rows: 0, pages: 0, millis: 0, newDocIds: [], checks: null };
  const pool = new Piscina({
    filename: workerPath(),
    maxThreads: jobs,
    minThreads: Math.min(jobs, 1),
    idleTimeout: 1000,
    resourceLimits: { maxOldGenerationSizeMb: opts.memoryMb ?? DEFAULT_WORKER_MEMORY_MB },
  });
  try {
    const found = await discover(opts.paths);
    summary.files_seen = found.files.length + found.problems.length;
    summary.ignored = found.ignored;
    await inTransaction(db, () => appendRows(db, [runsTable], { runs: [{
      run_id: runId, command: opts.command ?? 'ingest', started_at: new Date(t0).toISOString(), finished_at: null,
      files_seen: summary.files_seen, files_loaded: 0, files_failed: 0, files_skipped: 0, tool_version: VERSION,
    }] }));
    const existing = new Set((await queryRows(db, 'SELECT source_id FROM sources')).map((r) => String(r.source_id)));
    const loadedShas = (await queryRows(db, `SELECT sha256 FROM sources WHERE status = 'ok'`)).map((r) => String(r.sha256));
    const known = opts.force ? new Set<string>() : new Set(loadedShas);
    const unchecked = opts.force ? [] : await docsOfUnfinishedRuns(db, runId);
    const versions = new Map<string, number>();
    for (const r of await queryRows(db, 'SELECT path, max(version) AS v FROM sources GROUP BY path')) versions.set(String(r.path), Number(r.v));
    const progress: Progress = { total: summary.files_seen, done: 0, loaded: 0, failed: 0, skipped: 0, pages: 0, current: '' };
    const report = (current: string) => { progress.current = current; opts.onProgress?.({ ...progress }); };

    const batchSize = opts.batchSize ?? DEFAULT_BATCH_DOCS;
    const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
    const write = async (items: FileResult[]) => {
      try {
        await writeBatch(db, items, runId, versions, summary, existing);
      } catch (e) {
        if (isDoisoatError(e)) throw e;
        throw new DoisoatError('db_error', `Ghi vào cơ sở dữ liệu ${opts.db} thất bại: ${(e as Error).message}`);
      }
    };
    const pending: FileResult[] = [];
    for (const p of found.problems) {
      pending.push({ ok: false, path: p.path, sha256: '', size: 0, format: null, code: p.code, message: p.message });
      progress.done++; progress.failed++;
      report(p.path);
    }
    await pipeline({
      paths: found.files, jobs, batchSize, batchRows, pending,
      read: (path) => runTask(pool, { path, limits }, known),
      accept: (path, res): res is FileResult => {
        progress.done++;
        if (res === 'skipped' || (res.sha256 && known.has(res.sha256))) { progress.skipped++; summary.skipped++; report(path); return false; }
        if (res.sha256) known.add(res.sha256);
        if (res.ok) { progress.loaded++; progress.pages += res.pages; } else progress.failed++;
        report(path);
        return true;
      },
      write,
    });
    const toCheck = [...new Set([...summary.newDocIds, ...unchecked])];
    if (opts.check !== false && (toCheck.length > 0 || opts.force)) summary.checks = await runChecks(db, opts.force ? null : toCheck);
    summary.millis = Date.now() - t0;
    summary.pages = progress.pages;
    await db.conn.run(
      `UPDATE runs SET finished_at = now(), files_loaded = ${summary.loaded}, files_failed = ${summary.failed.length}, files_skipped = ${summary.skipped} WHERE run_id = '${runId}'`,
    );
    return summary;
  } finally {
    await pool.destroy();
    closeDb(db);
  }
}

/** Documents per transaction at most. */
export const DEFAULT_BATCH_DOCS = 32;
/** Rows per transaction: a batch is cut as soon as its documents hold this many rows. */
export const DEFAULT_BATCH_ROWS = 100_000;
/** DuckDB's memory ceiling during ingest when none is given (MB). */
export const DEFAULT_DB_MEMORY_MB = 256;

interface PipelineSpec {
  paths: string[];
  jobs: number;
  batchSize: number;
  batchRows: number;
  /** Results waiting for the writer (already holds the sources that failed discovery). */
  pending: FileResult[];
  read: (path: string) => Promise<FileResult | 'skipped'>;
  /** Counts a result; false: nothing to write (an unchanged file). */
  accept: (path: string, res: FileResult | 'skipped') => res is FileResult;
  write: (items: FileResult[]) => Promise<void>;
}

const rowsOf = (r: FileResult): number => (r.ok ? r.n_rows : 0) + 1;

/**
 * Readers and the single writer run side by side, with backpressure both ways: at most `jobs + 1` files in
 * the pool (one waiting per thread would spend its start-up grace, never its time limit), and no new file is
 * started while the results waiting for the writer hold two batches' worth of documents or rows, so memory
 * stays bounded whatever the corpus size. The writer takes whole documents, up to `batchSize` documents or
 * `batchRows` rows, one transaction each; a smaller batch only when nothing else can come.
 */
function pipeline(spec: PipelineSpec): Promise<void> {
  const { paths, jobs, batchSize, batchRows, pending } = spec;
  const maxInflight = jobs + 1;
  let next = 0;
  let inflight = 0;
  let writing = false;
  let pendingRows = pending.reduce((a, r) => a + rowsOf(r), 0);
  let failure: unknown = null;
  return new Promise<void>((resolve, reject) => {
    const fail = (e: unknown) => { failure ??= e; pump(); };
    const pump = (): void => {
      if (failure !== null) {
        if (inflight === 0 && !writing) reject(failure);
        return;
      }
      while (next < paths.length && inflight < maxInflight && pending.length < 2 * batchSize && pendingRows < 2 * batchRows) {
        const path = paths[next++]!;
        inflight++;
        spec.read(path).then((res) => {
          inflight--;
          if (spec.accept(path, res)) { pending.push(res); pendingRows += rowsOf(res); }
          pump();
        }, (e) => { inflight--; fail(e); });
      }
      const more = next < paths.length || inflight > 0;
      if (!writing && pending.length && (!more || pending.length >= batchSize || pendingRows >= batchRows)) {
        let take = 0;
        let rows = 0;
        while (take < pending.length && take < batchSize && (take === 0 || rows + rowsOf(pending[take]!) <= batchRows)) rows += rowsOf(pending[take++]!);
        const items = pending.splice(0, take);
        pendingRows -= rows;
        writing = true;
        spec.write(items).then(() => { writing = false; pump(); }, (e) => { writing = false; fail(e); });
        return;
      }
      if (!writing && !more && !pending.length) resolve();
    };
    pump();
  });
}

/** How long a worker may take to start and load a reader, on top of the time limit of the file. */
const STARTUP_GRACE_MS = 60_000;

/** The worker heap limit when none is given (MB). */
export const DEFAULT_WORKER_MEMORY_MB = 1024;

/** Documents loaded by earlier runs that never finished (killed): their checks may not have run. */
async function docsOfUnfinishedRuns(db: Db, runId: string): Promise<string[]> {
  const rows = await queryRows(db, `SELECT s.source_id FROM sources s JOIN runs r ON r.run_id = s.run_id
    WHERE s.status = 'ok' AND r.finished_at IS NULL AND r.run_id <> ?`, [runId]);
  return rows.map((r) => String(r.source_id));
}

/** Hash first (cheap) so unchanged files never reach a worker; then read in the pool under a time limit. */
async function runTask(pool: Piscina, task: FileTask, known: Set<string>): Promise<FileResult | 'skipped'> {
  const maxMillis = task.limits!.maxMillis;
  const file = await readRegularFile(task.path, task.limits!.maxBytes);
  const sha = file.ok ? sha256Hex(file.bytes) : '';
  const size = file.ok ? file.bytes.length : file.size;
  if (sha && known.has(sha)) return 'skipped';
  // otherwise the worker reads the file again and reports why it cannot be read, if it cannot
  // the time limit runs from the moment the worker starts reading; a worker that never gets there is stopped too
  const stop = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let limit: NodeJS.Timeout | undefined;
  port1.once('message', () => { limit = setTimeout(() => stop.abort(), maxMillis); });
  const startup = setTimeout(() => stop.abort(), maxMillis + STARTUP_GRACE_MS);
  try {
    return (await pool.run({ ...task, started: port2 }, { signal: stop.signal, transferList: [port2] })) as FileResult;
  } catch (e) {
    const err = e as Error & { code?: string };
    const timeout = err.name === 'AbortError' || err.name === 'TimeoutError' || /abort/iu.test(err.message);
    const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/iu.test(err.message);
    return {
      ok: false, path: task.path, sha256: sha, size, format: null,
      code: timeout ? 'timeout' : oom ? 'out_of_memory' : 'internal',
      message: timeout
        ? `Đọc tệp quá ${Number((maxMillis / 1000).toFixed(1))} giây, đã dừng (tăng bằng --timeout-s nếu cần).`
        : oom ? 'Đọc tệp vượt quá giới hạn bộ nhớ, đã dừng (tăng bằng --max-memory-mb nếu cần).' : `Lỗi không mong đợi: ${err.message}`,
    };
  } finally {
    clearTimeout(limit);
    clearTimeout(startup);
    port1.close();
  }
}

/**
 * `existing`: source ids already in the database. A source read again (--force, or a failed source retried)
 * replaces its row and every row of its document.
 */
async function writeBatch(db: Db, items: FileResult[], runId: string, versions: Map<string, number>, summary: IngestSummary, existing: Set<string>): Promise<void> {
  const now = new Date().toISOString();
  const sources: SourceRow[] = [];
  const docRows: ColumnRows[] = [];
  const replaced: string[] = [];
  for (const it of items) {
    // a file whose bytes could not be read is known by its path
    const sha = it.sha256 || sha256Hex(new TextEncoder().encode(`unreadable:${it.path}`));
    const id = docIdOf(sha);
    const again = existing.has(id);
    if (again) replaced.push(id);
    existing.add(id);
    const version = again ? versions.get(it.path) ?? 1 : (versions.get(it.path) ?? 0) + 1;
    versions.set(it.path, version);
    sources.push({
      source_id: id, path: it.path, format: it.format, size_bytes: BigInt(it.size), sha256: it.sha256,
      encoding: it.ok ? it.encoding : null, status: it.ok ? 'ok' : 'failed', error_code: it.ok ? null : it.code,
      error_message: it.ok ? null : it.message, ingested_at: now, version, run_id: runId,
      warnings: JSON.stringify(it.ok ? it.warnings : []),
    });
    if (it.ok) {
      docRows.push(it.rows);
      summary.loaded++;
      summary.newDocIds.push(docIdOf(sha));
    } else {
      summary.failed.push({ path: it.path, code: it.code, message: it.message });
    }
  }
  summary.rows += await inTransaction(db, async () => {
    if (replaced.length) {
      const ids = replaced.map((id) => `'${id}'`).join(', ');
      for (const t of DOCUMENT_TABLES) await db.conn.run(`DELETE FROM "${t.name}" WHERE doc_id IN (${ids})`);
      await db.conn.run(`DELETE FROM flags WHERE doc_id IN (${ids})`);
      await db.conn.run(`DELETE FROM sources WHERE source_id IN (${ids})`);
    }
    const n = await appendRows(db, [sourcesTable], { sources });
    return n + (await appendColumns(db, DOCUMENT_TABLES, docRows));
  });
}
