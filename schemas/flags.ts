import { z } from 'zod';
import { col, table } from './db.js';

export const CHECK_IDS = [
  'sum_mismatch', 'percent_mismatch', 'table_total_mismatch', 'text_table_mismatch', 'self_reference_mismatch',
  'doc_type_code_mismatch', 'docref_conflict', 'cross_report_value_conflict', 'aggregate_mismatch', 'date_invalid',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** One quoted piece of evidence: where in which document, and the exact text there. */
export const EvidenceSchema = z.object({
  doc_id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  page: z.number().int().nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FlagSchema = z.object({
  flag_id: z.string(),
  check_id: z.enum(CHECK_IDS),
  severity: z.enum(SEVERITIES),
  doc_id: z.string(),
  related_doc_id: z.string().nullable(),
  message: z.string(),
  stated_value: z.number().nullable(),
  computed_value: z.number().nullable(),
  unit: z.string().nullable(),
  tolerance: z.number().nullable(),
  evidence: z.array(EvidenceSchema).min(1),
});
export type Flag = z.infer<typeof FlagSchema>;

export const flagsTable = table('flags', 'Figures that do not add up, each with its evidence.', z.object({
  flag_id: col.text('Stable id: hash of the check and its evidence.'),
  check_id: col.text(`The check that raised it: ${CHECK_IDS.join(', ')}.`),
  severity: col.enum(SEVERITIES, 'How serious.'),
  doc_id: col.text('The document the flag is about.'),
  related_doc_id: col.textN('The other document, for checks across reports.'),
  message: col.text('What does not add up, in Vietnamese, with the numbers.'),
  stated_value: col.numN('The value as printed (đồng for money, percent for percentages, a count for quantities).'),
  computed_value: col.numN('The value computed from the parts.'),
  unit: col.textN('dong, percent, count, or NULL.'),
  tolerance: col.numN('The tolerance the printed precision allows, in the same unit.'),
  evidence: col.json('JSON list of {doc_id, start, end, text, page}: the quotes that prove it.'),
}), ['flag_id']);
