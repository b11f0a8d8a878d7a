import type { Percent } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { HSPACE, NUMBER, NUMBER_START } from '../numbers/patterns.js';
import { parseNumber, toNumber } from '../numbers/parseNumber.js';
import { unknownEntity } from '../numbers/unknowns.js';
import { numberFind } from '../numbers/numberFind.js';

const NAME = 'PercentExtractor';

/**
 * A percentage: `26,22%` (value 26.22, decimals 2), `100%`, `91,3 %`. The printed decimals are kept for
 * the check that a computed ratio rounds to it. A malformed number is an UnknownEntity.
 */
const PATTERN = new RegExp(String.raw`${NUMBER_START}(?<num>${NUMBER})${HSPACE}*%`, 'gu');
const PERCENT_SIGN = /%/u;

export const PercentExtractor: Extractor<Percent> = {
  name: NAME,
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: PERCENT_SIGN }),
  extract(match, ctx) {
    const raw = match.groups!.num;
    const end = match.index + match[0].length;
    const num = parseNumber(raw);
    if (!num.ok) return unknownEntity(NAME, ctx.text, match.index, end, num.reason);
    return {
      kind: 'percent',
      start: match.index,
      end,
      raw: match[0],
      value: toNumber(num),
      number_raw: raw,
      decimals: num.decimals,
    };
  },
};
