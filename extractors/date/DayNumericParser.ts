/**
 * `02/8/2023`, `31/12/2019`, `ngày 21/4/2017` → raw `21/4/2017` (numeric forms exclude `ngày`).
 * Impossible dates (`31/02/2023`, `32/1/2023`, month 13) are kept with `valid: false`.
 * Not a date: `09/19 tiêu chí` (no year), `06/2022/TT-BTTTT` (two parts, then a symbol).
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { anchoredFind } from '../numbers/anchoredFind.js';
import { dayDate, spanOf } from './dateEntity.js';
import { YEAR_END } from './dateWords.js';

const GROUP = { day: 1, month: 2, year: 3 } as const;
/** Not glued to a word, a number, a slash, or a decimal/list mark after a digit (`1,2/3/2023`). */
const LEFT = '(?<![\\p{L}\\p{N}/]|\\p{N}[.,:])';

const PATTERN = new RegExp(`${LEFT}(\\d{1,2})/(\\d{1,2})/(\\d{4})${YEAR_END}`, 'gu');
/** The match starts at the day: found from the digits. */
const SLASHED_DIGITS = /\d{1,2}\/\d{1,2}\/\d{4}/g;

export const DayNumericParser: Extractor<DateEntity> = {
  name: 'DayNumericParser',
  pattern: PATTERN,
  find: anchoredFind(PATTERN, SLASHED_DIGITS),
  extract(m) {
    return dayDate(spanOf(m), Number(m[GROUP.year]), Number(m[GROUP.month]), Number(m[GROUP.day]));
  },
};
