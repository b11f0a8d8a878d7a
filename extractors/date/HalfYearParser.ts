/**
 * `6 tháng đầu năm 2023` → `2023-H1`, `6 tháng cuối năm 2023` → `2023-H2` (also `06`, `sáu`).
 * The whole phrase is the span. Without a year (`6 tháng đầu năm,`) nothing is inferred.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { numberFind } from '../numbers/numberFind.js';
import { halfYearDate, spanOf } from './dateEntity.js';
import { SP, WORD_START, YEAR_END } from './dateWords.js';

const GROUP = { part: 2, year: 3 } as const;
const FIRST_HALF = 'đầu';

const PATTERN = new RegExp(`${WORD_START}(0?6|sáu)${SP}+tháng${SP}+(đầu|cuối)${SP}+năm${SP}+(\\d{4})${YEAR_END}`, 'giu');
/** Found from the year (after `năm` or a tab); before it `6`/`06`/`sáu tháng đầu`/`cuối năm`. */
const YEAR = {
  after: null,
  before: /[m\t]/iu,
  lead: { chars: /[06sáuthngđầcốiăm\s]/iu, first: /[06s]/iu, notAfter: /[\p{L}\p{N}]/u, required: true },
};

export const HalfYearParser: Extractor<DateEntity> = {
  name: 'HalfYearParser',
  pattern: PATTERN,
  find: numberFind(PATTERN, YEAR),
  extract(m) {
    const half = m[GROUP.part].toLowerCase() === FIRST_HALF ? 1 : 2;
    return halfYearDate(spanOf(m), Number(m[GROUP.year]), half);
  },
};
