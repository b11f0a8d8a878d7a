/**
 * `ngày 02.8.2023`, `ngày 02-8-2023` → raw `02.8.2023`: dot and dash forms only right after `ngày`,
 * where they cannot be a decimal (`8.2`), money (`6.616.000`) or a code.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { numberFind } from '../numbers/numberFind.js';
import { dayDate, spanOf } from './dateEntity.js';
import { SP, WORD_START, YEAR_END } from './dateWords.js';

const GROUP = { day: 1, separator: 2, month: 3, year: 4 } as const;

const PATTERN = new RegExp(`(?<=${WORD_START}ngày${SP}{1,3})(\\d{1,2})([.-])(\\d{1,2})\\${GROUP.separator}(\\d{4})${YEAR_END}`, 'giu');
/** The match starts at the day, a number after `ngày` and blanks (a tab is not skipped by numberTokens). */
const AFTER_NGAY = { after: null, before: /[y\t]/iu };

export const DayDottedParser: Extractor<DateEntity> = {
  name: 'DayDottedParser',
  pattern: PATTERN,
  find: numberFind(PATTERN, AFTER_NGAY),
  extract(m) {
    return dayDate(spanOf(m), Number(m[GROUP.year]), Number(m[GROUP.month]), Number(m[GROUP.day]));
  },
};
