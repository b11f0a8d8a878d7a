import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { HSPACE } from '../numbers/patterns.js';
import { numberFind } from '../numbers/numberFind.js';
import { rangeParts, rangeSource } from './rangeMatch.js';
import { rangePair } from './rangePair.js';

const NAME = 'MoneyRangeExtractor';
/** `từ … đến …`, `từ … tới …`, `từ … - …`. */
const SEPARATOR = String.raw`(?:${HSPACE}+(?:đến|tới)${HSPACE}+|${HSPACE}*[-–]${HSPACE}*)`;
const PATTERN = new RegExp(String.raw`(?<![\p{L}])từ${HSPACE}+` + rangeSource(SEPARATOR), 'giud');
/** What follows the low number: its unit or scale (`n`, `t`, `đ`, `v`), its denominator (`/`), `đến`, `tới`, a dash. */
const AFTER_LOW = /[ntđv/\-–]/iu;
const TU = { chars: /[từ]|[^\S\n\t]/iu, first: /t/iu, notAfter: /\p{L}/u, required: true };

/**
 * A range opened by `từ`: `từ 2 đến 3 tỷ đồng` → `2` (range_low, unit inferred) and `3 tỷ đồng`
 * (range_high); `từ 8.000.000 đồng đến 10.000.000 đồng`; `từ 15.000 đồng/con đến 30.000 đồng/con`.
 * `từ` itself stays out of both spans.
 */
export const MoneyRangeExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: PATTERN,
  /** Found from the low number (after a blank: a whole number); before it `từ`. */
  find: numberFind(PATTERN, { after: AFTER_LOW, before: /ừ/iu, lead: TU }),
  extract(match, ctx) {
    return rangePair(NAME, ctx.text, rangeParts(match));
  },
};
