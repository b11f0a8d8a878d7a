/**
 * `ngày 02/8/23`: a day with a two-digit year. The century is not printed, so this is an UnknownEntity,
 * never a guessed date.
 */
import type { DateEntity, UnknownEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { spanOf } from './dateEntity.js';
import { SP, WORD_START } from './dateWords.js';

export const TwoDigitYearParser: Extractor<DateEntity> = {
  name: 'TwoDigitYearParser',
  pattern: new RegExp(`(?<=${WORD_START}ngày${SP}{1,3})\\d{1,2}/\\d{1,2}/\\d{2}(?![0-9/])`, 'giu'),
  extract(m): UnknownEntity {
    return { kind: 'unknown', ...spanOf(m), extractor: 'TwoDigitYearParser', reason: 'date with a two-digit year (century not printed)' };
  },
};
