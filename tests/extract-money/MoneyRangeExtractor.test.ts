import { describe, it } from 'vitest';
import { MoneyRangeExtractor } from '../../extractors/money/MoneyRangeExtractor.js';
import { MoneyDashRangeExtractor } from '../../extractors/money/MoneyDashRangeExtractor.js';
import { dong, expectAmounts, expectExtractor, type AmountCase } from './amountCases.js';

const FROM_TO: AmountCase[] = [
  ['dự kiến từ [[2]] đến [[3 tỷ đồng]].', [
    { ...dong(2000000000n, 1500000000n, 2500000000n), role: 'range_low', unit_stated: false, unit_raw: 'tỷ đồng', number_raw: '2' },
    { ...dong(3000000000n, 2500000000n, 3500000000n), role: 'range_high', unit_stated: true, unit_raw: 'tỷ đồng' },
  ]],
  ['Phạt tiền từ [[8.000.000 đồng]] đến [[10.000.000 đồng]] đối với', [
    { ...dong(8000000n), role: 'range_low', unit_stated: true },
    { ...dong(10000000n), role: 'range_high' },
  ]],
  ['hỗ trợ từ [[15.000 đồng/con]] đến [[30.000 đồng/con]]; trên', [
    { ...dong(15000n), role: 'range_low', per: 'con' },
    { ...dong(30000n), role: 'range_high', per: 'con' },
  ]],
  ['bị phạt từ [[2 triệu]] đến [[3 triệu đồng]]. Nếu', [
    { ...dong(2000000n, 1500000n, 2500000n), role: 'range_low', unit_stated: false, unit_raw: 'triệu' },
    { ...dong(3000000n, 2500000n, 3500000n), role: 'range_high' },
  ]],
  ['phạt tiền từ [[800 ngàn]] đến [[1 triệu đồng]] tùy', [
    { ...dong(800000n, 799500n, 800500n), unit: 'nghin_dong' },
    dong(1000000n, 500000n, 1500000n),
  ]],
  ['có thể bị xử phạt từ [[20 triệu]] đến [[22 triệu]] theo quy định', [
    { ...dong(20000000n, 19500000n, 20500000n), role: 'range_low', unit_stated: false },
    { ...dong(22000000n, 21500000n, 22500000n), role: 'range_high', unit_stated: false, unit_raw: 'triệu' },
  ]],
  ['phạt tiền từ [[05]] - [[10 triệu đồng]] đối với', [
    { ...dong(5000000n, 4500000n, 5500000n), number_raw: '05', role: 'range_low' },
    { ...dong(10000000n, 9500000n, 10500000n), role: 'range_high' },
  ]],
];

const DASH: AmountCase[] = [
  ['khoảng [[2]] - [[3 tỷ đồng]]', [{ ...dong(2000000000n, 1500000000n, 2500000000n), role: 'range_low', qualifier: 'khoang' }, { role: 'range_high' }]],
  ['tăng thêm [[250.000]] - [[350.000 đồng/tháng]].', [
    { ...dong(250000n), role: 'range_low', per: 'tháng', unit_stated: false },
    { ...dong(350000n), role: 'range_high', per: 'tháng' },
  ]],
  ['dao động từ [[20.000]]-[[100.000 đồng]].', [dong(20000n), dong(100000n)]],
  ['[[500 triệu đồng]] – [[1 tỷ đồng]]', [
    { ...dong(500000000n, 499500000n, 500500000n), unit_stated: true, role: 'range_low' },
    { ...dong(1000000000n, 500000000n, 1500000000n), role: 'range_high' },
  ]],
];

/** Not ranges: the single amount alone is read (pipeline), or nothing. */
const NOT_RANGES: AmountCase[] = [
  ['Dự án 6 - [[200 triệu đồng]]', [{ role: 'single' }]],
  ['năm 2020 - [[500 triệu đồng]]', [{ role: 'single' }]],
  ['giai đoạn 2021 - [[2025 tỷ đồng]]', [{ role: 'single' }]],
  ['5.000 - [[300 triệu đồng]]', [{ ...dong(300000000n, 299500000n, 300500000n), role: 'single' }]],
  ['thời hạn từ 02 năm đến 07 năm; từ 101 người đến 300 người', []],
  ['dân số từ 20 triệu đến 22 triệu người', []],
];

describe('MoneyRangeExtractor (từ … đến …)', () => {
  it.each(FROM_TO)('%s', (s, e) => expectExtractor(MoneyRangeExtractor, [s, e]));
  it.each(FROM_TO)('pipeline: %s', (s, e) => expectAmounts([s, e]));
});

describe('MoneyDashRangeExtractor (… - …)', () => {
  it.each(DASH)('%s', (s, e) => expectExtractor(MoneyDashRangeExtractor, [s, e]));
  it.each(DASH)('pipeline: %s', (s, e) => expectAmounts([s, e]));
});

describe('not a range', () => {
  it.each(NOT_RANGES)('%s', (s, e) => expectAmounts([s, e]));
});
