import type { Percent, UnknownEntity } from '../../schemas/entities.js';
import { removeOverlaps, runExtractors, type ExtractContext } from '../types.js';
import { tidyUnknowns } from '../numbers/unknowns.js';
import { PercentExtractor } from './PercentExtractor.js';

export const PERCENT_EXTRACTORS = [PercentExtractor] as const;

/** Percentages with their printed decimals (`đạt 28,1%` → 28.1, decimals 1). */
export function extractPercents(ctx: ExtractContext): { entities: Percent[]; unknowns: UnknownEntity[] } {
  const { entities, unknowns } = runExtractors(PERCENT_EXTRACTORS, [removeOverlaps], ctx);
  return { entities, unknowns: tidyUnknowns(unknowns, entities) };
}
