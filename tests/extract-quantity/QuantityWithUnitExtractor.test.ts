import { describe, expect, it } from 'vitest';
import { QuantityWithUnitExtractor } from '../../extractors/quantity/QuantityWithUnitExtractor.js';
import { extractQuantities } from '../../extractors/quantity/index.js';
import { extractAmounts } from '../../extractors/money/index.js';
import { expectQuantities, expectQuantityExtractor, type QuantityCase } from './quantityCases.js';

const POSITIVE: QuantityCase[] = [
  ['dân số [[802.090 người]], diện tích [[8.310,09 km²]].', [
    { value: 802090, unit: 'người', number_raw: '802.090', decimals: 0, of_total: null },
    { value: 8310.09, unit: 'km²', number_raw: '8.310,09', decimals: 2 },
  ]],
  ['cử [[1.886 lượt người]] tham gia', [{ value: 1886, unit: 'lượt người' }]],
  ['thiết lập mới đài truyền thanh [[20 đài]] và', [{ value: 20, unit: 'đài' }]],
  ['hỗ trợ radio: [[58 chiếc]] cho [[06 xã]]: Sin Suối Hồ', [{ value: 58, unit: 'chiếc' }, { value: 6, unit: 'xã', number_raw: '06' }]],
  ['có [[17.077 hộ]], [[81.770 nhân khẩu]] với [[9 dân tộc]]', [{ value: 17077, unit: 'hộ' }, { value: 81770, unit: 'nhân khẩu' }, { value: 9, unit: 'dân tộc' }]],
  ['với [[19.907 khẩu]] chiếm', [{ value: 19907, unit: 'khẩu' }]],
  ['mở [[01 lớp]] tập huấn cho [[250 đại biểu]] là', [{ value: 1, unit: 'lớp' }, { value: 250, unit: 'đại biểu' }]],
  ['thời gian lái xe an toàn từ [[03 năm]] trở lên, trong [[12 tháng]]', [{ value: 3, unit: 'năm' }, { value: 12, unit: 'tháng' }]],
  ['khoảng [[343.198,69m2]], gồm', [{ value: 343198.69, unit: 'm²', number_raw: '343.198,69' }]],
  ['kinh phí cho [[75 triệu người]]', [{ value: 75000000, unit: 'người', number_raw: '75' }]],
  ['Tổng số [[34 lớp]]; Triệu tập [[11 người]]', [{ value: 34, unit: 'lớp' }, { value: 11, unit: 'người' }]],
  ['Đường kính: [[0.25mm]] (0,1 inch)', [{ value: 0.25, unit: 'mm', decimals: 2 }]],
  ['Tổ chức [[11 buổi]] nói chuyện với [[840 người]] tham gia', [{ value: 11, unit: 'buổi' }, { value: 840, unit: 'người' }]],
  ['hỗ trợ [[85 nhà]] (xây mới [[65 nhà]]); Tổ chức [[06 hội nghị]]', [{ value: 85, unit: 'nhà' }, { value: 65, unit: 'nhà' }, { value: 6, unit: 'hội nghị' }]],
];

const NEGATIVE: string[] = [
  'Ngày 21/4/2023 ban hành Thông tư 06/2022/TT-BTTTT',
  'thực hiện tiêu chí số 8 và Dự án 6 xã, Tiểu dự án 1 người',
  'trong năm 2023 người dân; Lạng Sơn, ngày 14 tháng 10 năm 2020',
  'Kết quả triển khai trong 6 tháng đầu năm, 6 tháng cuối năm 2023',
  'Đáp án đề thi vào lớp 10 tỉnh Bình Dương; lớp**** 10 Tỉnh Kon Tum',
  'giai đoạn 2022 - 2025 tỉnh Lạng Sơn; dịp lễ 2 9 2025 người lao động',
  'Điều 196 Bộ luật Hình sự; (lần 2) người',
  'Ngân sách TW 6.423 triệu đồng; hỗ trợ 2 triệu đồng/người',
  'STT\tNội dung\n1\tDự án hỗ trợ\n2\tDự án đa dạng hóa\n3\tNgười',
];

describe('QuantityWithUnitExtractor', () => {
  it.each(POSITIVE)('%s', (s, e) => expectQuantityExtractor(QuantityWithUnitExtractor, [s, e]));
  it.each(POSITIVE)('pipeline: %s', (s, e) => expectQuantities([s, e]));
  it.each(NEGATIVE)('no quantity in: %s', (t) => expectQuantities([t, []]));

  it('a malformed number is an UnknownEntity, not a guess (`102,924,5 ha`)', () => {
    const text = 'có diện tích tự nhiên 102,924,5 ha, có 96 km đường';
    const found = extractQuantities({ text, reportDate: null });
    expect(found.unknowns).toEqual([{
      kind: 'unknown', start: 22, end: 34, raw: '102,924,5 ha', extractor: 'QuantityWithUnitExtractor',
      reason: 'malformed number (separators fit neither convention): 102,924,5',
    }]);
    expect(found.entities).toMatchObject([{ start: 39, end: 44, raw: '96 km', value: 96, unit: 'km' }]);
  });

  it('populations, areas and counts are never money', () => {
    const ctx = { text: 'dân số 802.090 người, 8.310,09 km², 1.886 lượt người, 20 đài, 58 chiếc', reportDate: null };
    expect(extractAmounts(ctx).entities).toEqual([]);
    expect(extractQuantities(ctx).entities.map((q) => q.raw)).toEqual(['802.090 người', '8.310,09 km²', '1.886 lượt người', '20 đài', '58 chiếc']);
  });
});
