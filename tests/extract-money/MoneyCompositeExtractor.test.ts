import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../extractors/money/index.js';
import { MoneyCompositeExtractor } from '../../extractors/money/MoneyCompositeExtractor.js';
import { dong, expectAmounts, expectExtractor, type AmountCase } from './amountCases.js';

const POSITIVE: AmountCase[] = [
  ['tổng mức đầu tư [[1 tỷ 200 triệu đồng]].', [{
    ...dong(1200000000n, 1199500000n, 1200500000n), role: 'composite', unit: 'trieu_dong', unit_raw: 'triệu đồng',
    number_raw: '1 tỷ 200 triệu', decimals: 0, unit_stated: true,
  }]],
  ['mức hỗ trợ [[2 triệu 500 nghìn đồng]]', [{ ...dong(2500000n, 2499500n, 2500500n), unit: 'nghin_dong', unit_raw: 'nghìn đồng' }]],
  ['khoảng [[3 TỶ 50 TRIỆU ĐỒNG]]³', [{ ...dong(3050000000n, 3049500000n, 3050500000n), qualifier: 'khoang', footnote: '³' }]],
];

/** Parts that do not make one amount: an UnknownEntity over the whole figure, and no amount inside it. */
const UNREADABLE: [string, number, number, string][] = [
  ['còn lại 1 triệu 500 đồng', 8, 24, 'composite amount ending in a plain number is ambiguous'],
  ['tổng 2 tỷ 3 tỷ đồng', 5, 19, 'composite parts do not form one amount'],
  ['tổng 1 tỷ 2.000 triệu đồng', 5, 26, 'composite parts do not form one amount'],
  ['tổng 1 tỷ 2,5 triệu đồng', 5, 24, 'composite part not a whole number: 2,5 triệu'],
];

describe('MoneyCompositeExtractor', () => {
  it.each(POSITIVE)('%s', (s, e) => expectExtractor(MoneyCompositeExtractor, [s, e]));
  it.each(POSITIVE)('pipeline: %s', (s, e) => expectAmounts([s, e]));
  it.each(UNREADABLE)('unreadable: %s', (text, start, end, reason) => {
    const found = extractAmounts({ text, reportDate: null });
    expect(found.entities).toEqual([]);
    expect(found.unknowns).toEqual([{ kind: 'unknown', start, end, raw: text.slice(start, end), extractor: 'MoneyCompositeExtractor', reason }]);
  });
  it.each(['1 tỷ 200 triệu người', 'kinh phí 1 tỷ 200 triệu cho', 'đạt 5 tỷ'])('no amount in: %s', (t) => expectAmounts([t, []]));
});
