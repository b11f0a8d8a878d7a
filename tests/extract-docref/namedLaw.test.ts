import { describe, expect, it } from 'vitest';
import { extractFile } from '../../pipeline/extract.js';
import { expectRefs, type RefCase } from './helpers.js';

/**
 * Laws cited by name (`Luật <title> số <n>/<year>/QH<k>`): the type name opens the title. Texts from
 * fixtures/heldout/879553949728a7dc.txt and fixtures/public-vn (8d9779edcdd6c422, e3975a1a18e00f03,
 * 2c21fcde7806b527), as printed (line breaks and all).
 */
const NAMED_LAWS: RefCase[] = [
  ['*Căn cứ {{Luật Tổ chức chính quyền địa phương số\n[[72/2025/QH15]]}};*', [{ ref_type_name: 'Luật', type_name_stated: true, type_code: null, issuer_code: 'QH15', year: 2025, canonical_key: '|72|2025|QH15' }]],
  // the `luật` of `pháp luật` right before `số` is not the type name; the title's `Luật` is
  ['*Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nsố [[64/2025/QH15]] được sửa đổi, bổ sung bởi Luật số [[87/2025/QH15]];*', [
    { ref_type_name: 'Luật', type_name_stated: true, full_start: 8 },
    { ref_type_name: 'Luật', type_name_stated: true },
  ]],
  ['*Căn cứ {{Luật Quản lý, sử dụng tài sản công số\n[[15/2017/QH14]]}} được sửa đổi, bổ sung bởi Luật số [[56/2024/QH15]];*', [
    { ref_type_name: 'Luật' }, { ref_type_name: 'Luật' },
  ]],
  ['khoản 3 Điều 40 Luật Quản lý, sử dụng tài sản\ncông số [[15/2017/QH14]] được sửa đổi', [{ ref_type_name: 'Luật', full_start: 16 }]],
  ['*Căn cứ Luật Trật tự, an toàn giao thông đường bộ số [[36/2024/QH15]];\n*', [{ ref_type_name: 'Luật', issuer_code: 'QH15' }]],
  ['một số điều của Luật Sĩ quan Quân đội nhân dân Việt Nam số [[52/2024/QH15]].', [{ ref_type_name: 'Luật', full_start: 16 }]],
  ['khoản 3 Điều 91 Luật Quản lý thuế số [[38/2019/QH14]] và doanh', [{ ref_type_name: 'Luật', issued_on: null }]],
];

/** Where the title rule must not reach. */
const NOT_NAMED: RefCase[] = [
  // `pháp luật` with no law named before it: no type name at all
  ['theo quy định của pháp luật số [[64/2025/QH15]] về', [{ ref_type_name: null, type_name_stated: false }]],
  // a clause end between the name and `số`
  ['Luật Đất đai; số [[45/2013/QH13]]', [{ ref_type_name: null }]],
  // another document's type name inside what would be the title
  ['Luật Đầu tư và Nghị quyết của Quốc hội số [[24/2021/QH15]]', [{ ref_type_name: null }]],
  // only National Assembly symbols are laws
  ['Luật Xây dựng và văn bản số [[15/2021/NĐ-CP]]', [{ ref_type_name: null }]],
];

describe('named laws: `Luật <title> số …/QH…`', () => {
  it.each(NAMED_LAWS)('%s', (s, e) => void expectRefs([s, e]));
  it.each(NOT_NAMED)('%s', (s, e) => void expectRefs([s, e]));
});

/** A Markdown header table flattened into one paragraph: `| Số: 44/2025/QĐ-CTUBND |` is the document's own number. */
const OWN_NUMBER_IN_PIPE_CELL: RefCase[] = [
  ['Độc lập - Tự do - Hạnh phúc --------------- | | Số: 44/2025/QĐ-CTUBND | Gia Lai, ngày 20 tháng 11 năm 2025 |', []],
  ['Độc lập - Tự do - Hạnh phúc --------------- | | Số: 5489/CT-CS V/v Chính sách thuế |', []],
  // a cited document in a cell is still one
  ['| Theo Quyết định số [[2979/QĐ-UBND]] |', [{ ref_type_name: 'Quyết định' }]],
];

describe('own number in a `|` table cell', () => {
  it.each(OWN_NUMBER_IN_PIPE_CELL)('%s', (s, e) => void expectRefs([s, e]));

  it.each([
    ['fixtures/heldout/879553949728a7dc.txt', '44/2025/QĐ-CTUBND'],
    ['fixtures/public-vn/0f98ee482389e59e.txt', '2979/QĐ-UBND'],
  ])('%s: the header number %s is not a reference', async (path, own) => {
    const x = await extractFile(path);
    expect(x.document.text).toContain(`| Số: ${own} |`);
    expect(x.doc_refs.filter((r) => r.raw === own)).toEqual([]);
  });
});
