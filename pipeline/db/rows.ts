import type { Extracted } from '../extract.js';
import { pageAt } from '../assemble.js';
import { PATH_SEP } from '../../extractors/sections/sectionTree.js';
import { columnsOf } from '../../schemas/ddl.js';
import type { TableDef } from '../../schemas/db.js';

export type Row = Record<string, unknown>;
export type TableRows = Record<string, Row[]>;
/** One table's rows column-wise: `cols[j][i]` is column j (the table's column order) of row i. */
export interface TableColumns { n: number; cols: unknown[][] }
/** A document's rows column-wise, keyed by table name: cheap to pass between threads, no keys per row. */
export type ColumnRows = Record<string, TableColumns>;

type Convert = (v: unknown) => unknown;
const CONVERT: Record<string, Convert> = {
  BIGINT: (v) => (v === null || v === undefined ? null : typeof v === 'bigint' ? v : BigInt(v as number)),
  INTEGER: (v) => (v === undefined ? null : v),
  DOUBLE: (v) => (v === undefined ? null : v),
  BOOLEAN: (v) => (v === null || v === undefined ? null : Boolean(v)),
};
const toText: Convert = (v) => (v === null || v === undefined ? null : typeof v === 'string' ? v : String(v));
const layouts = new WeakMap<TableDef, { names: string[]; convert: Convert[] }>();

function layoutOf(t: TableDef): { names: string[]; convert: Convert[] } {
  let l = layouts.get(t);
  if (!l) {
    const cols = columnsOf(t);
    l = { names: cols.map((c) => c.name), convert: cols.map((c) => CONVERT[c.type] ?? toText) };
    layouts.set(t, l);
  }
  return l;
}

/**
 * Stage (pure): rows → columns in each table's column order, every value already of the type the writer
 * appends (bigint for BIGINT, boolean, string for text, JSON, DATE and TIMESTAMP; null for missing).
 * Runs in the workers so that the writer thread only appends.
 */
export function columnRows(rows: TableRows, defs: readonly TableDef[]): ColumnRows {
  const out: ColumnRows = {};
  for (const t of defs) {
    const list = rows[t.name];
    if (!list?.length) continue;
    const { names, convert } = layoutOf(t);
    const cols: unknown[][] = names.map(() => new Array(list.length));
    for (let j = 0; j < names.length; j++) {
      const name = names[j]!;
      const conv = convert[j]!;
      const col = cols[j]!;
      for (let i = 0; i < list.length; i++) col[i] = conv(list[i]![name]);
    }
    out[t.name] = { n: list.length, cols };
  }
  return out;
}

/** Number of rows in column-wise tables. */
export function columnRowCount(c: ColumnRows): number {
  let n = 0;
  for (const t of Object.values(c)) n += t.n;
  return n;
}

/** Stage (pure): one extracted document → the rows of every document table, keyed by table name. */
export function documentRows(sourceId: string, x: Extracted): TableRows {
  const d = x.document;
  const h = d.header;
  const docId = d.doc_id;
  const page = (off: number) => (d.pages.length ? pageAt(d.pages, off) : null);
  const span = (e: { start: number; end: number; raw: string }) => ({ doc_id: docId, start: e.start, end: e.end, raw: e.raw });
  const tail = (e: { section_path: string; page: number | null }) => ({ section_path: e.section_path, page: e.page });
  return {
    documents: [{
      doc_id: docId, source_id: sourceId, format: d.format, number: h.number, symbol: h.symbol,
      doc_type_code: h.doc_type_code, doc_type_name: h.doc_type_name, issuer_code: h.issuer_code, issuer_name: h.issuer_name,
      place: h.place, issued_on: h.issued_on, issued_year: h.issued_year, issued_month: h.issued_month, issued_day: h.issued_day,
      title: h.title, signer_name: h.signer_name, signer_title: h.signer_title, is_draft: h.is_draft,
      recipients: JSON.stringify(h.recipients), noi_nhan: JSON.stringify(h.noi_nhan), text: d.text, source_text: d.source_text,
      n_pages: d.pages.length ? d.pages.length : null,
    }],
    blocks: d.blocks.map((b) => ({
      doc_id: docId, block_index: b.index, kind: b.kind, start: b.start, end: b.end, level: b.level, bold: b.bold,
      page: b.page, table_index: b.table_index, text: d.text.slice(b.start, b.end),
    })),
    tables: d.tables.map((t) => ({
      doc_id: docId, table_index: t.index, start: t.start, end: t.end, n_rows: t.n_rows, n_cols: t.n_cols,
      header_rows: t.header_rows, caption: t.caption, page: page(t.start),
    })),
    table_cells: d.tables.flatMap((t) => t.cells.map((c) => ({
      doc_id: docId, table_index: t.index, row: c.row, col: c.col, rowspan: c.rowspan, colspan: c.colspan, text: c.text,
      start: c.start, end: c.end, is_header: c.is_header, header_path: c.header_path.join(PATH_SEP), row_label: c.row_label,
      page: page(c.start),
    }))),
    pages: d.pages.map((p) => ({ doc_id: docId, page: p.page, start: p.start, end: p.end })),
    lines: d.lines.map((l) => ({ doc_id: docId, ...l })),
    amounts: x.amounts.map((a) => ({
      ...span(a), value_dong: a.value_dong, min_dong: a.min_dong, max_dong: a.max_dong, unit: a.unit, unit_raw: a.unit_raw,
      unit_stated: a.unit_stated, qualifier: a.qualifier, decimals: a.decimals, role: a.role, per: a.per, ...tail(a),
    })),
    quantities: x.quantities.map((q) => ({ ...span(q), value: q.value, unit: q.unit, of_total: q.of_total, decimals: q.decimals, ...tail(q) })),
    percents: x.percents.map((p) => ({ ...span(p), value: p.value, decimals: p.decimals, ...tail(p) })),
    dates: x.dates.map((t) => ({
      ...span(t), iso: t.iso, year: t.year, month: t.month, day: t.day, precision: t.precision, valid: t.valid, ...tail(t),
    })),
    doc_refs: x.doc_refs.map((r) => ({
      ...span(r), ref_type_name: r.ref_type_name, type_code: r.type_code, number: r.number, year: r.year, symbol: r.symbol,
      issuer_code: r.issuer_code, issued_on: r.issued_on, subject: r.subject, canonical_key: r.canonical_key,
      issuing_body: r.issuing_body, issues: JSON.stringify(r.issues), full_start: r.full_start, full_end: r.full_end,
      type_name_stated: r.type_name_stated, ...tail(r),
    })),
    facts: x.facts.map((f) => ({ ...f })),
    fact_percents: x.fact_percents.map((p) => ({ ...p })),
  };
}
