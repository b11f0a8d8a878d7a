import { describe, expect, it } from 'vitest';
import { overlaps, percentAccepted, ratioPercent, sumIntervals } from '../../extractors/facts/intervals.js';
import { viAmount, viPercent, viPeriod } from '../../extractors/facts/viFormat.js';
import { splitGroups, type SplitFact } from '../../extractors/facts/splitGroups.js';
import { reportGroups, type HeaderRow } from '../../extractors/facts/renditions.js';

const M = 1_000_000n;
/** `n` triệu đồng printed as a whole number: ± 0,5 triệu. */
const trieu = (n: bigint) => ({ min: n * M - M / 2n, max: n * M + M / 2n });
/** Exact đồng. */
const dong = (n: bigint) => ({ min: n, max: n });

describe('sum intervals at printed precision (XBRL Calculations 1.1)', () => {
  it.each([
    ['000: 6.616.000.000 = 6.423.000.000 + 193.000.000 (exact đồng)', dong(6_616_000_000n), [dong(6_423_000_000n), dong(193_000_000n)], true],
    ['002: 1.571,6 = 1.551 + 20,6 triệu', { min: 1_571_550_000n, max: 1_571_650_000n }, [trieu(1551n), { min: 20_550_000n, max: 20_650_000n }], true],
    ['unseen: 14.200 ≠ 12.600 + 1.900 triệu', trieu(14_200n), [trieu(12_600n), trieu(1_900n)], false],
    ['rounding: 10 triệu = 3 + 3 + 3 triệu passes (each may be up to 3,5)', trieu(10n), [trieu(3n), trieu(3n), trieu(3n)], true],
    ['rounding: 11 triệu = 3 + 3 + 3 passes at the edge (both intervals hold 10,5)', trieu(11n), [trieu(3n), trieu(3n), trieu(3n)], true],
    ['rounding: 12 triệu ≠ 3 + 3 + 3 (at most 10,5, at least 11,5)', trieu(12n), [trieu(3n), trieu(3n), trieu(3n)], false],
    ['exact đồng leave no room: 1.000.001 ≠ 500.000 + 500.000', dong(1_000_001n), [dong(500_000n), dong(500_000n)], false],
  ])('%s', (_name, total, parts, ok) => {
    expect(overlaps(sumIntervals(parts), total)).toBe(ok);
  });
});

describe('percentAccepted: rounds or truncates at the printed decimals, within the intervals', () => {
  it.each([
    ['unseen 95,8%: 21.075 / 22.000 = 95,795…% rounds', 95.8, 1, trieu(21_075n), trieu(22_000n), true],
    ['unseen 59,27%: 15.030 / 25.360 = 59,266…% rounds', 59.27, 2, trieu(15_030n), trieu(25_360n), true],
    ['unseen 60%: 8.520 / 14.200 = 60%', 60, 0, trieu(8_520n), trieu(14_200n), true],
    ['unseen 65%: 1.800 / 3.000 = 60%, not 65%', 65, 0, trieu(1_800n), trieu(3_000n), false],
    ['2 / 3 exact: 66,67% rounds', 66.67, 2, dong(2n), dong(3n), true],
    ['2 / 3 exact: 66,66% truncates', 66.66, 2, dong(2n), dong(3n), true],
    ['2 / 3 exact: 66,65% neither', 66.65, 2, dong(2n), dong(3n), false],
    ['2 / 3 exact: 67% rounds', 67, 0, dong(2n), dong(3n), true],
    ['2 / 3 exact: 66% truncates', 66, 0, dong(2n), dong(3n), true],
    ['2 / 3 exact: 65% neither', 65, 0, dong(2n), dong(3n), false],
    ['1 / 3 triệu: 40% only within the intervals (1,5 / 3,5 = 42,9%; 0,5 / 3,5 = 14,3%)', 40, 0, trieu(1n), trieu(3n), true],
    ['1 / 3 triệu: 70% out of the intervals (at most 1,5 / 2,5 = 60%)', 70, 0, trieu(1n), trieu(3n), false],
  ])('%s', (_name, value, decimals, fact, base, ok) => {
    expect(percentAccepted(value, decimals, fact, base)).toBe(ok);
  });

  it('ratioPercent for messages', () => {
    expect(ratioPercent(1_800n * M, 3_000n * M)).toBe(60);
    expect(ratioPercent(15_030n * M, 25_360n * M)).toBe(59.2665);
  });
});

describe('Vietnamese notation', () => {
  it.each([
    [14_200n * M, '14.200 triệu đồng'], [20_600_000n, '20,6 triệu đồng'], [1_961_334_000n, '1.961,334 triệu đồng'],
    [6_616_000_000n, '6.616 triệu đồng'], [1_234_567n, '1.234.567 đồng'], [-300n * M, '-300 triệu đồng'],
  ])('%s → %s', (v, s) => {
    expect(viAmount(v)).toBe(s);
  });

  it('percent and period', () => {
    expect([viPercent(60, 2), viPercent(59.2666, 2), viPercent(95.8, 1)]).toEqual(['60%', '59,27%', '95,8%']);
    expect([viPeriod('2023'), viPeriod('2023-H1'), viPeriod('2021/2025'), viPeriod('')]).toEqual(['năm 2023', '6 tháng đầu năm 2023', 'giai đoạn 2021 - 2025', 'không rõ kỳ']);
  });
});

describe('splitGroups: which listed parts form a complete split', () => {
  const f = (id: string, o: Partial<SplitFact>): SplitFact => ({
    fact_id: id, subject: 'Dự án 1', measure: 'kinh_phi', fund_source: 'tong', capital_type: null, period: '2023', min_dong: 0n, max_dong: 0n, amount_start: Number(id), ...o,
  });
  const total = f('0', {});
  const kinds = (children: SplitFact[], afterTrongDo = false) =>
    splitGroups(total, children, () => afterTrongDo).map((g) => [g.kind, g.parts.map((p) => p.fact_id), g.complete]);

  it.each([
    ['trung ương + địa phương', [f('1', { fund_source: 'trung_uong' }), f('2', { fund_source: 'dia_phuong' })], false, [['fund', ['1', '2'], true]]],
    ['trung ương + tỉnh + huyện', [f('1', { fund_source: 'trung_uong' }), f('2', { fund_source: 'tinh' }), f('3', { fund_source: 'huyen' })], false, [['fund', ['1', '2', '3'], true]]],
    ['trung ương alone', [f('1', { fund_source: 'trung_uong' })], false, [['fund', ['1'], false]]],
    ['đầu tư phát triển + sự nghiệp', [f('1', { capital_type: 'dau_tu_phat_trien' }), f('2', { capital_type: 'su_nghiep' })], false, [['capital', ['1', '2'], true]]],
    ['two sub-projects presented as the parts', [f('1', { subject: 'Dự án 1 › Tiểu dự án 1' }), f('2', { subject: 'Dự án 1 › Tiểu dự án 2' })], false, [['subject', ['1', '2'], true]]],
    ['two sub-projects after trong đó', [f('1', { subject: 'Dự án 1 › Tiểu dự án 1' }), f('2', { subject: 'Dự án 1 › Tiểu dự án 2' })], true, [['subject', ['1', '2'], false]]],
    ['another period (vốn được giao năm 2022)', [f('1', { period: '2022', measure: 'giao' })], false, [['other', ['1'], false]]],
    ['disbursed out of a plan', [f('1', { measure: 'giai_ngan' })], false, [['other', ['1'], false]]],
  ] as const)('%s', (_name, children, after, expected) => {
    expect(kinds([...children], after)).toEqual(expected);
  });
});

describe('reportGroups: renditions of one report', () => {
  const d = (id: string, format: string, o: Partial<HeaderRow> = {}): HeaderRow => ({
    doc_id: id, format, issuer_code: 'STTTT', number: null, symbol: 'BC-STTTT', issued_year: 2023, issued_month: 9, issued_day: null,
    title: 'Về việc rà soát', signature: '1571600000,6616000000', ...o,
  });

  it('same header and figures: one report, read through its txt; a rendition that lost its title still joins by its figures', () => {
    const g = reportGroups([d('b', 'pdf'), d('a', 'docx'), d('c', 'txt', { title: null }), d('e', 'txt')]);
    expect(g.map((x) => x.map((y) => y.doc_id))).toEqual([['e', 'c', 'a', 'b']]);
  });

  it('another month, other figures, or nothing to go by: separate reports', () => {
    const g = reportGroups([d('a', 'txt'), d('b', 'txt', { issued_month: 8 }), d('c', 'txt', { signature: '6616000000' }), d('d', 'txt', { title: null, signature: '' }), d('e', 'txt', { title: null, signature: '' })]);
    expect(g.map((x) => x.map((y) => y.doc_id))).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
  });
});
