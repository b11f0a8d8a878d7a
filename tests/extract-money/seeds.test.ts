import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../extractors/money/index.js';
import { expectAnchored, fixtureContext, SEED_DIR } from './helpers.js';

/** An expected amount of a real report: the text right before it, its raw, value, interval, qualifier. */
type Row = [before: string, raw: string, value: bigint, min: bigint, max: bigint, qualifier?: string];
const exact = (before: string, raw: string, value: bigint): Row => [before, raw, value, value, value];
const million = (before: string, raw: string, value: bigint, q?: string): Row => [before, raw, value, value - 500000n, value + 500000n, q];

const SEEDS: Record<string, Row[]> = {
  '000_63739cf91234dbc4': [
    million('Ngân sách trung ương bố trí: ', '21.342 triệu đồng', 21342000000n),
    million('ngân sách địa phương bố trí: ', '640 triệu đồng', 640000000n),
    exact('Ngân sách được bố trí năm 2023: ', '6.616.000.000 đồng', 6616000000n),
    exact('Trong đó: Ngân sách TW ', '6.423.000.000 đồng', 6423000000n),
    exact('ngân sách đối ứng địa phương: ', '193.000.000 đồng', 193000000n),
    exact('Giảm nghèo về thông tin là ', '6.595.000.000 đồng', 6595000000n),
    exact('Trong đó: Ngân sách TW ', '6.403.000.000 đồng', 6403000000n),
    exact('ngân sách đối ứng địa phương: ', '192.000.000 đồng', 192000000n),
    exact('giám sát chương trình là ', '21.000.000 đồng', 21000000n),
    exact('Trong đó: Ngân sách TW ', '20.000.000 đồng', 20000000n),
    exact('ngân sách đối ứng địa phương: ', '1.000.000 đồng', 1000000n),
    exact('được bố trí năm 2023: ', '15.387.000.000 đồng', 15387000000n),
    exact('Trong đó: Ngân sách TW ', '14.939.000.000 đồng', 14939000000n),
    exact('ngân sách đối ứng địa phương: ', '448.000.000 đồng', 448000000n),
  ],
  '001_157e71765e27d8f0': [
    ['với tổng kinh phí là ', '1.961,334 triệu đồng', 1961334000n, 1961333500n, 1961334500n],
    million('Tổng vốn đầu tư giai đoạn 2021-2025: ', '6.500 triệu đồng', 6500000000n),
    million('Vốn được giao năm 2022 là ', '2.500 triệu đồng', 2500000000n),
    million('Tổng Ngân sách được bố trí năm 2023: ', '6.616 triệu đồng', 6616000000n),
    million('Trong đó: Ngân sách TW ', '6.423 triệu đồng', 6423000000n),
    million('ngân sách đối ứng địa phương: ', '193 triệu đồng', 193000000n),
    million('Giảm nghèo về thông tin là ', '6.595 triệu đồng', 6595000000n),
    million('Trong đó: Ngân sách TW ', '6.403 triệu đồng', 6403000000n),
    million('ngân sách đối ứng địa phương: ', '192 triệu đồng', 192000000n),
    million('giám sát chương trình là ', '21 triệu đồng', 21000000n),
    million('Trong đó: Ngân sách TW ', '20 triệu đồng', 20000000n),
    million('ngân sách đối ứng địa phương: ', '1 triệu đồng', 1000000n),
  ],
  '002_5400b95413840074': [
    ['thực hiện năm 2023 là ', '1.571,6 triệu đồng', 1571600000n, 1571550000n, 1571650000n],
    million('thông tin:** Nguồn vốn ', '1.551 triệu đồng', 1551000000n),
    ['Giám sát, đánh giá: ', '20,6 triệu đồng', 20600000n, 20550000n, 20650000n],
    million('Ngân sách trung ương ', '6.616 triệu đồng', 6616000000n),
    million('nguồn kinh phí phân bổ ', '6.595 triệu đồng', 6595000000n),
    million('đặc biệt khó khăn, kinh phí ', '700 triệu đồng', 700000000n),
    million('điện tử 02 mặt khoảng ', '4.000 triệu đồng', 4000000000n, 'khoang'),
    million('triệu đồng và khoảng ', '500 triệu đồng', 500000000n, 'khoang'),
    million('Truyền thông là ', '4.500 triệu đồng', 4500000000n),
  ],
  '004_7690d259663c1765': [],
};

describe.each(Object.entries(SEEDS))('amounts of seed %s', (id, rows) => {
  const ctx = fixtureContext(`${SEED_DIR}/${id}.txt`);
  const found = extractAmounts(ctx);

  it('are exactly the listed amounts, in order, at their exact spans', () => {
    expectAnchored(ctx.text, found.entities, rows.map(([before, raw]) => ({ before, raw })));
  });

  it('have the exact bigint value and printed-precision interval, the qualifier, and nothing unread', () => {
    expect(found.entities.map((a) => [a.raw, a.value_dong, a.min_dong, a.max_dong, a.qualifier])).toEqual(
      rows.map(([, raw, v, min, max, q]) => [raw, v, min, max, q ?? null]),
    );
    expect(found.entities.every((a) => a.unit_stated && a.role === 'single' && a.footnote === null)).toBe(true);
    expect(found.unknowns).toEqual([]);
  });
});

it('seed 002 reads 1.551 before triệu as 1551, not 1.551', () => {
  const { entities } = extractAmounts(fixtureContext(`${SEED_DIR}/002_5400b95413840074.txt`));
  expect(entities[1]).toMatchObject({ number_raw: '1.551', decimals: 0, unit: 'trieu_dong', value_dong: 1551000000n });
});
