import { afterEach, describe, expect, it } from 'vitest';
import cross_report_value_conflict from '../../pipeline/checks/cross_report_value_conflict.js';
import { closeDb, type Db } from '../../pipeline/db/database.js';
import { dbOfTexts, quotesExact, runCheck } from '../checks-facts/helpers.js';
import { districtReport, type Tda1 } from './texts.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

async function flagsOf(docs: Record<string, string>) {
  const r = await dbOfTexts(docs);
  db = r.db;
  const flags = await runCheck(cross_report_value_conflict, r.db);
  for (const f of flags) expect(quotesExact(f, r.texts)).toBe(true);
  return flags;
}

/** Bình Gia, Quý 1/2023: Tiểu dự án 1 601 triệu (571 + 30), disbursed 116 triệu by 31/3/2023. */
const Q1: Tda1 = { number: '98/BC-UBND', date: 'ngày 04 tháng 4 năm 2023', total: '601.000.000', central: '571.000.000', local: '30.000.000', disbursed: '116.000.000', asOf: '31/3/2023' };
/** Quý 2/2023: same allocation, disbursed 301 triệu by 30/6/2023 (progress, not a conflict). */
const Q2: Tda1 = { ...Q1, number: '226/BC-UBND', date: 'ngày 05 tháng 7 năm 2023', disbursed: '301.000.000', asOf: '30/6/2023' };
/** The supplementary report of 08/4/2023: the same total split 591 + 10. */
const SUPPLEMENT: Tda1 = {
  ...Q1, number: '325/BC-UBND', date: 'ngày 08 tháng 4 năm 2023', title: 'Bổ sung số liệu kinh phí Tiểu dự án 1 Giảm nghèo về thông tin năm 2023',
  central: '591.000.000', local: '10.000.000', disbursed: null, asOf: null,
};

const brief = (fs: Awaited<ReturnType<typeof flagsOf>>) => fs.map((f) => [f.severity, f.doc_id, f.related_doc_id, f.message, f.evidence.map((e) => [e.doc_id, e.text])]);

describe('cross_report_value_conflict: what makes two figures comparable', () => {
  it('two reports at different dates, each with its disbursement to date: progress, no flag', async () => {
    expect(await flagsOf({ q1: districtReport(Q1), q2: districtReport(Q2) })).toEqual([]);
  });

  it('the same disbursement at the same date with another value: a warning on the later report, the date in the message', async () => {
    const late = { ...Q1, number: '120/BC-UBND', date: 'ngày 20 tháng 4 năm 2023', disbursed: '160.000.000' };
    expect(brief(await flagsOf({ q1: districtReport(Q1), late: districtReport(late) }))).toEqual([[
      'warning', 'late', 'q1',
      'Tiểu dự án 1, giải ngân, tổng các nguồn, năm 2023 đến ngày 31/3/2023: báo cáo 120/BC-UBND ngày 20/4/2023 ghi 160 triệu đồng, nhưng báo cáo 98/BC-UBND ngày 4/4/2023 ghi 116 triệu đồng.',
      [['late', 'giải ngân: 160.000.000 đồng'], ['q1', 'giải ngân: 116.000.000 đồng']],
    ]]);
  });

  it('a disbursement without a date is never compared', async () => {
    const a = { ...Q1, asOf: null };
    const b = { ...Q2, asOf: null };
    expect(await flagsOf({ a: districtReport(a), b: districtReport(b) })).toEqual([]);
  });

  it('the year\'s allocation restated with another split months later: a warning (an allocation does not grow with time)', async () => {
    const q2 = { ...Q2, central: '581.000.000', local: '20.000.000' };
    expect(brief(await flagsOf({ q1: districtReport(Q1), q2: districtReport(q2) })).map(([s, d, r, m]) => [s, d, r, m])).toEqual([
      ['warning', 'q2', 'q1', 'Tiểu dự án 1, kinh phí, ngân sách trung ương, năm 2023: báo cáo 226/BC-UBND ngày 5/7/2023 ghi 581 triệu đồng, nhưng báo cáo 98/BC-UBND ngày 4/4/2023 ghi 571 triệu đồng.'],
      ['warning', 'q2', 'q1', 'Tiểu dự án 1, kinh phí, ngân sách địa phương, năm 2023: báo cáo 226/BC-UBND ngày 5/7/2023 ghi 20 triệu đồng, nhưng báo cáo 98/BC-UBND ngày 4/4/2023 ghi 30 triệu đồng.'],
    ]);
  });

  it('a supplementary report (bổ sung) that splits the same total otherwise: flagged on the supplement, named as such; the unchanged total is not', async () => {
    const flags = await flagsOf({ main: districtReport(Q1), sup: districtReport(SUPPLEMENT) });
    expect(brief(flags)).toEqual([
      ['warning', 'sup', 'main',
        'Tiểu dự án 1, kinh phí, ngân sách trung ương, năm 2023: báo cáo 325/BC-UBND ngày 8/4/2023 ghi 591 triệu đồng, nhưng báo cáo 98/BC-UBND ngày 4/4/2023 ghi 571 triệu đồng (báo cáo 325/BC-UBND ngày 8/4/2023 là báo cáo bổ sung).',
        [['sup', 'ngân sách trung ương: 591.000.000 đồng'], ['main', 'ngân sách trung ương: 571.000.000 đồng']]],
      ['warning', 'sup', 'main',
        'Tiểu dự án 1, kinh phí, ngân sách địa phương, năm 2023: báo cáo 325/BC-UBND ngày 8/4/2023 ghi 10 triệu đồng, nhưng báo cáo 98/BC-UBND ngày 4/4/2023 ghi 30 triệu đồng (báo cáo 325/BC-UBND ngày 8/4/2023 là báo cáo bổ sung).',
        [['sup', 'ngân sách địa phương: 10.000.000 đồng'], ['main', 'ngân sách địa phương: 30.000.000 đồng']]],
    ]);
  });

  it('a later report that keeps the old split after a supplement: flagged against the supplement, on the later report', async () => {
    const flags = await flagsOf({ sup: districtReport(SUPPLEMENT), q2: districtReport(Q2) });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id, f.stated_value, f.computed_value])).toEqual([
      ['q2', 'sup', 571_000_000, 591_000_000],
      ['q2', 'sup', 30_000_000, 10_000_000],
    ]);
  });

  it('every rendition of the flagged report carries the flag, quoting its own text', async () => {
    const flags = await flagsOf({ main: districtReport(Q1), supA: districtReport(SUPPLEMENT), supB: districtReport(SUPPLEMENT) });
    expect(flags.map((f) => [f.doc_id, f.related_doc_id, f.stated_value])).toEqual([
      ['supA', 'main', 591_000_000], ['supB', 'main', 591_000_000], ['supA', 'main', 10_000_000], ['supB', 'main', 10_000_000],
    ]);
  });

  it('a header the extractors do not read as a body (`UBND HUYỆN TRUNG LỢI`: `Trung` starts a new phrase) is the issuer by its header lines', async () => {
    const q2 = { ...Q2, central: '581.000.000', local: '20.000.000' };
    const same = await flagsOf({ a: districtReport(Q1, 'UBND HUYỆN TRUNG LỢI'), b: districtReport(q2, 'UBND HUYỆN TRUNG LỢI') });
    expect(same.map((f) => [f.doc_id, f.related_doc_id, f.stated_value])).toEqual([['b', 'a', 581_000_000], ['b', 'a', 20_000_000]]);
    closeDb(db!);
    db = null;
    expect(await flagsOf({ a: districtReport(Q1, 'UBND HUYỆN TRUNG LỢI'), b: districtReport(q2, 'UBND HUYỆN TRUNG LÂM') })).toEqual([]);
  });

  it.each([
    ['another district: not the same issuer', { a: districtReport(Q1), b: districtReport({ ...Q1, number: '7/BC-UBND', central: '581.000.000', local: '20.000.000' }, 'UBND HUYỆN VĂN QUAN') }],
    ['a report that gives one figure two values says nothing provable about it', {
      a: districtReport(Q1),
      b: districtReport({ ...Q1, number: '120/BC-UBND', date: 'ngày 20 tháng 4 năm 2023', disbursed: '116.000.000 đồng (tính đến hết ngày 31/3/2023). Kinh phí đã giải ngân 150.000.000', asOf: '31/3/2023' }),
    }],
  ])('no flag: %s', async (_name, docs) => {
    expect(await flagsOf(docs)).toEqual([]);
  });
});
