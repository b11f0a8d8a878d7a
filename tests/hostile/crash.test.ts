/**
 * Crash safety: `ingest` (the real CLI, a child process) is killed with SIGKILL at random moments, rerun
 * to completion, and the database must equal the one of an uninterrupted run: the same rows in every table
 * (timestamps and run ids aside), no duplicates, no half documents. DuckDB leaves a WAL behind a killed
 * process; the next open replays it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { prng } from '../../scripts/bad-inputs/cases.js';
import { PUBLIC_VN, query, runCli, SEEDS, startCli, TABLE_NAMES, tempDir, type CliResult, removeDir } from './helpers.js';

const KILLS = 5;
const MAX_ATTEMPTS = 20;
/** Columns that differ between runs by nature. */
const RUN_COLUMNS: Record<string, string[]> = { sources: ['run_id', 'ingested_at'] };
const COMPARED = TABLE_NAMES.filter((t) => t !== 'runs');

const dir = tempDir('crash');
afterAll(() => removeDir(dir));
const corpus = join(dir, 'corpus');
const refDb = join(dir, 'reference.duckdb');
const killedDb = join(dir, 'killed.duckdb');
const seed = Number(process.env.DOISOAT_CRASH_SEED ?? Date.now() % 1_000_000);
const ingestArgs = (db: string) => ['ingest', corpus, '--db', db, '--jobs', '2'];

interface TableDigest {
  rows: number;
  distinct: number;
  perDoc: Record<string, number>;
  hash: string;
}

/** Every table's rows (run columns aside) as sorted JSON lines: count, distinct count, count per doc, hash. */
async function digest(db: string): Promise<Record<string, TableDigest>> {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    const out: Record<string, TableDigest> = {};
    for (const t of COMPARED) {
      const exclude = RUN_COLUMNS[t] ? ` EXCLUDE (${RUN_COLUMNS[t].join(', ')})` : '';
      const rows = (await conn.runAndReadAll(`SELECT *${exclude} FROM "${t}"`)).getRowObjectsJson();
      const lines = rows.map((r) => JSON.stringify(r)).sort();
      const perDoc: Record<string, number> = {};
      for (const r of rows) {
        const id = String(r.doc_id ?? r.source_id);
        perDoc[id] = (perDoc[id] ?? 0) + 1;
      }
      out[t] = {
        rows: lines.length,
        distinct: new Set(lines).size,
        perDoc,
        hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
      };
    }
    return out;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

interface Kill {
  /** `startup`: killed at a random moment from the spawn; `load`: after the first file was read. */
  phase: 'startup' | 'load';
  delay: number;
  killed: boolean;
  walLeft: boolean;
  result: CliResult;
}

const kills: Kill[] = [];
let reference: CliResult;
let final: CliResult;

beforeAll(async () => {
  mkdirSync(corpus);
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copyFileSync(join(SEEDS, f), join(corpus, `seed-${f}`));
  for (const f of readdirSync(PUBLIC_VN).filter((n) => n.endsWith('.txt'))) copyFileSync(join(PUBLIC_VN, f), join(corpus, f));
  reference = await runCli(ingestArgs(refDb));
  const random = prng(seed);
  // A load-phase kill comes within an eighth of the uninterrupted time after the first file is read, so five of
  // them land before the work is done; one attempt in five kills during start-up (opening, migrating, discovery).
  const span = reference.millis / 8;
  const loadKills = () => kills.filter((k) => k.killed && k.phase === 'load').length;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && loadKills() < KILLS; attempt++) {
    const phase = random() < 0.2 ? 'startup' : 'load';
    // The first load-phase kill comes later (one to three eighths of the run), after the first batches have
    // committed, so that the final run has something to skip; the others may land anywhere in the first eighth.
    const late = phase === 'load' && !kills.some((k) => k.phase === 'load');
    const delay = Math.round(phase === 'startup' ? 100 + random() * 1500 : late ? span + random() * 2 * span : random() * span);
    const { child, done } = startCli(ingestArgs(killedDb));
    let timer: NodeJS.Timeout | undefined;
    if (phase === 'startup') timer = setTimeout(() => child.kill('SIGKILL'), delay);
    else {
      child.stderr!.once('data', () => { timer = setTimeout(() => child.kill('SIGKILL'), delay); }); // first progress line
    }
    const result = await done;
    clearTimeout(timer);
    const killed = result.signal === 'SIGKILL';
    kills.push({ phase, delay, killed, walLeft: killed && existsSync(`${killedDb}.wal`), result });
    if (!killed) break; // it finished before the kill: nothing left to interrupt
  }
  final = await runCli(ingestArgs(killedDb));
}, 600_000);

describe(`ingest killed ${KILLS} times (seed ${seed}), then run to completion`, () => {
  it('the uninterrupted run loads every file', () => {
    expect(reference.code).toBe(0);
  });

  it(`was really killed ${KILLS} times mid-run, at random delays, and the killed runs had loaded part of the files`, () => {
    const landed = kills.filter((k) => k.killed && k.phase === 'load');
    console.info(`crash test: reference run ${reference.millis} ms; kills: ${kills.map((k) => `${k.phase} +${k.delay} ms${k.killed ? '' : ' (finished first)'}${k.walLeft ? ' wal' : ''}`).join(', ')}; final run ${final.millis} ms`);
    expect(landed.length).toBeGreaterThanOrEqual(KILLS);
    expect(new Set(landed.map((k) => k.delay)).size).toBe(landed.length);
    const skipped = Number(/bỏ qua (\d+) tệp không đổi/u.exec(final.stderr)?.[1]);
    console.info(`crash test: the final run found ${skipped} of ${readdirSync(corpus).length} files already loaded by the killed runs`);
    expect(skipped).toBeGreaterThan(0);
    expect(skipped).toBeLessThan(readdirSync(corpus).length);
  });

  it('a killed run leaves a WAL; the next run opens the database (replays it) without error', () => {
    expect(kills.some((k) => k.walLeft)).toBe(true);
    for (const k of kills.filter((x) => !x.killed)) expect(k.result.code).toBe(0);
    expect(final.code).toBe(0);
    expect(final.stderr).not.toMatch(/\n\s+at |db_error|db_locked/u);
  });

  it('the killed runs stay recorded as unfinished (finished_at NULL); the final run finished', async () => {
    const runs = await query(killedDb, 'SELECT run_id, finished_at FROM runs ORDER BY started_at');
    const unfinished = runs.filter((r) => r.finished_at === null).length;
    expect(unfinished).toBeGreaterThanOrEqual(kills.filter((k) => k.killed && k.phase === 'load').length);
    expect(unfinished).toBeLessThanOrEqual(kills.filter((k) => k.killed).length);
    expect(runs.at(-1)!.finished_at).not.toBeNull();
  });

  it('every table holds the same rows as after the uninterrupted run, with no duplicate and no half document', async () => {
    const [ref, got] = [await digest(refDb), await digest(killedDb)];
    for (const t of COMPARED) {
      expect(got[t].distinct, `${t}: duplicate rows`).toBe(got[t].rows);
      expect(got[t].perDoc, `${t}: rows per document`).toEqual(ref[t].perDoc);
      expect(got[t].hash, `${t}: rows`).toBe(ref[t].hash);
    }
    expect(ref.documents.rows).toBe(readdirSync(corpus).length);
    expect(ref.flags.rows).toBeGreaterThan(0);
  });
});

describe('checks of documents loaded by a killed run', () => {
  it('are run again by the next ingest, which has nothing new to load', async () => {
    const db = join(dir, 'unchecked.duckdb');
    copyFileSync(refDb, db);
    // what a kill between the last commit and the checks leaves: documents loaded, no flags, run unfinished
    const instance = await DuckDBInstance.create(db);
    const conn = await instance.connect();
    await conn.run('DELETE FROM flags');
    await conn.run('UPDATE runs SET finished_at = NULL');
    conn.closeSync();
    instance.closeSync();
    const rerun = await runCli(ingestArgs(db));
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`bỏ qua ${readdirSync(corpus).length} tệp không đổi`);
    expect((await digest(db)).flags).toEqual((await digest(refDb)).flags);
  });
});
