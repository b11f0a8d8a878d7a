import { describe, it } from 'vitest';
import { expectRefs, type RefCase } from './helpers.js';

const REPORT = { year: 2020, month: 10, day: 14 };
const DRAFT = { year: 2023, month: 8, day: null };

describe('issues seen at extraction', () => {
  const CASES: [RefCase, typeof REPORT | typeof DRAFT | null][] = [
    [['Công văn số [[311/QĐ-HĐND]] ngày 29/9/2020', [{ type_code: 'QĐ', issuer_code: 'HĐND', issues: ['type_code_mismatch'] }]], REPORT],
    [['Kế hoạch số [[12/QĐ-UBND]]', [{ issues: ['type_code_mismatch'] }]], null],
    [['Thông tư số [[06/2022/TT-BTTTT]] ngày 30/6/2021', [{ issues: ['year_mismatch'] }]], null],
    [['Báo cáo số: [[2043 /BC-UBND]] ngày 18 tháng 10 năm 2020', [{ issues: ['dated_after_report'] }]], REPORT],
    [['Báo cáo số: [[2049/BC-UBND]] ngày 14 tháng 10 năm 2020', [{ issues: [] }]], REPORT],
    [['Công văn số [[1744/SLĐTBXH-BTXHTE]] ngày 28/8/2023', [{ issues: [] }]], DRAFT],
    [['Công văn số [[1744/SLĐTBXH-BTXHTE]] ngày 02/9/2023', [{ issues: ['dated_after_report'] }]], DRAFT],
    [['Nghị định [[27/2022/NÐ-CP]]', [{ issues: ['homoglyph'] }]], null],
    [['Công văn số [[12/UBND-VX]] ngày 31/02/2023', [{ issued_on: null, issues: ['invalid_date'] }]], null],
    [['Quy định số [[178-QĐ/TW]] ngày 27/6/2024', [{ issues: [] }]], null],
    [['Công văn [[4114/CT-NVT]]', [{ issues: [] }]], null],
    [['Công văn [[17129-CV/VPTW]]', [{ issues: [] }]], null],
    [['Nghị định số [[58/HĐBT]]', [{ issues: [] }]], null],
  ];
  it.each(CASES)('%j', (c, reportDate) => void expectRefs(c, reportDate));
});
