import { makeFlag, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { percentAccepted, ratioPercent } from '../../extractors/facts/intervals.js';
import { viAmount, viPercent, viPeriod } from '../../extractors/facts/viFormat.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * A stated percentage against the ratio it claims (fact_percents: the figure it measures over the base it is a
 * share of): `giải ngân 1.800 triệu đồng, đạt 65% kế hoạch vốn` with `Kế hoạch vốn năm 2023: 3.000 triệu
 * đồng` is 60%. Accepted when some value allowed by the printed precision of both amounts gives a ratio that
 * rounds or truncates to the stated value at its printed decimals (domain.md §4).
 */
/** Decimals shown for the computed ratio (at least two, or the stated ones). */
const SHOWN_DECIMALS = 2;

const percent_mismatch: Check = {
  id: 'percent_mismatch',
  scope: 'document',
  description: 'Tỷ lệ phần trăm ghi trong văn bản không khớp với tỷ số của hai số tiền mà nó đo.',
  async run(ctx) {
    const rows = await queryRows(ctx.db, `
      SELECT p.doc_id, p.start, p."end", p.raw, p.value, p.decimals, pe.page AS p_page,
             f.subject, f.period, f.label AS f_label, f.value_dong AS f_value, f.min_dong AS f_min, f.max_dong AS f_max,
             f.amount_start AS f_start, f.amount_end AS f_end, fa.page AS f_page,
             b.label AS b_label, b.value_dong AS b_value, b.min_dong AS b_min, b.max_dong AS b_max,
             b.amount_start AS b_start, b.amount_end AS b_end, ba.page AS b_page, d.text
      FROM fact_percents p
      JOIN facts f ON f.fact_id = p.fact_id
      JOIN facts b ON b.fact_id = p.base_fact_id
      JOIN documents d ON d.doc_id = p.doc_id
      LEFT JOIN percents pe ON pe.doc_id = p.doc_id AND pe.start = p.start AND pe."end" = p."end"
      LEFT JOIN amounts fa ON fa.doc_id = f.doc_id AND fa.start = f.amount_start AND fa."end" = f.amount_end
      LEFT JOIN amounts ba ON ba.doc_id = b.doc_id AND ba.start = b.amount_start AND ba."end" = b.amount_end
      WHERE ${inScope(ctx, 'p')} ORDER BY p.doc_id, p.start`);
    const flags: Flag[] = [];
    for (const r of rows) {
      const value = num(r.value);
      const decimals = num(r.decimals);
      const fact = { min: BigInt(r.f_min as bigint), max: BigInt(r.f_max as bigint) };
      const base = { min: BigInt(r.b_min as bigint), max: BigInt(r.b_max as bigint) };
      if (percentAccepted(value, decimals, fact, base)) continue;
      const fValue = BigInt(r.f_value as bigint);
      const bValue = BigInt(r.b_value as bigint);
      const computed = ratioPercent(fValue, bValue);
      const page = (p: unknown) => (p === null || p === undefined ? null : num(p));
      const docId = String(r.doc_id);
      const text = String(r.text);
      const quote = (s: unknown, e: unknown) => ({ doc_id: docId, start: num(s), end: num(e), text: text.slice(num(s), num(e)) });
      flags.push(makeFlag({
        check_id: 'percent_mismatch', severity: 'error', doc_id: docId, related_doc_id: null,
        message: `${r.subject}, ${viPeriod(String(r.period))}: ghi đạt ${viPercent(value, decimals)} nhưng `
          + `${String(r.f_label) || 'số tiền'} ${viAmount(fValue)} / ${String(r.b_label) || 'cơ sở'} ${viAmount(bValue)} = `
          + `${viPercent(computed, Math.max(SHOWN_DECIMALS, decimals))}.`,
        stated_value: value, computed_value: Number(computed.toFixed(Math.max(SHOWN_DECIMALS, decimals) + 2)), unit: 'percent',
        tolerance: 10 ** -decimals,
        evidence: [
          { ...quote(r.start, r.end), page: page(r.p_page) },
          { ...quote(r.f_start, r.f_end), page: page(r.f_page) },
          { ...quote(r.b_start, r.b_end), page: page(r.b_page) },
        ],
      }));
    }
    return flags;
  },
};

export default percent_mismatch;
