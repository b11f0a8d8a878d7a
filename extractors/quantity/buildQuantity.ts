import type { Quantity, UnknownEntity } from '../../schemas/entities.js';
import { parseNumber, toNumber } from '../numbers/parseNumber.js';
import { scaleMultiplier } from '../numbers/scales.js';
import { unknownEntity } from '../numbers/unknowns.js';
import { canonicalUnit } from './quantityUnits.js';

/** What a quantity extractor found: the span and the parts as printed. */
export interface QuantityDraft {
  start: number;
  end: number;
  numberRaw: string;
  /** `triệu` in `75 triệu người`. */
  scaleRaw?: string;
  unitRaw: string;
  ofTotal?: number | null;
}

/** A Quantity from a draft; a malformed number (`102,924,5 ha`) becomes an UnknownEntity. */
export function buildQuantity(extractor: string, text: string, d: QuantityDraft): Quantity | UnknownEntity {
  const num = parseNumber(d.numberRaw);
  if (!num.ok) return unknownEntity(extractor, text, d.start, d.end, num.reason);
  const multiplier = d.scaleRaw !== undefined ? scaleMultiplier(d.scaleRaw) : 1n;
  if (multiplier === null) return unknownEntity(extractor, text, d.start, d.end, `unknown scale: ${d.scaleRaw}`);
  return {
    kind: 'quantity',
    start: d.start,
    end: d.end,
    raw: text.slice(d.start, d.end),
    value: toNumber(num, multiplier),
    number_raw: d.numberRaw,
    decimals: num.decimals,
    unit: canonicalUnit(d.unitRaw),
    of_total: d.ofTotal ?? null,
  };
}
