/**
 * Dates (domain.md §3, conventions "Dates"): the parsers in order, then the refiners.
 * Precision day / month / quarter / half_year / year / range; impossible dates kept with `valid: false`.
 */
import type { DateEntity, UnknownEntity } from '../../schemas/entities.js';
import { removeOverlaps, runExtractors, type ExtractContext, type Extractor, type Refiner } from '../types.js';
import { DayDottedParser } from './DayDottedParser.js';
import { DayNumericParser } from './DayNumericParser.js';
import { DaySpelledParser } from './DaySpelledParser.js';
import { HalfYearParser } from './HalfYearParser.js';
import { MonthParser } from './MonthParser.js';
import { NotInsideDocSymbolRefiner } from './NotInsideDocSymbolRefiner.js';
import { QuarterParser } from './QuarterParser.js';
import { TwoDigitYearParser } from './TwoDigitYearParser.js';
import { YearParser } from './YearParser.js';
import { YearRangeParser } from './YearRangeParser.js';

export { parseDateAt } from './parseDateAt.js';

/** Most specific first: on an overlap of equal length the earlier parser wins. */
export const DATE_PARSERS: readonly Extractor<DateEntity>[] = [
  DaySpelledParser,
  DayNumericParser,
  DayDottedParser,
  HalfYearParser,
  QuarterParser,
  MonthParser,
  YearRangeParser,
  YearParser,
  TwoDigitYearParser,
];

export const DATE_REFINERS: readonly Refiner<DateEntity>[] = [NotInsideDocSymbolRefiner, (dates) => removeOverlaps(dates)];

export function extractDates(ctx: ExtractContext): { entities: DateEntity[]; unknowns: UnknownEntity[] } {
  return runExtractors(DATE_PARSERS, DATE_REFINERS, ctx);
}
