import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../pipeline/cli.js';
import { closeDb, openDb } from '../../pipeline/db/database.js';
import { runChecks } from '../../pipeline/checks/runChecks.js';
import { loadFiles, SEED_DIR } from '../checks-table/helpers.js';

/** `doisoat report` end to end (in this process) over a database file holding seed 004 (txt). */
let dir: string;
let dbPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'doisoat-report-'));
  dbPath = join(dir, 'seeds.duckdb');
  const db = await openDb(dbPath);
  await loadFiles(db, [join(SEED_DIR, '004_7690d259663c1765.txt')]);
  await runChecks(db, null);
  closeDb(db);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => { process.exitCode = 0; vi.restoreAllMocks(); });

async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { err += String(s); return true; });
  process.exitCode = 0;
  await main(args);
  vi.restoreAllMocks();
  return { out, err, code: Number(process.exitCode ?? 0) };
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('doisoat report', () => {
  it('md on stdout by default, and the database file is left as it was (read-only)', async () => {
    const before = sha(dbPath);
    const r = await run(['report', '--db', dbPath]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## 004_7690d259663c1765.txt');
    expect(r.out).toContain('3 cờ: 3 lỗi, 0 cảnh báo, 0 thông tin; 1 văn bản có cờ.');
    expect(sha(dbPath)).toBe(before);
  });

  it('json on stdout parses to the three flags of 004', async () => {
    const r = await run(['report', '--db', dbPath, '--format', 'json']);
    const list = JSON.parse(r.out) as { check_id: string; evidence: unknown[] }[];
    expect(list.map((f) => f.check_id).sort()).toEqual(['doc_type_code_mismatch', 'self_reference_mismatch', 'text_table_mismatch']);
  });

  it('--out writes the file and says so on stderr; nothing on stdout', async () => {
    const out = join(dir, 'sub', 'bao-cao.html');
    const r = await run(['report', '--db', dbPath, '--format', 'html', '--out', out]);
    expect(r.out).toBe('');
    expect(r.err).toContain(`Đã ghi báo cáo html (3 cờ, 1 văn bản) → ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('<h2>004_7690d259663c1765.txt</h2>');
  });

  it('xlsx needs --out: one clear line and exit code 2', async () => {
    const r = await run(['report', '--db', dbPath, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('doisoat: Định dạng xlsx cần tệp kết quả: thêm --out TỆP.xlsx. [bad_usage]\n');
    const out = join(dir, 'bao-cao.xlsx');
    expect((await run(['report', '--db', dbPath, '--format', 'xlsx', '--out', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('a missing database is a usage error', async () => {
    const r = await run(['report', '--db', join(dir, 'none.duckdb')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có cơ sở dữ liệu');
    expect(existsSync(join(dir, 'none.duckdb'))).toBe(false);
  });
});
