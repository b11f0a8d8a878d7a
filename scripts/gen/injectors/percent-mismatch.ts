/**
 * `percent_mismatch`: `Kết quả giải ngân: 617 triệu đồng, đạt 58%` where 617 / 1.234 is 50%. The stated
 * percentage moves by 3 to 15 points, and further when needed to lie outside what rounding or truncation of
 * the printed amounts allow: `23 triệu đồng` may be anything in [22,5; 23,5] triệu (domain.md §4), so 23 / 31
 * triệu allows 71,4 % to 77,05 %, and `77,0%` there is no error.
 */
import { DONG_PER_TRIEU, formatPercentNumber, formatTrieuNumber, percentTenths, type MoneyStyle } from '../format.js';
import type { Rng } from '../prng.js';
import { SUBJECTS } from '../subjects.js';
import type { Injector } from './types.js';

const MIN_POINTS = 3;
const MAX_POINTS = 15;
/** 100 % in tenths of a percent. */
const FULL = 1000;

/** The interval of đồng a printed amount allows: half a unit of its last printed digit (đồng are exact). */
function printed(dong: number, style: MoneyStyle): { min: bigint; max: bigint } {
  if (style === 'dong') return { min: BigInt(dong), max: BigInt(dong) };
  const decimals = (formatTrieuNumber(dong).split(',')[1] ?? '').length;
  const half = BigInt(DONG_PER_TRIEU / 10 ** decimals / 2);
  return { min: BigInt(dong) - half, max: BigInt(dong) + half };
}

/**
 * Whether a stated percentage (`tenths`, printed with `decimals`) can be num / den: some ratio the printed
 * amounts allow rounds or truncates to it — the domain rule (domain.md §4), in exact integers.
 */
export function percentAllowed(tenths: number, decimals: 0 | 1, num: number, den: number, style: MoneyStyle): boolean {
  const n = printed(num, style);
  const d = printed(den, style);
  if (d.min <= 0n) return true;
  const scale = decimals ? 10n : 1n;
  const p = BigInt(decimals ? tenths : tenths / 10);
  return 100n * n.min * scale < (p + 1n) * d.max && 200n * n.max * scale >= (2n * p - 1n) * d.min;
}

/** Whether any percentage from 0 to 100 is outside what the printed amounts allow. */
function canBeWrong(num: number, den: number, style: MoneyStyle): boolean {
  return !percentAllowed(0, 0, num, den, style) || !percentAllowed(FULL, 0, num, den, style);
}

export function wrongPercent(num: number, den: number, style: MoneyStyle, rng: Rng): { stated: string; computed: number } {
  const tenths = percentTenths(num, den);
  const decimals = tenths % 10 === 0 ? 0 : 1;
  const shift = rng.int(MIN_POINTS, MAX_POINTS) * 10 + (decimals ? rng.int(-4, 4) : 0);
  const up = tenths + shift <= FULL && (tenths - shift < 0 || rng.chance(0.5));
  // the drawn direction first, then the other; a whole point further each time until the printed amounts exclude it
  for (const dir of up ? [1, -1] : [-1, 1]) {
    for (let t = tenths + dir * shift; t >= 0 && t <= FULL; t += dir * 10) {
      if (!percentAllowed(t, decimals, num, den, style)) return { stated: formatPercentNumber(t, decimals), computed: tenths / 10 };
    }
  }
  throw new Error(`no percentage of ${num} / ${den} is outside the printed precision`);
}

export const percentMismatch: Injector = {
  id: 'percent_mismatch',
  applies: (spec) => spec.body.kind === 'district' || spec.body.kind === 'province',
  inject(spec, ctx) {
    const body = spec.body;
    if (body.kind === 'district') {
      const picked = ctx.rng.pick(body.budgets);
      // amounts so small that their printed precision allows any percentage: the largest budget instead
      const b = canBeWrong(picked.disbursed, picked.allocation.total, picked.style) ? picked
        : [...body.budgets].sort((x, y) => y.allocation.total - x.allocation.total)[0];
      const { stated, computed } = wrongPercent(b.disbursed, b.allocation.total, b.style, ctx.rng);
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
    // the province prints its totals in triệu
    const { stated, computed } = wrongPercent(num, den, 'trieu', ctx.rng);
    body.percentOverrides[s.id] = stated;
    return {
      doc: spec.doc, check_id: 'percent_mismatch',
      detail: { subject: s.long, scope: 'province', numerator: num, denominator: den, unit: 'đồng', stated_percent: stated, computed_percent: computed },
    };
  },
};
