import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { FOOTNOTE, HSPACE, NUMBER, NUMBER_START, SCALE, SCALE_START, WORD_END } from '../numbers/patterns.js';
import { numberFind } from '../numbers/numberFind.js';
import { parseNumber } from '../numbers/parseNumber.js';
import { scaleMultiplier } from '../numbers/scales.js';
import { unknownEntity } from '../numbers/unknowns.js';
import { CURRENCY, unitOf } from './moneyUnits.js';
import { currencyIsReal } from './currencyGuard.js';
import { amountOf } from './buildAmount.js';

const NAME = 'MoneyCompositeExtractor';
const PART = String.raw`${NUMBER}${HSPACE}*(?:${SCALE})${WORD_END}`;
const PART_READER = new RegExp(String.raw`(?<num>${NUMBER})${HSPACE}*(?<scale>${SCALE})?`, 'giu');

/**
 * One amount written in parts: `1 tỷ 200 triệu đồng` (role `composite`, value 1 200 000 000, precision of
 * the last part: ±500 000), `2 triệu 500 nghìn đồng`. Parts that do not make one amount are an
 * UnknownEntity, not a guess: scales that do not fall (`2 tỷ 3 tỷ đồng`), a part too large for its place
 * (`1 tỷ 2.000 triệu đồng`), a decimal part, a trailing plain number (`1 triệu 500 đồng`: 1 000 500 or,
 * as it is often meant, 1 500 000?). The single-unit extractors never read the tail of such a sequence.
 */
const PATTERN = new RegExp(
  String.raw`${NUMBER_START}(?<parts>${PART}(?:${HSPACE}+${PART})*(?<tail>${HSPACE}+${NUMBER})?)${HSPACE}*(?<cur>${CURRENCY})${WORD_END}(?<fn>${FOOTNOTE})?`,
  'giud',
);

export const MoneyCompositeExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: SCALE_START }),
  extract(match, ctx) {
    const g = match.groups!;
    const [, end] = match.indices!.groups!.cur!;
    const parts = [...g.parts.matchAll(PART_READER)];
    if (parts.length < 2) return null;
    const unknown = (reason: string) => unknownEntity(NAME, ctx.text, match.index, end, reason);
    if (g.tail !== undefined) return unknown('composite amount ending in a plain number is ambiguous');
    let value = 0n;
    let previous: bigint | null = null;
    for (const part of parts) {
      const num = parseNumber(part.groups!.num);
      const m = scaleMultiplier(part.groups!.scale ?? '');
      if (!num.ok || num.decimals > 0 || m === null) return unknown(`composite part not a whole number: ${part[0]}`);
      if (previous !== null && (m >= previous || num.digits * m >= previous)) return unknown('composite parts do not form one amount');
      value += num.digits * m;
      previous = m;
    }
    if (!currencyIsReal(ctx.text, g.cur, end, value)) return null;
    const precision = previous!;
    const half = precision / 2n;
    const last = parts[parts.length - 1];
    const unitStart = match.index + last.index + last[0].length - last.groups!.scale!.length;
    return amountOf(
      ctx.text,
      { start: match.index, end, numberRaw: g.parts, unitRaw: ctx.text.slice(unitStart, end), unitStated: true, role: 'composite', footnote: g.fn ?? null },
      { value, min: value - half, max: value + half },
      unitOf(precision),
      0,
    );
  },
};
