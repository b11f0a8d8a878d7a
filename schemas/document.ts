import { z } from 'zod';
import { col, table } from './db.js';
import { FormatSchema } from './source.js';

/** A half-open range `[start, end)` into the normalised text, and the text it covers. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  raw: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const BLOCK_KINDS = ['heading', 'paragraph', 'list_item', 'table', 'footnote'] as const;
export const BlockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** One cell of a table after merged cells are resolved: every grid slot knows its header path. */
export const CellSchema = z.object({
  row: z.number().int(),
  col: z.number().int(),
  rowspan: z.number().int().positive(),
  colspan: z.number().int().positive(),
  /** Whitespace-normalised text of the cell. */
  text: z.string(),
  /** Offsets of the cell's text in the normalised text (start === end for an empty cell). */
  start: z.number().int(),
  end: z.number().int(),
  is_header: z.boolean(),
  /** Header texts above this column, outermost first, e.g. ["Năm 2018", "Thực hiện"]. */
  header_path: z.array(z.string()),
  /** Text of the row label (the first non-numbering, non-empty cell of the row). */
  row_label: z.string(),
});
export type Cell = z.infer<typeof CellSchema>;

export const TableSchema = z.object({
  index: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  n_rows: z.number().int(),
  n_cols: z.number().int(),
  header_rows: z.number().int(),
  /** Caption such as `Biểu số 01`, from the nearest preceding short block. */
  caption: z.string().nullable(),
  cells: z.array(CellSchema),
});
export type Table = z.infer<typeof TableSchema>;

export const BlockSchema = z.object({
  index: z.number().int(),
  kind: BlockKindSchema,
  start: z.number().int(),
  end: z.number().int(),
  /** Heading level (1 = outermost) when known from the source (docx heading styles, Markdown `#`). */
  level: z.number().int().nullable(),
  bold: z.boolean(),
  /** Page of the block's first character (1-based), when the format has pages. */
  page: z.number().int().nullable(),
  table_index: z.number().int().nullable(),
});
export type Block = z.infer<typeof BlockSchema>;

export const PageSchema = z.object({ page: z.number().int(), start: z.number().int(), end: z.number().int() });
export type Page = z.infer<typeof PageSchema>;

/**
 * A line of the source as laid out (a PDF text line, a line of a txt file; docx paragraphs are one line each).
 * `start`/`end` are normalised offsets; `src_start`/`src_end` offsets into `source_text`.
 */
export const LineSchema = z.object({
  page: z.number().int().nullable(),
  line: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  src_start: z.number().int(),
  src_end: z.number().int(),
});
export type Line = z.infer<typeof LineSchema>;

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'half_year', 'year', 'range'] as const;

/** The frame of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const HeaderSchema = z.object({
  number: z.number().int().nullable(),
  number_raw: z.string().nullable(),
  symbol: z.string().nullable(),
  doc_type_code: z.string().nullable(),
  doc_type_name: z.string().nullable(),
  issuer_code: z.string().nullable(),
  issuer_name: z.string().nullable(),
  issuing_body_lines: z.array(z.string()),
  place: z.string().nullable(),
  issued_on: z.string().nullable(),
  issued_year: z.number().int().nullable(),
  issued_month: z.number().int().nullable(),
  issued_day: z.number().int().nullable(),
  date_precision: z.enum(DATE_PRECISIONS).nullable(),
  title: z.string().nullable(),
  recipients: z.array(z.string()),
  signer_title: z.string().nullable(),
  signer_name: z.string().nullable(),
  noi_nhan: z.array(z.string()),
  is_draft: z.boolean(),
  /** Spans of the header parts in the normalised text, for evidence. */
  spans: z.record(z.string(), SpanSchema),
});
export type Header = z.infer<typeof HeaderSchema>;

// ---------------------------------------------------------------- DuckDB rows

export const DocumentRowSchema = z.object({
  doc_id: col.text('Stable id of the document (same as its source_id).'),
  source_id: col.text('The source it was read from.'),
  format: col.text('txt, docx or pdf.'),
  number: col.intN('Document number (`1488` of `1488/BC-STTTT`); NULL for a blank `Số: /BC-UBND` (draft).'),
  symbol: col.textN('Symbol after the number (`BC-STTTT`).'),
  doc_type_code: col.textN('Type code from the symbol (`BC`).'),
  doc_type_name: col.textN('Type name as printed (`BÁO CÁO`).'),
  issuer_code: col.textN('Issuer code from the symbol (`STTTT`, `UBND`).'),
  issuer_name: col.textN('Issuing body lines above the number, joined with ` / `; NULL when the text has none.'),
  place: col.textN('Place of the place-and-date line (`Lạng Sơn`).'),
  issued_on: col.dateN('Issue date when the day is known.'),
  issued_year: col.intN('Year of the issue date.'),
  issued_month: col.intN('Month of the issue date.'),
  issued_day: col.intN('Day of the issue date; NULL in drafts (`ngày tháng 8 năm 2023`).'),
  title: col.textN('Subject line (trích yếu).'),
  signer_name: col.textN('Name of the signer.'),
  signer_title: col.textN('Title lines of the signature block (`KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC`).'),
  is_draft: col.bool('True when the number or the day is left blank.'),
  recipients: col.json('JSON list of `Kính gửi` recipients.'),
  noi_nhan: col.json('JSON list of the `Nơi nhận` lines.'),
  text: col.text('The normalised (NFC) text every offset refers to.'),
  source_text: col.text('The text as read from the file (decoded, before normalisation).'),
  n_pages: col.intN('Number of pages (PDF), NULL for other formats.'),
});
export type DocumentRow = z.infer<typeof DocumentRowSchema>;
export const documentsTable = table('documents', 'One row per document read successfully.', DocumentRowSchema, ['doc_id']);

export const BlockRowSchema = z.object({
  doc_id: col.text('Document.'),
  block_index: col.int('Order of the block in the document.'),
  kind: col.text('heading, paragraph, list_item, table or footnote.'),
  start: col.int('Start offset in documents.text.'),
  end: col.int('End offset (exclusive) in documents.text.'),
  level: col.intN('Heading level when known.'),
  bold: col.bool('Whole block in bold.'),
  page: col.intN('Page of the first character (PDF).'),
  table_index: col.intN('For table blocks: tables.table_index.'),
  text: col.text('Text of the block (documents.text[start:end]).'),
});
export const blocksTable = table('blocks', 'Headings, paragraphs, list items, tables and footnotes, in order.', BlockRowSchema);

export const TableRowSchema = z.object({
  doc_id: col.text('Document.'),
  table_index: col.int('Order of the table in the document.'),
  start: col.int('Start offset in documents.text.'),
  end: col.int('End offset in documents.text.'),
  n_rows: col.int('Rows, header rows included.'),
  n_cols: col.int('Columns after merged cells are resolved.'),
  header_rows: col.int('How many rows at the top are header rows.'),
  caption: col.textN('Caption (`Biểu số 01`).'),
  page: col.intN('Page of the table start (PDF).'),
});
export const tablesTable = table('tables', 'Tables of a document.', TableRowSchema);

export const TableCellRowSchema = z.object({
  doc_id: col.text('Document.'),
  table_index: col.int('Table.'),
  row: col.int('Row (0-based, header rows included).'),
  col: col.int('Column (0-based) in the resolved grid.'),
  rowspan: col.int('Rows this cell spans.'),
  colspan: col.int('Columns this cell spans.'),
  text: col.text('Text of the cell.'),
  start: col.int('Start offset of the text in documents.text.'),
  end: col.int('End offset of the text in documents.text.'),
  is_header: col.bool('Part of the header rows.'),
  header_path: col.text('Headers above the column joined with ` › ` (`Năm 2018 › Thực hiện`).'),
  row_label: col.text('Label of the row (`Số lớp`).'),
  page: col.intN('Page (PDF).'),
});
export const tableCellsTable = table('table_cells', 'Every cell of every table, one row per grid slot.', TableCellRowSchema);

export const PageRowSchema = z.object({
  doc_id: col.text('Document.'),
  page: col.int('Page number (1-based).'),
  start: col.int('Start offset of the page in documents.text.'),
  end: col.int('End offset.'),
});
export const pagesTable = table('pages', 'Pages of PDF documents, as ranges of the normalised text.', PageRowSchema);

export const LineRowSchema = z.object({
  doc_id: col.text('Document.'),
  page: col.intN('Page (PDF).'),
  line: col.int('Line number in the source (1-based, per page for PDF).'),
  start: col.int('Start offset in documents.text.'),
  end: col.int('End offset in documents.text.'),
  src_start: col.int('Start offset in documents.source_text.'),
  src_end: col.int('End offset in documents.source_text.'),
});
export const linesTable = table('lines', 'The offset map: every source line with its normalised and source offsets.', LineRowSchema);

/** The document as the stages pass it on: text, structure, header, entities. */
export const DocumentSchema = z.object({
  doc_id: z.string(),
  format: FormatSchema,
  encoding: z.string().nullable(),
  text: z.string(),
  source_text: z.string(),
  blocks: z.array(BlockSchema),
  tables: z.array(TableSchema),
  pages: z.array(PageSchema),
  lines: z.array(LineSchema),
  header: HeaderSchema,
  warnings: z.array(z.string()),
});
export type Document = z.infer<typeof DocumentSchema>;
