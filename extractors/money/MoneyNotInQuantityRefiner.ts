import type { Amount, Quantity } from '../../schemas/entities.js';
import type { Refiner } from '../types.js';
import { findQuantities } from '../quantity/findQuantities.js';
import { isContextInferred } from './findAmounts.js';

/** The amounts that stay next to `quantities`: every amount with a printed unit, and inferred ones that overlap no quantity. */
export function amountsBesideQuantities(amounts: Amount[], quantities: readonly Quantity[]): Amount[] {
  return amounts.filter((a) => !isContextInferred(a) || !quantities.some((q) => q.start < a.end && a.start < q.end));
}

/**
 * Populations, areas and counts are never money: an amount read from context alone (`trị giá 75 triệu`)
 * that overlaps a quantity (`75 triệu người`) is dropped. Amounts with a stated unit win instead
 * (QuantityNotInMoneyRefiner), so amounts and quantities never overlap. extractEntities, which has the
 * quantities already, calls amountsBesideQuantities directly.
 */
export const MoneyNotInQuantityRefiner: Refiner<Amount> = (amounts, ctx) => amountsBesideQuantities(amounts, findQuantities(ctx).entities);
