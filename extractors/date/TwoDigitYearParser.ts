/**
 * `ngày 02/8/23`: a day with a two-digit year. The century is not printed, so this is an UnknownEntity,
 * never a guessed date.
 */
import type { DateEntity, UnknownEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { numberFind } from '../numbers/numberFind.js';
import { spanOf } from './dateEntity.js';
import { SP, WORD_START } from './dateWords.js';

const PATTERN = new RegExp(`(?<=${WORD_START}ngày${SP}{1,3})\\d{1,2}/\\d{1,2}/\\d{2}(?![0-9/])`, 'giu');
/** The match starts at the day, a number after `ngày` and blanks (a tab is not skipped by numberTokens). */
const AFTER_NGAY = { after: null, before: /[y\t]/iu };

export const TwoDigitYearParser: Extractor<DateEntity> = {
  name: 'TwoDigitYearParser',
  pattern: PATTERN,
  find: numberFind(PATTERN, AFTER_NGAY),
  extract(m): UnknownEntity {
    return { kind: 'unknown', ...spanOf(m), extractor: 'TwoDigitYearParser', reason: 'date with a two-digit year (century not printed)' };
  },
};
