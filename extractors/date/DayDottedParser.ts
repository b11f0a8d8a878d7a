/**
 * `ngày 02.8.2023`, `ngày 02-8-2023` → raw `02.8.2023`: dot and dash forms only right after `ngày`,
 * where they cannot be a decimal (`8.2`), money (`6.616.000`) or a code.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { anchoredFind } from '../numbers/anchoredFind.js';
import { dayDate, spanOf } from './dateEntity.js';
import { SP, WORD_START, YEAR_END } from './dateWords.js';

const GROUP = { day: 1, separator: 2, month: 3, year: 4 } as const;

const PATTERN = new RegExp(`(?<=${WORD_START}ngày${SP}{1,3})(\\d{1,2})([.-])(\\d{1,2})\\${GROUP.separator}(\\d{4})${YEAR_END}`, 'giu');
/** The match starts at the day: found from the digits (look-behinds tried at every position are slow). */
const DOTTED_DIGITS = /\d{1,2}[.-]\d{1,2}[.-]\d{4}/g;

export const DayDottedParser: Extractor<DateEntity> = {
  name: 'DayDottedParser',
  pattern: PATTERN,
  find: anchoredFind(PATTERN, DOTTED_DIGITS),
  extract(m) {
    return dayDate(spanOf(m), Number(m[GROUP.year]), Number(m[GROUP.month]), Number(m[GROUP.day]));
  },
};
