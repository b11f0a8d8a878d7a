import type { ReportData, ReportFlag, ReportGroup } from './loadReport.js';
import {
  SEVERITY_LABELS, checkLabel, countsLine, dateLabel, docHeadline, docName, issuerLabel, numberLabel, showValue, stripControls, whereLabel,
} from './labels.js';

// Stage (pure): the report as one self-contained HTML page (no script, no outside resource), for a clerk.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return stripControls(s).replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c]);
}

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #444; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.meta { color: #555; } .summary { background: #f4f4f4; padding: .6rem 1rem; border-radius: 4px; }
dl.doc { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dl.doc dt { font-weight: bold; } dl.doc dd { margin: 0; }
article.flag { border: 1px solid #ccc; border-left: 6px solid #999; border-radius: 4px; padding: .7rem 1rem; margin: 1rem 0; }
article.error { border-left-color: #b3261e; } article.warning { border-left-color: #c77700; } article.info { border-left-color: #1f5fa8; }
.badge { display: inline-block; font-size: .8rem; font-weight: bold; color: #fff; padding: .05rem .45rem; border-radius: 3px; margin-right: .4rem; vertical-align: middle; }
.badge.error { background: #b3261e; } .badge.warning { background: #c77700; } .badge.info { background: #1f5fa8; }
code { font-family: Consolas, "Courier New", monospace; font-size: .85em; color: #444; }
table.values { border-collapse: collapse; margin: .4rem 0; } table.values th, table.values td { border: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }
ol.evidence { padding-left: 1.4rem; } ol.evidence li { margin: .35rem 0; }
blockquote { margin: .15rem 0 0; padding: .2rem .7rem; border-left: 3px solid #bbb; background: #fafafa; white-space: pre-wrap; }
.where { color: #555; font-size: .9rem; }
@media print { article.flag { break-inside: avoid; } }
`;

function flagHtml(f: ReportFlag, n: number, data: ReportData): string {
  const values: string[] = [];
  if (f.stated_value !== null) values.push(`<tr><th>Giá trị ghi</th><td>${escapeHtml(showValue(f.stated_value, f.unit))}</td></tr>`);
  if (f.computed_value !== null) values.push(`<tr><th>Giá trị tính</th><td>${escapeHtml(showValue(f.computed_value, f.unit))}</td></tr>`);
  if (f.tolerance !== null && f.tolerance !== 0) values.push(`<tr><th>Dung sai cho phép</th><td>${escapeHtml(showValue(f.tolerance, f.unit))}</td></tr>`);
  const related = f.related_doc_id ? data.documents.get(f.related_doc_id) : undefined;
  if (f.related_doc_id) {
    values.push(`<tr><th>Văn bản liên quan</th><td>${escapeHtml(related ? `${docName(related)} (${docHeadline(related)})` : f.related_doc_id)}</td></tr>`);
  }
  const quotes = f.evidence.map((e) => {
    const other = e.doc_id !== f.doc_id ? data.documents.get(e.doc_id) : undefined;
    const where = `${other ? `${docName(other)}, ` : ''}${whereLabel(e)}`;
    return `<li><span class="where">${escapeHtml(where)}</span><blockquote>${escapeHtml(e.text)}</blockquote></li>`;
  });
  return `<article class="flag ${f.severity}" id="co-${escapeHtml(f.flag_id)}">
<h3><span class="badge ${f.severity}">${escapeHtml(SEVERITY_LABELS[f.severity])}</span> ${n}. ${escapeHtml(checkLabel(f.check_id))} <code>${escapeHtml(f.check_id)}</code></h3>
<p>${escapeHtml(f.message)}</p>
${values.length ? `<table class="values">${values.join('')}</table>\n` : ''}<p class="where">Trích dẫn (mã cờ <code>${escapeHtml(f.flag_id)}</code>):</p>
<ol class="evidence">${quotes.join('\n')}</ol>
</article>`;
}

function groupHtml(g: ReportGroup, i: number, data: ReportData): string {
  const d = g.document;
  const rows: [string, string | null][] = [
    ['Tệp', d.path], ['Văn bản', docHeadline(d)], ['Số, ký hiệu', numberLabel(d)], ['Ngày ban hành', dateLabel(d)],
    ['Cơ quan ban hành', issuerLabel(d)], ['Trích yếu', d.title],
  ];
  const dl = rows.filter(([, v]) => v).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v!)}</dd>`).join('');
  return `<section id="van-ban-${i + 1}">
<h2>${escapeHtml(docName(d))}</h2>
<dl class="doc">${dl}</dl>
${g.flags.map((f, j) => flagHtml(f, j + 1, data)).join('\n')}
</section>`;
}

export function renderHtml(data: ReportData): string {
  const toc = data.groups.map((g, i) => {
    const c = g.flags.filter((f) => f.severity === 'error').length;
    return `<li><a href="#van-ban-${i + 1}">${escapeHtml(docName(g.document))}</a> — ${g.flags.length} cờ${c ? `, ${c} lỗi` : ''}</li>`;
  });
  const filter = data.minSeverity ? ` (chỉ mức ${SEVERITY_LABELS[data.minSeverity].toLowerCase()} trở lên)` : '';
  const body = data.groups.length
    ? `<ol>${toc.join('\n')}</ol>\n${data.groups.map((g, i) => groupHtml(g, i, data)).join('\n')}`
    : '<p>Không có cờ nào: mọi số liệu đã kiểm tra đều khớp.</p>';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Báo cáo đối soát số liệu</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Báo cáo đối soát số liệu</h1>
<p class="meta">Cơ sở dữ liệu: <code>${escapeHtml(data.db)}</code></p>
<p class="summary">${escapeHtml(countsLine(data) + filter)}.</p>
${body}
</body>
</html>
`;
}
