import type { Quantity } from '../../schemas/entities.js';
import type { Refiner } from '../types.js';
import { findAmounts, isContextInferred } from '../money/findAmounts.js';

/**
 * A quantity that overlaps an amount whose unit is printed is not a quantity (the unit noun belongs to
 * the rate: `2 triệu đồng/người`). Amounts inferred from context lose to quantities instead
 * (MoneyNotInQuantityRefiner), so the two never overlap.
 */
export const QuantityNotInMoneyRefiner: Refiner<Quantity> = (quantities, ctx) => {
  const money = findAmounts(ctx).entities.filter((a) => !isContextInferred(a));
  return quantities.filter((q) => !money.some((a) => a.start < q.end && q.start < a.end));
};
