import { describe, it } from 'vitest';
import { MoneyRateExtractor } from '../../extractors/money/MoneyRateExtractor.js';
import { dong, expectAmounts, expectExtractor, type AmountCase } from './amountCases.js';

const POSITIVE: AmountCase[] = [
  ['mức hỗ trợ [[80 triệu đồng/người/năm]].', [{ ...dong(80000000n, 79500000n, 80500000n), role: 'rate', per: 'người/năm', unit_raw: 'triệu đồng' }]],
  ['Mức quà tặng: [[100.000 đồng/người dân]], cho toàn dân', [{ ...dong(100000n), per: 'người dân' }]],
  ['3 giải Ba: [[600.000 đồng/ giải]]; 10 giải', [{ ...dong(600000n), per: 'giải' }]],
  ['tối đa là [[70 triệu đồng/trường hợp]]).', [{ per: 'trường hợp' }]],
  ['dao động đến [[30.000 đồng/hồ sơ]] và', [{ per: 'hồ sơ' }]],
  ['giá trung bình [[33.025.661 đồng/m²]].', [{ ...dong(33025661n), per: 'm²' }]],
  ['| Lương bổng | [[30,420,000 VNĐ/tháng]][1] |', [{ ...dong(30420000n), per: 'tháng', unit_raw: 'VNĐ' }]],
  ['được hỗ trợ [[4.800.000 đồng/người/tháng]] (bốn triệu', [{ ...dong(4800000n), per: 'người/tháng' }]],
];

const NEGATIVE: string[] = ['ban hành kèm theo mẫu 13đ/ĐK', 'tỷ lệ 30/70 người'];

describe('MoneyRateExtractor', () => {
  it.each(POSITIVE)('%s', (s, e) => expectExtractor(MoneyRateExtractor, [s, e]));
  it.each(POSITIVE)('pipeline: %s', (s, e) => expectAmounts([s, e]));
  it.each(NEGATIVE)('no amount in: %s', (t) => expectAmounts([t, []]));
});
