import { afterEach, describe, expect, it } from 'vitest';
import sum_mismatch from '../../pipeline/checks/sum_mismatch.js';
import { closeDb, type Db } from '../../pipeline/db/database.js';
import { dbOfTexts, quotes, quotesExact, report, runCheck } from './helpers.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

async function flagsOf(body: string) {
  const r = await dbOfTexts({ crafted: report({ issuer: 'UBND HUYỆN BÌNH GIA', number: '12/BC-UBND', place: 'Bình Gia', body }) });
  db = r.db;
  const flags = await runCheck(sum_mismatch, r.db);
  return { flags, text: r.texts.crafted };
}

const M = 1_000_000;

describe('sum_mismatch: a total against a complete split', () => {
  it('capital types that do not add up (the unseen report, Dự án 1)', async () => {
    const { flags, text } = await flagsOf('a) Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng\n\nTổng vốn Dự án 1 năm 2023: 14.200 triệu đồng, trong đó vốn đầu tư phát triển: 12.600 triệu đồng, vốn sự nghiệp: 1.900 triệu đồng.');
    expect(flags).toHaveLength(1);
    const f = flags[0];
    expect(f).toMatchObject({
      check_id: 'sum_mismatch', severity: 'error', doc_id: 'crafted', related_doc_id: null,
      stated_value: 14_200 * M, computed_value: 14_500 * M, unit: 'dong', tolerance: 1_500_000,
      message: 'Dự án 1, năm 2023: Tổng vốn 14.200 triệu đồng không bằng tổng các thành phần: vốn đầu tư phát triển 12.600 triệu đồng + vốn sự nghiệp 1.900 triệu đồng = 14.500 triệu đồng (lệch 300 triệu đồng).',
    });
    const at = (s: string) => text.indexOf(s);
    expect(quotes(f)).toEqual([
      ['crafted', '14.200 triệu đồng', at('14.200 triệu đồng'), at('14.200 triệu đồng') + 17],
      ['crafted', '12.600 triệu đồng', at('12.600 triệu đồng'), at('12.600 triệu đồng') + 17],
      ['crafted', '1.900 triệu đồng', at('1.900 triệu đồng'), at('1.900 triệu đồng') + 16],
    ]);
    expect(f.evidence.map((e) => e.page)).toEqual([null, null, null]);
  });

  it('fund sources that do not add up', async () => {
    const { flags } = await flagsOf('Tổng kinh phí năm 2023: 14.200 triệu đồng, trong đó ngân sách trung ương: 12.600 triệu đồng, ngân sách địa phương: 1.900 triệu đồng.');
    expect(flags.map((f) => [f.message, f.stated_value, f.computed_value])).toEqual([[
      'huyện Bình Gia, năm 2023: Tổng kinh phí 14.200 triệu đồng không bằng tổng các thành phần: ngân sách trung ương 12.600 triệu đồng + ngân sách địa phương 1.900 triệu đồng = 14.500 triệu đồng (lệch 300 triệu đồng).',
      14_200 * M, 14_500 * M,
    ]]);
  });

  it('sub-projects that the text presents as the parts (seed 000 style), not adding up', async () => {
    const { flags } = await flagsOf('Ngân sách được bố trí năm 2023: 700.000.000 đồng. Kinh phí của Tiểu dự án 1 là 500.000.000 đồng và Tiểu dự án 2 là 300.000.000 đồng.');
    expect(flags.map((f) => [f.message, f.evidence.map((e) => e.text), f.tolerance])).toEqual([[
      'huyện Bình Gia, năm 2023: Ngân sách được bố trí 700 triệu đồng không bằng tổng các thành phần: Tiểu dự án 1 500 triệu đồng + Tiểu dự án 2 300 triệu đồng = 800 triệu đồng (lệch 100 triệu đồng).',
      ['700.000.000 đồng', '500.000.000 đồng', '300.000.000 đồng'], 0,
    ]]);
  });

  it('parts of a partial list that exceed the total', async () => {
    const { flags } = await flagsOf('Tổng vốn đầu tư giai đoạn 2021-2025: 6.500 triệu đồng (trong đó: Vốn được giao năm 2022 là 7.000 triệu đồng).');
    expect(flags.map((f) => [f.message, f.stated_value, f.computed_value])).toEqual([[
      'huyện Bình Gia, giai đoạn 2021 - 2025: Tổng vốn đầu tư 6.500 triệu đồng nhỏ hơn các phần được liệt kê: Vốn được giao 7.000 triệu đồng = 7.000 triệu đồng (lệch 500 triệu đồng).',
      6_500 * M, 7_000 * M,
    ]]);
  });
});

describe('sum_mismatch: what adds up, or need not, is not flagged', () => {
  it.each([
    ['seed 000: 6.616.000.000 = 6.423.000.000 + 193.000.000 and 6.595 + 21 = 6.616',
      '1.1. Sở Thông tin và Truyền thông: Ngân sách được bố trí năm 2023: 6.616.000.000 đồng. Trong đó: Ngân sách TW 6.423.000.000 đồng và ngân sách đối ứng địa phương: 193.000.000 đồng. Kinh phí của Tiểu dự án 1 Giảm nghèo về thông tin là 6.595.000.000 đồng. Trong đó: Ngân sách TW 6.403.000.000 đồng và ngân sách đối ứng địa phương: 192.000.000 đồng và Tiểu dự án 7 Nâng cao năng lực giám sát chương trình là 21.000.000 đồng. Trong đó: Ngân sách TW 20.000.000 đồng và ngân sách đối ứng địa phương: 1.000.000 đồng.'],
    ['seed 002: 1.571,6 = 1.551 + 20,6 (list items)',
      '1. Nguồn vốn năm 2022 kéo dài thực hiện năm 2023\n\nTổng nguồn vốn sự nghiệp năm 2022 kéo dài thực hiện năm 2023 là 1.571,6 triệu đồng.\n\n- Dự án 6: Truyền thông và giảm nghèo về thông tin: Nguồn vốn 1.551 triệu đồng đã giải ngân.\n\n- Dự án 7: Nâng cao năng lực và giám sát, đánh giá thực hiện Chương trình:\n\nTiểu dự án 2: Giám sát, đánh giá: 20,6 triệu đồng, đang thực hiện.'],
    ['within printed precision: 21.342 vs 20.702 + 640,4 = 21.342,4', 'Tổng kinh phí năm 2023: 21.342 triệu đồng, trong đó ngân sách trung ương: 20.702 triệu đồng, ngân sách địa phương: 640,4 triệu đồng.'],
    ['a partial trong đó: one listed part of a larger total (001)', 'Tổng vốn đầu tư giai đoạn 2021-2025: 6.500 triệu đồng (trong đó: Vốn được giao năm 2022 là 2.500 triệu đồng).'],
    ['one fund source of a total (partial)', 'Tổng kinh phí năm 2023: 1.000 triệu đồng, trong đó ngân sách trung ương: 600 triệu đồng.'],
    ['sub-projects after trong đó may be some of them only', 'Tổng kinh phí năm 2023: 1.000 triệu đồng, trong đó Dự án 1: 600 triệu đồng, Dự án 2: 300 triệu đồng.'],
    ['a disbursement is not a part of the plan it is measured against', 'Kế hoạch vốn năm 2023: 3.000 triệu đồng. Đến ngày 30/6/2023 đã giải ngân 1.800 triệu đồng.'],
    ['rates are not parts (unseen, Dự án 5)', 'Kế hoạch vốn năm 2023: 3.000 triệu đồng để hỗ trợ 85 nhà (xây mới 65 nhà, sửa chữa 20 nhà). Mức hỗ trợ xây mới là 40 triệu đồng/hộ, sửa chữa là 20 triệu đồng/hộ.'],
  ])('%s', async (_name, body) => {
    const { flags } = await flagsOf(body);
    expect(flags).toEqual([]);
  });

  it('quotes are the document text at their offsets', async () => {
    const r = await dbOfTexts({ a: report({ number: '1/BC-UBND', body: 'Tổng kinh phí năm 2023: 100 triệu đồng, trong đó ngân sách trung ương: 90 triệu đồng, ngân sách địa phương: 20 triệu đồng.' }) });
    db = r.db;
    const flags = await runCheck(sum_mismatch, r.db);
    expect(flags).toHaveLength(1);
    expect(quotesExact(flags[0], r.texts)).toBe(true);
  });
});

describe('sum_mismatch: counts listed after trong đó', () => {
  it('generated 2023-h2/van-luong: 08 classes, of which 09 + 03 (one part above the total: an error)', async () => {
    const { flags, text } = await flagsOf('Từ đầu năm đến hết ngày 31/12/2023, UBND huyện Vạn Lương đã tổ chức 08 lớp tập huấn, trong đó: 09 lớp cho cộng đồng, 03 lớp cho cán bộ cơ sở. Tổng số người tham gia các lớp tập huấn là 485 người.');
    expect(flags.map((f) => [f.check_id, f.severity, f.message, f.stated_value, f.computed_value, f.unit, f.tolerance])).toEqual([[
      'sum_mismatch', 'error', '"08 lớp tập huấn" nhỏ hơn các phần được liệt kê sau "trong đó": 09 lớp + 03 lớp = 12 lớp (lệch 4 lớp).', 8, 12, 'count', 0,
    ]]);
    const at = (s: string) => text.indexOf(s);
    expect(quotes(flags[0])).toEqual([
      ['crafted', '08 lớp', at('08 lớp'), at('08 lớp') + 6],
      ['crafted', '09 lớp', at('09 lớp'), at('09 lớp') + 6],
      ['crafted', '03 lớp', at('03 lớp'), at('03 lớp') + 6],
    ]);
    expect(quotesExact(flags[0], { crafted: text })).toBe(true);
  });

  it('generated 2024-h1/thach-trach: 4 classes, of which 2 + 3 (only the sum is above: a warning)', async () => {
    const { flags } = await flagsOf('UBND huyện Thạch Trạch đã tổ chức 4 lớp tập huấn, trong đó: 2 lớp cho cộng đồng, 3 lớp cho cán bộ cơ sở.');
    expect(flags.map((f) => [f.severity, f.message, f.stated_value, f.computed_value])).toEqual([[
      'warning', '"4 lớp tập huấn" nhỏ hơn các phần được liệt kê sau "trong đó": 2 lớp + 3 lớp = 5 lớp (lệch 1 lớp); các phần có thể trùng nhau hoặc nằm ngoài tổng, cần xem lại.', 4, 5,
    ]]);
  });

  it('after a full stop: `Trong đó có`', async () => {
    const { flags } = await flagsOf('Năm 2023 đã tổ chức 5 buổi nói chuyện chuyên đề. Trong đó có 4 buổi tại xã, 3 buổi tại thị trấn.');
    expect(flags.map((f) => [f.severity, f.stated_value, f.computed_value, f.evidence.map((e) => e.text)])).toEqual([['warning', 5, 7, ['5 buổi', '4 buổi', '3 buổi']]]);
  });

  it('measures exceed only beyond their printed precision: 10 ha against 6,5 + 4,2 ha', async () => {
    const { flags } = await flagsOf('Tổng diện tích 10 ha, trong đó: đất trồng lúa 6,5 ha; đất trồng màu 4,2 ha.');
    expect(flags.map((f) => [f.severity, f.stated_value, f.computed_value, f.tolerance])).toEqual([['warning', 10, 10.7, 0.6]]);
  });

  it.each([
    ['the unseen report: 412 hộ = 268 + 144', 'Năm 2023 hỗ trợ 412 hộ, trong đó 268 hộ nghèo và 144 hộ cận nghèo; đã giải ngân 2.430 triệu đồng.'],
    ['a partial list below the total', 'Đã tổ chức 15 lớp tập huấn, trong đó: 8 lớp cho cộng đồng.'],
    ['a list that adds up', 'Đã tổ chức 17 lớp tập huấn, trong đó: 12 lớp cho cộng đồng, 5 lớp cho cán bộ cơ sở.'],
    ['another unit is not a part', 'Đã tổ chức 10 lớp tập huấn, trong đó 8 lớp cho cộng đồng với 300 người tham gia.'],
    ['parts in the next sentence are not listed', 'Đã tổ chức 10 lớp tập huấn, trong đó 8 lớp cho cộng đồng. Năm 2024 dự kiến tổ chức 12 lớp.'],
    ['no trong đó: two figures of one unit', 'Năm 2022 tổ chức 10 lớp, năm 2023 tổ chức 12 lớp.'],
    ['durations are not lists', 'Thời gian thực hiện 5 năm, trong đó 3 năm đầu và 3 năm cuối có giám sát.'],
    ['public-vn e1cfc75db9ad9cd8: 235 ha = the seven areas within their printed precision',
      'Tổng diện tích quy hoạch 235 ha, trong đó: Đất nhà máy, kho bãi 160,52 ha; đất dịch vụ 7,75 ha; đất hạ tầng kỹ thuật 3,89 ha; đất trụ sở, cơ quan an ninh 2,50 ha; đất cây xanh 26,61 ha; mặt nước 5,09 ha; đất giao thông, bãi đỗ xe 28,64 ha.'],
    ['a measure within precision: 10 ha against 6,3 + 4,1 ha', 'Tổng diện tích 10 ha, trong đó: đất trồng lúa 6,3 ha; đất trồng màu 4,1 ha.'],
  ])('not flagged: %s', async (_name, body) => {
    const { flags } = await flagsOf(body);
    expect(flags).toEqual([]);
  });
});
