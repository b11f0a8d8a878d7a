/**
 * Reporting periods: quarters, half-years and years, drawn one after another without overlap, so no two
 * periods end on the same day (a figure "to the end of 30/6/2023" is stated by one period only).
 */
import type { Rng } from './prng.js';
import { daysInMonth, type Ymd } from './format.js';

export type PeriodKind = 'quarter' | 'half' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** First and last month (1..12). */
  fromMonth: number;
  toMonth: number;
  /** `Quý 2/2023`, `6 tháng đầu năm 2023`, `năm 2023`. */
  label: string;
  /** Folder name: `2023-q2`, `2023-h1`, `2023-nam`. */
  slug: string;
  /** The last day of the period: figures are cumulative from 1 January to this day. */
  end: Ymd;
}

/** Reports start in 2023, or in 2022 when there are many periods, so most stay within 2021 - 2025. */
export const FIRST_YEAR = 2023;
const EARLY_FIRST_YEAR = 2022;
const MANY_PERIODS = 8;
/** The first year with program money: report tables show a column for each year from it. */
export const PROGRAM_FIRST_YEAR = 2022;
const QUARTER_MONTHS = 3;
const HALF_MONTHS = 6;

function period(kind: PeriodKind, year: number, fromMonth: number): Period {
  const toMonth = fromMonth + (kind === 'quarter' ? QUARTER_MONTHS : kind === 'half' ? HALF_MONTHS : 12) - 1;
  const end = { y: year, m: toMonth, d: daysInMonth(year, toMonth) };
  if (kind === 'year') return { kind, year, fromMonth, toMonth, label: `năm ${year}`, slug: `${year}-nam`, end };
  if (kind === 'half') {
    const first = fromMonth === 1;
    return {
      kind, year, fromMonth, toMonth, end,
      label: `6 tháng ${first ? 'đầu' : 'cuối'} năm ${year}`,
      slug: `${year}-h${first ? 1 : 2}`,
    };
  }
  const q = (fromMonth - 1) / QUARTER_MONTHS + 1;
  return { kind, year, fromMonth, toMonth, end, label: `Quý ${q}/${year}`, slug: `${year}-q${q}` };
}

/** `count` consecutive periods from January of the first year. */
export function makePeriods(count: number, rng: Rng): Period[] {
  const out: Period[] = [];
  let year = count > MANY_PERIODS ? EARLY_FIRST_YEAR : FIRST_YEAR;
  let month = 1;
  while (out.length < count) {
    const kinds: PeriodKind[] = ['quarter', 'quarter'];
    if (month === 1 || month === 7) kinds.push('half', 'half');
    if (month === 1) kinds.push('year');
    const p = period(rng.pick(kinds), year, month);
    out.push(p);
    month = p.toMonth + 1;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

/** The years whose columns a report of this period shows: from PROGRAM_FIRST_YEAR to its own year. */
export function reportYears(p: Period): number[] {
  const years: number[] = [];
  for (let y = PROGRAM_FIRST_YEAR; y <= p.year; y++) years.push(y);
  return years;
}
