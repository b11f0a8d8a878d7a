import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../extractors/quantity/index.js';
import { expectAnchored, fixtureContext, SEED_DIR } from '../extract-money/helpers.js';

/** An expected quantity of a real report: the text right before it, its raw, value, unit, of_total. */
type Row = [before: string, raw: string, value: number, unit: string, ofTotal?: number];

const SEEDS: Record<string, Row[]> = {
  '000_63739cf91234dbc4': [
    ['đài truyền thanh ', '20 đài', 20, 'đài'],
    ['đài truyền thanh xã ', '33 đài', 33, 'đài'],
  ],
  '001_157e71765e27d8f0': [
    ['đã xây dựng ', '65 văn bản', 65, 'văn bản'],
    ['phát triển ', '131 vị trí', 131, 'vị trí'],
    ['xoá trắng được ', '46/128 thôn/bản', 46, 'thôn/bản', 128],
    ['xoá lốm được ', '45/140 thôn/bản', 45, 'thôn/bản', 140],
    ['thực hiện xem xét ', '26 vị trí', 26, 'vị trí'],
    ['đã cho ý kiến tại ', '17 vị trí', 17, 'vị trí'],
    ['trạm BTS hiện nay là ', '1.344 vị trí', 1344, 'vị trí'],
    ['vị trí với ', '3.197 trạm', 3197, 'trạm'],
    ['(', '853 trạm', 853, 'trạm'],
    ['2G; ', '1.216 trạm', 1216, 'trạm'],
    ['3G và ', '1.128 trạm', 1128, 'trạm'],
    ['xoá trắng sóng được ', '02 thôn', 2, 'thôn'],
    ['xoá lốm sóng được ', '03 thôn', 3, 'thôn'],
    ['xóa trắng được ', '46/128 thôn/bản', 46, 'thôn/bản', 128],
    ['xóa lờm được ', '45/140 thôn/bản', 45, 'thôn/bản', 140],
    ['chấp thuận thêm được ', '17 vị trí', 17, 'vị trí'],
    ['xóa trắng sóng được ', '02 thôn', 2, 'thôn'],
    ['xóa lờm sóng được ', '03 thôn', 3, 'thôn'],
    ['mở rộng vùng phủ cho ', '12 thôn', 12, 'thôn'],
    ['cấp xã cho hơn ', '20 xã', 20, 'xã'],
    ['toàn tỉnh có ', '101/181 xã', 101, 'xã', 181],
    ['(*tăng ', '11 xã', 11, 'xã'],
    ['năm 2021); ', '33/181 xã', 33, 'xã', 181],
    ['(tăng ', '03 xã', 3, 'xã'],
    ['xây dựng được ', '200 trang', 200, 'trang'],
    ['(năm 2020 xây dựng ', '79 trang', 79, 'trang'],
    ['năm 2021 xây dựng ', '121 trang', 121, 'trang'],
    ['truyền thông tại ', '10 xã', 10, 'xã'],
    ['nông thôn mới, ', '05 xã', 5, 'xã'],
    ['nâng cao và ', '02 xã', 2, 'xã'],
    ['+ ', '09/19 tiêu chí', 9, 'tiêu chí', 19],
    ['+ ', '10/19 tiêu chí', 10, 'tiêu chí', 19],
    ['+ ', '05/19 tiêu chí', 5, 'tiêu chí', 19],
    ['+ ', '14/19 tiêu chí', 14, 'tiêu chí', 19],
    ['toàn tỉnh có ', '101/181 xã', 101, 'xã', 181],
    ['(*tăng ', '11 xã', 11, 'xã'],
    ['năm 2022*); ', '33/181 xã', 33, 'xã', 181],
    ['(*tăng ', '03 xã', 3, 'xã'],
    ['xây dựng được ', '200 trang', 200, 'trang'],
    ['(năm 2020 xây dựng ', '79 trang', 79, 'trang'],
    ['năm 2021 xây dựng ', '121 trang', 121, 'trang'],
  ],
  '002_5400b95413840074': [
    ['triển khai mở ', '01 lớp', 1, 'lớp'],
    ['tập huấn cho ', '250 đại biểu', 250, 'đại biểu'],
    ['thiết lập mới ', '01 cụm', 1, 'cụm'],
    ['thiết lập mới ', '01 cụm', 1, 'cụm'],
  ],
  '004_7690d259663c1765': [
    ['102,924,5 ha, có ', '96 km', 96, 'km'],
    ['Toàn huyện có ', '17 xã', 17, 'xã'],
    ['thị trấn, ', '171 thôn', 171, 'thôn'],
    ['bản có ', '17.077 hộ', 17077, 'hộ'],
    ['hộ, ', '81.770 nhân khẩu', 81770, 'nhân khẩu'],
    ['nhân khẩu với ', '9 dân tộc', 9, 'dân tộc'],
    ['thiểu số có ', '74.996 người', 74996, 'người'],
    ['31/12/2019 là: ', '4.281 hộ', 4281, 'hộ'],
    ['hộ, với ', '19.907 khẩu', 19907, 'khẩu'],
    ['hộ cận nghèo là: ', '3.432 hộ', 3432, 'hộ'],
    ['hộ với ', '17.403 khẩu', 17403, 'khẩu'],
    ['huyện có ', '10 xã', 10, 'xã'],
    ['khu vực III với ', '86 thôn', 86, 'thôn'],
    ['khó khăn; có ', '07 xã', 7, 'xã'],
    ['khu vực II với ', '31 thôn', 31, 'thôn'],
    ['khó khăn; có ', '12 xã', 12, 'xã'],
    ['biên giới với ', '125 thôn', 125, 'thôn'],
    ['Phong Thổ đã phối với Ban Dân tộc tỉnh cử ', '1.886 lượt người', 1886, 'lượt người'],
    ['Triệu tập ', '11 người', 11, 'người'],
    ['Tổ chức ', '11 buổi', 11, 'buổi'],
    ['giảm nghèo với ', '840 người', 840, 'người'],
    ['hỗ trợ radio: ', '58 chiếc', 58, 'chiếc'],
    ['chiếc cho ', '06 xã', 6, 'xã'],
    ['Trong đó có ', '01 xã', 1, 'xã'],
    ['tài trợ, ', '04 xã', 4, 'xã'],
  ],
};

describe.each(Object.entries(SEEDS))('quantities of seed %s', (id, rows) => {
  const ctx = fixtureContext(`${SEED_DIR}/${id}.txt`);
  const found = extractQuantities(ctx);

  it('are exactly the listed quantities, in order, at their exact spans', () => {
    expectAnchored(ctx.text, found.entities, rows.map(([before, raw]) => ({ before, raw })));
  });

  it('have the exact value, unit and total', () => {
    expect(found.entities.map((q) => [q.raw, q.value, q.unit, q.of_total])).toEqual(rows.map(([, raw, v, u, t]) => [raw, v, u, t ?? null]));
  });
});

it('seed 004: the malformed area `102,924,5 ha` is the one unknown', () => {
  const ctx = fixtureContext(`${SEED_DIR}/004_7690d259663c1765.txt`);
  const { unknowns } = extractQuantities(ctx);
  expect(unknowns.map((u) => [u.raw, u.extractor])).toEqual([['102,924,5 ha', 'QuantityWithUnitExtractor']]);
  expect(ctx.text.slice(unknowns[0].start - 'tự nhiên '.length, unknowns[0].start)).toBe('tự nhiên ');
});

it('seeds: dates and document numbers yield no quantity', () => {
  const ctx = fixtureContext(`${SEED_DIR}/001_157e71765e27d8f0.txt`);
  const raws = extractQuantities(ctx).entities.map((q) => q.raw);
  for (const notQuantity of ['6 tháng', '2023 tháng', '2025 tỉnh', '8 (thông', '30 tháng', '10 năm']) expect(raws).not.toContain(notQuantity);
  expect(raws.some((r) => /năm|tháng|ngày/u.test(r))).toBe(false);
});
