import type { UnknownEntity } from '../../schemas/entities.js';
import { removeOverlaps } from '../types.js';

/** A typed unknown for a match that looks like a figure but cannot be read without guessing. */
export function unknownEntity(extractor: string, text: string, start: number, end: number, reason: string): UnknownEntity {
  return { kind: 'unknown', start, end, raw: text.slice(start, end), extractor, reason };
}

/**
 * Unknowns found by several extractors on the same figure collapse to one (the longest), and an unknown
 * that overlaps an entity another extractor did read is dropped.
 */
export function tidyUnknowns(unknowns: UnknownEntity[], entities: readonly { start: number; end: number }[]): UnknownEntity[] {
  const free = unknowns.filter((u) => !entities.some((e) => e.start < u.end && u.start < e.end));
  return removeOverlaps(free);
}
