import type { Amount, Quantity } from '../../schemas/entities.js';
import type { Refiner } from '../types.js';
import { findAmounts, isContextInferred } from '../money/findAmounts.js';

/** The quantities that overlap no amount with a printed unit (of `amounts`, before the cross-check). */
export function quantitiesBesideMoney(quantities: Quantity[], amounts: readonly Amount[]): Quantity[] {
  const money = amounts.filter((a) => !isContextInferred(a));
  return quantities.filter((q) => !money.some((a) => a.start < q.end && q.start < a.end));
}

/**
 * A quantity that overlaps an amount whose unit is printed is not a quantity (the unit noun belongs to
 * the rate: `2 triệu đồng/người`). Amounts inferred from context lose to quantities instead
 * (MoneyNotInQuantityRefiner), so the two never overlap. extractEntities, which has the amounts already,
 * calls quantitiesBesideMoney directly.
 */
export const QuantityNotInMoneyRefiner: Refiner<Quantity> = (quantities, ctx) => quantitiesBesideMoney(quantities, findAmounts(ctx).entities);
