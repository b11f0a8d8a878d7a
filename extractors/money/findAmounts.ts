import type { Amount, UnknownEntity } from '../../schemas/entities.js';
import { removeOverlaps, runExtractors, type ExtractContext } from '../types.js';
import { tidyUnknowns } from '../numbers/unknowns.js';
import { namesCurrency } from './moneyUnits.js';
import { MoneyInWordsExtractor } from './MoneyInWordsExtractor.js';
import { MoneyRangeExtractor } from './MoneyRangeExtractor.js';
import { MoneyDashRangeExtractor } from './MoneyDashRangeExtractor.js';
import { MoneyCompositeExtractor } from './MoneyCompositeExtractor.js';
import { MoneyRateExtractor } from './MoneyRateExtractor.js';
import { MoneyWithUnitExtractor } from './MoneyWithUnitExtractor.js';
import { BareMillionInMoneyContextExtractor } from './BareMillionInMoneyContextExtractor.js';

/**
 * The money extractors, most specific first: of two readings of the same span the earlier one is kept
 * (a range's `3 tỷ đồng` over the plain one), of overlapping ones the longer (a rate over its amount).
 */
export const MONEY_EXTRACTORS = [
  MoneyInWordsExtractor,
  MoneyRangeExtractor,
  MoneyDashRangeExtractor,
  MoneyCompositeExtractor,
  MoneyRateExtractor,
  MoneyWithUnitExtractor,
  BareMillionInMoneyContextExtractor,
] as const;

/**
 * An amount whose currency comes only from the words around it (`kinh phí 75 triệu`, `thu nhập dưới
 * 40 triệu/tháng`): it gives way to a quantity. The low end of `từ 2 đến 3 tỷ đồng` took its unit from
 * the printed high end, so it is not one of these.
 */
export function isContextInferred(a: Amount): boolean {
  return !namesCurrency(a.unit_raw);
}

/** Amounts before the cross-check against quantities (used by the quantity refiner, and by extractAmounts). */
export function findAmounts(ctx: ExtractContext): { entities: Amount[]; unknowns: UnknownEntity[] } {
  const { entities, unknowns } = runExtractors(MONEY_EXTRACTORS, [removeOverlaps], ctx);
  return { entities, unknowns: tidyUnknowns(unknowns, entities) };
}
