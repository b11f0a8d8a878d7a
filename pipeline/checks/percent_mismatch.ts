import { makeFlag, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { percentAccepted, ratioPercent } from '../../extractors/facts/intervals.js';
import { viAmount, viPercent, viPeriod } from '../../extractors/facts/viFormat.js';
import { quoteSpans, type Span } from './quotes.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * A stated percentage against the ratio it claims (fact_percents: the figure it measures over the base it is a
 * share of): `giải ngân 1.800 triệu đồng, đạt 65% kế hoạch vốn` with `Kế hoạch vốn năm 2023: 3.000 triệu
 * đồng` is 60%. Accepted when some value allowed by the printed precision of both amounts gives a ratio that
 * rounds or truncates to the stated value at its printed decimals (domain.md §4).
 *
 * Set-based: DuckDB keeps only the percentages its exact integer test rejects (the same test as
 * `percentAccepted`, in HUGEINT), which `percentAccepted` then confirms; quotes are cut for those alone.
 */
/** Decimals shown for the computed ratio (at least two, or the stated ones). */
const SHOWN_DECIMALS = 2;

const percent_mismatch: Check = {
  id: 'percent_mismatch',
  scope: 'document',
  description: 'Tỷ lệ phần trăm ghi trong văn bản không khớp với tỷ số của hai số tiền mà nó đo.',
  async run(ctx) {
    const rows = await queryRows(ctx.db, `
      WITH p AS (
        SELECT p.*, CAST(round(p.value * pow(10, p.decimals)) AS HUGEINT) AS pn, CAST(pow(10, p.decimals) AS HUGEINT) AS scale
        FROM fact_percents p WHERE ${inScope(ctx, 'p')}
      )
      SELECT p.doc_id, p.start, p."end", p.value, p.decimals, pe.page AS p_page,
             f.subject, f.period, f.label AS f_label, f.value_dong AS f_value, f.min_dong AS f_min, f.max_dong AS f_max,
             f.amount_start AS f_start, f.amount_end AS f_end, fa.page AS f_page,
             b.label AS b_label, b.value_dong AS b_value, b.min_dong AS b_min, b.max_dong AS b_max,
             b.amount_start AS b_start, b.amount_end AS b_end, ba.page AS b_page
      FROM p
      JOIN facts f ON f.fact_id = p.fact_id
      JOIN facts b ON b.fact_id = p.base_fact_id
      LEFT JOIN percents pe ON pe.doc_id = p.doc_id AND pe.start = p.start AND pe."end" = p."end"
      LEFT JOIN amounts fa ON fa.doc_id = f.doc_id AND fa.start = f.amount_start AND fa."end" = f.amount_end
      LEFT JOIN amounts ba ON ba.doc_id = b.doc_id AND ba.start = b.amount_start AND ba."end" = b.amount_end
      WHERE b.min_dong > 0 AND NOT (
        100 * CAST(f.min_dong AS HUGEINT) * p.scale < (p.pn + 1) * b.max_dong
        AND 200 * CAST(f.max_dong AS HUGEINT) * p.scale >= (2 * p.pn - 1) * b.min_dong)
      ORDER BY p.doc_id, p.start`);
    const bad = rows.filter((r) => !percentAccepted(num(r.value), num(r.decimals),
      { min: BigInt(r.f_min as bigint), max: BigInt(r.f_max as bigint) }, { min: BigInt(r.b_min as bigint), max: BigInt(r.b_max as bigint) }));
    const spans: Span[] = bad.flatMap((r) => [['start', 'end'], ['f_start', 'f_end'], ['b_start', 'b_end']]
      .map(([s, e]) => ({ doc_id: String(r.doc_id), start: num(r[s]), end: num(r[e]) })));
    const quotes = await quoteSpans(ctx.db, spans);
    const page = (p: unknown) => (p === null || p === undefined ? null : num(p));
    return bad.map((r, i): Flag => {
      const value = num(r.value);
      const decimals = num(r.decimals);
      const fValue = BigInt(r.f_value as bigint);
      const bValue = BigInt(r.b_value as bigint);
      const computed = ratioPercent(fValue, bValue);
      const ev = (k: number, p: unknown) => ({ ...spans[3 * i + k], text: quotes[3 * i + k], page: page(p) });
      return makeFlag({
        check_id: 'percent_mismatch', severity: 'error', doc_id: String(r.doc_id), related_doc_id: null,
        message: `${r.subject}, ${viPeriod(String(r.period))}: ghi đạt ${viPercent(value, decimals)} nhưng `
          + `${String(r.f_label) || 'số tiền'} ${viAmount(fValue)} / ${String(r.b_label) || 'cơ sở'} ${viAmount(bValue)} = `
          + `${viPercent(computed, Math.max(SHOWN_DECIMALS, decimals))}.`,
        stated_value: value, computed_value: Number(computed.toFixed(Math.max(SHOWN_DECIMALS, decimals) + 2)), unit: 'percent',
        tolerance: 10 ** -decimals,
        evidence: [ev(0, r.p_page), ev(1, r.f_page), ev(2, r.b_page)],
      });
    });
  },
};

export default percent_mismatch;
