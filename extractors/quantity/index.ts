import type { Quantity, UnknownEntity } from '../../schemas/entities.js';
import type { ExtractContext } from '../types.js';
import { findQuantities } from './findQuantities.js';
import { QuantityNotInMoneyRefiner } from './QuantityNotInMoneyRefiner.js';

export { findQuantities, QUANTITY_EXTRACTORS } from './findQuantities.js';
export { quantitiesBesideMoney } from './QuantityNotInMoneyRefiner.js';
export { QUANTITY_UNITS, canonicalUnit } from './quantityUnits.js';

/** Counts and measures with their unit noun (`840 người`, `09/19 tiêu chí`, `8.310,09 km²`); never money. */
export function extractQuantities(ctx: ExtractContext): { entities: Quantity[]; unknowns: UnknownEntity[] } {
  const { entities, unknowns } = findQuantities(ctx);
  return { entities: QuantityNotInMoneyRefiner(entities, ctx), unknowns };
}
