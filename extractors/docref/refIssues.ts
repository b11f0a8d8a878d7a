/**
 * Problems seen at extraction, as codes on the reference (`issues`):
 * - `type_code_mismatch`: the type name disagrees with the code (`Công văn số 311/QĐ-HĐND`);
 * - `year_mismatch`: a normative number's year ≠ the year of its date (`06/2022/TT-BTTTT ngày 30/6/2021`);
 * - `dated_after_report`: its date is after the report's own date, compared at the coarser precision
 *   of the two (a draft dated `tháng 8 năm 2023` is only compared by year and month);
 * - `homoglyph`: the symbol holds `Ð` (U+00D0) or a Cyrillic/Greek look-alike (folded in the key);
 * - `invalid_date`: its date does not exist (`31/02/2023`).
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { ReportDate } from '../types.js';
import { hasHomoglyph } from './homoglyphs.js';
import { CONG_VAN, typeOfName } from './typeCodes.js';

export const ISSUE = {
  typeCodeMismatch: 'type_code_mismatch',
  yearMismatch: 'year_mismatch',
  datedAfterReport: 'dated_after_report',
  homoglyph: 'homoglyph',
  invalidDate: 'invalid_date',
} as const;

/** True when the name and the code contradict each other; a missing name or code contradicts nothing. */
export function typeCodeMismatch(typeName: string | null, typeCode: string | null): boolean {
  const type = typeOfName(typeName);
  if (!type || typeCode === null) return false;
  return !type.codes.includes(typeCode);
}

/** Whether a reference without a name may take `typeName` from the list it continues. */
export function inheritable(typeName: string | null, typeCode: string | null): boolean {
  const type = typeOfName(typeName);
  if (!type) return false;
  return typeCode === null ? type.name === CONG_VAN : type.codes.includes(typeCode);
}

type Ymd = { year: number | null; month: number | null; day: number | null };

/** Later than the report, at the precision both dates state. */
export function isAfter(d: Ymd, report: ReportDate): boolean {
  const parts: (keyof Ymd)[] = ['year', 'month', 'day'];
  for (const p of parts) {
    const a = d[p];
    const b = report[p];
    if (a === null || b === null) return false;
    if (a !== b) return a > b;
  }
  return false;
}

export interface IssueInput {
  typeName: string | null;
  typeCode: string | null;
  symbolYear: number | null;
  symbol: string;
  date: DateEntity | null;
}

export function refIssues(r: IssueInput, reportDate: ReportDate | null): string[] {
  const issues: string[] = [];
  if (typeCodeMismatch(r.typeName, r.typeCode)) issues.push(ISSUE.typeCodeMismatch);
  if (r.date && r.symbolYear !== null && r.date.year !== null && r.date.year !== r.symbolYear) issues.push(ISSUE.yearMismatch);
  if (r.date?.valid && reportDate && isAfter(r.date, reportDate)) issues.push(ISSUE.datedAfterReport);
  if (hasHomoglyph(r.symbol)) issues.push(ISSUE.homoglyph);
  if (r.date && !r.date.valid) issues.push(ISSUE.invalidDate);
  return issues;
}
