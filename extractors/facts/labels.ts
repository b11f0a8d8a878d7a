import { execAll } from './execAll.js';
import { outermost } from './outermost.js';
import type { CAPITAL_TYPES, FUND_SOURCES, MEASURES } from '../../schemas/facts.js';

/**
 * The words that say what a figure measures, where the money comes from, and which kind of capital it is
 * (`Ngân sách TW`, `ngân sách đối ứng địa phương`, `vốn đầu tư phát triển`, `được bố trí`, `giải ngân`).
 * Each list is ordered longest phrase first; a hit is a half-open range in the searched string.
 */
export type Measure = (typeof MEASURES)[number];
export type FundSource = (typeof FUND_SOURCES)[number];
export type CapitalType = (typeof CAPITAL_TYPES)[number];

export interface Hit<T> {
  value: T;
  start: number;
  end: number;
}

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** Measures that say what happened to the money; `kinh_phi` is the generic word (kinh phí, vốn, ngân sách). */
export const MEASURE_WORDS: ReadonlyArray<readonly [Measure, string]> = [
  ['nhu_cau', 'nhu cầu|đề xuất|đề nghị'],
  ['giai_ngan', 'giải ngân'],
  ['huy_dong', 'đã huy động|huy động được'],
  ['thuc_hien', 'giá trị thực hiện|khối lượng thực hiện|đã thực hiện|thực hiện được'],
  ['phan_bo', 'phân bổ'],
  ['bo_tri', 'bố trí'],
  ['giao', String.raw`(?<!(?:bàn|chuyển)\s)giao(?!\s+(?:thông|dịch|lưu|tiếp|nhiệm|ban|quyền)${E})`],
  ['ke_hoach', String.raw`kế hoạch(?!\s+(?:số|\d|triển khai|thực hiện|tập huấn|và tổ chức|lựa chọn|kiểm tra|giám sát)${E})`],
  ['kinh_phi', 'nguồn kinh phí|kinh phí|nguồn vốn|tổng vốn|vốn|ngân sách|dự toán'],
];

export const FUND_WORDS: ReadonlyArray<readonly [FundSource, string]> = [
  ['trung_uong', 'ngân sách trung ương|ngân sách TW|NSTW|vốn TW|vốn trung ương|nguồn trung ương|trung ương|TW'],
  ['tinh', 'ngân sách tỉnh|ngân sách cấp tỉnh|NS tỉnh|vốn tỉnh'],
  ['huyen', 'ngân sách huyện|ngân sách cấp huyện|NS huyện'],
  ['xa', 'ngân sách xã|ngân sách cấp xã'],
  ['dia_phuong', 'ngân sách đối ứng địa phương|ngân sách địa phương|đối ứng địa phương|NSĐP|vốn đối ứng|đối ứng|địa phương'],
  ['huy_dong', 'vốn huy động|huy động|xã hội hóa|xã hội hoá'],
  ['khac', 'nguồn vốn khác|nguồn khác|vốn khác|hợp pháp khác'],
];

export const CAPITAL_WORDS: ReadonlyArray<readonly [CapitalType, string]> = [
  ['dau_tu_phat_trien', 'vốn đầu tư phát triển|đầu tư phát triển|vốn đầu tư|ĐTPT'],
  // `sự nghiệp` alone is also `đơn vị sự nghiệp` (a public service unit), not a kind of capital
  ['su_nghiep', 'nguồn kinh phí sự nghiệp|kinh phí sự nghiệp|nguồn vốn sự nghiệp|vốn sự nghiệp|nguồn sự nghiệp|chi sự nghiệp'],
];

/** Words that open a total (`Tổng kinh phí`), kept in the label. */
export const TOTAL_WORD = new RegExp(`${B}tổng(?:\\s+số)?${E}`, 'iu');

function compile<T>(list: ReadonlyArray<readonly [T, string]>): ReadonlyArray<readonly [T, RegExp]> {
  return list.map(([v, src]) => [v, new RegExp(`${B}(?:${src})${E}`, 'giu')] as const);
}

const MEASURE_RES = compile(MEASURE_WORDS);
const FUND_RES = compile(FUND_WORDS);
const CAPITAL_RES = compile(CAPITAL_WORDS);

/** Every hit in `s`, in order; a hit inside a longer one is dropped (`trung ương` inside `ngân sách trung ương`). */
function hits<T>(s: string, res: ReadonlyArray<readonly [T, RegExp]>): Hit<T>[] {
  return hitsOf(res.map(([value]) => value), res.map(([, re]) => execAll(re, s)));
}

/** Hits from the matches of each pattern of a list (as `matchAll` gives them), `values[k]` for pattern k. */
export function hitsOf<T>(values: readonly T[], matches: readonly RegExpExecArray[][]): Hit<T>[] {
  const all: Hit<T>[] = [];
  values.forEach((value, k) => {
    for (const m of matches[k]) all.push({ value, start: m.index, end: m.index + m[0].length });
  });
  return outermost(all);
}

/** The patterns of each list, in order (measures, fund sources, capital types), for a search of many substrings. */
export const LABEL_PATTERNS = {
  measure: MEASURE_RES,
  fund: FUND_RES,
  capital: CAPITAL_RES,
};

export const measureHits = (s: string): Hit<Measure>[] => hits(s, MEASURE_RES);
export const fundHits = (s: string): Hit<FundSource>[] => hits(s, FUND_RES);
export const capitalHits = (s: string): Hit<CapitalType>[] => hits(s, CAPITAL_RES);

/**
 * Words that make a sentence a budget statement: money of a budget (`kinh phí`, `vốn`, `ngân sách`, `dự toán`),
 * what was done with it (`bố trí`, `phân bổ`, `giải ngân`), a fund source or a capital type. A request or a plan
 * alone (`Đề xuất phạt tiền 800.000 đồng`, `kế hoạch sản xuất kinh doanh`) is not.
 */
const BUDGET_MEASURES = new Set<Measure>(['kinh_phi', 'bo_tri', 'phan_bo', 'giai_ngan']);

export function hasBudgetWords(s: string): boolean {
  return measureHits(s).some((h) => BUDGET_MEASURES.has(h.value)) || fundHits(s).length > 0 || capitalHits(s).length > 0;
}

/** `hasBudgetWords` of a string whose hits are known. */
export function hasBudgetHits(measures: Hit<Measure>[], funds: Hit<FundSource>[], capitals: Hit<CapitalType>[]): boolean {
  return measures.some((h) => BUDGET_MEASURES.has(h.value)) || funds.length > 0 || capitals.length > 0;
}

export function isSpecific(m: Measure): boolean {
  return m !== 'kinh_phi' && m !== 'unknown';
}

/** The measure a region states: the last specific word, else the generic one; null when it has none. */
export function measureOf(list: Hit<Measure>[]): Hit<Measure> | null {
  const specific = list.filter((h) => isSpecific(h.value));
  return specific.length ? specific[specific.length - 1] : list.length ? list[list.length - 1] : null;
}

/** The last hit (nearest to the amount that follows the region), or null. */
export function lastHit<T>(list: Hit<T>[]): Hit<T> | null {
  return list.length ? list[list.length - 1] : null;
}
