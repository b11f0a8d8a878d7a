import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { FOOTNOTE, HSPACE, NOT_COMPOSITE_TAIL, NUMBER, NUMBER_START, WORD_END } from '../numbers/patterns.js';
import { parseNumber, wholePart } from '../numbers/parseNumber.js';
import { numberFind } from '../numbers/numberFind.js';
import { PER, STATED_UNIT, STATED_UNIT_START, perText } from './moneyUnits.js';
import { currencyIsReal } from './currencyGuard.js';
import { buildAmount } from './buildAmount.js';

/**
 * An amount per something: `80 triệu đồng/người/năm` (per `người/năm`), `100.000 đồng/người dân`,
 * `600.000 đồng/ giải`. The denominator is part of the span and goes to `per`.
 */
const NAME = 'MoneyRateExtractor';

const PATTERN = new RegExp(
  String.raw`${NUMBER_START}${NOT_COMPOSITE_TAIL}(?<num>${NUMBER})${HSPACE}*(?<unit>${STATED_UNIT})${WORD_END}(?<per>${PER})(?<fn>${FOOTNOTE})?`,
  'giud',
);

export const MoneyRateExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: STATED_UNIT_START }),
  extract(match, ctx) {
    const g = match.groups!;
    const [, unitEnd] = match.indices!.groups!.unit!;
    const [, perEnd] = match.indices!.groups!.per!;
    const num = parseNumber(g.num);
    if (num.ok && !currencyIsReal(ctx.text, g.unit, unitEnd, wholePart(num))) return null;
    return buildAmount(NAME, ctx.text, {
      start: match.index,
      end: perEnd,
      numberRaw: g.num,
      unitRaw: g.unit,
      unitStated: true,
      role: 'rate',
      per: perText(g.per),
      footnote: g.fn ?? null,
    });
  },
};
