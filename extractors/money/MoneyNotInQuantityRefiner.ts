import type { Amount } from '../../schemas/entities.js';
import type { Refiner } from '../types.js';
import { findQuantities } from '../quantity/findQuantities.js';
import { isContextInferred } from './findAmounts.js';

/**
 * Populations, areas and counts are never money: an amount read from context alone (`trị giá 75 triệu`)
 * that overlaps a quantity (`75 triệu người`) is dropped. Amounts with a stated unit win instead
 * (QuantityNotInMoneyRefiner), so amounts and quantities never overlap.
 */
export const MoneyNotInQuantityRefiner: Refiner<Amount> = (amounts, ctx) => {
  const quantities = findQuantities(ctx).entities;
  return amounts.filter((a) => !isContextInferred(a) || !quantities.some((q) => q.start < a.end && a.start < q.end));
};
