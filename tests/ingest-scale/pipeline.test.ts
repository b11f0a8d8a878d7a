/**
 * Readers and writer side by side: whatever the batch limits (documents, rows), every document lands whole,
 * once, with the same rows; unchanged files are skipped on the next run; `check: false` loads only.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest.js';
import { closeDb, openDb, queryRows } from '../../pipeline/db/database.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const TXT = ['000_63739cf91234dbc4.txt', '001_157e71765e27d8f0.txt', '002_5400b95413840074.txt', '004_7690d259663c1765.txt'];
const dir = mkdtempSync(join(tmpdir(), 'ingest-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpus = join(dir, 'corpus');
mkdirSync(join(corpus, 'copy'), { recursive: true });
for (const f of TXT) copyFileSync(join(SEEDS, f), join(corpus, f));
copyFileSync(join(SEEDS, TXT[2]!), join(corpus, 'copy', 'same-bytes.txt')); // same sha256: loaded once

async function contents(db: string): Promise<Record<string, number>> {
  const d = await openDb(db, { readOnly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of ['sources', 'documents', 'blocks', 'table_cells', 'amounts', 'dates', 'doc_refs', 'facts']) {
      out[t] = Number((await queryRows(d, `SELECT count(*) AS n FROM "${t}"`))[0]!.n);
    }
    return out;
  } finally {
    closeDb(d);
  }
}

describe('ingest with small batches, check: false', () => {
  const runs: [string, { batchSize?: number; batchRows?: number; jobs: number }][] = [
    ['defaults, 1 job', { jobs: 1 }],
    ['one document per batch, 2 jobs', { batchSize: 1, jobs: 2 }],
    ['batches cut by rows (1 row: every document alone), 2 jobs', { batchRows: 1, jobs: 2 }],
  ];
  const seen: Record<string, number>[] = [];
  it.each(runs)('%s', async (name, o) => {
    const db = join(dir, `${name.replace(/\W+/gu, '-')}.duckdb`);
    const s = await ingest({ paths: [corpus], db, check: false, ...o });
    expect(s.loaded).toBe(4);
    expect(s.skipped).toBe(1);
    expect(s.failed).toEqual([]);
    expect(s.checks).toBeNull();
    expect(s.newDocIds.length).toBe(4);
    const c = await contents(db);
    expect(c.sources).toBe(4);
    expect(c.documents).toBe(4);
    expect(s.rows).toBe(Object.values(await (async () => {
      const d = await openDb(db, { readOnly: true });
      try {
        const n = await queryRows(d, `SELECT (SELECT count(*) FROM blocks) + (SELECT count(*) FROM lines) + (SELECT count(*) FROM tables)
          + (SELECT count(*) FROM table_cells) + (SELECT count(*) FROM pages) + (SELECT count(*) FROM amounts) + (SELECT count(*) FROM quantities)
          + (SELECT count(*) FROM percents) + (SELECT count(*) FROM dates) + (SELECT count(*) FROM doc_refs) + (SELECT count(*) FROM facts)
          + (SELECT count(*) FROM fact_percents) + (SELECT count(*) FROM documents) + (SELECT count(*) FROM sources) AS n`);
        return { n: Number(n[0]!.n) };
      } finally {
        closeDb(d);
      }
    })()).reduce((a, b) => a + b, 0));
    seen.push(c);
    // every run holds the same rows
    expect(c).toEqual(seen[0]);
    const again = await ingest({ paths: [corpus], db, check: false, ...o });
    expect([again.loaded, again.skipped, again.failed.length]).toEqual([0, 5, 0]);
    expect(await contents(db)).toEqual(c);
  });
});
