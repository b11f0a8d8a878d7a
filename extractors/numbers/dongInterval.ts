import type { ParsedNumber } from './parseNumber.js';

/** A money value in whole đồng with the interval its printed precision allows. */
export interface DongInterval {
  value: bigint;
  min: bigint;
  max: bigint;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

/**
 * value = digits × multiplier / 10^decimals, in exact integer arithmetic; the interval is half a unit of
 * the last printed digit either side (`21.342 triệu` → [21 341 500 000; 21 342 500 000]), rounded outward
 * to whole đồng. `exact` (amounts printed in đồng, amounts in words) gives [value; value].
 * Null when the printed value is not a whole number of đồng (`1,5 đồng`): never rounded silently.
 */
export function dongInterval(p: ParsedNumber, multiplier: bigint, exact: boolean): DongInterval | null {
  const denom = 10n ** BigInt(p.decimals);
  const scaled = p.digits * multiplier;
  if (scaled % denom !== 0n) return null;
  const value = scaled / denom;
  if (exact) return { value, min: value, max: value };
  // value ± multiplier / (2 · 10^decimals), computed over the common denominator 2 · 10^decimals
  const twice = 2n * scaled;
  return { value, min: floorDiv(twice - multiplier, 2n * denom), max: ceilDiv(twice + multiplier, 2n * denom) };
}
