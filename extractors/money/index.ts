import type { Amount, UnknownEntity } from '../../schemas/entities.js';
import type { ExtractContext } from '../types.js';
import { findAmounts } from './findAmounts.js';
import { MoneyNotInQuantityRefiner } from './MoneyNotInQuantityRefiner.js';

export { amountsBesideQuantities } from './MoneyNotInQuantityRefiner.js';
export { findAmounts, isContextInferred, MONEY_EXTRACTORS } from './findAmounts.js';

/**
 * Money amounts in đồng with the interval their printed precision allows: `21.342 triệu đồng`,
 * `6.616.000.000 đồng`, ranges, rates, composites, amounts in words, bare `triệu`/`tỷ` in a money context.
 */
export function extractAmounts(ctx: ExtractContext): { entities: Amount[]; unknowns: UnknownEntity[] } {
  const { entities, unknowns } = findAmounts(ctx);
  return { entities: MoneyNotInQuantityRefiner(entities, ctx), unknowns };
}
