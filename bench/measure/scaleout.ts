import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { exportParquet, type ExportSummary } from '../../pipeline/export/parquet.js';
import { checkShards, collectFlags, shardViewsSql } from '../../pipeline/export/shards.js';
import { closeDb, openDb } from '../../pipeline/db/database.js';
import type { Flag } from '../../schemas/flags.js';
import { TMP } from '../paths.js';
import { ingestRun, type IngestRun } from './ingestRun.js';

export interface CheckCompare {
  check_id: string;
  single: number;
  union: number;
  /** Flags of the union that are not on the single database, and the other way round. */
  onlyUnion: number;
  onlySingle: number;
  /** Flags of the union naming a document of each half (cross-report). */
  acrossHalves: number;
}

export interface ScaleoutResult {
  halves: [IngestRun, IngestRun];
  exports: [ExportSummary, ExportSummary];
  exportSingle: ExportSummary;
  shardRows: Record<string, number>;
  shardMillis: number;
  /** The same with the shards copied into in-memory tables first. */
  materializedMillis: number;
  materializedIdentical: boolean;
  singleMillis: number;
  singleDocuments: number;
  compare: CheckCompare[];
  identical: boolean;
  viewsSql: string[];
  dirs: [string, string];
}

/**
 * Scale-out: the corpus split in two halves (alternate files), each ingested into its own database and
 * exported to its own Parquet shard set; the checks then run over views on the union of both shard sets and
 * are compared, flag by flag, with the checks on one database holding both halves.
 */
export async function measureScaleout(files: string[], single: IngestRun, jobs: number, log: (m: string) => void): Promise<ScaleoutResult> {
  const a = files.filter((_, i) => i % 2 === 0);
  const b = files.filter((_, i) => i % 2 === 1);
  log(`scale-out: ingest two halves (${a.length} + ${b.length} files)`);
  const halves: [IngestRun, IngestRun] = [await ingestRun('half-a', a, jobs), await ingestRun('half-b', b, jobs)];
  const dirs: [string, string] = [join(TMP, 'parquet', 'half-a'), join(TMP, 'parquet', 'half-b')];
  log('scale-out: export --parquet each half, and the single database');
  const exports: [ExportSummary, ExportSummary] = [
    await exportParquet({ db: halves[0].db, dir: dirs[0], overwrite: true }),
    await exportParquet({ db: halves[1].db, dir: dirs[1], overwrite: true }),
  ];
  const singleDir = join(TMP, 'parquet', 'single');
  rmSync(singleDir, { recursive: true, force: true });
  const exportSingle = await exportParquet({ db: single.db, dir: singleDir, overwrite: true });
  log('scale-out: checks over the union of the two shard sets, and on the single database');
  const union = await checkShards(dirs);
  const copied = await checkShards(dirs, { materialize: true });
  const t0 = performance.now();
  const db = await openDb(single.db, { readOnly: true });
  let onSingle: Flag[];
  try {
    onSingle = await collectFlags(db);
  } finally {
    closeDb(db);
  }
  const singleMillis = performance.now() - t0;
  const halfOf = new Map<string, 'a' | 'b'>();
  for (const [i, h] of ['a', 'b'].entries()) for (const id of await docIds(halves[i].db)) halfOf.set(id, h as 'a' | 'b');
  const ids = [...new Set([...union.flags, ...onSingle].map((f) => f.check_id))].sort();
  const compare = ids.map((id): CheckCompare => {
    const u = new Set(union.flags.filter((f) => f.check_id === id).map((f) => f.flag_id));
    const s = new Set(onSingle.filter((f) => f.check_id === id).map((f) => f.flag_id));
    const across = union.flags.filter((f) => f.check_id === id && f.related_doc_id !== null && halfOf.get(f.doc_id) !== halfOf.get(f.related_doc_id)).length;
    return { check_id: id, single: s.size, union: u.size, onlyUnion: [...u].filter((x) => !s.has(x)).length, onlySingle: [...s].filter((x) => !u.has(x)).length, acrossHalves: across };
  });
  return {
    halves, exports, exportSingle, shardRows: union.rows, shardMillis: union.millis, singleMillis,
    materializedMillis: copied.millis, materializedIdentical: sameIds(copied.flags, union.flags), singleDocuments: single.documents,
    compare, identical: compare.every((c) => c.onlyUnion === 0 && c.onlySingle === 0), viewsSql: shardViewsSql(dirs), dirs,
  };
}

async function docIds(file: string): Promise<string[]> {
  const db = await openDb(file, { readOnly: true });
  try {
    return (await db.conn.runAndReadAll('SELECT doc_id FROM documents')).getRowObjects().map((r) => String(r.doc_id));
  } finally {
    closeDb(db);
  }
}

function sameIds(a: Flag[], b: Flag[]): boolean {
  return a.map((f) => f.flag_id).join() === b.map((f) => f.flag_id).join();
}
