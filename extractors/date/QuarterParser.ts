/**
 * `Quý 3/2023`, `quý III/2023`, `Quý I năm 2024`, `QUÝ IV/2023` → iso `2023-Q3`. The span includes `Quý`.
 * A quarter outside 1–4 (`Quý 5/2023`) is kept with `valid: false`.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { numberFind } from '../numbers/numberFind.js';
import { quarterDate, spanOf } from './dateEntity.js';
import { ROMAN_QUARTERS, SP, WORD_START, YEAR_END } from './dateWords.js';

const GROUP = { quarter: 1, year: 2 } as const;
const QUARTER = '(IV|I{1,3}|\\d{1,2})';
const QUARTER_YEAR_SEPARATOR = `(?:${SP}*/${SP}*|${SP}+năm${SP}+)`;

const PATTERN = new RegExp(`${WORD_START}quý${SP}+${QUARTER}${QUARTER_YEAR_SEPARATOR}(\\d{4})${YEAR_END}`, 'giu');
/** Found from the year (after `/`, `năm` or a tab); before it `quý`, the quarter and the separator. */
const YEAR = {
  after: null,
  before: /[/m\t]/iu,
  lead: { chars: /[quýiv\d/năm\s]/iu, first: /q/iu, notAfter: /[\p{L}\p{N}]/u, required: true },
};

export const QuarterParser: Extractor<DateEntity> = {
  name: 'QuarterParser',
  pattern: PATTERN,
  find: numberFind(PATTERN, YEAR),
  extract(m) {
    const q = m[GROUP.quarter].toUpperCase();
    const quarter = ROMAN_QUARTERS[q] ?? Number(q);
    return quarterDate(spanOf(m), Number(m[GROUP.year]), quarter);
  },
};
