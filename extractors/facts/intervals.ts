/**
 * Interval arithmetic on đồng at printed precision (domain.md §4, XBRL Calculations 1.1): `21.342 triệu đồng`
 * is any value in [21 341 500 000; 21 342 500 000]; a sum of parts is the sum of their intervals; a sum check
 * passes when the interval of the parts overlaps the interval of the stated total.
 */
export interface Interval {
  min: bigint;
  max: bigint;
}

export function sumIntervals(xs: Interval[]): Interval {
  return xs.reduce((s, x) => ({ min: s.min + x.min, max: s.max + x.max }), { min: 0n, max: 0n });
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.min <= b.max && b.min <= a.max;
}

/** Half the width of an interval (the tolerance its precision gives). */
export function halfWidth(x: Interval): bigint {
  return (x.max - x.min) / 2n;
}

/**
 * Whether a stated percentage `P` printed with `decimals` decimals can be `fact / base`: some value of the
 * ratio allowed by the two intervals rounds (half up) or truncates to P. Those values fill
 * [P − u/2; P + u) with u = 10^−decimals; the ratio fills [100·fact.min/base.max; 100·fact.max/base.min].
 * Exact integer arithmetic; a base that may be zero accepts anything.
 */
export function percentAccepted(value: number, decimals: number, fact: Interval, base: Interval): boolean {
  if (base.min <= 0n) return true;
  const scale = 10n ** BigInt(decimals);
  const p = BigInt(Math.round(value * 10 ** decimals));
  // ratio.min < (p + 1) / scale
  const belowTop = 100n * fact.min * scale < (p + 1n) * base.max;
  // ratio.max >= (2p − 1) / (2 scale)
  const aboveBottom = 200n * fact.max * scale >= (2n * p - 1n) * base.min;
  return belowTop && aboveBottom;
}

/** `fact / base` in percent, for messages. */
export function ratioPercent(fact: bigint, base: bigint): number {
  return base === 0n ? Number.NaN : Number((fact * 1_000_000n) / base) / 10_000;
}
