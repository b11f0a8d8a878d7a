import type { Quantity, UnknownEntity } from '../../schemas/entities.js';
import { removeOverlaps, runExtractors, type ExtractContext } from '../types.js';
import { tidyUnknowns } from '../numbers/unknowns.js';
import { QuantityRatioExtractor } from './QuantityRatioExtractor.js';
import { QuantityWithUnitExtractor } from './QuantityWithUnitExtractor.js';

/** The quantity extractors, in order (on a tie, the earlier one's reading is kept). */
export const QUANTITY_EXTRACTORS = [QuantityRatioExtractor, QuantityWithUnitExtractor] as const;

/** Quantities before the cross-check against money (used by the money refiner, and by extractQuantities). */
export function findQuantities(ctx: ExtractContext): { entities: Quantity[]; unknowns: UnknownEntity[] } {
  const { entities, unknowns } = runExtractors(QUANTITY_EXTRACTORS, [removeOverlaps], ctx);
  return { entities, unknowns: tidyUnknowns(unknowns, entities) };
}
