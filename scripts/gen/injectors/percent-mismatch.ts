/**
 * `percent_mismatch`: `Kết quả giải ngân: 617 triệu đồng, đạt 58%` where 617 / 1.234 is 50%. The stated
 * percentage moves by 3 to 15 points, far outside what rounding or truncation of the printed amounts allow.
 */
import { formatPercentNumber, percentTenths } from '../format.js';
import type { Rng } from '../prng.js';
import { SUBJECTS } from '../subjects.js';
import type { Injector } from './types.js';

const MIN_POINTS = 3;
const MAX_POINTS = 15;

function wrongPercent(num: number, den: number, rng: Rng): { stated: string; computed: number } {
  const tenths = percentTenths(num, den);
  const decimals = tenths % 10 === 0 ? 0 : 1;
  const shift = rng.int(MIN_POINTS, MAX_POINTS) * 10 + (decimals ? rng.int(-4, 4) : 0);
  const up = tenths + shift <= 1000 && (tenths - shift < 0 || rng.chance(0.5));
  return { stated: formatPercentNumber(up ? tenths + shift : tenths - shift, decimals), computed: tenths / 10 };
}

export const percentMismatch: Injector = {
  id: 'percent_mismatch',
  applies: (spec) => spec.body.kind === 'district' || spec.body.kind === 'province',
  inject(spec, ctx) {
    const body = spec.body;
    if (body.kind === 'district') {
      const b = ctx.rng.pick(body.budgets);
      const { stated, computed } = wrongPercent(b.disbursed, b.allocation.total, ctx.rng);
      b.percentOverride = stated;
      return {
        doc: spec.doc, check_id: 'percent_mismatch',
        detail: { subject: b.subject.long, numerator: b.disbursed, denominator: b.allocation.total, unit: 'đồng', stated_percent: stated, computed_percent: computed },
      };
    }
    if (body.kind !== 'province') throw new Error('percent_mismatch needs a district or province report');
    const s = ctx.rng.pick(SUBJECTS);
    const num = body.rows.reduce((a, r) => a + r.values[s.id].disbursed, 0);
    const den = body.rows.reduce((a, r) => a + r.values[s.id].total, 0);
    const { stated, computed } = wrongPercent(num, den, ctx.rng);
    body.percentOverrides[s.id] = stated;
    return {
      doc: spec.doc, check_id: 'percent_mismatch',
      detail: { subject: s.long, scope: 'province', numerator: num, denominator: den, unit: 'đồng', stated_percent: stated, computed_percent: computed },
    };
  },
};
