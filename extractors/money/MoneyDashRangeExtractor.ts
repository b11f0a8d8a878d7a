import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { HSPACE, NUMBER_START } from '../numbers/patterns.js';
import { labelBefore } from '../numbers/labelBefore.js';
import { numberFind } from '../numbers/numberFind.js';
import { rangeParts, rangeSource } from './rangeMatch.js';
import { rangePair } from './rangePair.js';

const NAME = 'MoneyDashRangeExtractor';
const DASH = String.raw`${HSPACE}*[-–]${HSPACE}*`;
/**
 * Found from the high number: after a dash, before its unit or scale (`n`, `t`, `đ`, `v`); before it the
 * low number, its unit, its denominator (any word) and the dash.
 */
const HIGH = {
  after: /[ntđv]/iu,
  before: /[-–]/u,
  lead: { chars: /[\p{L}\d.,/²³\-–]|[^\S\n\t]/iu, first: /\d/u, notAfter: /[\p{L}\p{N}/]/u, required: true },
};
/** A bare four-digit year before a dash is a period (`2021 - 2025`), not the low end of an amount. */
const YEAR = /^(?:19|20)\d{2}$/u;

/**
 * A range written with a dash: `2 - 3 tỷ đồng`, `500 triệu - 1 tỷ đồng`. Not when the first number is a
 * label's (`Dự án 6 - 200 triệu đồng`) or a bare year, nor when the first end exceeds the second.
 */
const PATTERN = new RegExp(NUMBER_START + rangeSource(DASH), 'giud');

export const MoneyDashRangeExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, HIGH),
  extract(match, ctx) {
    const parts = rangeParts(match);
    if (labelBefore(ctx.text, match.index) !== null) return null;
    if (parts.lowUnit === undefined && YEAR.test(parts.low)) return null;
    return rangePair(NAME, ctx.text, parts);
  },
};
