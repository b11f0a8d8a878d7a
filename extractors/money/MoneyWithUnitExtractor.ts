import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { FOOTNOTE, HSPACE, NOT_COMPOSITE_TAIL, NUMBER, NUMBER_START, WORD_END } from '../numbers/patterns.js';
import { parseNumber, wholePart } from '../numbers/parseNumber.js';
import { numberFind } from '../numbers/numberFind.js';
import { STATED_UNIT, STATED_UNIT_START } from './moneyUnits.js';
import { currencyIsReal } from './currencyGuard.js';
import { buildAmount } from './buildAmount.js';

/**
 * A number with a stated money unit: `21.342 triệu đồng`, `6.616.000.000 đồng`, `350.195 tỷ đồng³`,
 * `50.000đ`, `30 TRIỆU ĐỒNG`, `5 trđ`. The qualifier before it (`khoảng`) is read by buildAmount and stays
 * out of the span; a glued footnote marker goes to `footnote`.
 */
const NAME = 'MoneyWithUnitExtractor';

const PATTERN = new RegExp(
  String.raw`${NUMBER_START}${NOT_COMPOSITE_TAIL}(?<num>${NUMBER})${HSPACE}*(?<unit>${STATED_UNIT})${WORD_END}(?<fn>${FOOTNOTE})?`,
  'giud',
);

export const MoneyWithUnitExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: STATED_UNIT_START }),
  extract(match, ctx) {
    const g = match.groups!;
    const [, unitEnd] = match.indices!.groups!.unit!;
    const num = parseNumber(g.num);
    if (num.ok && !currencyIsReal(ctx.text, g.unit, unitEnd, wholePart(num))) return null;
    return buildAmount(NAME, ctx.text, {
      start: match.index,
      end: unitEnd,
      numberRaw: g.num,
      unitRaw: g.unit,
      unitStated: true,
      role: 'single',
      footnote: g.fn ?? null,
    });
  },
};
