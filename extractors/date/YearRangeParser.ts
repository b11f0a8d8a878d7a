/**
 * `2021 - 2025`, `2016-2020`, `2021 -2025`, `2021–2025` → range `2021/2025`. The span is the two years and
 * the dash only (`giai đoạn` and `từ năm` stay outside). The second year must follow the first within
 * MAX_RANGE_YEARS; `0243-8234` or `2025-2021` are not ranges.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { numberFind } from '../numbers/numberFind.js';
import { rangeDate, spanOf } from './dateEntity.js';
import { DASHES, MAX_RANGE_YEARS, MAX_YEAR, MIN_YEAR, SP, YEAR_END } from './dateWords.js';

const GROUP = { from: 1, to: 2 } as const;
/** Not the tail of a date (`19/10/2022 - 2023`), a decimal, a code (`QĐ-2021`) or a longer chain. */
const LEFT = '(?<![\\p{L}\\p{N}/.,:\\-–—])';
const NOT_CHAINED = `(?!${SP}*${DASHES}${SP}*[0-9])`;

const PATTERN = new RegExp(`${LEFT}(\\d{4})${SP}*${DASHES}${SP}*(\\d{4})${YEAR_END}${NOT_CHAINED}`, 'gu');
/** After the first year: a dash, or a tab before it (numberFind skips only horizontal space that is not a tab). */
const DASH_OR_TAB = new RegExp(`${DASHES}|\\t`, 'u');

export const YearRangeParser: Extractor<DateEntity> = {
  name: 'YearRangeParser',
  pattern: PATTERN,
  /** LEFT rules out a digit after a digit, `.` or `,`: the first year is a whole printed number (numberFind). */
  find: numberFind(PATTERN, { after: DASH_OR_TAB }),
  extract(m) {
    const from = Number(m[GROUP.from]);
    const to = Number(m[GROUP.to]);
    if (from < MIN_YEAR || to > MAX_YEAR || to <= from || to - from > MAX_RANGE_YEARS) return null;
    return rangeDate(spanOf(m), from, to);
  },
};
