import { execAll } from './execAll.js';
import { outermost } from './outermost.js';

/**
 * The period a budget figure is for: `năm 2023` → `2023`, `6 tháng đầu năm 2023` → `2023-H1`,
 * `giai đoạn 2021 - 2025` → `2021/2025`. Dates (`30/6/2023`) are not periods: a disbursement `đến ngày
 * 30/6/2023` is still of the year's funds.
 */
export interface PeriodHit {
  period: string;
  start: number;
  end: number;
}

const HALF = /6\s+tháng\s+(?<half>đầu|cuối)\s+năm\s+(?<year>\d{4})(?!\d)/giu;
const RANGE = /(?:giai\s+đoạn\s+)?(?<!\d)(?<from>(?:19|20)\d{2})\s*[-–—]\s*(?<to>(?:19|20)\d{2})(?!\d)/giu;
const YEAR = /(?<![\p{L}])năm\s+(?<year>(?:19|20)\d{2})(?![\d/])/giu;
const STAGE = /giai\s+đoạn/iu;

/** The period patterns, in the order their hits are listed: halves, ranges, years. */
export const PERIOD_PATTERNS: readonly [RegExp, RegExp, RegExp] = [HALF, RANGE, YEAR];

/**
 * Period mentions in `s`, in order, nested ones dropped. `ranges` false leaves out `2021 - 2025`
 * (in a section title it is the program's period, not the figure's).
 */
export function periodHits(s: string, ranges = true): PeriodHit[] {
  return periodHitsOf(execAll(HALF, s), ranges ? execAll(RANGE, s) : [], execAll(YEAR, s));
}

/** Period mentions from the matches of the three patterns (as `matchAll` gives them). */
export function periodHitsOf(halves: RegExpExecArray[], ranges: RegExpExecArray[], years: RegExpExecArray[]): PeriodHit[] {
  const out: PeriodHit[] = [];
  for (const m of halves) out.push({ period: `${m.groups!.year}-${/đầu/iu.test(m.groups!.half) ? 'H1' : 'H2'}`, start: m.index, end: m.index + m[0].length });
  for (const m of ranges) {
    const { from, to } = m.groups!;
    if (Number(to) <= Number(from)) continue;
    out.push({ period: `${from}/${to}`, start: m.index, end: m.index + m[0].length });
  }
  for (const m of years) out.push({ period: m.groups!.year, start: m.index, end: m.index + m[0].length });
  return outermost(out);
}

/** A section title's period: `năm YYYY` or `6 tháng đầu năm YYYY`, never a `giai đoạn` range. */
export function titlePeriod(title: string): string | null {
  return titlePeriodOf(title, periodHits(title, false));
}

/** `titlePeriod` of a title whose period hits without ranges are known. */
export function titlePeriodOf(title: string, hits: PeriodHit[]): string | null {
  const hit = hits[0];
  if (!hit) return null;
  // `giai đoạn 2021 - 2025 ... năm 2023` in a title: the year is what the section is about
  return STAGE.test(title.slice(Math.max(0, hit.start - 12), hit.start)) ? null : hit.period;
}
