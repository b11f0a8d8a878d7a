import { describe, it } from 'vitest';
import { MoneyWithUnitExtractor } from '../../extractors/money/MoneyWithUnitExtractor.js';
import { dong, expectAmounts, expectExtractor, type AmountCase } from './amountCases.js';

const POSITIVE: AmountCase[] = [
  ['Ngân sách trung ương bố trí: [[21.342 triệu đồng]]; ngân sách địa phương bố trí: [[640 triệu đồng]].', [
    { ...dong(21342000000n, 21341500000n, 21342500000n), unit: 'trieu_dong', unit_raw: 'triệu đồng', number_raw: '21.342', decimals: 0, role: 'single', unit_stated: true, qualifier: null, per: null, footnote: null },
    { ...dong(640000000n, 639500000n, 640500000n), number_raw: '640' },
  ]],
  ['Ngân sách được bố trí năm 2023: [[6.616.000.000 đồng]]. Trong đó', [{ ...dong(6616000000n), unit: 'dong', unit_raw: 'đồng', decimals: 0 }]],
  ['với tổng kinh phí là [[1.961,334 triệu đồng]], dự kiến', [{ ...dong(1961334000n, 1961333500n, 1961334500n), decimals: 3, number_raw: '1.961,334' }]],
  ['Tiểu dự án 2: Giám sát, đánh giá: [[20,6 triệu đồng]], đang', [dong(20600000n, 20550000n, 20650000n)]],
  ['Nguồn vốn [[1.551 triệu đồng]] Sở đã', [dong(1551000000n, 1550500000n, 1551500000n)]],
  ['02 mặt khoảng [[4.000 triệu đồng]] và khoảng [[500 triệu đồng]] triển', [{ ...dong(4000000000n, 3999500000n, 4000500000n), qualifier: 'khoang' }, { ...dong(500000000n, 499500000n, 500500000n), qualifier: 'khoang' }]],
  ['tổng vốn [[350.195 tỷ đồng]]³ trong đó', [{ ...dong(350195000000000n, 350194500000000n, 350195500000000n), unit: 'ty_dong', footnote: '³' }]],
  ['hỗ trợ [[01 tỷ đồng]] cho', [{ ...dong(1000000000n, 500000000n, 1500000000n), number_raw: '01' }]],
  ['KINH PHÍ: [[30 TRIỆU ĐỒNG]]', [{ ...dong(30000000n, 29500000n, 30500000n), unit_raw: 'TRIỆU ĐỒNG' }]],
  ['Giá vé [[50.000đ]] một lượt', [{ ...dong(50000n), unit: 'dong', unit_raw: 'đ' }]],
  ['thu [[120.000 VND]] và [[2.500 VNĐ]]', [{ ...dong(120000n), unit_raw: 'VND' }, { ...dong(2500n), unit_raw: 'VNĐ' }]],
  ['dự toán [[5 trđ]], quyết toán [[7 tr.đồng]]', [{ ...dong(5000000n, 4500000n, 5500000n), unit: 'trieu_dong', unit_raw: 'trđ' }, { ...dong(7000000n, 6500000n, 7500000n), unit_raw: 'tr.đồng' }]],
  ['đạt tổng doanh thu hơn [[264 nghìn tỷ đồng]], tăng', [{ ...dong(264000000000000n, 263500000000000n, 264500000000000n), qualifier: 'hon', unit: 'ty_dong', unit_raw: 'nghìn tỷ đồng' }]],
  ['dự kiến [[700 ngàn đồng]]; dự ước [[3 tỉ đồng]]', [{ ...dong(700000n, 699500n, 700500n), unit: 'nghin_dong', qualifier: 'du_kien' }, { ...dong(3000000000n, 2500000000n, 3500000000n), qualifier: 'du_uoc' }]],
  ['tối đa [[50.000.000 đồng]], tối thiểu [[1.000.000 đồng]], gần [[2 tỷ đồng]], dưới [[40 triệu đồng]], trên [[91.500 tỷ đồng]]', [
    { qualifier: 'toi_da' }, { qualifier: 'toi_thieu' }, { qualifier: 'gan' }, { qualifier: 'duoi' }, { qualifier: 'tren' },
  ]],
  ['| Lương bổng | [[30,420,000 VNĐ]] |', [{ ...dong(30420000n), number_raw: '30,420,000' }]],
  ['nhận [[100.000 đồng]] tiền quà tặng', [dong(100000n)]],
  ['lệ phí [[25.000 đ]]. Giá [[1.500 đ]]', [{ ...dong(25000n), unit_raw: 'đ' }, dong(1500n)]],
];

const NEGATIVE: string[] = [
  'dân số 802.090 người, diện tích 8.310,09 km², cử 1.886 lượt người, 20 đài, 58 chiếc',
  'bố trí gồm 1 đồng chí đại diện lãnh đạo Ban',
  'khoảng 14 triệu đồng bào dân tộc thiểu số',
  'Đáp án đề thi vào 10 Đồng tháp năm 2025',
  'ban hành kèm theo mẫu 13a/ĐK, 13đ/ĐK',
  'đến hết tháng 5/2029 đồng chí Long đủ 58 tuổi',
  'tại 63 tỉnh, thành phố; 10 tỉ lệ',
  'đạt 2,2 tỷ đô doanh thu; 5 điểm; 3 đoàn',
  'có 25.000 đơn vị; 1.500 đô la; giá 15 đ',
];

describe('MoneyWithUnitExtractor', () => {
  it.each(POSITIVE)('%s', (source, expected) => expectExtractor(MoneyWithUnitExtractor, [source, expected]));
  it.each(POSITIVE)('pipeline: %s', (source, expected) => expectAmounts([source, expected]));
  it.each(NEGATIVE)('no amount in: %s', (text) => expectAmounts([text, []]));
});
