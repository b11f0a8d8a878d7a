import { expect } from 'vitest';
import type { Amount, UnknownEntity } from '../../schemas/entities.js';
import { AmountSchema } from '../../schemas/entities.js';
import { runExtractors, type Extractor } from '../../extractors/types.js';
import { extractAmounts } from '../../extractors/money/index.js';
import { marked } from './helpers.js';

/** One table row: a text with the expected amounts marked `[[…]]`, and their fields in order. */
export type AmountCase = [source: string, expected: Partial<Amount>[]];

function check(source: string, found: { entities: Amount[]; unknowns: UnknownEntity[] }, expected: Partial<Amount>[]): void {
  const { ctx, spans } = marked(source);
  expect(found.unknowns).toEqual([]);
  expect(found.entities.map((e) => [e.start, e.end, e.raw])).toEqual(spans.map((s) => [s.start, s.end, s.raw]));
  found.entities.forEach((e, i) => {
    expect(AmountSchema.safeParse(e).success).toBe(true);
    expect(e.raw).toBe(ctx.text.slice(e.start, e.end));
    expect(e).toMatchObject(expected[i]);
  });
}

/** Run one extractor alone on the case text and compare. */
export function expectExtractor(extractor: Extractor<Amount>, [source, expected]: AmountCase): void {
  const { ctx } = marked(source);
  check(source, runExtractors([extractor], [], ctx), expected);
}

/** Run the whole money pipeline on the case text and compare. */
export function expectAmounts([source, expected]: AmountCase): void {
  const { ctx } = marked(source);
  check(source, extractAmounts(ctx), expected);
}

/** Shorthand for an amount's interval. */
export const dong = (value: bigint, min = value, max = value): Partial<Amount> => ({ value_dong: value, min_dong: min, max_dong: max });
