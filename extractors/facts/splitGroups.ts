import { measureClass } from './measureClass.js';

/**
 * The listed components of a total, grouped by what splits them, and whether each group is a complete split
 * (only a complete split must add up; a partial `trong đó` list must only not exceed its total):
 * - fund sources under one total: complete when they are distinct and cover the central budget and a local one
 *   (`ngân sách trung ương` + `ngân sách địa phương`, or + `ngân sách tỉnh` + `ngân sách huyện`);
 * - capital types: complete when both are there (`vốn đầu tư phát triển` + `vốn sự nghiệp`);
 * - subjects (sub-projects): complete when at least two and the text presents them as the parts, not right
 *   after `trong đó` (which may list some only): `afterTrongDo` is asked about the first of them;
 * - anything else (`trong đó: vốn được giao năm 2022`, another period or measure): partial.
 */
export interface SplitFact {
  fact_id: string;
  subject: string;
  measure: string;
  fund_source: string;
  capital_type: string | null;
  period: string;
  min_dong: bigint;
  max_dong: bigint;
  amount_start: number;
}

export type SplitKind = 'fund' | 'capital' | 'subject' | 'other';

export interface SplitGroup<F extends SplitFact> {
  kind: SplitKind;
  parts: F[];
  complete: boolean;
}

const LOCAL = new Set(['dia_phuong', 'tinh', 'huyen', 'xa']);
const BELOW_LOCAL = new Set(['tinh', 'huyen', 'xa']);

export function splitGroups<F extends SplitFact>(total: F, children: F[], afterTrongDo: (child: F) => boolean): SplitGroup<F>[] {
  const same = (c: F) => c.period === total.period && measureClass(c.measure) === measureClass(total.measure);
  const groups: Record<SplitKind, F[]> = { fund: [], capital: [], subject: [], other: [] };
  for (const c of children) {
    if (!same(c)) groups.other.push(c);
    else if (c.subject === total.subject && c.fund_source !== total.fund_source && c.capital_type === total.capital_type) groups.fund.push(c);
    else if (c.subject === total.subject && c.fund_source === total.fund_source && total.capital_type === null && c.capital_type !== null) groups.capital.push(c);
    else if (c.subject !== total.subject && c.fund_source === total.fund_source && (c.capital_type === null || c.capital_type === total.capital_type)) groups.subject.push(c);
    else groups.other.push(c);
  }
  const distinct = (xs: (string | null)[]) => new Set(xs).size === xs.length;
  const funds = groups.fund.map((c) => c.fund_source);
  const fundComplete = distinct(funds) && (total.fund_source === 'tong'
    ? funds.includes('trung_uong') && funds.some((f) => LOCAL.has(f))
    : total.fund_source === 'dia_phuong' && funds.length >= 2 && funds.every((f) => BELOW_LOCAL.has(f)));
  const caps = groups.capital.map((c) => c.capital_type);
  const capitalComplete = caps.length === 2 && distinct(caps);
  const subjects = groups.subject.map((c) => c.subject);
  const first = [...groups.subject].sort((a, b) => a.amount_start - b.amount_start)[0];
  const subjectComplete = subjects.length >= 2 && distinct(subjects) && !afterTrongDo(first);
  const out: SplitGroup<F>[] = [];
  if (groups.fund.length) out.push({ kind: 'fund', parts: groups.fund, complete: fundComplete });
  if (groups.capital.length) out.push({ kind: 'capital', parts: groups.capital, complete: capitalComplete });
  if (groups.subject.length) out.push({ kind: 'subject', parts: groups.subject, complete: subjectComplete });
  if (groups.other.length) out.push({ kind: 'other', parts: groups.other, complete: false });
  return out;
}
