import { describe, expect, it } from 'vitest';
import { extractDocRefs } from '../../extractors/docref/index.js';
import { ctxOf, expectRefs, type RefCase } from './helpers.js';

/** Every symbol form of domain.md §2 and the variants seen in real text. */
const FORMS: RefCase[] = [
  ['{{Quyết định số [[15/QĐ-BNV]]}} của', [{ ref_type_name: 'Quyết định', type_name_stated: true, type_code: 'QĐ', issuer_code: 'BNV', number: 15, number_raw: '15', year: null, symbol: 'QĐ-BNV', canonical_key: 'QĐ|15||BNV', issues: [] }]],
  ['{{Công văn số [[1532/SLĐTBXH-BTXHTE]] ngày 02/8/2023}}', [{ ref_type_name: 'Công văn', type_code: null, issuer_code: 'SLĐTBXH', number: 1532, issued_on: '2023-08-02', symbol: 'SLĐTBXH-BTXHTE', canonical_key: '|1532|2023?|SLDTBXH-BTXHTE' }]],
  ['{{Thông tư số [[06/2022/TT-BTTTT]] ngày 30/6/2022}}', [{ ref_type_name: 'Thông tư', type_code: 'TT', issuer_code: 'BTTTT', number: 6, number_raw: '06', year: 2022, symbol: '2022/TT-BTTTT', issued_on: '2022-06-30', canonical_key: 'TT|6|2022|BTTTT', issues: [] }]],
  ['{{Luật số [[24/2021/QH15]]}}', [{ ref_type_name: 'Luật', type_code: null, issuer_code: 'QH15', year: 2021, canonical_key: '|24|2021|QH15' }]],
  ['{{Thông tư liên tịch số [[12/2015/TTLT-BTC-BNV]]}}', [{ ref_type_name: 'Thông tư liên tịch', type_code: 'TTLT', issuer_code: 'BTC-BNV', canonical_key: 'TTLT|12|2015|BTC-BNV' }]],
  ['{{Nghị quyết số [[47-NQ/TU]] ngày 15/3/2022}}', [{ ref_type_name: 'Nghị quyết', type_code: 'NQ', issuer_code: 'TU', number: 47, symbol: 'NQ/TU', issued_on: '2022-03-15', canonical_key: 'NQ|47|2022?|TU' }]],
  ['theo {{Nghị quyết [[57-NQ/TW]]}}.', [{ ref_type_name: 'Nghị quyết', type_code: 'NQ', issuer_code: 'TW' }]],
  ['{{Nghị định [[27/2022/ND-CP]]}}', [{ type_code: 'NĐ', issuer_code: 'CP', canonical_key: 'NĐ|27|2022|CP', issues: [] }]],
  ['{{Quyết định [[15/2020/QD-TTg]]}}', [{ type_code: 'QĐ', issuer_code: 'TTg', canonical_key: 'QĐ|15|2020|TTG' }]],
  ['{{Nghị định [[27/2022/NÐ-CP]]}}', [{ type_code: 'NĐ', issuer_code: 'CP', canonical_key: 'NĐ|27|2022|CP', issues: ['homoglyph'] }]],
  ['{{Nghị định [[27/2022/ΝĐ-CP]]}}', [{ type_code: 'NĐ', canonical_key: 'NĐ|27|2022|CP', issues: ['homoglyph'] }]],
  ['{{Nghị định [[27/2022/NĐ–CP]]}}', [{ type_code: 'NĐ', symbol: '2022/NĐ–CP', canonical_key: 'NĐ|27|2022|CP', issues: [] }]],
  ['{{Thông tư [[39/2016/TT- NHNN]] ngày 30/12/2016}}', [{ type_code: 'TT', issuer_code: 'NHNN', issued_on: '2016-12-30', canonical_key: 'TT|39|2016|NHNN' }]],
  ['{{Nghị định [[27/2022/NĐCP]]}}', [{ type_code: 'NĐ', issuer_code: 'CP', canonical_key: 'NĐ|27|2022|CP' }]],
  ['{{Thông tư liên tịch số [[12/2015/TTLT/BTC-BNV]]}}', [{ type_code: 'TTLT', issuer_code: 'BTC-BNV', canonical_key: 'TTLT|12|2015|BTC-BNV' }]],
  ['{{Kế hoạch số [[0204/KH-UBND]] ngày 02/4/2023}}', [{ number: 204, number_raw: '0204', canonical_key: 'KH|204|2023?|UBND' }]],
  ['{{Kế hoạch [[153/KH-UBND]] ngày 13/7/2022 của UBND tỉnh}}, về', [{ ref_type_name: 'Kế hoạch', type_code: 'KH', issued_on: '2022-07-13', issuing_body: 'UBND tỉnh' }]],
  ['{{Báo cáo số: [[2043 /BC-UBND]] ngày 18 tháng 10 năm 2020}}', [{ ref_type_name: 'Báo cáo', number: 2043, symbol: 'BC-UBND', issued_on: '2020-10-18', canonical_key: 'BC|2043|2020?|UBND' }]],
  ['{{Công văn số [[1532/SLĐT BXH-BTXHTE]] ngày 02/8/2023}}', [{ type_code: null, issuer_code: 'SLĐTBXH', symbol: 'SLĐT BXH-BTXHTE', canonical_key: '|1532|2023?|SLDTBXH-BTXHTE' }]],
  ['{{Quyết định [[12/2020/QĐ-UBND]]}} TPHCM ngày 1/2/2020', [{ issuer_code: 'UBND', issued_on: null }]],
  ['{{Kế hoạch số [[75/KH-\n\nUBND]] ngày 30/3/2023}}', [{ type_code: 'KH', issuer_code: 'UBND', symbol: 'KH-\n\nUBND', canonical_key: 'KH|75|2023?|UBND' }]],
  ['{{Công văn [[4114/CT-NVT]]}} Cảnh báo', [{ type_code: null, issuer_code: 'CT', canonical_key: 'CT|4114||NVT' }]],
  ['{{Chỉ thị [[16/CT-TTg]] năm 2020}}', [{ type_code: 'CT', issuer_code: 'TTg', canonical_key: 'CT|16|2020?|TTG' }]],
  ['{{Tờ trình số [[794/TTr-STTTT]]}}', [{ ref_type_name: 'Tờ trình', type_code: 'TTr', issuer_code: 'STTTT' }]],
  ['{{Nghị định số [[58/HĐBT]] ngày 01/06/1989}}', [{ ref_type_name: 'Nghị định', type_code: null, issuer_code: 'HĐBT', issued_on: '1989-06-01' }]],
  ['{{KẾ HOẠCH số [[12/KH-UBND]]}}', [{ ref_type_name: 'KẾ HOẠCH', type_code: 'KH' }]],
  ['{{Kế   hoạch số [[12/KH-UBND]]}}', [{ ref_type_name: 'Kế hoạch' }]],
  ['căn cứ {{[[06/2022/TT-BTTTT]]}} và', [{ ref_type_name: null, type_name_stated: false, type_code: 'TT' }]],
  ['*Căn cứ {{Nghị định số\n[[15/2018/NĐ-CP]] ngày 02 tháng 02 năm 2018}}', [{ ref_type_name: 'Nghị định', issued_on: '2018-02-02' }]],
  ['thực hiện {{Nghị\nquyết số [[57-NQ/TW]]}}', [{ ref_type_name: 'Nghị quyết', type_code: 'NQ' }]],
  ['Kế hoạch\n\n{{[[12/KH-UBND]]}}', [{ ref_type_name: null }]],
  ['tại văn bản {{số [[17129-CV/VPTW]]}},', [{ ref_type_name: null, type_code: 'CV', issuer_code: 'VPTW' }]],
  ['(Kèm theo {{Báo cáo số: [[2049/BC-UBND]] ngày 14 tháng 10 năm 2020 của UBND huyện Phong Thổ}})', [{ ref_type_name: 'Báo cáo', issued_on: '2020-10-14', issuing_body: 'UBND huyện Phong Thổ' }]],
];

/** What follows the number: date, issuer and subject, each in the full span. */
const TAILS: RefCase[] = [
  ['{{Công văn số [[1532/SLĐTBXH-BTXHTE]] ngày 02/8/2023 của Sở Lao động - Thương binh và Xã hội về việc triển khai đánh giá giữa kỳ, trên địa bàn}}; Sở Thông tin', [{
    issued_on: '2023-08-02', issuing_body: 'Sở Lao động - Thương binh và Xã hội', subject: 'triển khai đánh giá giữa kỳ, trên địa bàn',
  }]],
  ['{{Thông tư số [[10/2022/TT-BLĐTBXH]] ngày 31/5/2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội}} hướng dẫn', [{
    issuing_body: 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội', subject: null, type_code: 'TT', issuer_code: 'BLĐTBXH',
  }]],
  ['{{Công văn số [[311/QĐ-HĐND]] ngày 29/9/2020 của HĐND tỉnh Lai Châu về việc ban hành kế hoạch giám sát}}; tiếp', [{ issuing_body: 'HĐND tỉnh Lai Châu', subject: 'ban hành kế hoạch giám sát' }]],
  ['{{Kế hoạch số [[2321/KH-STTTT]] về việc thực hiện nhiệm vụ (giai đoạn 1)}}) tiếp', [{ subject: 'thực hiện nhiệm vụ (giai đoạn 1)' }]],
  ['{{Quyết định số [[1/QĐ-UBND]] về việc phê duyệt}}.\nTiếp', [{ subject: 'phê duyệt' }]],
  ['{{Quyết định số [[1/QĐ-UBND]] về việc phê duyệt đề án 1.2}}. Tiếp', [{ subject: 'phê duyệt đề án 1.2' }]],
  ['{{Quyết định số [[663/QĐ-UBND]] ngày 4/5/2023 của UBND tỉnh}}⁵ Xây dựng', [{ issuing_body: 'UBND tỉnh' }]],
  ['{{Thông tư [[05/2022/TT-BTTTT]] ngày 30/6/2022 của Bộ Thông tin và Truyền thông}} Quy định, hướng dẫn', [{ issuing_body: 'Bộ Thông tin và Truyền thông', subject: null }]],
  ['{{Công văn số [[629/UBND-KGVX]] về việc bổ sung}} {{Kế hoạch số [[75/KH-UBND]] ngày 30/3/2023}}.', [{ subject: 'bổ sung' }, { issued_on: '2023-03-30' }]],
  ['{{Kế hoạch số [[615/KH-STTTT]] về phát triển hạ tầng số đến năm 2025}} (*{{Kế hoạch số [[615/KH-STTTT]]}}*).', [{ subject: 'phát triển hạ tầng số đến năm 2025' }, { subject: null }]],
  ['{{Tờ trình số [[794/TTr-STTTT]] ngày 17/04/2023 V/v Thẩm định dự án}}. Tiếp', [{ subject: 'Thẩm định dự án', issued_on: '2023-04-17' }]],
  ['{{Công văn số [[849/STTTT-TTBCXB]]}} gửi Bộ Thông tin và Truyền thông về việc đề nghị', [{ issued_on: null, issuing_body: null, subject: null }]],
  ['{{Thông báo [[341/TB-TTPVHCC]] năm 2025}}, Trung tâm', [{ issued_on: null, canonical_key: 'TB|341|2025?|TTPVHCC' }]],
];

describe('DocRefParser: symbol forms and variants', () => {
  it.each(FORMS)('%s', (s, e) => void expectRefs([s, e]));
});

describe('DocRefParser: date, issuing body, subject', () => {
  it.each(TAILS)('%s', (s, e) => void expectRefs([s, e]));
});

/** Not references. */
const NEGATIVE: string[] = [
  'Số: 1488/BC-STTTT',
  '\nSố: 2049/BC-UBND\n\nPhong Thổ',
  'UBND TỈNH\tSố: 1488/BC-STTTT',
  '## Số 1488/BC-STTTT',
  '|\nSố:\n44/2025/QĐ-CTUBND\n|',
  'Số: /BC-STTTT',
  'theo Mẫu số 01/TNDN ban hành',
  'theo Mẫu số 13/ĐK',
  'Biểu số 02/BC tổng hợp',
  'QCVN 05:2024/BCA về hệ thống',
  'xã đạt 09/19 tiêu chí',
  'ngày 02/8/2023',
  'Nghị định 168 quy định',
  'số 58/HĐBT',
  'mô tơ S-125-VT và J402-CA-400',
  'diện tích (m2 /căn)',
  'Mẫu số 01-TT',
];

describe('DocRefParser: not references', () => {
  it.each(NEGATIVE)('%s', (s) => void expectRefs([s, []]));

  it('a type name and number with an unreadable symbol is an UnknownEntity', () => {
    const r = extractDocRefs(ctxOf('Quyết định số 12/qđ-ubnd ngày 1/1/2020'));
    expect(r.entities).toEqual([]);
    expect(r.unknowns).toMatchObject([{ kind: 'unknown', start: 0, end: 24, raw: 'Quyết định số 12/qđ-ubnd', extractor: 'UnparsedSymbolParser' }]);
  });

  it('a parsed reference leaves no unknown behind', () => {
    expect(extractDocRefs(ctxOf('Nghị định 168/2024/NĐ-CP quy định')).unknowns).toEqual([]);
  });
});
