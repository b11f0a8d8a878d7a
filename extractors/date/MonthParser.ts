/**
 * `tháng 7/2023`, `tháng 11 năm 2023`, `Tháng 9-2023`, and a draft's `ngày tháng 8 năm 2023` → raw
 * `tháng 8 năm 2023`. The span includes `tháng`. Month 13 is kept with `valid: false`.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { monthDate, spanOf } from './dateEntity.js';
import { SP, WORD_START, WRAP, YEAR_END } from './dateWords.js';

const GROUP = { month: 1, year: 2 } as const;
const MONTH_YEAR_SEPARATOR = `(?:${SP}*/${SP}*|${WRAP}năm${WRAP}|-)`;

export const MonthParser: Extractor<DateEntity> = {
  name: 'MonthParser',
  pattern: new RegExp(`${WORD_START}tháng${WRAP}(\\d{1,2})${MONTH_YEAR_SEPARATOR}(\\d{4})${YEAR_END}`, 'giu'),
  extract(m) {
    return monthDate(spanOf(m), Number(m[GROUP.year]), Number(m[GROUP.month]));
  },
};
