import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { FOOTNOTE, HSPACE, NOT_COMPOSITE_TAIL, NUMBER, NUMBER_START, SCALE_START, WORD_END } from '../numbers/patterns.js';
import { numberFind } from '../numbers/numberFind.js';
import { buildAmount } from './buildAmount.js';
import { PER, perText } from './moneyUnits.js';
import { inMoneyContext, notMoneyAfter } from './moneyContext.js';

const NAME = 'BareMillionInMoneyContextExtractor';
/** `1 tỷ 200 triệu` without a currency word: parts of a composite, left unread. */
const NUMBER_AFTER = /^[^\S\n\t]+\d/u;
const BARE_SCALE = String.raw`(?:nghìn|ngàn|triệu)${HSPACE}+(?:tỷ|tỉ)|triệu|tỷ|tỉ`;

/**
 * `triệu`/`tỷ` without `đồng`, money only in a money context: `kinh phí 75 triệu`, `doanh thu trên 1 tỷ`
 * (`unit_stated: false`), also as a rate (`thu nhập dưới 40 triệu/tháng`). Not `75 triệu người`, not `4,3 tỷ USD`, not without money words before it.
 */
const PATTERN = new RegExp(
  String.raw`${NUMBER_START}${NOT_COMPOSITE_TAIL}(?<num>${NUMBER})${HSPACE}*(?<scale>${BARE_SCALE})${WORD_END}(?<per>${PER})?(?<fn>${FOOTNOTE})?`,
  'giud',
);

export const BareMillionInMoneyContextExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: SCALE_START }),
  extract(match, ctx) {
    const g = match.groups!;
    const [, scaleEnd] = match.indices!.groups!.scale!;
    if (NUMBER_AFTER.test(ctx.text.slice(scaleEnd, scaleEnd + 8))) return null;
    if (notMoneyAfter(ctx.text, scaleEnd) || !inMoneyContext(ctx.text, match.index)) return null;
    return buildAmount(NAME, ctx.text, {
      start: match.index,
      end: match.indices!.groups!.per?.[1] ?? scaleEnd,
      numberRaw: g.num,
      unitRaw: g.scale,
      unitStated: false,
      role: g.per !== undefined ? 'rate' : 'single',
      per: g.per !== undefined ? perText(g.per) : null,
      footnote: g.fn ?? null,
    });
  },
};
