import type { Quantity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { HSPACE, NUMBER, NUMBER_START, WORD_END } from '../numbers/patterns.js';
import { labelBefore } from '../numbers/labelBefore.js';
import { numberFind } from '../numbers/numberFind.js';
import { MEASURE_UNITS, NAME_HEAD_UNITS, QUANTITY_UNIT, QUANTITY_UNIT_START, canonicalUnit } from './quantityUnits.js';
import { isBareYear, isDatePart } from './dateGuard.js';
import { buildQuantity } from './buildQuantity.js';

const NAME = 'QuantityWithUnitExtractor';
const COUNT_SCALE = String.raw`nghìn|ngàn|triệu|tỷ|tỉ`;
/** What follows the number: a count scale (`n`, `t`) or a unit noun. */
const AFTER_NUMBER = new RegExp(`[nt${QUANTITY_UNIT_START.source.slice(1, -1)}]`, 'iu');

/**
 * A number and a unit noun: `840 người`, `1.886 lượt người`, `8.310,09 km²`, `343.198,69m2`, `03 năm`,
 * `75 triệu người`. Not a label's number (`Dự án 6`, `tiêu chí số 8`, `lớp 10 tỉnh`), not a date part
 * (`14 tháng 10`, `10 năm 2020`, `6 tháng đầu năm`), not a bare year (`2021 - 2025 tỉnh`), not the head of a
 * name (`10 Tỉnh Kon Tum`, `196 Bộ luật`). A malformed number (`102,924,5 ha`) is an unknown.
 */
const PATTERN = new RegExp(
  String.raw`${NUMBER_START}(?<num>${NUMBER})${HSPACE}*(?:(?<scale>${COUNT_SCALE})${HSPACE}+)?(?<unit>${QUANTITY_UNIT})${WORD_END}`,
  'giud',
);

export const QuantityWithUnitExtractor: Extractor<Quantity> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: AFTER_NUMBER }),
  extract(match, ctx) {
    const g = match.groups!;
    const end = match.index + match[0].length;
    const unit = canonicalUnit(g.unit);
    if (labelBefore(ctx.text, match.index) !== null || isDatePart(unit, ctx.text, end)) return null;
    if (isBareYear(g.num) && !MEASURE_UNITS.has(unit)) return null;
    if (NAME_HEAD_UNITS.has(unit) && /^\p{Lu}/u.test(g.unit)) return null;
    return buildQuantity(NAME, ctx.text, { start: match.index, end, numberRaw: g.num, scaleRaw: g.scale, unitRaw: g.unit });
  },
};
