import type { Check } from './types.js';
import date_invalid from './date_invalid.js';
import doc_type_code_mismatch from './doc_type_code_mismatch.js';
import self_reference_mismatch from './self_reference_mismatch.js';
import docref_conflict from './docref_conflict.js';
import table_total_mismatch from './table_total_mismatch.js';
import sum_mismatch from './sum_mismatch.js';
import percent_mismatch from './percent_mismatch.js';
import cross_report_value_conflict from './cross_report_value_conflict.js';
import aggregate_mismatch from './aggregate_mismatch.js';
import text_table_mismatch from './text_table_mismatch.js';

/** Every check, in the order they run. */
export const CHECKS: Check[] = [
  date_invalid,
  doc_type_code_mismatch,
  self_reference_mismatch,
  docref_conflict,
  table_total_mismatch,
  text_table_mismatch,
  sum_mismatch,
  percent_mismatch,
  cross_report_value_conflict,
  aggregate_mismatch,
];
