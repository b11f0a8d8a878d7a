import { basename } from 'node:path';
import type { CheckId, Evidence } from '../../schemas/flags.js';
import { viDate, viNumber } from '../checks/types.js';
import type { ReportData, ReportDocument, ReportFlag, Severity } from './loadReport.js';

/** Stage (pure): the Vietnamese words and figures every report format shows the same way. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

/** What each check finds, for a clerk; a check missing here is shown by its id. */
export const CHECK_LABELS: Partial<Record<CheckId, string>> = {
  sum_mismatch: 'Tổng không bằng các thành phần',
  percent_mismatch: 'Tỷ lệ phần trăm không đúng',
  table_total_mismatch: 'Dòng hoặc cột tổng của bảng không khớp',
  text_table_mismatch: 'Số liệu trong văn bản khác số liệu trong bảng',
  self_reference_mismatch: 'Phụ lục ghi sai số hoặc ngày của báo cáo',
  doc_type_code_mismatch: 'Tên loại văn bản không khớp mã loại trong số ký hiệu',
  docref_conflict: 'Cùng một văn bản được trích dẫn với số ký hiệu khác nhau',
  cross_report_value_conflict: 'Cùng số liệu nhưng nội dung khác nhau giữa các báo cáo',
  aggregate_mismatch: 'Số tổng hợp không khớp số của các báo cáo thành phần',
  date_invalid: 'Ngày không hợp lệ',
};

export function checkLabel(id: string): string {
  return CHECK_LABELS[id as CheckId] ?? id;
}

/** A decimal number the Vietnamese way, with the decimals it has (at most 6): `95.8` → `95,8`, `1886` → `1.886`. */
export function viDecimal(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return viNumber(n);
  const decimals = Math.min(6, (String(n).split('.')[1] ?? '').replace(/e.*$/u, '').length || 6);
  return viNumber(n, decimals).replace(/(,\d*?)0+$/u, '$1').replace(/,$/u, '');
}

/** Whole đồng as millions, exactly: `6616000000` → `6.616`, `1961334000` → `1.961,334`. */
function millions(dong: bigint): string {
  const neg = dong < 0n;
  const abs = neg ? -dong : dong;
  const whole = abs / 1_000_000n;
  const frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/u, '');
  return `${neg ? '-' : ''}${viNumber(whole)}${frac ? ',' + frac : ''}`;
}

/**
 * A stated or computed value with its unit: đồng as `6.616.000.000 đồng (6.616 triệu đồng)`, percentages with
 * their decimals (`59,27%`), counts grouped (`1.886`); a value without unit (a document number) as printed.
 */
export function showValue(v: number | null, unit: string | null): string {
  if (v === null) return '';
  switch (unit) {
    case 'dong': {
      if (!Number.isInteger(v) || !Number.isSafeInteger(v)) return `${viDecimal(v)} đồng`;
      const d = BigInt(v);
      const abs = d < 0n ? -d : d;
      return abs >= 1_000_000n ? `${viNumber(d)} đồng (${millions(d)} triệu đồng)` : `${viNumber(d)} đồng`;
    }
    case 'percent': return `${viDecimal(v)}%`;
    case 'count': return viDecimal(v);
    default: return Number.isInteger(v) ? String(v) : viDecimal(v);
  }
}

/** The unit column in words. */
export function unitLabel(unit: string | null): string {
  return unit === 'dong' ? 'đồng' : unit === 'percent' ? 'phần trăm' : unit === 'count' ? 'số đếm' : '';
}

/** `Số 2049/BC-UBND`, `Số …/BC-UBND (dự thảo)`, or null when the header gives neither number nor symbol. */
export function numberLabel(d: ReportDocument): string | null {
  if (d.number === null && !d.symbol) return null;
  return d.number === null ? `Số …/${d.symbol} (chưa có số)` : `Số ${d.number}${d.symbol ? '/' + d.symbol : ''}`;
}

/** `14/10/2020`, `tháng 8/2023` for a draft, or null. */
export function dateLabel(d: ReportDocument): string | null {
  if (d.issued_on) return viDate(d.issued_on.slice(0, 10));
  if (d.issued_year !== null) return d.issued_month !== null ? `tháng ${d.issued_month}/${d.issued_year}` : `năm ${d.issued_year}`;
  return null;
}

/** The issuing body as printed, else the issuer code of the symbol, said to be one. */
export function issuerLabel(d: ReportDocument): string | null {
  return d.issuer_name ?? (d.issuer_code ? `${d.issuer_code} (mã trong số ký hiệu)` : null);
}

/** The file name, or the doc id when the document row is gone. */
export function docName(d: ReportDocument): string {
  return d.path ? basename(d.path) : `văn bản ${d.doc_id}`;
}

/** `BÁO CÁO Số 2049/BC-UBND ngày 14/10/2020 của UBND HUYỆN BÌNH GIA` from what the header gives. */
export function docHeadline(d: ReportDocument): string {
  const parts = [d.doc_type_name, numberLabel(d)].filter(Boolean);
  const date = dateLabel(d);
  if (date) parts.push(d.issued_on ? `ngày ${date}` : date);
  if (d.issuer_name) parts.push(`của ${d.issuer_name}`);
  return parts.join(' ') || 'Không rõ số, ký hiệu';
}

/** `tr. 3, ký tự 8399–8406` (page only for PDF). */
export function whereLabel(e: Evidence): string {
  return `${e.page !== null ? `tr. ${e.page}, ` : ''}ký tự ${e.start}–${e.end}`;
}

/** The flags of every group, in report order. */
export function allFlags(data: ReportData): ReportFlag[] {
  return data.groups.flatMap((g) => g.flags);
}

export function countsLine(data: ReportData): string {
  const n = allFlags(data).length;
  const c = data.counts;
  return `${n} cờ: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin; ${data.groups.length} văn bản có cờ`;
}

/** Characters XML (xlsx, html) cannot carry, except tab and line breaks. */
export function stripControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '');
}
