/**
 * `parseDateAt(text, index)`: the date that starts exactly at `index`, or null. `index` may point at
 * `ngày` (then `ngày 14 tháng 10 năm 2020`, `ngày 02/8/2023` → raw `02/8/2023` and a draft's
 * `ngày tháng 8 năm 2023` → raw `tháng 8 năm 2023` are all found) or at the date itself.
 * Used by the docref parser for the date that follows a document number.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { DayDottedParser } from './DayDottedParser.js';
import { DayNumericParser } from './DayNumericParser.js';
import { DaySpelledParser } from './DaySpelledParser.js';
import { MonthParser } from './MonthParser.js';
import { sticky } from './dateWords.js';

/** The forms a document's date takes; the longest one found at the position wins. */
const ANCHORED: ReadonlyArray<{ parser: Extractor<DateEntity>; re: RegExp }> = [
  DaySpelledParser, DayNumericParser, DayDottedParser, MonthParser,
].map((parser) => ({ parser, re: sticky(parser.pattern) }));

const NGAY = /ngày[^\S\n]+/iuy;

export function parseDateAt(text: string, index: number): DateEntity | null {
  const starts = [index];
  NGAY.lastIndex = index;
  const ngay = NGAY.exec(text);
  if (ngay) starts.push(index + ngay[0].length);
  let best: DateEntity | null = null;
  for (const at of starts) {
    for (const { parser, re } of ANCHORED) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      const found = parser.extract(m, { text, reportDate: null });
      if (found && !Array.isArray(found) && found.kind === 'date' && (!best || found.end > best.end)) best = found;
    }
  }
  return best;
}
