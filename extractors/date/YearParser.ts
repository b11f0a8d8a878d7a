/**
 * `năm 2022`, `Năm 2020`, `NĂM 2024` → year. The span includes `năm`.
 * A bare 4-digit year (not after `năm`, not in a range) is not a date; `năm 2016-2020` is left to
 * YearRangeParser.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { numberFind } from '../numbers/numberFind.js';
import { spanOf, yearDate } from './dateEntity.js';
import { DASHES, MAX_YEAR, MIN_YEAR, SP, WORD_START, YEAR_END } from './dateWords.js';

const GROUP = { year: 1 } as const;
const NOT_A_RANGE = `(?!${SP}*${DASHES}${SP}*\\d{4})`;

const PATTERN = new RegExp(`${WORD_START}năm${SP}+(\\d{4})${YEAR_END}${NOT_A_RANGE}`, 'giu');
/** Found from the year (a number after a blank, all of it: YEAR_END); before it `năm`. */
/** Right before the year: the `m` of `năm`, or a tab (numberTokens skips other blanks). */
const AFTER_NAM = /[m\t]/iu;
const NAM = { chars: /[năm\s]/iu, first: /n/iu, notAfter: /[\p{L}\p{N}]/u, required: true };

export const YearParser: Extractor<DateEntity> = {
  name: 'YearParser',
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: null, before: AFTER_NAM, lead: NAM }),
  extract(m) {
    const year = Number(m[GROUP.year]);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    return yearDate(spanOf(m), year);
  },
};
