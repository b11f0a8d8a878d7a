/**
 * `tháng 7/2023`, `tháng 11 năm 2023`, `Tháng 9-2023`, and a draft's `ngày tháng 8 năm 2023` → raw
 * `tháng 8 năm 2023`. The span includes `tháng`. Month 13 is kept with `valid: false`.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { numberFind } from '../numbers/numberFind.js';
import { monthDate, spanOf } from './dateEntity.js';
import { SP, WORD_START, WRAP, YEAR_END } from './dateWords.js';

const GROUP = { month: 1, year: 2 } as const;
const MONTH_YEAR_SEPARATOR = `(?:${SP}*/${SP}*|${WRAP}năm${WRAP}|-)`;

const PATTERN = new RegExp(`${WORD_START}tháng${WRAP}(\\d{1,2})${MONTH_YEAR_SEPARATOR}(\\d{4})${YEAR_END}`, 'giu');
/** Found from the month (a number after a blank): then `/`, `-`, `năm`, a tab or a line break; before it `tháng`. */
const AFTER_MONTH = /[/\-n\t\n]/iu;
/** Right before the month: the `g` of `tháng`, a tab or a line break (numberTokens skips other blanks). */
const AFTER_THANG = /[g\t\n]/iu;
const THANG = { chars: /[tháng\s]/iu, first: /t/iu, notAfter: /[\p{L}\p{N}]/u, required: true };

export const MonthParser: Extractor<DateEntity> = {
  name: 'MonthParser',
  pattern: PATTERN,
  find: numberFind(PATTERN, { after: AFTER_MONTH, before: AFTER_THANG, lead: THANG }),
  extract(m) {
    return monthDate(spanOf(m), Number(m[GROUP.year]), Number(m[GROUP.month]));
  },
};
