import { afterEach, describe, expect, it } from 'vitest';
import cross_report_value_conflict from '../../pipeline/checks/cross_report_value_conflict.js';
import { closeDb, type Db } from '../../pipeline/db/database.js';
import { dbOfTexts, quotes, quotesExact, report, runCheck } from './helpers.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

const STTTT = 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG';
/** Seed 000's statement of the department's 2023 funds (total 6.616, of which the central budget 6.423). */
const TOTAL_2023 = 'Ngân sách được bố trí năm 2023: 6.616.000.000 đồng. Trong đó: Ngân sách TW 6.423.000.000 đồng và ngân sách đối ứng địa phương: 193.000.000 đồng.';
/** Seed 002's statement: 6.616 called the central budget. */
const TW_2023 = '2. Nguồn vốn năm 2023\n\nTổng nguồn vốn sự nghiệp Ngân sách trung ương 6.616 triệu đồng. Tình hình thực hiện đảm bảo tiến độ.';

async function flagsOf(docs: Record<string, string>) {
  const r = await dbOfTexts(docs);
  db = r.db;
  return { flags: await runCheck(cross_report_value_conflict, r.db), texts: r.texts };
}

describe('cross_report_value_conflict', () => {
  it('the same figure under two labels (seed 002 against 000): an error with both quotes', async () => {
    const { flags, texts } = await flagsOf({
      r000: report({ issuer: STTTT, number: '1310/BC-STTTT', date: 'ngày 15 tháng 8 năm 2023', body: TOTAL_2023 }),
      r002: report({ issuer: STTTT, number: '1702/BC-STTTT', date: 'ngày 20 tháng 9 năm 2023', body: TW_2023 }),
    });
    expect(flags).toHaveLength(1);
    const f = flags[0];
    expect(f).toMatchObject({
      check_id: 'cross_report_value_conflict', severity: 'error', doc_id: 'r002', related_doc_id: 'r000',
      stated_value: 6_616_000_000, computed_value: 6_423_000_000, unit: 'dong', tolerance: null,
      message: 'Sở Thông tin và Truyền thông, năm 2023: báo cáo 1702/BC-STTTT ngày 20/9/2023 gọi 6.616 triệu đồng là "Tổng nguồn vốn sự nghiệp Ngân sách trung ương" (ngân sách trung ương), '
        + 'còn báo cáo 1310/BC-STTTT ngày 15/8/2023 ghi 6.616 triệu đồng là "Ngân sách được bố trí" (tổng các nguồn) và ngân sách trung ương là 6.423 triệu đồng: cùng một số nhưng hai cách gọi.',
    });
    const at = (id: string, s: string) => texts[id].indexOf(s);
    const q1 = 'Tổng nguồn vốn sự nghiệp Ngân sách trung ương 6.616 triệu đồng';
    const q2 = 'Ngân sách được bố trí năm 2023: 6.616.000.000 đồng';
    const q3 = 'Ngân sách TW 6.423.000.000 đồng';
    expect(quotes(f)).toEqual([
      ['r002', q1, at('r002', q1), at('r002', q1) + q1.length],
      ['r000', q2, at('r000', q2), at('r000', q2) + q2.length],
      ['r000', q3, at('r000', q3), at('r000', q3) + q3.length],
    ]);
    expect(quotesExact(f, texts)).toBe(true);
  });

  it('the same subject, measure, fund source and period with different values: a warning on the later report', async () => {
    const { flags, texts } = await flagsOf({
      a: report({ issuer: STTTT, number: '100/BC-STTTT', date: 'ngày 30 tháng 6 năm 2023', body: '1. Dự án 6: Truyền thông\n\nKế hoạch vốn năm 2023: 5.000 triệu đồng.' }),
      b: report({ issuer: STTTT, number: '200/BC-STTTT', date: 'ngày 30 tháng 9 năm 2023', body: '1. Dự án 6: Truyền thông\n\nVốn được phân bổ năm 2023: 5.500 triệu đồng.' }),
    });
    expect(flags.map((f) => [f.severity, f.doc_id, f.related_doc_id, f.message, f.stated_value, f.computed_value])).toEqual([[
      'warning', 'b', 'a',
      'Dự án 6, vốn phân bổ, tổng các nguồn, năm 2023: báo cáo 200/BC-STTTT ngày 30/9/2023 ghi 5.500 triệu đồng, nhưng báo cáo 100/BC-STTTT ngày 30/6/2023 ghi 5.000 triệu đồng.',
      5_500_000_000, 5_000_000_000,
    ]]);
    expect(flags[0].evidence.map((e) => [e.doc_id, e.text])).toEqual([['b', 'Vốn được phân bổ năm 2023: 5.500 triệu đồng'], ['a', 'Kế hoạch vốn năm 2023: 5.000 triệu đồng']]);
    expect(quotesExact(flags[0], texts)).toBe(true);
  });

  it.each([
    ['renditions of one report (same header, same figures) are one report', {
      txt: report({ issuer: STTTT, number: '1702/BC-STTTT', body: TW_2023 }),
      copy: report({ issuer: STTTT, number: '1702/BC-STTTT', body: TW_2023 }),
    }],
    ['the same figure in two reports agrees', {
      a: report({ issuer: STTTT, number: '1/BC-STTTT', date: 'ngày 1 tháng 8 năm 2023', body: TOTAL_2023 }),
      b: report({ issuer: STTTT, number: '2/BC-STTTT', date: 'ngày 1 tháng 9 năm 2023', body: TOTAL_2023.replace('6.616.000.000 đồng', '6.616 triệu đồng') }),
    }],
    ['different issuers are not compared', {
      a: report({ issuer: STTTT, number: '1/BC-STTTT', body: '1. Dự án 6: Truyền thông\n\nKế hoạch vốn năm 2023: 5.000 triệu đồng.' }),
      b: report({ issuer: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', number: '2/BC-SLĐTBXH', body: '1. Dự án 6: Truyền thông\n\nKế hoạch vốn năm 2023: 5.500 triệu đồng.' }),
    }],
    ['different periods are not compared', {
      a: report({ issuer: STTTT, number: '1/BC-STTTT', body: '1. Dự án 6: Truyền thông\n\nKế hoạch vốn năm 2023: 5.000 triệu đồng.' }),
      b: report({ issuer: STTTT, number: '2/BC-STTTT', body: '1. Dự án 6: Truyền thông\n\nKế hoạch vốn năm 2024: 5.500 triệu đồng.' }),
    }],
    ['values that agree at printed precision (5.000 triệu = 5.000.300.000 đồng)', {
      a: report({ issuer: STTTT, number: '1/BC-STTTT', body: '1. Dự án 6: Truyền thông\n\nKế hoạch vốn năm 2023: 5.000 triệu đồng.' }),
      b: report({ issuer: STTTT, number: '2/BC-STTTT', body: '1. Dự án 6: Truyền thông\n\nKế hoạch vốn năm 2023: 5.000.300.000 đồng.' }),
    }],
    ['one of several figures in common (002: 6.595 and 700 for Tiểu dự án 1; 000: 6.595)', {
      a: report({ issuer: STTTT, number: '1/BC-STTTT', body: '1. Dự án 6: Truyền thông\n\nKinh phí của Tiểu dự án 1 Giảm nghèo về thông tin năm 2023 là 6.595.000.000 đồng.' }),
      b: report({ issuer: STTTT, number: '2/BC-STTTT', body: '- Dự án 6: Truyền thông\n\n+ Tiêu dự án 1: Giảm nghèo về thông tin: Tổng nguồn kinh phí phân bổ năm 2023 là 6.595 triệu đồng. Đã đầu tư mới cụm loa, kinh phí 700 triệu đồng.' }),
    }],
  ])('no flag: %s', async (_name, docs) => {
    expect((await flagsOf(docs)).flags).toEqual([]);
  });
});
