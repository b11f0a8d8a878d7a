/**
 * Duration units that are date parts when a number follows: `14 tháng 10`, `10 năm 2020`, `8 giờ 30`,
 * and the half-year `6 tháng đầu năm` (a date, not a duration of six months).
 */
const DATE_PART_UNITS = new Set(['năm', 'tháng', 'ngày', 'giờ', 'tuần']);
const NUMBER_FOLLOWS = /^[^\S\n\t]*\d/u;
const HALF_YEAR = /^[^\S\n\t]+(?:đầu|cuối)[^\S\n\t]+năm(?![\p{L}])/iu;

/** Whether `<number> <unit>` ending at `end` is part of a date or time rather than a quantity. */
export function isDatePart(unit: string, text: string, end: number): boolean {
  if (!DATE_PART_UNITS.has(unit)) return false;
  const after = text.slice(end, end + 16);
  return NUMBER_FOLLOWS.test(after) || (unit === 'tháng' && HALF_YEAR.test(after));
}

/** A four-digit 19xx/20xx number, printed without a thousands dot. */
const YEAR = /^(?:19|20)\d{2}$/u;

/** An unseparated 19xx/20xx before a count noun is a year (`2 9 2025 người lao động`): official counts print `2.025`. */
export function isBareYear(numberRaw: string): boolean {
  return YEAR.test(numberRaw);
}
