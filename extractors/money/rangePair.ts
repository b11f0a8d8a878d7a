import type { Amount, UnknownEntity } from '../../schemas/entities.js';
import { parseNumber, wholePart } from '../numbers/parseNumber.js';
import { namesCurrency, perText } from './moneyUnits.js';
import { currencyIsReal } from './currencyGuard.js';
import { buildAmount } from './buildAmount.js';
import { inMoneyContext, notMoneyAfter } from './moneyContext.js';

type Span = [number, number];

/** The parts of a range match (`từ 2 đến 3 tỷ đồng`, `2 - 3 tỷ đồng`), each with its span. */
export interface RangeParts {
  low: string;
  lowSpan: Span;
  /** The low end's own unit or scale (`2 triệu` in `từ 2 triệu đến 3 triệu đồng`), if printed. */
  lowUnit?: string;
  lowUnitSpan?: Span;
  lowPer?: string;
  lowPerSpan?: Span;
  high: string;
  highSpan: Span;
  highUnit: string;
  highUnitSpan: Span;
  per?: string;
  perSpan?: Span;
  footnote?: string;
}


/**
 * Two amounts, `range_low` and `range_high`. The low end takes the high end's unit when it prints none
 * (`unit_stated: false`), and the high end's denominator when it prints none. Null when the pair is not a
 * range after all: the low end above the high end (`năm 2020 - 500 triệu đồng`), a currency word that
 * is not the currency, or bare scales (`từ 20 triệu đến 22 triệu`) outside a money context. An unreadable end makes the match an UnknownEntity.
 */
export function rangePair(extractor: string, text: string, p: RangeParts): Amount[] | UnknownEntity | null {
  const highNum = parseNumber(p.high);
  const highStated = namesCurrency(p.highUnit);
  if (highStated && highNum.ok && !currencyIsReal(text, p.highUnit, p.highUnitSpan[1], wholePart(highNum))) return null;
  if (!highStated && (notMoneyAfter(text, p.highUnitSpan[1]) || !inMoneyContext(text, p.lowSpan[0]))) return null;
  const lowStated = p.lowUnit !== undefined && namesCurrency(p.lowUnit);
  const per = p.per !== undefined ? perText(p.per) : null;
  const low = buildAmount(extractor, text, {
    start: p.lowSpan[0],
    end: p.lowPerSpan?.[1] ?? p.lowUnitSpan?.[1] ?? p.lowSpan[1],
    numberRaw: p.low,
    unitRaw: p.lowUnit ?? p.highUnit,
    unitStated: lowStated,
    role: 'range_low',
    per: p.lowPer !== undefined ? perText(p.lowPer) : per,
  });
  const high = buildAmount(extractor, text, {
    start: p.highSpan[0],
    end: p.perSpan?.[1] ?? p.highUnitSpan[1],
    numberRaw: p.high,
    unitRaw: p.highUnit,
    unitStated: highStated,
    role: 'range_high',
    per,
    footnote: p.footnote ?? null,
  });
  if (low.kind === 'unknown') return low;
  if (high.kind === 'unknown') return high;
  if (low.value_dong > high.value_dong) return null;
  return [low, high];
}
