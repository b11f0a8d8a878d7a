import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract.js';
import { provinceOf, type ProvinceFound } from '../../pipeline/export/provinceOf.js';
import { foldName, provinceNamed } from '../../pipeline/export/provinces.js';

/** Real reports: the header fields the extractor found, then the province they give. */
const FIXTURES: [file: string, tinh: string, from: ProvinceFound['from']][] = [
  ['fixtures/seeds/000_63739cf91234dbc4.txt', 'lang-son', 'place'], // `Lạng Sơn, ngày tháng 8 năm 2023`, no issuer line
  ['fixtures/seeds/001_157e71765e27d8f0.docx', 'lang-son', 'place'],
  ['fixtures/seeds/002_5400b95413840074.pdf', 'lang-son', 'place'],
  ['fixtures/seeds/004_7690d259663c1765.txt', 'lai-chau', 'body'], // Phong Thổ is a district; `tỉnh Lai Châu` ×2 beats `tỉnh Vân Nam` (not Vietnamese)
  ['fixtures/unseen/100_binhgia_giamngheo_2023.txt', 'lang-son', 'body'], // `UBND HUYỆN BÌNH GIA`: the body names the province
];

describe('provinceOf on real reports', () => {
  it.each(FIXTURES)('%s → %s (%s)', async (file, tinh, from) => {
    const x = await extractFile(file);
    const got = provinceOf({ issuer_name: x.document.header.issuer_name, place: x.document.header.place, text: x.document.text });
    expect({ tinh: got.tinh, from: got.from }).toEqual({ tinh, from });
  });
});

const CRAFTED: [name: string, input: { issuer_name: string | null; place: string | null; text: string }, tinh: string, from: ProvinceFound['from']][] = [
  ['issuer line, old tone placement', { issuer_name: 'UBND TỈNH THANH HOÁ', place: 'Thanh Hóa', text: 'UBND TỈNH THANH HOÁ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }, 'thanh-hoa', 'issuer'],
  ['two-line issuer block in the text', { issuer_name: 'SỞ TÀI CHÍNH', place: 'Cao Bằng', text: 'UBND TỈNH CAO BẰNG\nSỞ TÀI CHÍNH\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n... tỉnh Lạng Sơn, tỉnh Lạng Sơn' }, 'cao-bang', 'issuer'],
  ['centrally-run city', { issuer_name: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', place: 'Thành phố Hồ Chí Minh', text: '' }, 'ho-chi-minh', 'issuer'],
  ['hyphenated name in the body', { issuer_name: 'UBND HUYỆN CÔN ĐẢO', place: 'Côn Đảo', text: 'UBND HUYỆN CÔN ĐẢO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\ntrên địa bàn tỉnh Bà Rịa - Vũng Tàu năm 2023' }, 'ba-ria-vung-tau', 'body'],
  ['place that is a province', { issuer_name: null, place: 'Hà Nội', text: 'Số: 12/BC-UBND' }, 'ha-noi', 'place'],
  ['district place starting like a province is not one', { issuer_name: null, place: 'Lạng Sơn Mới', text: 'Số: 12/BC-UBND' }, 'unknown', null],
  ['foreign province only', { issuer_name: null, place: 'Phong Thổ', text: 'giáp tỉnh Vân Nam (Trung Quốc)' }, 'unknown', null],
  ['lower-case words after tỉnh are not names', { issuer_name: null, place: null, text: 'cấp tỉnh, tỉnh ủy và tỉnh đoàn' }, 'unknown', null],
];

describe('provinceOf on crafted headers', () => {
  it.each(CRAFTED)('%s', (_name, input, tinh, from) => {
    const got = provinceOf(input);
    expect({ tinh: got.tinh, from: got.from }).toEqual({ tinh, from });
  });
});

describe('province names', () => {
  it.each([
    ['Thanh Hoá', 'thanh hoa'],
    ['THANH HÓA', 'thanh hoa'],
    ['Đắk Lắk', 'dak lak'],
    ['Đăk Lăk', 'dak lak'],
    ['Bà Rịa - Vũng Tàu', 'ba ria vung tau'],
  ])('fold %s → %s', (name, folded) => expect(foldName(name)).toBe(folded));

  it.each([
    ['Lạng Sơn về việc', 'lang-son'],
    ['Bắc Cạn', 'bac-kan'],
    ['Huế', 'thua-thien-hue'],
    ['Kontum', 'kon-tum'],
    ['Vân Nam', null],
    ['Sơn', null],
  ])('provinceNamed(%s) → %s', (words, slug) => expect(provinceNamed(words)?.slug ?? null).toBe(slug));
});
