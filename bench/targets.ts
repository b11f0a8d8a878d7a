/**
 * Issue 5's targets. Each is checked against one measured value; `null` means not measured (and says why).
 * Times are ratios against a baseline measured in the same run, so a busy machine skews both sides alike.
 */
export type TargetId =
  | 'pdf_ratio' | 'docx_ratio' | 'txt_mb_per_s' | 'appender_rows_per_s' | 'check_seconds'
  | 'per_doc_ratio' | 'jobs_speedup' | 'peak_rss_mb' | 'recall' | 'precision';

export interface Target {
  id: TargetId;
  what: string;
  op: '<=' | '>=' | '<';
  limit: number;
  unit: string;
}

export const TARGETS: readonly Target[] = [
  { id: 'pdf_ratio', what: 'PDF: `doisoat ingest` time ÷ `pdftotext -layout` time', op: '<=', limit: 2, unit: '×' },
  { id: 'docx_ratio', what: 'docx: `doisoat ingest` time ÷ mammoth `convertToHtml` time', op: '<=', limit: 2, unit: '×' },
  { id: 'txt_mb_per_s', what: 'txt: read + every extractor (`readTxt` → `buildDocument`), one thread', op: '>=', limit: 20, unit: 'MB/s' },
  { id: 'appender_rows_per_s', what: 'DuckDB load through the writer (`appendRows` in one transaction)', op: '>=', limit: 1_000_000, unit: 'rows/s' },
  { id: 'check_seconds', what: '`doisoat check` on the large corpus', op: '<', limit: 10, unit: 's' },
  { id: 'per_doc_ratio', what: 'txt ingest cost per document, large ÷ small corpus', op: '<=', limit: 1.2, unit: '×' },
  { id: 'jobs_speedup', what: 'txt ingest `--jobs 1` time ÷ `--jobs 2` time', op: '>=', limit: 1.7, unit: '×' },
  { id: 'peak_rss_mb', what: 'peak RSS of the ingest process (VmHWM, worker threads included), large corpus', op: '<=', limit: 1024, unit: 'MB' },
  { id: 'recall', what: 'injected errors (ground_truth.json) flagged with their check_id on their file', op: '>=', limit: 100, unit: '%' },
  { id: 'precision', what: 'flags that match an injected error (check_id + file)', op: '>=', limit: 100, unit: '%' },
];

export interface Outcome {
  id: TargetId;
  value: number | null;
  /** What the value is made of: both sides of a ratio, counts, the mode (sequential / parallel). */
  measured: string;
  /** Why there is no value, when there is none. */
  missing?: string;
  /**
   * The run behind the value did not finish (out of memory, stopped at its time limit): the value is a bound
   * (time until it stopped, peak seen so far) and the target is not met whatever it is.
   */
  broken?: string;
}

export function isMet(t: Target, value: number | null): boolean | null {
  if (value === null || !Number.isFinite(value)) return null;
  switch (t.op) {
    case '<=': return value <= t.limit;
    case '>=': return value >= t.limit;
    case '<': return value < t.limit;
  }
}

export function targetText(t: Target): string {
  const op = t.op === '<=' ? '≤' : t.op === '>=' ? '≥' : '<';
  return `${op} ${formatNumber(t.limit)} ${t.unit}`.replace(/ ×$/u, '×');
}

export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (Math.abs(n) >= 1e4) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}
