/**
 * `aggregate_mismatch`: the province prints one district's disbursement for a sub-project differently
 * from that district's own report, so the province total for the sub-project and period is no longer the
 * sum of the district reports. The province report itself still adds up (its totals follow its rows);
 * disbursement is cumulated to the period's end, a figure no other province report restates.
 */
import { bodyDate, DONG_PER_TRIEU, MONEY_STEP } from '../format.js';
import { districtPhrase } from '../places.js';
import { SUBJECTS } from '../subjects.js';
import type { Injector } from './types.js';
import { noticeableDelta } from './types.js';

export const aggregateMismatch: Injector = {
  id: 'aggregate_mismatch',
  applies: (spec) => spec.body.kind === 'province' && spec.body.rows.length > 0,
  inject(spec, ctx) {
    if (spec.body.kind !== 'province') throw new Error('aggregate_mismatch needs a province report');
    const body = spec.body;
    const s = ctx.rng.pick(SUBJECTS);
    const row = ctx.rng.pick(body.rows);
    const v = row.values[s.id];
    const districtSum = body.rows.reduce((a, r) => a + r.values[s.id].disbursed, 0);
    const step = v.disbursed % DONG_PER_TRIEU === 0 && v.total % DONG_PER_TRIEU === 0 ? DONG_PER_TRIEU : MONEY_STEP;
    const delta = noticeableDelta(v.disbursed, 0.05, 5 * DONG_PER_TRIEU, step, ctx.rng);
    const before = v.disbursed;
    const down = before - delta > 0 && (before + delta > v.total || ctx.rng.chance(0.5));
    row.values[s.id] = { ...v, disbursed: down ? before - delta : before + delta };
    const provinceTotal = body.rows.reduce((a, r) => a + r.values[s.id].disbursed, 0);
    return {
      doc: spec.doc, check_id: 'aggregate_mismatch',
      detail: {
        subject: s.long, measure: 'giải ngân', period: spec.period.label, as_of: bodyDate(spec.period.end), unit: 'đồng',
        province_total: provinceTotal, district_sum: districtSum,
        district: `UBND ${districtPhrase(row.district)}`, district_doc: `${spec.period.slug}/${row.district.slug}`,
        value_in_province_report: row.values[s.id].disbursed, value_in_district_report: before,
      },
    };
  },
};
