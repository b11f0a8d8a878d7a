import type { ReportData, ReportFlag } from './loadReport.js';
import {
  SEVERITY_LABELS, checkLabel, countsLine, dateLabel, docHeadline, docName, issuerLabel, numberLabel, showValue, whereLabel,
} from './labels.js';

// Stage (pure): the report as Markdown, one section per document, each flag with its figures and quotes.

/** Markdown specials; `_` only where it could open or close emphasis (not inside `001_157e`). */
const MD_SPECIAL = /[\\`*[\]<>|#]|(?<![\p{L}\d])_|_(?![\p{L}\d])/gu;

/** Text shown literally by a Markdown renderer: specials escaped, line breaks shown as ` ↵ `. */
export function escapeMd(s: string): string {
  return s.replace(MD_SPECIAL, (c) => `\\${c}`).replace(/\r?\n/gu, ' ↵ ');
}

function codeSpan(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/gu) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${longest ? ' ' : ''}${s}${longest ? ' ' : ''}${fence}`;
}

function flagMd(f: ReportFlag, n: number, data: ReportData): string[] {
  const out = [`### ${n}. ${SEVERITY_LABELS[f.severity]}: ${escapeMd(checkLabel(f.check_id))} (${codeSpan(f.check_id)})`, '', escapeMd(f.message), ''];
  if (f.stated_value !== null) out.push(`- Giá trị ghi: ${escapeMd(showValue(f.stated_value, f.unit))}`);
  if (f.computed_value !== null) out.push(`- Giá trị tính: ${escapeMd(showValue(f.computed_value, f.unit))}`);
  if (f.tolerance !== null && f.tolerance !== 0) out.push(`- Dung sai cho phép: ${escapeMd(showValue(f.tolerance, f.unit))}`);
  if (f.related_doc_id) {
    const r = data.documents.get(f.related_doc_id);
    out.push(`- Văn bản liên quan: ${escapeMd(r ? `${docName(r)} (${docHeadline(r)})` : f.related_doc_id)}`);
  }
  out.push(`- Mã cờ: ${codeSpan(f.flag_id)}`, '', 'Trích dẫn:', '');
  f.evidence.forEach((e, i) => {
    const other = e.doc_id !== f.doc_id ? data.documents.get(e.doc_id) : undefined;
    const where = `${other ? `${escapeMd(docName(other))}, ` : ''}${whereLabel(e)}`;
    out.push(`${i + 1}. ${where}: «${escapeMd(e.text)}»`);
  });
  out.push('');
  return out;
}

export function renderMarkdown(data: ReportData): string {
  const out = ['# Báo cáo đối soát số liệu', '', `Cơ sở dữ liệu: ${codeSpan(data.db)}`, ''];
  out.push(`${countsLine(data)}${data.minSeverity ? ` (chỉ mức ${SEVERITY_LABELS[data.minSeverity].toLowerCase()} trở lên)` : ''}.`, '');
  if (!data.groups.length) {
    out.push('Không có cờ nào: mọi số liệu đã kiểm tra đều khớp.', '');
    return out.join('\n');
  }
  for (const g of data.groups) {
    const d = g.document;
    out.push(`## ${escapeMd(docName(d))}`, '');
    if (d.path) out.push(`- Tệp: ${codeSpan(d.path)}`);
    out.push(`- Văn bản: ${escapeMd(docHeadline(d))}`);
    const rows: [string, string | null][] = [
      ['Số, ký hiệu', numberLabel(d)], ['Ngày ban hành', dateLabel(d)], ['Cơ quan ban hành', issuerLabel(d)], ['Trích yếu', d.title],
    ];
    for (const [k, v] of rows) if (v) out.push(`- ${k}: ${escapeMd(v)}`);
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of g.flags) c[f.severity]++;
    out.push(`- Cờ: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin`, '');
    g.flags.forEach((f, i) => out.push(...flagMd(f, i + 1, data)));
  }
  return out.join('\n');
}
