import { describe, expect, it } from 'vitest';
import { extractDates } from '../../extractors/date/index.js';
import { ctxOf, day, expectExtracted, month, range, year, type DateCase } from './helpers.js';

/** The whole extractor: overlaps resolved (the longest span wins), symbols and ratios left alone. */
const POSITIVE: DateCase[] = [
  ['Lạng Sơn, [[ngày 30 tháng 6 năm 2023]]', [day('2023-06-30')]],
  ['Lạng Sơn, ngày [[tháng 8 năm 2023]]', [month('2023-08')]],
  ['Công văn số 1532/SLĐTBXH-BTXHTE ngày [[02/8/2023]] giai đoạn [[2021 - 2025]]', [day('2023-08-02'), range(2021, 2025)]],
  ['từ [[năm 2016]], sau đó', [year(2016)]],
  ['từ năm [[2016-2020]] UBND', [range(2016, 2020)]],
  ['Thông tư 06/2022/TT-BTTTT ngày [[30/6/2022]]', [day('2022-06-30')]],
  ['Tổng hợp [[NĂM 2024]]', [year(2024)]],
];

const NEGATIVE: string[] = [
  'Thông tư 06/2022/TT-BTTTT',
  'Nghị quyết số 29/2022/NQ-HĐND',
  'Luật số 24/2021/QH15',
  'xã đạt 09/19 tiêu chí',
  'xoá trắng được 46/128 thôn/bản',
  'Ngân sách 6.616.000.000 đồng',
  'mục 8.2 của',
  'có 2023 hộ nghèo',
  'Quyết định 15/3/2020/QĐ-UBND',
  'ký hiệu QĐ-2021-2025',
  'Số: 1488/BC-STTTT',
];

describe('extractDates', () => {
  it.each(POSITIVE)('%s', (s, e) => expectExtracted([s, e]));
  it.each(NEGATIVE)('no date in: %s', (s) => expectExtracted([s, []]));

  it('a two-digit year is an UnknownEntity, never a guessed century', () => {
    const r = extractDates(ctxOf('ngày 02/8/23 Sở'));
    expect(r.entities).toEqual([]);
    expect(r.unknowns).toMatchObject([{ kind: 'unknown', start: 5, end: 12, raw: '02/8/23', extractor: 'TwoDigitYearParser' }]);
  });
});
