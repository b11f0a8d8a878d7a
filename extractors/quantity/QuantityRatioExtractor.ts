import type { Quantity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { HSPACE, NUMBER, NUMBER_START, WORD_END } from '../numbers/patterns.js';
import { parseNumber, toNumber } from '../numbers/parseNumber.js';
import { labelBefore } from '../numbers/labelBefore.js';
import { numberFind } from '../numbers/numberFind.js';
import { unknownEntity } from '../numbers/unknowns.js';
import { QUANTITY_UNIT, QUANTITY_UNIT_START, RATIO_EXCLUDED_UNITS, canonicalUnit } from './quantityUnits.js';
import { buildQuantity } from './buildQuantity.js';

const NAME = 'QuantityRatioExtractor';

/**
 * A part of a whole: `09/19 tiêu chí` (value 9, of_total 19), `46/128 thôn/bản`, `101/181 xã`.
 * Not a date (`tháng 7/2023`, `Quý 3/2023`: a label stands before), not a symbol (`06/2022/TT-BTTTT`: no
 * unit follows), not a fraction of a multiplier or duration (`1/2 lần`), not when the part exceeds the
 * whole (`21/4 ...`).
 */
const PATTERN = new RegExp(
  String.raw`${NUMBER_START}(?<num>${NUMBER})/(?<den>${NUMBER})${HSPACE}*(?<unit>${QUANTITY_UNIT})${WORD_END}`,
  'giud',
);
/** Found from the whole (after `/`, before the unit); before it the part and the slash. */
const WHOLE = {
  after: QUANTITY_UNIT_START,
  before: /\//u,
  lead: { chars: /[\d.,/]/u, first: /\d/u, notAfter: /[\p{L}\p{N}/]/u, required: true },
};

export const QuantityRatioExtractor: Extractor<Quantity> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, WHOLE),
  extract(match, ctx) {
    const g = match.groups!;
    if (labelBefore(ctx.text, match.index) !== null || RATIO_EXCLUDED_UNITS.has(canonicalUnit(g.unit))) return null;
    const end = match.index + match[0].length;
    const den = parseNumber(g.den);
    if (!den.ok) return unknownEntity(NAME, ctx.text, match.index, end, den.reason);
    const ofTotal = toNumber(den);
    const q = buildQuantity(NAME, ctx.text, { start: match.index, end, numberRaw: g.num, unitRaw: g.unit, ofTotal });
    if (q.kind !== 'quantity') return q;
    if (q.value > ofTotal) return null;
    return { ...q, number_raw: `${g.num}/${g.den}` };
  },
};
