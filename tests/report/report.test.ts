import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendRows, closeDb, openDb, queryRows, type Db } from '../../pipeline/db/database.js';
import { runChecks } from '../../pipeline/checks/runChecks.js';
import { loadReport, type ReportData } from '../../pipeline/report/loadReport.js';
import { renderMarkdown, escapeMd } from '../../pipeline/report/markdown.js';
import { renderHtml, escapeHtml } from '../../pipeline/report/html.js';
import { renderXlsx } from '../../pipeline/report/xlsx.js';
import { renderJson } from '../../pipeline/report/json.js';
import { flagsTable } from '../../schemas/flags.js';
import { loadFiles, SEED_DIR } from '../checks-table/helpers.js';

/** The four seeds in txt, docx and pdf, with every registered check run over them. */
const FILES = readdirSync(SEED_DIR).filter((f) => /\.(txt|docx|pdf)$/u.test(f)).sort().map((f) => join(SEED_DIR, f));
const SELF_REF_QUOTE = 'Báo cáo số: 2043 /BC-UBND ngày 18 tháng 10 năm 2020 của UBND huyện Phong Thổ';
const SELF_REF_MESSAGE = 'Phụ lục ghi "Kèm theo Báo cáo số 2043 /BC-UBND" nhưng số 2043 khác số 2049 của báo cáo; ngày 18/10/2020 khác ngày 14/10/2020 của báo cáo.';

let db: Db;
let data: ReportData;
let nFlags: number;
let nEvidence: number;
let docOf: Map<string, string>;

beforeAll(async () => {
  db = await openDb(':memory:');
  const ids = await loadFiles(db, FILES);
  docOf = new Map(ids.map((id, i) => [FILES[i].slice(SEED_DIR.length + 1), id]));
  await runChecks(db, null);
  data = await loadReport(db);
  const [c] = await queryRows(db, 'SELECT count(*) AS n, sum(json_array_length(evidence)) AS e FROM flags');
  nFlags = Number(c.n);
  nEvidence = Number(c.e);
});
afterAll(() => closeDb(db));

describe('loadReport', () => {
  it('groups the flags by document, documents with errors first, errors first inside each', () => {
    expect(nFlags).toBeGreaterThanOrEqual(11);
    expect(data.groups.flatMap((g) => g.flags)).toHaveLength(nFlags);
    for (const g of data.groups) {
      expect(new Set(g.flags.map((f) => f.doc_id))).toEqual(new Set([g.document.doc_id]));
      const ranks = g.flags.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('names each 004 document by its file and header (number, symbol, date)', () => {
    const g = data.groups.find((x) => x.document.doc_id === docOf.get('004_7690d259663c1765.docx'))!;
    expect(g.document).toMatchObject({
      path: join(SEED_DIR, '004_7690d259663c1765.docx'), format: 'docx', number: 2049, symbol: 'BC-UBND', issued_on: '2020-10-14',
    });
    expect(g.flags.map((f) => f.check_id).sort()).toEqual(['doc_type_code_mismatch', 'self_reference_mismatch', 'text_table_mismatch']);
  });

  it('parses the evidence into quotes with offsets and pages', () => {
    const pdf = data.groups.find((x) => x.document.doc_id === docOf.get('004_7690d259663c1765.pdf'))!;
    const self = pdf.flags.find((f) => f.check_id === 'self_reference_mismatch')!;
    expect(self.evidence[0]).toEqual({ doc_id: pdf.document.doc_id, start: 16952, end: 17028, text: SELF_REF_QUOTE, page: 7 });
  });
});

describe('report formats', () => {
  it('md: every document, the 004 self-reference message and quote, the text/table figures', () => {
    const md = renderMarkdown(data);
    expect(md.startsWith('# Báo cáo đối soát số liệu\n')).toBe(true);
    for (const g of data.groups) expect(md).toContain(`- Tệp: \`${g.document.path}\``);
    expect(md).toContain('## 004_7690d259663c1765.txt');
    expect(md).toContain('- Văn bản: BÁO CÁO Số 2049/BC-UBND ngày 14/10/2020');
    expect(md).toContain(escapeMd(SELF_REF_MESSAGE));
    expect(md).toContain(`ký tự 16950–17026: «${SELF_REF_QUOTE}»`); // txt
    expect(md).toContain(`tr. 7, ký tự 16952–17028: «${SELF_REF_QUOTE}»`); // pdf
    expect(md).toContain('- Giá trị ghi: 11\n- Giá trị tính: 9\n');
    expect(md.match(/^### \d+\. /gmu)).toHaveLength(nFlags);
  });

  it('html: one self-contained page, escaped, with every flag and quote', () => {
    const html = renderHtml(data);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/u);
    expect(html).toContain(`<p>${escapeHtml(SELF_REF_MESSAGE)}</p>`);
    expect(escapeHtml(SELF_REF_MESSAGE)).toContain('&quot;Kèm theo Báo cáo số 2043 /BC-UBND&quot;');
    expect(html).toContain(`<blockquote>${SELF_REF_QUOTE}</blockquote>`);
    expect(html.match(/<article class="flag /gu)).toHaveLength(nFlags);
    expect(html.match(/<blockquote>/gu)).toHaveLength(nEvidence);
  });

  it('xlsx: a Flags sheet (one row per flag) and an Evidence sheet (one row per quote)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderXlsx(data) as unknown as ArrayBuffer);
    const flags = wb.getWorksheet('Flags')!;
    const evidence = wb.getWorksheet('Evidence')!;
    expect(flags.rowCount).toBe(nFlags + 1);
    expect(evidence.rowCount).toBe(nEvidence + 1);
    expect(flags.getRow(1).getCell(9).value).toBe('Nội dung');
    const rows = flags.getSheetValues().slice(2) as unknown[][];
    const tt = rows.find((r) => r[8] === 'text_table_mismatch' && r[2] === '004_7690d259663c1765.txt')!;
    expect([tt[3], tt[4], tt[10], tt[11], tt[12], tt[13]]).toEqual(['Số 2049/BC-UBND', '14/10/2020', '11', '9', 11, 9]);
    const quotes = (evidence.getSheetValues().slice(2) as unknown[][]).filter((r) => r[2] === tt[17]);
    expect(quotes.map((r) => r[8])).toEqual(['11 buổi', 'Tổ chức buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo', 'Số buổi', '9']);
    expect(quotes[0].slice(4, 8)).toEqual(['004_7690d259663c1765.txt', undefined, 8399, 8406]);
  });

  it('json: an array of flags with parsed evidence and their document', () => {
    const list = JSON.parse(renderJson(data)) as Record<string, any>[];
    expect(list).toHaveLength(nFlags);
    for (const f of list) {
      expect(Array.isArray(f.evidence)).toBe(true);
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(typeof f.evidence[0].start).toBe('number');
    }
    const tt = list.find((f) => f.check_id === 'text_table_mismatch' && f.document.path.endsWith('004_7690d259663c1765.pdf'))!;
    expect(tt).toMatchObject({ severity: 'error', stated_value: 11, computed_value: 9, unit: 'count', stated_text: '11', computed_text: '9' });
    expect(tt.document).toMatchObject({ number: 2049, symbol: 'BC-UBND', issued_on: '2020-10-14' });
    expect(tt.evidence[0]).toMatchObject({ text: '11 buổi', start: 8399, end: 8406, page: 3 });
  });
});

describe('severity filter', () => {
  it('warnings and infos follow the errors, and --severity error leaves them out', async () => {
    const doc = docOf.get('002_5400b95413840074.txt')!;
    const extra = (severity: 'warning' | 'info', id: string) => ({
      flag_id: id, check_id: 'percent_mismatch', severity, doc_id: doc, related_doc_id: null, message: `Thử mức ${severity}`,
      stated_value: 28.1, computed_value: 28.16, unit: 'percent', tolerance: 0.05,
      evidence: JSON.stringify([{ doc_id: doc, start: 10, end: 20, text: 'x', page: null }]),
    });
    const mem = await openDb(':memory:');
    try {
      await loadFiles(mem, [join(SEED_DIR, '002_5400b95413840074.txt')]);
      await appendRows(mem, [flagsTable], { flags: [extra('info', 'i1'), extra('warning', 'w1')] });
      const all = await loadReport(mem);
      expect(all.groups[0].flags.map((f) => f.severity)).toEqual(['warning', 'info']);
      expect(all.counts).toEqual({ error: 0, warning: 1, info: 1 });
      expect(renderMarkdown(all)).toContain('- Giá trị ghi: 28,1%\n- Giá trị tính: 28,16%\n- Dung sai cho phép: 0,05%\n');
      const errorsOnly = await loadReport(mem, { minSeverity: 'error' });
      expect(errorsOnly.groups).toEqual([]);
      expect(renderMarkdown(errorsOnly)).toContain('Không có cờ nào');
      expect((await loadReport(mem, { minSeverity: 'warning' })).groups[0].flags.map((f) => f.flag_id)).toEqual(['w1']);
    } finally {
      closeDb(mem);
    }
  });
});
