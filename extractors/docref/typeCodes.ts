/**
 * Type names of documents and the type codes their symbols carry (domain.md §2; Nghị định 30/2020/NĐ-CP,
 * Phụ lục III, plus the normative and party forms). Names are lower-case NFC; both tone-placement
 * styles are listed where a name has one (`thỏa`/`thoả`, `ủy`/`uỷ`).
 */

export interface TypeName {
  name: string;
  /** Codes a symbol of this type may carry; empty when the type carries none (Luật: `45/2019/QH14`). */
  codes: readonly string[];
}

export const TYPE_NAMES: readonly TypeName[] = [
  { name: 'nghị quyết liên tịch', codes: ['NQLT'] }, { name: 'nghị quyết', codes: ['NQ'] }, { name: 'quyết định', codes: ['QĐ'] },
  { name: 'chỉ thị', codes: ['CT'] }, { name: 'quy chế', codes: ['QC'] },
  /** Party Quy định are numbered `178-QĐ/TW` (and `QĐi`); state ones `QyĐ`. */
  { name: 'quy định', codes: ['QyĐ', 'QĐi', 'QĐ'] }, { name: 'thông cáo', codes: ['TC'] }, { name: 'thông báo', codes: ['TB'] },
  { name: 'hướng dẫn', codes: ['HD', 'HDLN'] }, { name: 'chương trình', codes: ['CTr'] }, { name: 'kế hoạch', codes: ['KH'] },
  { name: 'phương án', codes: ['PA'] }, { name: 'đề án', codes: ['ĐA'] }, { name: 'dự án', codes: ['DA'] },
  { name: 'báo cáo', codes: ['BC'] }, { name: 'biên bản', codes: ['BB'] }, { name: 'tờ trình', codes: ['TTr'] },
  { name: 'hợp đồng', codes: ['HĐ'] }, { name: 'công điện', codes: ['CĐ'] },
  /** A state Công văn carries no type code (`1532/SLĐTBXH-BTXHTE`); a party one carries CV (`17129-CV/VPTW`). */
  { name: 'công văn', codes: ['CV'] }, { name: 'bản ghi nhớ', codes: ['BGN'] }, { name: 'bản thỏa thuận', codes: ['BTT'] },
  { name: 'bản thoả thuận', codes: ['BTT'] }, { name: 'giấy ủy quyền', codes: ['GUQ'] }, { name: 'giấy uỷ quyền', codes: ['GUQ'] },
  { name: 'giấy mời', codes: ['GM'] }, { name: 'giấy giới thiệu', codes: ['GGT'] }, { name: 'giấy nghỉ phép', codes: ['GNP'] },
  { name: 'phiếu gửi', codes: ['PG'] }, { name: 'phiếu chuyển', codes: ['PC'] }, { name: 'phiếu báo', codes: ['PB'] },
  { name: 'bản sao y', codes: ['SY'] }, { name: 'bản trích sao', codes: ['TrS'] }, { name: 'bản sao lục', codes: ['SL'] },
  { name: 'nghị định', codes: ['NĐ'] }, { name: 'thông tư liên tịch', codes: ['TTLT'] }, { name: 'thông tư', codes: ['TT', 'TTLT'] },
  { name: 'kết luận', codes: ['KL'] }, { name: 'văn bản hợp nhất', codes: ['VBHN'] }, { name: 'pháp lệnh', codes: ['PL'] },
  { name: 'bộ luật', codes: [] }, { name: 'luật', codes: [] },
];

/** Every code that may open a symbol (`QĐ` in `15/QĐ-BNV`, `NĐ` in `27/2022/NĐ-CP`, `NQ` in `47-NQ/TU`). */
export const TYPE_CODES: ReadonlySet<string> = new Set(TYPE_NAMES.flatMap((t) => t.codes));

/**
 * Codes that are also common issuer abbreviations: `4114/CT-NVT` is a Công văn of the Cục Thuế, not a
 * Chỉ thị. Under the type name `Công văn` such a first group is read as the issuer.
 */
export const ISSUER_LIKE_TYPE_CODES: ReadonlySet<string> = new Set(['CT']);

/** Normative type codes that may be glued to the issuer when the hyphen is missing (`NĐCP`, `TTBTC`). */
export const GLUED_TYPE_CODES: readonly string[] = ['TTLT', 'NQLT', 'NĐ', 'TT', 'QĐ', 'NQ', 'CT'];

export const CONG_VAN = 'công văn';

/** The type entry of a printed name (any case, whitespace-normalised), or null. */
export function typeOfName(printed: string | null): TypeName | null {
  if (!printed) return null;
  const key = printed.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return TYPE_NAMES.find((t) => t.name === key) ?? null;
}

/**
 * The canonical type code of a printed group, or null when it is not one: `QĐ`, `QD` (D for Đ) → `QĐ`,
 * `ND` → `NĐ`. A D-form that is itself a code stays (`HD` Hướng dẫn, `DA` Dự án).
 */
export function canonicalTypeCode(group: string): string | null {
  if (TYPE_CODES.has(group)) return group;
  const withDStroke = group.replace(/D/g, 'Đ');
  return TYPE_CODES.has(withDStroke) ? withDStroke : null;
}
