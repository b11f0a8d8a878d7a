import type { Amount } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { HSPACE, WORD_END } from '../numbers/patterns.js';
import { parseNumberWords } from '../numbers/numberWords.js';
import { unknownEntity } from '../numbers/unknowns.js';
import { amountOf } from './buildAmount.js';
import { inWordsFind } from './inWordsFind.js';

const NAME = 'MoneyInWordsExtractor';
/** At most this many words between `Bằng chữ:` and the currency word. */
const MAX_WORDS = 40;
const WORDS = String.raw`(?<words>(?:\p{L}+${HSPACE}*,?${HSPACE}*){1,${MAX_WORDS}}?)`;
const PATTERN = new RegExp(String.raw`bằng${HSPACE}+chữ${HSPACE}*:${HSPACE}*${WORDS}(?<cur>đồng|vnđ|vnd)${WORD_END}`, 'giud');

/**
 * An amount in words after `Bằng chữ:`: `Hai tỷ ba trăm triệu đồng` → 2 300 000 000 (role `words`).
 * Emitted even when digits precede it (`2.300.000.000 đồng (Bằng chữ: ...)`) so a check can compare the
 * two. Words state the amount to the đồng: the interval is [value; value]. Words that do not form a
 * number become an UnknownEntity.
 */
export const MoneyInWordsExtractor: Extractor<Amount> = {
  name: NAME,
  pattern: PATTERN,
  /** The pattern's match without its backtracking (inWordsFind): words that reach no currency are not split every way. */
  find: inWordsFind(PATTERN, WORDS, MAX_WORDS),
  extract(match, ctx) {
    const g = match.groups!;
    const [start] = match.indices!.groups!.words!;
    const [curStart, end] = match.indices!.groups!.cur!;
    const value = parseNumberWords(g.words);
    if (value === null) return unknownEntity(NAME, ctx.text, start, end, 'amount in words that do not form a number');
    return amountOf(
      ctx.text,
      { start, end, numberRaw: ctx.text.slice(start, curStart).trim(), unitRaw: g.cur, unitStated: true, role: 'words' },
      { value, min: value, max: value },
      'dong',
      0,
    );
  },
};
