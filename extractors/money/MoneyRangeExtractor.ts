import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { HSPACE } from '../numbers/patterns.js';
import { rangeParts, rangeSource } from './rangeMatch.js';
import { rangePair } from './rangePair.js';

const NAME = 'MoneyRangeExtractor';
/** `từ … đến …`, `từ … tới …`, `từ … - …`. */
const SEPARATOR = String.raw`(?:${HSPACE}+(?:đến|tới)${HSPACE}+|${HSPACE}*[-–]${HSPACE}*)`;

/**
 * A range opened by `từ`: `từ 2 đến 3 tỷ đồng` → `2` (range_low, unit inferred) and `3 tỷ đồng`
 * (range_high); `từ 8.000.000 đồng đến 10.000.000 đồng`; `từ 15.000 đồng/con đến 30.000 đồng/con`.
 * `từ` itself stays out of both spans.
 */
export const MoneyRangeExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: new RegExp(String.raw`(?<![\p{L}])từ${HSPACE}+` + rangeSource(SEPARATOR), 'giud'),
  extract(match, ctx) {
    return rangePair(NAME, ctx.text, rangeParts(match));
  },
};
