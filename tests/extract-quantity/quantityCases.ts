import { expect } from 'vitest';
import type { Quantity, UnknownEntity } from '../../schemas/entities.js';
import { QuantitySchema } from '../../schemas/entities.js';
import { runExtractors, type Extractor } from '../../extractors/types.js';
import { extractQuantities } from '../../extractors/quantity/index.js';
import { marked } from '../extract-money/helpers.js';

/** One table row: a text with the expected quantities marked `[[…]]`, and their fields in order. */
export type QuantityCase = [source: string, expected: Partial<Quantity>[]];

function check(source: string, found: { entities: Quantity[]; unknowns: UnknownEntity[] }, expected: Partial<Quantity>[]): void {
  const { ctx, spans } = marked(source);
  expect(found.unknowns).toEqual([]);
  expect(found.entities.map((e) => [e.start, e.end, e.raw])).toEqual(spans.map((s) => [s.start, s.end, s.raw]));
  found.entities.forEach((e, i) => {
    expect(QuantitySchema.safeParse(e).success).toBe(true);
    expect(e).toMatchObject(expected[i]);
  });
}

export function expectQuantityExtractor(extractor: Extractor<Quantity>, [source, expected]: QuantityCase): void {
  check(source, runExtractors([extractor], [], marked(source).ctx), expected);
}

export function expectQuantities([source, expected]: QuantityCase): void {
  check(source, extractQuantities(marked(source).ctx), expected);
}
