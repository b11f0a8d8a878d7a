import { describe, it } from 'vitest';
import { QuantityRatioExtractor } from '../../extractors/quantity/QuantityRatioExtractor.js';
import { expectQuantities, expectQuantityExtractor, type QuantityCase } from './quantityCases.js';

const POSITIVE: QuantityCase[] = [
  ['+ [[09/19 tiêu chí]] đã đạt gồm', [{ value: 9, of_total: 19, unit: 'tiêu chí', number_raw: '09/19', decimals: 0 }]],
  ['đã xóa trắng được [[46/128 thôn/bản]], xóa lờm được [[45/140 thôn/bản]].', [
    { value: 46, of_total: 128, unit: 'thôn/bản' },
    { value: 45, of_total: 140, unit: 'thôn/bản' },
  ]],
  ['toàn tỉnh có [[101/181 xã]] đạt tiêu chí số 8', [{ value: 101, of_total: 181, unit: 'xã' }]],
  ['đạt [[1.234/2.000 hộ]]', [{ value: 1234, of_total: 2000, unit: 'hộ', number_raw: '1.234/2.000' }]],
];

const NEGATIVE: string[] = [
  'Ngày 21/4/2023; Thông tư 06/2022/TT-BTTTT; 29/2022/NQ-HĐND',
  'trong tháng 7/2023 xã; Quý 3/2023 xã',
  'mức phạt bằng 1/2 lần; 3/4 năm',
  'tỷ lệ 21/4 xã',
];

describe('QuantityRatioExtractor', () => {
  it.each(POSITIVE)('%s', (s, e) => expectQuantityExtractor(QuantityRatioExtractor, [s, e]));
  it.each(POSITIVE)('pipeline: %s', (s, e) => expectQuantities([s, e]));
  it.each(NEGATIVE)('no ratio in: %s', (t) => expectQuantityExtractor(QuantityRatioExtractor, [t, []]));
});
