import { describe, expect, it } from 'vitest';
import { BareMillionInMoneyContextExtractor } from '../../extractors/money/BareMillionInMoneyContextExtractor.js';
import { extractQuantities } from '../../extractors/quantity/index.js';
import { dong, expectAmounts, expectExtractor, type AmountCase } from './amountCases.js';
import { marked } from './helpers.js';

const POSITIVE: AmountCase[] = [
  ['kinh phí [[75 triệu]], trong đó', [{ ...dong(75000000n, 74500000n, 75500000n), unit_stated: false, unit_raw: 'triệu', unit: 'trieu_dong', role: 'single' }]],
  ['trị giá [[75 triệu]]', [dong(75000000n, 74500000n, 75500000n)]],
  ['doanh thu trên [[1 tỷ]] một năm', [{ ...dong(1000000000n, 500000000n, 1500000000n), qualifier: 'tren' }]],
  ['Kế hoạch giải ngân [[1,5 tỷ]].', [{ ...dong(1500000000n, 1450000000n, 1550000000n), decimals: 1 }]],
  ['Vợ chồng có thu nhập dưới [[40 triệu/tháng]] được mua', [{ ...dong(40000000n, 39500000n, 40500000n), role: 'rate', per: 'tháng', qualifier: 'duoi', unit_stated: false }]],
  ['nguồn vốn [[75 triệu]] năm 2023', [dong(75000000n, 74500000n, 75500000n)]],
  ['doanh thu [[10 nghìn tỷ]] trong năm', [{ ...dong(10000000000000n, 9500000000000n, 10500000000000n), unit: 'ty_dong' }]],
];

const NEGATIVE: string[] = [
  'có 75 triệu người dân',
  'dân số 75 triệu.',
  'kinh phí cho 75 triệu người',
  'vốn đầu tư 4,3 tỷ USD',
  'doanh thu đạt 2,2 tỷ đô',
  'Viettel có 36 triệu khách hàng quốc tế',
  'đạt 42,5 triệu thuê bao',
  'Đề thi vào lớp 10 tỉnh Bình Dương',
  'Ngân sách năm 2023. Tổ chức cho 5 triệu',
];

describe('BareMillionInMoneyContextExtractor', () => {
  it.each(POSITIVE)('%s', (s, e) => expectExtractor(BareMillionInMoneyContextExtractor, [s, e]));
  it.each(POSITIVE)('pipeline: %s', (s, e) => expectAmounts([s, e]));
  it.each(NEGATIVE)('no amount in: %s', (t) => expectAmounts([t, []]));

  it('a population in a money clause is a quantity, not money (MoneyNotInQuantityRefiner)', () => {
    const { ctx } = marked('kinh phí cho [[75 triệu người]]');
    expect(extractQuantities(ctx).entities).toMatchObject([{ start: 13, end: 27, raw: '75 triệu người', value: 75000000, unit: 'người' }]);
    expectAmounts(['kinh phí cho 75 triệu người', []]);
  });
});
