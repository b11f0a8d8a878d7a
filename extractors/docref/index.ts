/**
 * Document references (domain.md §2): DocRefParser, then list continuations and overlap removal.
 * `canonicalKey` (format documented in canonicalKey.ts) and `symbolShape` are exported for the checks
 * and the eval script.
 */
import type { DocRef, UnknownEntity } from '../../schemas/entities.js';
import { removeOverlaps, runExtractors, type ExtractContext, type Extractor, type Refiner } from '../types.js';
import { DocRefParser } from './DocRefParser.js';
import { ListContinuationRefiner } from './ListContinuationRefiner.js';
import { UnparsedSymbolParser } from './UnparsedSymbolParser.js';

export { canonicalKey } from './canonicalKey.js';
export { symbolShape, type SymbolShape } from './symbolShape.js';

export const DOC_REF_PARSERS: readonly Extractor<DocRef>[] = [DocRefParser];
export const DOC_REF_REFINERS: readonly Refiner<DocRef>[] = [(refs) => removeOverlaps(refs), ListContinuationRefiner];

export function extractDocRefs(ctx: ExtractContext): { entities: DocRef[]; unknowns: UnknownEntity[] } {
  const found = runExtractors(DOC_REF_PARSERS, DOC_REF_REFINERS, ctx);
  const odd = runExtractors([UnparsedSymbolParser], [], ctx);
  const covered = (u: UnknownEntity) => found.entities.some((r) => r.full_start < u.end && u.start < r.end);
  return { entities: found.entities, unknowns: [...found.unknowns, ...odd.unknowns.filter((u) => !covered(u))] };
}
