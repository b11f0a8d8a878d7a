/**
 * `ngày 14 tháng 10 năm 2020` (also `NGÀY 05 THÁNG 01 NĂM 2020`, `ngày 14 tháng 10, năm 2020`), and the
 * same without `ngày` (`26 tháng 2 năm 2008` in a table); words may wrap across one line break. The span includes `ngày` when printed
 * (conventions). A draft's `ngày tháng 8 năm 2023` has no day: MonthParser takes it.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { anchoredFind } from '../numbers/anchoredFind.js';
import { dayDate, spanOf } from './dateEntity.js';
import { SP, WORD_START, WRAP, YEAR_END } from './dateWords.js';

const GROUP = { day: 1, month: 2, year: 3 } as const;

const PATTERN = new RegExp(
  `${WORD_START}(?:ngày${WRAP})?(\\d{1,2})${WRAP}tháng${WRAP}(\\d{1,2})${SP}*,?${WRAP}năm${WRAP}(\\d{4})${YEAR_END}`,
  'giu',
);
/** Found from the day and `tháng`; only `ngày` and blanks stand before the day. */
const DAY_THEN_THANG = new RegExp(`\\d{1,2}${WRAP}tháng`, 'giu');
const NGAY = { chars: /[ngày\s]/iu, first: /n/iu, notAfter: /[\p{L}\p{N}]/u };

export const DaySpelledParser: Extractor<DateEntity> = {
  name: 'DaySpelledParser',
  pattern: PATTERN,
  find: anchoredFind(PATTERN, DAY_THEN_THANG, NGAY),
  extract(m) {
    return dayDate(spanOf(m), Number(m[GROUP.year]), Number(m[GROUP.month]), Number(m[GROUP.day]));
  },
};
