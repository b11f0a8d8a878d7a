/**
 * The workers hand the writer column arrays (`columnRows`) instead of row objects; the writer appends them
 * (`appendColumns`). Both must give exactly the rows `documentRows` describes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTxt } from '../../extractors/readers/txt.js';
import { readDocx } from '../../extractors/readers/docx.js';
import { buildDocument, docIdOf, sha256Hex } from '../../pipeline/extract.js';
import { columnRowCount, columnRows, documentRows, type TableRows } from '../../pipeline/db/rows.js';
import { appendColumns, appendRows, closeDb, inTransaction, openDb, queryRows } from '../../pipeline/db/database.js';
import { DOCUMENT_TABLES } from '../../schemas/tables.js';
import { columnsOf } from '../../schemas/ddl.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');

function rowsOf(file: string): { id: string; rows: TableRows } {
  const bytes = new Uint8Array(readFileSync(join(SEEDS, file)));
  const id = docIdOf(sha256Hex(bytes));
  return { id, rows: documentRows(id, buildDocument(readTxt(bytes), id)) };
}

const seed002 = rowsOf('002_5400b95413840074.txt');
/** The docx of seed 004: its 2 tables give 210 table_cells rows. */
const seed004 = await (async () => {
  const bytes = new Uint8Array(readFileSync(join(SEEDS, '004_7690d259663c1765.docx')));
  const id = docIdOf(sha256Hex(bytes));
  return { id, rows: documentRows(id, buildDocument(await readDocx(bytes), id)) };
})();

describe('columnRows: one array per column, in the table order, values typed for the writer', () => {
  const cols = columnRows(seed002.rows, DOCUMENT_TABLES);
  const col = (table: string, name: string) => {
    const t = DOCUMENT_TABLES.find((d) => d.name === table)!;
    return cols[table]!.cols[columnsOf(t).findIndex((c) => c.name === name)]!;
  };
  const cells = columnRows(seed004.rows, DOCUMENT_TABLES);
  const cell = (name: string) => cells.table_cells!.cols[columnsOf(DOCUMENT_TABLES.find((d) => d.name === 'table_cells')!).findIndex((c) => c.name === name)]![5];
  it.each([
    ['text', 'Năm 2017'], ['start', 16352], ['end', 16360], ['colspan', 2], ['is_header', true], ['header_path', 'Năm 2017 › Kế hoạch'], ['row_label', ''], ['page', null],
  ])('table_cells.%s[5] of seed 004 docx = %o', (name, want) => {
    expect(cell(name)).toEqual(want);
  });
  it.each([
    ['amounts', 'raw', 0, '1.571,6 triệu đồng'],
    ['amounts', 'start', 0, 1029],
    ['amounts', 'end', 0, 1047],
    ['amounts', 'value_dong', 0, 1_571_600_000n],
    ['amounts', 'min_dong', 0, 1_571_550_000n],
    ['amounts', 'max_dong', 0, 1_571_650_000n],
    ['amounts', 'section_path', 0, 'I › 1'],
    ['amounts', 'qualifier', 0, null],
    ['amounts', 'unit_stated', 0, true],
    ['dates', 'raw', 0, 'tháng 9 năm 2023'],
    ['dates', 'iso', 0, '2023-09'],
    ['dates', 'day', 0, null],
    ['blocks', 'text', 1, 'Lạng Sơn, ngày tháng 9 năm 2023'],
    ['blocks', 'bold', 1, false],
    ['documents', 'doc_id', 0, 'ce66a53c9697089c'],
  ])('%s.%s[%i] = %o', (table, name, i, want) => {
    expect(col(table, name)[i]).toEqual(want);
  });

  it('row counts per table as documentRows gives them; empty tables left out', () => {
    const counts = Object.fromEntries(Object.entries(cols).map(([t, c]) => [t, c.n]));
    expect(counts).toEqual({ documents: 1, blocks: 31, lines: 32, amounts: 9, quantities: 4, percents: 1, dates: 26, doc_refs: 5, facts: 9 });
    expect(columnRowCount(cols)).toBe(118);
    for (const [t, c] of Object.entries(cols)) {
      const def = DOCUMENT_TABLES.find((d) => d.name === t)!;
      expect(c.cols.length).toBe(columnsOf(def).length);
      for (const a of c.cols) expect(a.length).toBe(c.n);
    }
  });

  it('every span in the columns is exact: raw === text.slice(start, end)', () => {
    const text = String(col('documents', 'text')[0]);
    for (const t of ['amounts', 'dates', 'doc_refs', 'quantities', 'percents']) {
      const raw = col(t, 'raw');
      const start = col(t, 'start');
      const end = col(t, 'end');
      for (let i = 0; i < raw.length; i++) expect(text.slice(start[i] as number, end[i] as number)).toBe(raw[i]);
    }
  });
});

describe('appendColumns loads exactly what appendRows loads', () => {
  it.each([['002 (no tables)', [seed002]], ['004 docx (2 tables) + 002 in one batch', [seed004, seed002]]])('%s', async (_name, docs) => {
    const a = await openDb(':memory:');
    const b = await openDb(':memory:');
    try {
      for (const d of docs) await inTransaction(a, () => appendRows(a, DOCUMENT_TABLES, d.rows));
      const n = await inTransaction(b, () => appendColumns(b, DOCUMENT_TABLES, docs.map((d) => columnRows(d.rows, DOCUMENT_TABLES))));
      expect(n).toBe(docs.reduce((s, d) => s + Object.values(d.rows).reduce((x, r) => x + r.length, 0), 0));
      expect(Object.fromEntries(['tables', 'table_cells'].map((t) => [t, docs.reduce((x, d) => x + (d.rows[t]?.length ?? 0), 0)])))
        .toEqual(docs.length === 2 ? { tables: 2, table_cells: 210 } : { tables: 0, table_cells: 0 });
      for (const t of DOCUMENT_TABLES) {
        const order = columnsOf(t).map((c) => `"${c.name}"`).join(', ');
        const sql = `SELECT * FROM "${t.name}" ORDER BY ${order}`;
        expect(await queryRows(b, sql)).toEqual(await queryRows(a, sql));
      }
    } finally {
      closeDb(a);
      closeDb(b);
    }
  });
});
