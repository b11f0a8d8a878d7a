import { makeFlag, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { halfWidth, overlaps, sumIntervals } from '../../extractors/facts/intervals.js';
import { splitGroups, type SplitFact, type SplitGroup } from '../../extractors/facts/splitGroups.js';
import { viAmount, viPeriod } from '../../extractors/facts/viFormat.js';
import type { Evidence, Flag } from '../../schemas/flags.js';

/**
 * A total against its listed components (facts.parent_fact_id), at printed precision (domain.md §4, XBRL
 * Calculations 1.1): a complete split (trung ương + địa phương; đầu tư phát triển + sự nghiệp; the sub-projects
 * the text presents as the parts) must have a sum whose interval overlaps the total's interval. A partial list
 * (`Tổng vốn 6.500 triệu đồng (trong đó: vốn được giao năm 2022 là 2.500 triệu đồng)`) is flagged only when its
 * parts already exceed the total. One flag per total and split.
 */
const TRONG_DO = /trong\s+đó/iu;

interface Row extends SplitFact {
  doc_id: string;
  value_dong: bigint;
  amount_end: number;
  parent_fact_id: string | null;
  label: string;
  page: number | null;
}

const sum_mismatch: Check = {
  id: 'sum_mismatch',
  scope: 'document',
  description: 'Tổng số không bằng tổng các thành phần được liệt kê (theo độ chính xác của số in).',
  async run(ctx) {
    const rows = await queryRows(ctx.db, `
      SELECT f.*, a.page FROM facts f
      LEFT JOIN amounts a ON a.doc_id = f.doc_id AND a.start = f.amount_start AND a."end" = f.amount_end
      WHERE ${inScope(ctx, 'f')} ORDER BY f.doc_id, f.amount_start`);
    const byDoc = new Map<string, Row[]>();
    for (const r of rows) {
      const row: Row = {
        doc_id: String(r.doc_id), fact_id: String(r.fact_id), subject: String(r.subject), measure: String(r.measure),
        fund_source: String(r.fund_source), capital_type: r.capital_type === null ? null : String(r.capital_type), period: String(r.period),
        value_dong: BigInt(r.value_dong as bigint), min_dong: BigInt(r.min_dong as bigint), max_dong: BigInt(r.max_dong as bigint),
        amount_start: num(r.amount_start), amount_end: num(r.amount_end), parent_fact_id: r.parent_fact_id === null ? null : String(r.parent_fact_id),
        label: String(r.label), page: r.page === null || r.page === undefined ? null : num(r.page),
      };
      (byDoc.get(row.doc_id) ?? byDoc.set(row.doc_id, []).get(row.doc_id)!).push(row);
    }
    const flags: Flag[] = [];
    for (const [docId, facts] of byDoc) {
      const text = String((await queryRows(ctx.db, `SELECT text FROM documents WHERE doc_id = $1`, [docId]))[0]?.text ?? '');
      const children = new Map<string, Row[]>();
      for (const f of facts) if (f.parent_fact_id) (children.get(f.parent_fact_id) ?? children.set(f.parent_fact_id, []).get(f.parent_fact_id)!).push(f);
      // the first of a list of sub-projects is "after trong đó" when that marker stands between it and the figure before it
      const afterTrongDo = (c: Row) => {
        const before = facts.filter((f) => f.amount_end <= c.amount_start).pop();
        return TRONG_DO.test(text.slice(before ? before.amount_end : 0, c.amount_start));
      };
      for (const total of facts) {
        const parts = children.get(total.fact_id);
        if (!parts?.length) continue;
        for (const g of splitGroups(total, parts, afterTrongDo)) {
          const flag = checkGroup(total, g, text);
          if (flag) flags.push(flag);
        }
      }
    }
    return flags;
  },
};

function checkGroup(total: Row, g: SplitGroup<Row>, text: string): Flag | null {
  const sum = sumIntervals(g.parts.map((p) => ({ min: p.min_dong, max: p.max_dong })));
  const stated = { min: total.min_dong, max: total.max_dong };
  const sumValue = g.parts.reduce((s, p) => s + p.value_dong, 0n);
  let problem: string;
  if (g.complete && g.parts.length >= 2) {
    if (overlaps(sum, stated)) return null;
    problem = 'không bằng tổng các thành phần';
  } else {
    if (sum.min <= stated.max) return null;
    problem = 'nhỏ hơn các phần được liệt kê';
  }
  const diff = sumValue > total.value_dong ? sumValue - total.value_dong : total.value_dong - sumValue;
  // a split by sub-project is told by its subjects; a split by fund source or capital type by its words
  const name = (f: Row) => (g.kind === 'subject' ? f.subject : f.label || f.subject);
  const where = `${total.subject}, ${viPeriod(total.period)}`;
  const message = `${where}: ${total.label || 'Tổng'} ${viAmount(total.value_dong)} ${problem}: `
    + `${g.parts.map((p) => `${name(p)} ${viAmount(p.value_dong)}`).join(' + ')} = ${viAmount(sumValue)} (lệch ${viAmount(diff)}).`;
  const ev = (f: Row): Evidence => ({ doc_id: f.doc_id, start: f.amount_start, end: f.amount_end, text: text.slice(f.amount_start, f.amount_end), page: f.page });
  return makeFlag({
    check_id: 'sum_mismatch', severity: 'error', doc_id: total.doc_id, related_doc_id: null, message,
    stated_value: Number(total.value_dong), computed_value: Number(sumValue), unit: 'dong',
    tolerance: Number(halfWidth(stated) + halfWidth(sum)),
    evidence: [ev(total), ...g.parts.map(ev)],
  });
}

export default sum_mismatch;
