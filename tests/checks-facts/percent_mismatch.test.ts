import { afterEach, describe, expect, it } from 'vitest';
import percent_mismatch from '../../pipeline/checks/percent_mismatch.js';
import { closeDb, type Db } from '../../pipeline/db/database.js';
import { dbOfTexts, quotes, report, runCheck } from './helpers.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

async function flagsOf(body: string) {
  const r = await dbOfTexts({ crafted: report({ issuer: 'UBND HUYỆN BÌNH GIA', number: '12/BC-UBND', place: 'Bình Gia', body }) });
  db = r.db;
  return { flags: await runCheck(percent_mismatch, r.db), text: r.texts.crafted };
}

describe('percent_mismatch', () => {
  it('the unseen report\'s Dự án 5: 1.800 / 3.000 = 60%, not 65%', async () => {
    const { flags, text } = await flagsOf('đ) Dự án 5: Hỗ trợ nhà ở\n\nKế hoạch vốn năm 2023: 3.000 triệu đồng để hỗ trợ 85 nhà. Đến ngày 30/6/2023 đã hoàn thành 40 nhà xây mới và 10 nhà sửa chữa, giải ngân 1.800 triệu đồng, đạt 65% kế hoạch vốn.');
    expect(flags).toHaveLength(1);
    const f = flags[0];
    expect(f).toMatchObject({
      check_id: 'percent_mismatch', severity: 'error', doc_id: 'crafted', related_doc_id: null,
      stated_value: 65, computed_value: 60, unit: 'percent', tolerance: 1,
      message: 'Dự án 5, năm 2023: ghi đạt 65% nhưng giải ngân 1.800 triệu đồng / Kế hoạch vốn 3.000 triệu đồng = 60%.',
    });
    const at = (s: string) => text.indexOf(s);
    expect(quotes(f)).toEqual([
      ['crafted', '65%', at('65%'), at('65%') + 3],
      ['crafted', '1.800 triệu đồng', at('1.800 triệu đồng'), at('1.800 triệu đồng') + 16],
      ['crafted', '3.000 triệu đồng', at('3.000 triệu đồng'), at('3.000 triệu đồng') + 16],
    ]);
  });

  it('a share (chiếm) against the total the part is listed under', async () => {
    const { flags } = await flagsOf('Tổng kinh phí năm 2023: 2.000 triệu đồng, trong đó ngân sách trung ương: 1.500 triệu đồng, chiếm 80%, ngân sách địa phương: 500 triệu đồng.');
    expect(flags.map((f) => [f.message, f.stated_value, f.computed_value])).toEqual([[
      'huyện Bình Gia, năm 2023: ghi đạt 80% nhưng ngân sách trung ương 1.500 triệu đồng / Tổng kinh phí 2.000 triệu đồng = 75%.', 80, 75,
    ]]);
  });

  it.each([
    ['95,8% rounds 21.075 / 22.000 = 95,795…%', 'Tổng kinh phí năm 2022: 22.000 triệu đồng. Kết quả giải ngân đến hết ngày 31/01/2023: 21.075 triệu đồng, đạt 95,8%.'],
    ['59,27% rounds 15.030 / 25.360', 'Tổng kinh phí năm 2023: 25.360 triệu đồng. Kết quả giải ngân đến ngày 30/6/2023: 15.030 triệu đồng, đạt 59,27% kế hoạch vốn.'],
    ['66,66% truncates 2 / 3', 'Kế hoạch vốn năm 2023: 3.000.000 đồng. Đã giải ngân 2.000.000 đồng, đạt 66,66%.'],
    ['66,67% rounds 2 / 3', 'Kế hoạch vốn năm 2023: 3.000.000 đồng. Đã giải ngân 2.000.000 đồng, đạt 66,67%.'],
    ['40% is within the printed precision of 1 / 3 triệu', 'Kế hoạch vốn năm 2023: 3 triệu đồng. Đã giải ngân 1 triệu đồng, đạt 40%.'],
    ['a target, not a ratio', 'Phấn đấu giải ngân 100% kế hoạch vốn năm 2023.'],
    ['no base of the same fund source', 'Ngân sách trung ương bố trí năm 2023: 1.000 triệu đồng. Đã giải ngân 500 triệu đồng, đạt 20%.'],
    ['a share of households, not of money', 'Toàn huyện có 14.982 hộ; số hộ nghèo là 3.215 hộ, chiếm 25% tổng số hộ. Kinh phí năm 2023: 500 triệu đồng.'],
  ])('no flag: %s', async (_name, body) => {
    expect((await flagsOf(body)).flags).toEqual([]);
  });

  it('66,65% for 2 / 3 neither rounds nor truncates', async () => {
    const { flags } = await flagsOf('Kế hoạch vốn năm 2023: 3.000.000 đồng. Đã giải ngân 2.000.000 đồng, đạt 66,65%.');
    expect(flags.map((f) => [f.stated_value, f.computed_value, f.tolerance])).toEqual([[66.65, 66.6666, 0.01]]);
  });
});
