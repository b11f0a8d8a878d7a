/**
 * A database in use by another process: a second `ingest` and a `query` get one clear line naming that
 * process (its PID), exit 2, no stack trace. `query` refuses every statement that would write.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../pipeline/cli.js';
import { SEED_TXT } from '../../scripts/bad-inputs/cases.js';
import { PUBLIC_VN, query, ROOT, runCli, SEEDS, startCli, tempDir, type CliResult, removeDir } from './helpers.js';

const dir = tempDir('lock');
afterAll(() => removeDir(dir));
const seed = join(SEEDS, SEED_TXT);
const LOCKED = /^doisoat: Cơ sở dữ liệu .* đang được tiến trình PID (\d+) \(.*\) sử dụng\. Hãy đợi tiến trình đó kết thúc rồi chạy lại\. \[db_locked\]\n$/u;

/** A process that opens the database read-write and keeps it open until killed. */
async function holdOpen(db: string): Promise<ChildProcess> {
  const script = `import { DuckDBInstance } from '@duckdb/node-api';
    const i = await DuckDBInstance.create(${JSON.stringify(db)}); await i.connect();
    process.stdout.write('ready\\n'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('a database held open by another process', () => {
  const db = join(dir, 'held.duckdb');
  let holder: ChildProcess;
  beforeAll(async () => {
    expect((await runCli(['ingest', seed, '--db', db])).code).toBe(0);
    holder = await holdOpen(db);
  });
  afterAll(() => stop(holder));

  it('ingest: exit 2, one line naming the holder by PID', async () => {
    const r = await runCli(['ingest', seed, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(LOCKED);
    expect(LOCKED.exec(r.stderr)![1]).toBe(String(holder.pid));
  });

  it('query: exit 2, the same lock message', async () => {
    const r = await runCli(['query', 'SELECT count(*) FROM sources', '--db', db, '--format', 'json']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(LOCKED.exec(r.stderr)?.[1]).toBe(String(holder.pid));
  });

  it('once the holder is gone, both work again', async () => {
    await stop(holder);
    const q = await runCli(['query', 'SELECT count(*)::INTEGER AS n FROM sources', '--db', db, '--format', 'json']);
    expect([q.code, JSON.parse(q.stdout)]).toEqual([0, [{ n: 1 }]]);
    expect((await runCli(['ingest', seed, '--db', db])).code).toBe(0);
  });
});

describe('a second ingest while an ingest is running', () => {
  it('is refused with the running ingest named by PID and command; the first one is not disturbed', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const f of readdirSync(PUBLIC_VN).slice(0, 120)) copyFileSync(join(PUBLIC_VN, f), join(corpus, f));
    const db = join(dir, 'busy.duckdb');
    const first = startCli(['ingest', corpus, '--db', db, '--jobs', '1']);
    await new Promise((resolve) => first.child.stderr!.once('data', resolve)); // the first file is read: the db is open
    const second = await runCli(['ingest', seed, '--db', db]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(LOCKED);
    expect(second.stderr).toContain(`PID ${first.child.pid} (`);
    expect(second.stderr).toContain(`ingest ${corpus} --db ${db}`);
    const done = await first.done;
    expect(done.code).toBe(0);
    const [n] = await query(db, `SELECT count(*)::INTEGER AS n FROM sources WHERE status = 'ok'`);
    expect(n.n).toBe(120);
  });
});

const out = (name: string) => join(dir, name);
/** Run through the real CLI (a child process each). */
const WRITES: [string, string][] = [
  ['INSERT', 'INSERT INTO runs SELECT * FROM runs'],
  ['UPDATE', `UPDATE sources SET path = 'x'`],
  ['DELETE', 'DELETE FROM sources'],
  ['CREATE TABLE', 'CREATE TABLE t (a INTEGER)'],
  ['COPY query TO', `COPY (SELECT 1) TO '${out('b.csv')}'`],
  ['EXPORT DATABASE', `EXPORT DATABASE '${out('export')}'`],
  ['ATTACH', `ATTACH '${out('other.duckdb')}' AS other`],
  ['PRAGMA (checkpoint)', 'PRAGMA force_checkpoint'],
  ['EXPLAIN ANALYZE of COPY TO', `EXPLAIN ANALYZE COPY (SELECT 42) TO '${out('c.csv')}'`],
  ['a write after a SELECT', 'SELECT 1; DELETE FROM sources'],
];
/** Run through the CLI's main() in this process (the same code without a node start-up each). */
const MORE_WRITES: [string, string][] = [
  ['CREATE VIEW', 'CREATE VIEW v AS SELECT 1'],
  ['DROP', 'DROP TABLE sources'],
  ['ALTER', 'ALTER TABLE sources ADD COLUMN x INTEGER'],
  ['COPY table TO', `COPY sources TO '${out('a.csv')}'`],
  ['PRAGMA (setting)', 'PRAGMA enable_profiling'],
  ['SET', 'SET threads = 1'],
  ['CHECKPOINT', 'CHECKPOINT'],
  ['CALL', 'CALL checkpoint()'],
  ['INSTALL', 'INSTALL httpfs'],
  ['VACUUM', 'VACUUM'],
  ['BEGIN', 'BEGIN TRANSACTION'],
  ['EXPLAIN ANALYZE of a write', 'EXPLAIN ANALYZE DELETE FROM sources'],
];
/** CLI runs at the same time (the database is opened read-only by all). */
const PARALLEL = 3;

/** `main(argv)` of the CLI in this process: exit code and what it wrote. */
async function mainInProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const before = process.exitCode;
  try {
    process.exitCode = 0;
    await main(argv);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = before;
  }
}

describe('query refuses statements that would write', () => {
  const db = join(dir, 'ro.duckdb');
  const results = new Map<string, CliResult>();
  beforeAll(async () => {
    expect((await runCli(['ingest', seed, '--db', db])).code).toBe(0);
    const todo = [...WRITES];
    await Promise.all(Array.from({ length: PARALLEL }, async () => {
      for (let w = todo.shift(); w; w = todo.shift()) results.set(w[0], await runCli(['query', w[1], '--db', db]));
    }));
  });

  it.each([...WRITES, ...MORE_WRITES])('%s → exit 2, read_only', async (name, sql) => {
    const r = results.get(name) ?? (await mainInProcess(['query', sql, '--db', db]));
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^doisoat: Lệnh query chỉ được đọc \(SELECT\); câu lệnh thứ \d sẽ ghi hoặc thay đổi cơ sở dữ liệu nên bị từ chối\. \[read_only\]\n$/u);
  });

  it('nothing was written: no file made, the rows unchanged', async () => {
    for (const f of ['a.csv', 'b.csv', 'c.csv', 'export', 'other.duckdb']) expect(existsSync(out(f)), f).toBe(false);
    const rows = await query(db, `SELECT (SELECT count(*) FROM sources)::INTEGER AS s, (SELECT count(*) FROM runs)::INTEGER AS r,
      (SELECT count(*) FROM information_schema.tables WHERE table_name IN ('t', 'v'))::INTEGER AS extra`);
    expect(rows).toEqual([{ s: 1, r: 1, extra: 0 }]);
  });

  it.each([
    ['SELECT', 'SELECT count(*)::INTEGER AS n FROM sources', [{ n: 1 }]],
    ['FROM-first', 'FROM sources SELECT count(*)::INTEGER AS n', [{ n: 1 }]],
    ['WITH', 'WITH a AS (SELECT 2 AS n) SELECT n FROM a', [{ n: 2 }]],
    ['read-only PRAGMA', `SELECT count(*)::INTEGER AS n FROM pragma_table_info('runs') WHERE name = 'run_id'`, [{ n: 1 }]],
  ])('%s is answered', async (_, sql, expected) => {
    const r = await mainInProcess(['query', sql, '--db', db, '--format', 'json']);
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, expected]);
  });
});
