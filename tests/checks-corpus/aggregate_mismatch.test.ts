import { afterEach, describe, expect, it } from 'vitest';
import aggregate_mismatch from '../../pipeline/checks/aggregate_mismatch.js';
import { closeDb, type Db } from '../../pipeline/db/database.js';
import { appendRows } from '../../pipeline/db/database.js';
import { documentRows } from '../../pipeline/db/rows.js';
import { DOCUMENT_TABLES } from '../../schemas/tables.js';
import cross_report_value_conflict from '../../pipeline/checks/cross_report_value_conflict.js';
import { dbOfTexts, extractText, quotesExact, runCheck } from '../checks-facts/helpers.js';
import { districtReport, provinceReport, type Tda1 } from './texts.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

async function flagsOf(docs: Record<string, string>) {
  const r = await dbOfTexts(docs);
  db = r.db;
  const flags = await runCheck(aggregate_mismatch, r.db);
  for (const f of flags) expect(quotesExact(f, r.texts)).toBe(true);
  return flags;
}

/** Bình Gia and Văn Quan, Quý 1/2023, Tiểu dự án 1: 601 and 586 triệu allocated, 116 and 54 triệu disbursed by 31/3/2023. */
const BG: Tda1 = { number: '98/BC-UBND', date: 'ngày 04 tháng 4 năm 2023', total: '601.000.000', central: '571.000.000', local: '30.000.000', disbursed: '116.000.000', asOf: '31/3/2023' };
const VQ: Tda1 = { number: '107/BC-UBND', date: 'ngày 03 tháng 4 năm 2023', total: '586.000.000', central: '556.000.000', local: '30.000.000', disbursed: '54.000.000', asOf: '31/3/2023' };
const districts = (bg: Tda1 = BG, vq: Tda1 = VQ) => ({ bg: districtReport(bg), vq: districtReport(vq, 'UBND HUYỆN VĂN QUAN') });
const province = (bgSpent: string, asOf = '31/3/2023') => provinceReport({
  number: '178/BC-UBND', date: 'ngày 23 tháng 4 năm 2023', asOf, total: '1.187', disbursed: String(Number(bgSpent) + 54),
  rows: [['Huyện Bình Gia', '601', bgSpent], ['Huyện Văn Quan', '586', '54']],
});

describe('aggregate_mismatch: the province\'s list under a project section, at the same date', () => {
  it('the district\'s figures under `1.1. Tiểu dự án 1` agree with the districts\' own Tiểu dự án 1 (not their totals): no flag', async () => {
    expect(await flagsOf({ p: province('116'), ...districts() })).toEqual([]);
  });

  it('one district\'s disbursement printed otherwise at the same date: one flag, on the province report, for Bình Gia › Tiểu dự án 1', async () => {
    const flags = await flagsOf({ p: province('171'), ...districts() });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id, f.message, f.stated_value, f.computed_value, f.tolerance, f.evidence.map((e) => [e.doc_id, e.text])])).toEqual([[
      'p', 'bg',
      'huyện Bình Gia › Tiểu dự án 1, giải ngân, tổng các nguồn, năm 2023 đến ngày 31/3/2023: báo cáo 178/BC-UBND ngày 23/4/2023 của tỉnh Lạng Sơn ghi 171 triệu đồng '
        + 'nhưng báo cáo 98/BC-UBND ngày 4/4/2023 của huyện Bình Gia ghi 116 triệu đồng.',
      171_000_000, 116_000_000, 500_000,
      [['p', 'giải ngân 171 triệu đồng'], ['bg', 'giải ngân: 116.000.000 đồng']],
    ]]);
  });

  it('the province\'s disbursement to 30/6 against the districts\' to 31/3: not the same figure, no flag', async () => {
    expect(await flagsOf({ p: province('171', '30/6/2023'), ...districts() })).toEqual([]);
  });

  it('a district whose reports disagree on the figure is left to cross_report_value_conflict', async () => {
    const again = { ...BG, number: '120/BC-UBND', date: 'ngày 20 tháng 4 năm 2023', disbursed: '171.500.000' };
    expect(await flagsOf({ p: province('171'), ...districts(), bg2: districtReport(again) })).toEqual([]);
  });

  it('every rendition of the province report carries the flag', async () => {
    const p = province('171');
    const flags = await flagsOf({ p1: p, p2: p, ...districts() });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id, f.stated_value])).toEqual([['p1', 'bg', 171_000_000], ['p2', 'bg', 171_000_000]]);
  });

  it.each([
    ['without a stated count: the districts it lists may not be all it covers', 'cho các huyện', 0],
    ['with a stated count that is the number of districts listed', 'cho 02 huyện', 1],
    ['with a stated count that is not', 'cho 03 huyện', 0],
  ])('a province total over districts %s', async (_name, whom, n) => {
    const p = provinceReport({ number: '178/BC-UBND', date: 'ngày 23 tháng 4 năm 2023', asOf: '31/3/2023', total: '1.187', disbursed: '170', rows: [['Huyện Bình Gia', '601', '116'], ['Huyện Văn Quan', '586', '54']] })
      .replace('1. Kinh phí thực hiện Chương trình năm 2023\n', `1. Kinh phí thực hiện Chương trình năm 2023\n\nTổng kinh phí năm 2023 giao ${whom} thực hiện Chương trình là 1.900 triệu đồng.\n`);
    const flags = await flagsOf({ p, ...districts() });
    expect(flags.map((f) => [f.doc_id, f.stated_value, f.computed_value])).toEqual(n ? [['p', 1_900_000_000, 1_800_000_000]] : []);
  });

  it('the tables prepared for one check are reused only while the database is unchanged: a report added later is seen', async () => {
    const r = await dbOfTexts(districts());
    db = r.db;
    expect(await runCheck(cross_report_value_conflict, r.db)).toEqual([]);
    expect(await runCheck(aggregate_mismatch, r.db)).toEqual([]);
    await appendRows(r.db, DOCUMENT_TABLES, documentRows('p', extractText(province('171'), 'p')));
    expect((await runCheck(aggregate_mismatch, r.db)).map((f) => [f.doc_id, f.related_doc_id, f.stated_value])).toEqual([['p', 'bg', 171_000_000]]);
  });
});
