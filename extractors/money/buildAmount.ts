import type { Amount, UnknownEntity } from '../../schemas/entities.js';
import { parseNumber } from '../numbers/parseNumber.js';
import { dongInterval, type DongInterval } from '../numbers/dongInterval.js';
import { unknownEntity } from '../numbers/unknowns.js';
import { unitMultiplier, unitOf, type MoneyUnit } from './moneyUnits.js';
import { qualifierBefore } from './qualifier.js';

/** What an extractor found: the span of `raw` (no qualifier, no footnote) and its parts as printed. */
export interface AmountDraft {
  start: number;
  end: number;
  numberRaw: string;
  /** The unit as written; for an inferred unit, the text it was inferred from (`tỷ đồng` of a range's high end). */
  unitRaw: string;
  unitStated: boolean;
  role: Amount['role'];
  per?: string | null;
  footnote?: string | null;
}

/** An Amount from a draft whose value is already known (composite, words). */
export function amountOf(text: string, d: AmountDraft, v: DongInterval, unit: MoneyUnit, decimals: number): Amount {
  return {
    kind: 'amount',
    start: d.start,
    end: d.end,
    raw: text.slice(d.start, d.end),
    value_dong: v.value,
    min_dong: v.min,
    max_dong: v.max,
    unit,
    unit_raw: d.unitRaw,
    unit_stated: d.unitStated,
    qualifier: qualifierBefore(text, d.start),
    number_raw: d.numberRaw,
    decimals,
    role: d.role,
    per: d.per ?? null,
    footnote: d.footnote ?? null,
  };
}

/**
 * Parse the printed number and unit of a draft: value = number × unit in exact integer arithmetic, the
 * interval from the printed precision ([value; value] for amounts in đồng). Unreadable → UnknownEntity.
 */
export function buildAmount(extractor: string, text: string, d: AmountDraft): Amount | UnknownEntity {
  const num = parseNumber(d.numberRaw);
  if (!num.ok) return unknownEntity(extractor, text, d.start, d.end, num.reason);
  const multiplier = unitMultiplier(d.unitRaw);
  if (multiplier === null) return unknownEntity(extractor, text, d.start, d.end, `unknown money unit: ${d.unitRaw}`);
  const v = dongInterval(num, multiplier, multiplier === 1n);
  if (v === null) return unknownEntity(extractor, text, d.start, d.end, 'not a whole number of đồng');
  return amountOf(text, d, v, unitOf(multiplier), num.decimals);
}
