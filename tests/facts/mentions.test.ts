import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from '../../extractors/facts/subjectMentions.js';
import { foldChars, foldKey } from '../../extractors/facts/fold.js';
import { applyMention, EMPTY_SUBJECT, qualifiedKey, subjectKey, subjectText, extendsKey } from '../../extractors/facts/subject.js';
import { reportingBody } from '../../extractors/facts/reportingBody.js';

/** [kind, raw text of the mention, what it names]. */
function shown(text: string): [string, string, string][] {
  return findMentions(text).map((m: Mention) => [m.kind, text.slice(m.start, m.end), m.kind === 'org' ? m.org.readable : m.kind === 'du_an' ? `DA${m.da}` : m.kind === 'tieu_du_an' ? `DA${m.da ?? '?'}/TDA${m.tda}` : `ND${m.nd}`]);
}

describe('findMentions: projects, sub-projects and bodies as written in the seeds', () => {
  it.each([
    ['seed 000 section title', '1. Dự án 6. Truyền thông và giảm nghèo về thông tin: Tiểu dự án 1 Giảm nghèo về thông tin: Ngân sách',
      [['du_an', 'Dự án 6', 'DA6'], ['tieu_du_an', 'Tiểu dự án 1', 'DA?/TDA1']]],
    ['sub-project of another project (001)', 'Đối với Tiểu dự án 2 thuộc Dự án 10 (Ứng dụng công nghệ thông tin)',
      [['tieu_du_an', 'Tiểu dự án 2 thuộc Dự án 10', 'DA10/TDA2']]],
    ['`Tiêu dự án` spelling and `tại Dự án` (001)', 'Tiêu dự án 1: Giảm nghèo về thông tin tại Dự án 6: Truyền thông',
      [['tieu_du_an', 'Tiêu dự án 1: Giảm nghèo về thông tin tại Dự án 6', 'DA6/TDA1']]],
    ['TDA abbreviation, lower case, leading zero', 'TDA1 và tda 02; Nội dung số 01', [['tieu_du_an', 'TDA1', 'DA?/TDA1'], ['tieu_du_an', 'tda 02', 'DA?/TDA2'], ['noi_dung', 'Nội dung số 01', 'ND1']]],
    ['department, full name', '1.1. Sở Thông tin và Truyền thông: Ngân sách', [['org', 'Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông']]],
    ['department, capitals (header)', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', [['org', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Sở Thông tin và Truyền thông']]],
    ['department, abbreviation', 'Sở LĐTBXH;', [['org', 'Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội']]],
    ['department with `hoá` tone placement', 'Sở Văn hoá, Thể thao và Du lịch', [['org', 'Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch']]],
    ['the districts together (000 §1.2)', '1.2. UBND các huyện, thành phố', [['org', 'UBND các huyện, thành phố', 'UBND các huyện, thành phố']]],
    ['a district in a header', 'UBND HUYỆN BÌNH GIA', [['org', 'UBND HUYỆN BÌNH GIA', 'huyện Bình Gia']]],
    ['a district as a section title', 'Huyện Văn Quan: đã giải ngân', [['org', 'Huyện Văn Quan', 'huyện Văn Quan']]],
    ['Ủy ban nhân dân + district (004)', 'Ủy ban Nhân dân huyện Phong Thổ báo cáo', [['org', 'Ủy ban Nhân dân huyện Phong Thổ', 'huyện Phong Thổ']]],
    ['a place name stops at the next body', 'trên địa bàn tỉnh Lạng Sơn Sở Thông tin và Truyền thông',
      [['org', 'tỉnh Lạng Sơn', 'tỉnh Lạng Sơn'], ['org', 'Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(shown(text)).toEqual(expected);
  });

  it.each([
    ['a project without a number', 'các dự án thuộc Chương trình; Dự án chuyển đổi số'],
    ['`số` is not `Sở`', 'số thông tin và truyền thông'],
    ['`huyện` without a name', 'của huyện: 25.360 triệu đồng; cho huyện giai đoạn 2021 - 2025'],
    ['a department that does not exist', 'Sở Giao dịch chứng khoán'],
  ])('no mention: %s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
  });
});

describe('subjects: composition, readable form and keys', () => {
  const m = (text: string) => findMentions(text);
  const apply = (...texts: string[]) => texts.flatMap(m).reduce(applyMention, EMPTY_SUBJECT);
  const STTTT = { kind: 'so' as const, readable: 'Sở Thông tin và Truyền thông' };

  it.each([
    ['project then sub-project', ['Dự án 6', 'Tiểu dự án 1'], 'Dự án 6 › Tiểu dự án 1', 'du_an_6/tieu_du_an_1'],
    ['`Tiêu dự án` folds to `Tiểu dự án`', ['Dự án 6', 'Tiêu dự án 1'], 'Dự án 6 › Tiểu dự án 1', 'du_an_6/tieu_du_an_1'],
    ['a new project drops the sub-project', ['Dự án 6', 'Tiểu dự án 1', 'Dự án 7'], 'Dự án 7', 'du_an_7'],
    ['a department that reports is implicit; an inline sub-project keeps the project above it', ['Dự án 6', 'Sở Thông tin và Truyền thông', 'Tiểu dự án 7'], 'Dự án 6 › Tiểu dự án 7', 'du_an_6/tieu_du_an_7'],
    ['the reporting body alone', ['Dự án 6', 'Sở Thông tin và Truyền thông'], 'Sở Thông tin và Truyền thông', 'so_thong_tin_va_truyen_thong'],
    ['another body is kept', ['Dự án 6', 'UBND các huyện, thành phố', 'Tiểu dự án 1'], 'UBND các huyện, thành phố › Dự án 6 › Tiểu dự án 1', 'ubnd_cac_huyen_thanh_pho/du_an_6/tieu_du_an_1'],
    ['nothing named: the reporting body', [], 'Sở Thông tin và Truyền thông', 'so_thong_tin_va_truyen_thong'],
  ])('%s', (_name, texts, readable, key) => {
    const s = subjectText(apply(...texts), STTTT);
    expect(s).toBe(readable);
    expect(subjectKey(s)).toBe(key);
  });

  it('qualified keys put a district report\'s projects under the district, so they meet the province\'s', () => {
    expect(qualifiedKey('Dự án 1', 'huyện Bình Gia')).toBe('huyen_binh_gia/du_an_1');
    expect(qualifiedKey('huyện Bình Gia › Dự án 1', 'tỉnh Lạng Sơn')).toBe('huyen_binh_gia/du_an_1');
    expect(qualifiedKey('huyện Bình Gia', 'huyện Bình Gia')).toBe('huyen_binh_gia');
    expect(extendsKey('huyen_binh_gia/du_an_1', 'huyen_binh_gia')).toBe(true);
    expect(extendsKey('huyen_binh_gia', 'huyen_binh_gia')).toBe(false);
    expect(extendsKey('huyen_binh_giang', 'huyen_binh_gia')).toBe(false);
  });

  it('folding keeps offsets and joins both tone styles and both spellings', () => {
    for (const s of ['Tiểu dự án', 'Tiêu dự án', 'TIỂU DỰ ÁN']) expect(foldChars(s)).toBe('tieu du an');
    expect(foldKey('Văn hoá')).toBe(foldKey('Văn hóa'));
    expect(foldKey('Thuỷ lợi')).toBe(foldKey('Thủy lợi'));
    const t = 'Ngân sách ĐỐI ỨNG địa phương';
    expect(foldChars(t)).toHaveLength(t.length);
    expect(foldChars(t)).toBe('ngan sach doi ung dia phuong');
  });
});

describe('reportingBody', () => {
  it.each([
    ['header line of a district', 'UBND HUYỆN BÌNH GIA', '', 'huyện Bình Gia', 'huyen'],
    ['header with the parent body first', 'UBND TỈNH LẠNG SƠN / SỞ THÔNG TIN VÀ TRUYỀN THÔNG', '', 'Sở Thông tin và Truyền thông', 'so'],
    ['province header', 'UBND TỈNH LẠNG SƠN', '', 'tỉnh Lạng Sơn', 'tinh'],
    ['no header: the body that reports (seed 000)', null, 'Thực hiện Công văn số 1532/SLĐT BXH-BTXHTE ngày 02/8/2023 của Sở Lao động - Thương binh và Xã hội về việc ..., Sở Thông tin và Truyền thông báo cáo kết quả thực hiện như sau:', 'Sở Thông tin và Truyền thông', 'so'],
    ['no header: seed 004', null, 'Ủy ban Nhân dân huyện Phong Thổ báo cáo kết quả thực hiện như sau:', 'huyện Phong Thổ', 'huyen'],
  ])('%s', (_name, issuer, text, readable, kind) => {
    expect(reportingBody(issuer, text)).toEqual({ readable, kind });
  });

  it('null when nothing says who reports', () => {
    expect(reportingBody(null, 'Kết quả thực hiện như sau: kinh phí 5 triệu đồng.')).toBeNull();
  });
});
