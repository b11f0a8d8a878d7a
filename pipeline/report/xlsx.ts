import ExcelJS from 'exceljs';
import type { ReportData } from './loadReport.js';
import { SEVERITY_LABELS, allFlags, checkLabel, dateLabel, docName, issuerLabel, numberLabel, showValue, stripControls, unitLabel } from './labels.js';

/**
 * Stage (pure, async): the report as an Excel workbook: sheet `Flags`, one row per flag, and sheet `Evidence`,
 * one row per quote, joined by the flag number (STT) and the flag id. Values are given as numbers and as text.
 */
const MAX_CELL = 32_767;

function cellText(s: string | null): string {
  if (s === null) return '';
  const t = stripControls(s);
  return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
}

const FLAG_COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: 'STT', key: 'n', width: 6 },
  { header: 'Tệp', key: 'file', width: 30 },
  { header: 'Số, ký hiệu', key: 'number', width: 18 },
  { header: 'Ngày ban hành', key: 'date', width: 13 },
  { header: 'Cơ quan ban hành', key: 'issuer', width: 22 },
  { header: 'Mức độ', key: 'severity', width: 10 },
  { header: 'Phép kiểm tra', key: 'check', width: 34 },
  { header: 'Mã kiểm tra', key: 'check_id', width: 24 },
  { header: 'Nội dung', key: 'message', width: 80 },
  { header: 'Giá trị ghi', key: 'stated', width: 30 },
  { header: 'Giá trị tính', key: 'computed', width: 30 },
  { header: 'Giá trị ghi (số)', key: 'stated_value', width: 16 },
  { header: 'Giá trị tính (số)', key: 'computed_value', width: 16 },
  { header: 'Đơn vị', key: 'unit', width: 10 },
  { header: 'Dung sai', key: 'tolerance', width: 12 },
  { header: 'Số trích dẫn', key: 'n_evidence', width: 8 },
  { header: 'Mã cờ', key: 'flag_id', width: 18 },
  { header: 'Đường dẫn', key: 'path', width: 50 },
];

const EVIDENCE_COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: 'STT cờ', key: 'n', width: 8 },
  { header: 'Mã cờ', key: 'flag_id', width: 18 },
  { header: 'Trích dẫn thứ', key: 'i', width: 8 },
  { header: 'Tệp', key: 'file', width: 30 },
  { header: 'Trang', key: 'page', width: 7 },
  { header: 'Từ ký tự', key: 'start', width: 10 },
  { header: 'Đến ký tự', key: 'end', width: 10 },
  { header: 'Trích dẫn', key: 'text', width: 90 },
];

function styleHeader(ws: ExcelJS.Worksheet, wrapKeys: string[]): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
  for (const k of wrapKeys) ws.getColumn(k).alignment = { wrapText: true, vertical: 'top' };
}

export async function renderXlsx(data: ReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'doisoat';
  const flags = wb.addWorksheet('Flags');
  flags.columns = FLAG_COLUMNS;
  const evidence = wb.addWorksheet('Evidence');
  evidence.columns = EVIDENCE_COLUMNS;
  allFlags(data).forEach((f, k) => {
    const d = data.documents.get(f.doc_id)!;
    flags.addRow({
      n: k + 1, file: cellText(docName(d)), number: cellText(numberLabel(d)), date: cellText(dateLabel(d)), issuer: cellText(issuerLabel(d)),
      severity: SEVERITY_LABELS[f.severity], check: checkLabel(f.check_id), check_id: f.check_id, message: cellText(f.message),
      stated: showValue(f.stated_value, f.unit), computed: showValue(f.computed_value, f.unit),
      stated_value: f.stated_value, computed_value: f.computed_value, unit: unitLabel(f.unit), tolerance: f.tolerance,
      n_evidence: f.evidence.length, flag_id: f.flag_id, path: cellText(d.path),
    });
    f.evidence.forEach((e, i) => {
      const ed = data.documents.get(e.doc_id);
      evidence.addRow({
        n: k + 1, flag_id: f.flag_id, i: i + 1, file: cellText(ed ? docName(ed) : e.doc_id), page: e.page, start: e.start, end: e.end, text: cellText(e.text),
      });
    });
  });
  styleHeader(flags, ['message', 'stated', 'computed']);
  styleHeader(evidence, ['text']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
