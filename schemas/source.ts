import { z } from 'zod';
import { col, table } from './db.js';

export const FORMATS = ['txt', 'docx', 'pdf'] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

export const SOURCE_STATUSES = ['ok', 'failed'] as const;

/** One input file as seen by one ingest: what it is, and whether it loaded. */
export const SourceRowSchema = z.object({
  source_id: col.text('Stable id: the first 16 hex digits of the sha256 of the bytes.'),
  path: col.text('Path of the file as given to ingest (resolved, absolute).'),
  format: col.textN('Format detected from the bytes (txt, docx, pdf), not from the name; NULL when unknown.'),
  size_bytes: col.big('Size of the file in bytes.'),
  sha256: col.text('sha256 of the bytes, hex.'),
  encoding: col.textN('Detected text encoding for txt (utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258, tcvn3, vni); NULL otherwise.'),
  status: col.enum(SOURCE_STATUSES, 'ok when the document and all its rows were loaded, failed otherwise.'),
  error_code: col.textN('Machine-readable reason of a failure (see README, bad inputs).'),
  error_message: col.textN('What went wrong, for a clerk.'),
  ingested_at: col.ts('When this source row was written.'),
  version: col.int('1 for the first bytes seen at this path, then 2, 3, ... for each changed file at the same path.'),
  run_id: col.text('The ingest run that wrote this row.'),
  warnings: col.json('JSON list of reader warnings (e.g. TCVN3 upper-case accents lost).'),
});
export type SourceRow = z.infer<typeof SourceRowSchema>;

export const sourcesTable = table('sources', 'Every file ingested, good or bad, one row per distinct content (sha256).', SourceRowSchema, ['source_id']);

export const RunRowSchema = z.object({
  run_id: col.text('Id of the run (timestamp-based).'),
  command: col.text('The command line of the run.'),
  started_at: col.ts('Start of the run.'),
  finished_at: col.tsN('End of the run; NULL while running or when the run was killed.'),
  files_seen: col.int('Files found under the given paths.'),
  files_loaded: col.int('Files loaded with status ok in this run.'),
  files_failed: col.int('Files that failed in this run.'),
  files_skipped: col.int('Files skipped because the same bytes were already in the database.'),
  tool_version: col.text('doisoat version.'),
});
export type RunRow = z.infer<typeof RunRowSchema>;
export const runsTable = table('runs', 'One row per ingest run.', RunRowSchema, ['run_id']);
