import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingest } from '../../pipeline/ingest.js';
import { closeDb, openDb, queryRows } from '../../pipeline/db/database.js';
import { exportParquet, parquetFiles } from '../../pipeline/export/parquet.js';
import { checkShards, collectFlags, openShards } from '../../pipeline/export/shards.js';
import { ALL_TABLES } from '../../schemas/tables.js';
import { isDoisoatError } from '../../pipeline/errors.js';

/**
 * Seeds 000 and 001 cite the same Bộ TT&TT letters with different symbols (`252/BTTTT-KHHC` vs `252/BTTTT-KHTC`,
 * `1768/...`): a conflict only visible when both reports are in one place. Half A holds 000 (+ 004),
 * half B holds 001 (+ the unseen Bình Gia report); each half is its own database and its own shard set.
 */
const SEED_000 = 'fixtures/seeds/000_63739cf91234dbc4.txt';
const SEED_001 = 'fixtures/seeds/001_157e71765e27d8f0.txt';
const SEED_004 = 'fixtures/seeds/004_7690d259663c1765.txt';
const UNSEEN = 'fixtures/unseen/100_binhgia_giamngheo_2023.txt';
const HALF_A = [SEED_000, SEED_004];
const HALF_B = [SEED_001, UNSEEN];

let root: string;
const path = (name: string) => join(root, name);

async function countRows(dbFile: string): Promise<Record<string, number>> {
  const db = await openDb(dbFile, { readOnly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of ALL_TABLES) out[t.name] = Number((await queryRows(db, `SELECT count(*) AS n FROM "${t.name}"`))[0].n);
    return out;
  } finally {
    closeDb(db);
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'doisoat-export-test-'));
  await ingest({ paths: HALF_A, db: path('a.duckdb'), jobs: 1 });
  await ingest({ paths: HALF_B, db: path('b.duckdb'), jobs: 1 });
  await ingest({ paths: [...HALF_A, ...HALF_B], db: path('all.duckdb'), jobs: 1 });
  await exportParquet({ db: path('a.duckdb'), dir: path('pq-a') });
  await exportParquet({ db: path('b.duckdb'), dir: path('pq-b') });
  await exportParquet({ db: path('all.duckdb'), dir: path('pq-all') });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('export --parquet', () => {
  it('reads back, with plain DuckDB, the same number of rows per table', async () => {
    const expected = await countRows(path('all.duckdb'));
    expect(expected.documents).toBe(4);
    expect(expected.doc_refs).toBeGreaterThan(0);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      for (const t of ALL_TABLES) {
        const files = parquetFiles(path(`pq-all/${t.name}`));
        if (expected[t.name] === 0) { expect(files, t.name).toEqual([]); continue; }
        const r = await conn.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${path(`pq-all/${t.name}`)}/**/*.parquet', hive_partitioning = true)`);
        expect([t.name, Number(r.getRowObjects()[0].n)]).toEqual([t.name, expected[t.name]]);
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('partitions documents by province and issued year', () => {
    const dirs = parquetFiles(path('pq-all/documents')).map((f) => relative(path('pq-all/documents'), f).split('/').slice(0, 2).join('/'));
    // 000, 001 and Bình Gia are Lạng Sơn reports of 2023; 004 is Phong Thổ (Lai Châu), 2020
    expect([...new Set(dirs)].sort()).toEqual(['tinh=lai-chau/nam=2020', 'tinh=lang-son/nam=2023']);
    const runs = parquetFiles(path('pq-all/runs')).map((f) => relative(path('pq-all/runs'), f).split('/').slice(0, 2).join('/'));
    expect(runs).toEqual(['tinh=unknown/nam=__HIVE_DEFAULT_PARTITION__']);
  });

  it('sees the union of two shard sets as the single database holding both halves', async () => {
    const shards = await openShards([path('pq-a'), path('pq-b')]);
    try {
      expect(shards.rows).toEqual({ ...(await countRows(path('all.duckdb'))), runs: 2, flags: shards.rows.flags });
    } finally {
      closeDb(shards.db);
    }
  });

  it('finds the cross-report conflict on the union that neither half holds, as the single database does', async () => {
    const union = await checkShards([path('pq-a'), path('pq-b')]);
    const single = await openDb(path('all.duckdb'), { readOnly: true });
    const onSingle = await collectFlags(single).finally(() => closeDb(single));
    const conflicts = (flags: { check_id: string; message: string; flag_id: string }[]) =>
      flags.filter((f) => f.check_id === 'docref_conflict').map((f) => [f.flag_id, f.message]);
    expect(conflicts(union.flags)).toEqual(conflicts(onSingle));
    expect(conflicts(union.flags).map(([, m]) => m)).toEqual(expect.arrayContaining([
      'Cùng văn bản số 252 ngày 19/1/2023 được trích với hai ký hiệu khác nhau: "252/BTTTT-KHHC" và "252/BTTTT-KHTC".',
      'Cùng văn bản số 1768 ngày 12/5/2023 được trích với hai ký hiệu khác nhau: "1768/BTTTT-KHHC" và "1768/BTTTT-KHTC".',
    ]));
    for (const half of ['pq-a', 'pq-b']) {
      const alone = await checkShards([path(half)]);
      expect(alone.flags.filter((f) => f.check_id === 'docref_conflict' && f.related_doc_id !== null), half).toEqual([]);
    }
    // every check, not only the cross-report one, gives the same flags on the union as on the single database
    expect(union.flags.map((f) => f.flag_id)).toEqual(onSingle.map((f) => f.flag_id));
    const copied = await checkShards([path('pq-a'), path('pq-b')], { materialize: true });
    expect(copied.flags.map((f) => f.flag_id)).toEqual(onSingle.map((f) => f.flag_id));
    expect(copied.rows).toEqual(union.rows);
  });

  it('refuses to write over an earlier export unless asked to', async () => {
    const err = await exportParquet({ db: path('a.duckdb'), dir: path('pq-a') }).catch((e: unknown) => e);
    expect(isDoisoatError(err) && err.code).toBe('bad_usage');
    const again = await exportParquet({ db: path('a.duckdb'), dir: path('pq-a'), overwrite: true });
    expect(again.tables.find((t) => t.table === 'documents')?.rows).toBe(2);
    expect(readdirSync(path('pq-a/documents')).sort()).toEqual(['tinh=lai-chau', 'tinh=lang-son']);
  });
});
