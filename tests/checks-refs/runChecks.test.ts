import { afterEach, describe, expect, it } from 'vitest';
import { limitResources, runChecks } from '../../pipeline/checks/runChecks.js';
import sum_mismatch from '../../pipeline/checks/sum_mismatch.js';
import percent_mismatch from '../../pipeline/checks/percent_mismatch.js';
import docref_conflict from '../../pipeline/checks/docref_conflict.js';
import date_invalid from '../../pipeline/checks/date_invalid.js';
import { closeDb, queryRows, type Db } from '../../pipeline/db/database.js';
import { dbOfTexts, report } from '../checks-facts/helpers.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

const CHECKS = [date_invalid, sum_mismatch, percent_mismatch, docref_conflict];
const cv = (sym: string) => `Căn cứ Công văn số 85/BTTTT-${sym} ngày 30/01/2023 của Bộ Thông tin và Truyền thông về việc hướng dẫn.`;
const DOCS = {
  a: report({ number: '11/BC-UBND', body: `${cv('KHTC')}\nĐã tổ chức 08 lớp tập huấn, trong đó: 09 lớp cho cộng đồng, 03 lớp cho cán bộ cơ sở. Họp ngày 31/02/2023.` }),
  b: report({ number: '12/BC-UBND', body: `${cv('KHHC')}\nKế hoạch vốn năm 2023: 3.000 triệu đồng. Đã giải ngân 1.800 triệu đồng, đạt 65% kế hoạch vốn.` }),
  c: report({ number: '13/BC-UBND', body: cv('KHTC') }),
};

async function flagRows(d: Db): Promise<string[]> {
  return (await queryRows(d, 'SELECT check_id, doc_id, related_doc_id, message, evidence FROM flags ORDER BY flag_id')).map((r) => JSON.stringify(r));
}

describe('runChecks', () => {
  it('writes every check\'s flags and counts them by check and severity', async () => {
    ({ db } = await dbOfTexts(DOCS));
    const s = await runChecks(db, null, CHECKS);
    expect(s.byCheck).toEqual({
      date_invalid: { error: 1, warning: 0, info: 0 },
      sum_mismatch: { error: 1, warning: 0, info: 0 },
      percent_mismatch: { error: 1, warning: 0, info: 0 },
      docref_conflict: { error: 1, warning: 0, info: 0 },
    });
    expect(s.flags).toBe(4);
    expect(s.checked).toBe('all');
    expect(Object.keys(s.millisByCheck!)).toEqual(['date_invalid', 'sum_mismatch', 'percent_mismatch', 'docref_conflict']);
    expect((await queryRows(db, 'SELECT check_id, doc_id, related_doc_id FROM flags ORDER BY check_id'))).toEqual([
      { check_id: 'date_invalid', doc_id: 'a', related_doc_id: null },
      { check_id: 'docref_conflict', doc_id: 'b', related_doc_id: 'a' },
      { check_id: 'percent_mismatch', doc_id: 'b', related_doc_id: null },
      { check_id: 'sum_mismatch', doc_id: 'a', related_doc_id: null },
    ]);
  });

  it('is rerunnable: the same database gives the same flags, whole or for some documents', async () => {
    ({ db } = await dbOfTexts(DOCS));
    await runChecks(db, null, CHECKS);
    const first = await flagRows(db);
    await runChecks(db, null, CHECKS);
    expect(await flagRows(db)).toEqual(first);
    // document checks rerun for `b` only keep `a`'s flags; the corpus check reruns everywhere
    const s = await runChecks(db, ['b'], CHECKS);
    expect(s.checked).toBe(1);
    expect(s.byCheck.sum_mismatch).toEqual({ error: 0, warning: 0, info: 0 });
    expect(await flagRows(db)).toEqual(first);
  });

  it('all or nothing: a check that fails leaves the earlier flags as they were', async () => {
    ({ db } = await dbOfTexts(DOCS));
    await runChecks(db, null, CHECKS);
    const first = await flagRows(db);
    const broken = { ...percent_mismatch, run: async () => { throw new Error('boom'); } };
    await expect(runChecks(db, null, [date_invalid, sum_mismatch, broken])).rejects.toThrow('boom');
    expect(await flagRows(db)).toEqual(first);
  });
});

describe('limitResources', () => {
  it('sets DuckDB\'s memory ceiling and thread count', async () => {
    ({ db } = await dbOfTexts({ a: DOCS.a }));
    await limitResources(db, { memoryMb: 300, threads: 1 });
    const [r] = await queryRows(db, `SELECT current_setting('memory_limit') AS mem, current_setting('threads') AS threads`);
    expect([String(r.mem), Number(r.threads)]).toEqual(['286.1 MiB', 1]);
  });
});
