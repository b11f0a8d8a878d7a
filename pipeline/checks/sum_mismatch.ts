import { makeFlag, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { halfWidth, overlaps, sumIntervals } from '../../extractors/facts/intervals.js';
import { splitGroups, type SplitFact, type SplitGroup } from '../../extractors/facts/splitGroups.js';
import { measureClass } from '../../extractors/facts/measureClass.js';
import { MEASURES } from '../../schemas/facts.js';
import { viAmount, viPeriod } from '../../extractors/facts/viFormat.js';
import { quoteSpans, spanMatches, type Span } from './quotes.js';
import { quantitySumFlags } from './quantitySums.js';
import type { Evidence, Flag } from '../../schemas/flags.js';

/**
 * A total against its listed components (facts.parent_fact_id), at printed precision (domain.md §4, XBRL
 * Calculations 1.1): a complete split (trung ương + địa phương; đầu tư phát triển + sự nghiệp; the sub-projects
 * the text presents as the parts) must have a sum whose interval overlaps the total's interval. A partial list
 * (`Tổng vốn 6.500 triệu đồng (trong đó: vốn được giao năm 2022 là 2.500 triệu đồng)`) is flagged only when its
 * parts already exceed the total. One flag per total and split. Counts listed after `trong đó` are summed too
 * (quantitySums.ts).
 */
const TRONG_DO = /trong\s+đó/iu;
/** TRONG_DO for DuckDB (RE2): `\s` spelled out as JavaScript's, since RE2's is ASCII only. */
const JS_SPACE = '[\\t\\n\\x{0B}\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
const TRONG_DO_RE2 = `(?i)trong${JS_SPACE}+đó`;

/** measureClass as SQL: the class of every measure, the same mapping (splitGroups compares classes). */
const MEASURE_CLASS_SQL = (col: string) =>
  `CASE ${col} ${MEASURES.map((m) => `WHEN '${m}' THEN '${measureClass(m)}'`).join(' ')} ELSE '${measureClass('')}' END`;

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
    // only totals with parts and their parts leave DuckDB; for each part, whether `trong đó` stands between it
    // and the figure before it (any fact of the document) is decided there too, over that gap only
    // DuckDB sorts each total's parts into the groups splitGroups makes and keeps the totals where some group's
    // interval lies wholly above (or, for two parts or more, wholly below) the total's: a superset of the flags.
    // Only those totals and their parts leave it, each part with the end of the figure before it.
    const rows = await queryRows(ctx.db, `
      WITH sf AS (SELECT * FROM facts f WHERE ${inScope(ctx, 'f')}),
      pairs AS (
        SELECT t.fact_id AS total_id, t.min_dong AS t_min, t.max_dong AS t_max, c.min_dong, c.max_dong,
          CASE
            WHEN c.period <> t.period OR ${MEASURE_CLASS_SQL('c.measure')} <> ${MEASURE_CLASS_SQL('t.measure')} THEN 'other'
            WHEN c.subject = t.subject AND c.fund_source <> t.fund_source AND c.capital_type IS NOT DISTINCT FROM t.capital_type THEN 'fund'
            WHEN c.subject = t.subject AND c.fund_source = t.fund_source AND t.capital_type IS NULL AND c.capital_type IS NOT NULL THEN 'capital'
            WHEN c.subject <> t.subject AND c.fund_source = t.fund_source AND (c.capital_type IS NULL OR c.capital_type = t.capital_type) THEN 'subject'
            ELSE 'other' END AS kind
        FROM sf c JOIN sf t ON t.fact_id = c.parent_fact_id
      ),
      cand AS (
        SELECT DISTINCT total_id AS fact_id FROM (
          SELECT total_id, kind, any_value(t_min) AS t_min, any_value(t_max) AS t_max, sum(min_dong) AS s_min, sum(max_dong) AS s_max, count(*) AS n
          FROM pairs GROUP BY total_id, kind)
        WHERE s_min > t_max OR (n >= 2 AND kind <> 'other' AND s_max < t_min)
      ),
      rel AS (SELECT * FROM sf WHERE fact_id IN (SELECT fact_id FROM cand) OR parent_fact_id IN (SELECT fact_id FROM cand)),
      kids AS (
        SELECT c.fact_id, coalesce(p.amount_end, 0) AS prev_end
        FROM (SELECT * FROM rel WHERE parent_fact_id IN (SELECT fact_id FROM cand)) c
        ASOF LEFT JOIN (SELECT doc_id, amount_end FROM sf WHERE doc_id IN (SELECT doc_id FROM rel)) p
          ON c.doc_id = p.doc_id AND c.amount_start >= p.amount_end
      )
      SELECT f.fact_id, f.doc_id, f.subject, f.measure, f.fund_source, f.capital_type, f.period, f.value_dong, f.min_dong, f.max_dong,
             f.amount_start, f.amount_end, f.parent_fact_id, f.label, a.page, k.prev_end
      FROM rel f
      LEFT JOIN kids k ON k.fact_id = f.fact_id
      LEFT JOIN amounts a ON a.doc_id = f.doc_id AND a.start = f.amount_start AND a."end" = f.amount_end
      ORDER BY f.doc_id, f.amount_start`);
    const byDoc = new Map<string, Row[]>();
    const gaps: { fact: Row; span: Span }[] = [];
    for (const r of rows) {
      const row: Row = {
        doc_id: String(r.doc_id), fact_id: String(r.fact_id), subject: String(r.subject), measure: String(r.measure),
        fund_source: String(r.fund_source), capital_type: r.capital_type === null ? null : String(r.capital_type), period: String(r.period),
        value_dong: BigInt(r.value_dong as bigint), min_dong: BigInt(r.min_dong as bigint), max_dong: BigInt(r.max_dong as bigint),
        amount_start: num(r.amount_start), amount_end: num(r.amount_end), parent_fact_id: r.parent_fact_id === null ? null : String(r.parent_fact_id),
        label: String(r.label), page: r.page === null || r.page === undefined ? null : num(r.page),
      };
      (byDoc.get(row.doc_id) ?? byDoc.set(row.doc_id, []).get(row.doc_id)!).push(row);
      if (r.prev_end !== null && r.prev_end !== undefined) gaps.push({ fact: row, span: { doc_id: row.doc_id, start: num(r.prev_end), end: row.amount_start } });
    }
    // the gap between each part and the figure before it (any fact of the document): does `trong đó` stand there?
    const hits = await spanMatches(ctx.db, gaps.map((g) => g.span), TRONG_DO_RE2, TRONG_DO);
    const trongDo = new Map(gaps.map((g, i) => [g.fact.fact_id, hits[i]]));
    const found: { total: Row; g: SplitGroup<Row> }[] = [];
    for (const facts of byDoc.values()) {
      const children = new Map<string, Row[]>();
      for (const f of facts) if (f.parent_fact_id) (children.get(f.parent_fact_id) ?? children.set(f.parent_fact_id, []).get(f.parent_fact_id)!).push(f);
      // the first of a list of sub-projects is "after trong đó" when that marker stands between it and the figure before it
      const afterTrongDo = (c: Row) => trongDo.get(c.fact_id) ?? false;
      for (const total of facts) {
        const parts = children.get(total.fact_id);
        if (!parts?.length) continue;
        for (const g of splitGroups(total, parts, afterTrongDo)) if (mismatch(total, g)) found.push({ total, g });
      }
    }
    const spans = found.flatMap(({ total, g }) => [total, ...g.parts].map((f) => ({ doc_id: f.doc_id, start: f.amount_start, end: f.amount_end })));
    const quotes = await quoteSpans(ctx.db, spans);
    let k = 0;
    const money = found.map(({ total, g }) => {
      const texts = quotes.slice(k, k + 1 + g.parts.length);
      k += 1 + g.parts.length;
      return flagOf(total, g, texts);
    });
    return [...money, ...await quantitySumFlags(ctx)];
  },
};

/** Whether a group does not add up: a complete split must overlap its total, a partial list must not exceed it. */
function mismatch(total: Row, g: SplitGroup<Row>): boolean {
  const sum = sumIntervals(g.parts.map((p) => ({ min: p.min_dong, max: p.max_dong })));
  if (g.complete && g.parts.length >= 2) return !overlaps(sum, { min: total.min_dong, max: total.max_dong });
  return sum.min > total.max_dong;
}

/** The flag of a group that does not add up; `texts` are the quotes of the total then of each part. */
function flagOf(total: Row, g: SplitGroup<Row>, texts: string[]): Flag {
  const sum = sumIntervals(g.parts.map((p) => ({ min: p.min_dong, max: p.max_dong })));
  const stated = { min: total.min_dong, max: total.max_dong };
  const sumValue = g.parts.reduce((s, p) => s + p.value_dong, 0n);
  const problem = g.complete && g.parts.length >= 2 ? 'không bằng tổng các thành phần' : 'nhỏ hơn các phần được liệt kê';
  const diff = sumValue > total.value_dong ? sumValue - total.value_dong : total.value_dong - sumValue;
  // a split by sub-project is told by its subjects; a split by fund source or capital type by its words
  const name = (f: Row) => (g.kind === 'subject' ? f.subject : f.label || f.subject);
  const where = `${total.subject}, ${viPeriod(total.period)}`;
  const message = `${where}: ${total.label || 'Tổng'} ${viAmount(total.value_dong)} ${problem}: `
    + `${g.parts.map((p) => `${name(p)} ${viAmount(p.value_dong)}`).join(' + ')} = ${viAmount(sumValue)} (lệch ${viAmount(diff)}).`;
  const ev = (f: Row, i: number): Evidence => ({ doc_id: f.doc_id, start: f.amount_start, end: f.amount_end, text: texts[i], page: f.page });
  return makeFlag({
    check_id: 'sum_mismatch', severity: 'error', doc_id: total.doc_id, related_doc_id: null, message,
    stated_value: Number(total.value_dong), computed_value: Number(sumValue), unit: 'dong',
    tolerance: Number(halfWidth(stated) + halfWidth(sum)),
    evidence: [ev(total, 0), ...g.parts.map((p, i) => ev(p, i + 1))],
  });
}

export default sum_mismatch;
