import { report } from '../checks-facts/helpers.js';

/**
 * Crafted district and province reports in the style of the generated corpus (scripts/gen): a sub-project's
 * allocation split between central and local budget, its disbursement `tính đến hết ngày D`, and the province's
 * per-district list under the sub-project's section.
 */
export const PROGRAM = 'Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025';

export interface Tda1 {
  number: string;
  date: string;
  title?: string;
  total: string;
  central: string;
  local: string;
  disbursed: string | null;
  asOf: string | null;
  /** The district's allocation for the whole program (all sub-projects). */
  grand?: string;
}

/** `UBND HUYỆN BÌNH GIA`'s report on Tiểu dự án 1 (amounts in đồng as printed). */
export function districtReport(t: Tda1, issuer = 'UBND HUYỆN BÌNH GIA'): string {
  const spent = t.disbursed === null ? '' : ` Kết quả giải ngân: ${t.disbursed} đồng${t.asOf ? `, tính đến hết ngày ${t.asOf}` : ''}.`;
  return report({
    issuer, number: t.number, date: t.date, title: t.title ?? `${PROGRAM} trên địa bàn huyện Bình Gia`,
    body: [
      'II. KẾT QUẢ THỰC HIỆN', '', '1. Kinh phí thực hiện Chương trình năm 2023', '',
      `Tổng kinh phí được giao năm 2023 để thực hiện Chương trình là ${t.grand ?? '900.000.000'} đồng.`, '',
      `1.1. Tiểu dự án 1 Giảm nghèo về thông tin`, '',
      `Tổng kinh phí Tiểu dự án 1 năm 2023: ${t.total} đồng, trong đó ngân sách trung ương: ${t.central} đồng, ngân sách địa phương: ${t.local} đồng.${spent}`,
    ].join('\n'),
  });
}

/** The province's report listing Bình Gia and Văn Quan under `1.1. Tiểu dự án 1` (amounts in triệu đồng). */
export function provinceReport(opts: { number: string; date: string; asOf: string; rows: [string, string, string][]; total: string; disbursed: string }): string {
  return report({
    issuer: 'UBND TỈNH LẠNG SƠN', number: opts.number, date: opts.date, title: PROGRAM,
    body: [
      'II. KẾT QUẢ THỰC HIỆN', '', '1. Kinh phí thực hiện Chương trình năm 2023', '',
      '1.1. Tiểu dự án 1 Giảm nghèo về thông tin', '',
      `Tổng kinh phí Tiểu dự án 1 năm 2023 toàn tỉnh: ${opts.total} triệu đồng. Kết quả giải ngân: ${opts.disbursed} triệu đồng (tính đến hết ngày ${opts.asOf}). Kết quả của các huyện:`, '',
      ...opts.rows.map(([who, plan, spent]) => `- ${who}: kinh phí ${plan} triệu đồng, giải ngân ${spent} triệu đồng;`),
    ].join('\n'),
  });
}
