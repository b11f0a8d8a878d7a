#!/usr/bin/env node
/**
 * Rebuild the .docx and .pdf of the hand-written unseen report from its .txt (the source of truth):
 *   txt → HTML (one <p> per line, tab rows → one <table> with merged header cells)
 *       → .docx (LibreOffice, HTML (StarWriter) import) → .pdf (LibreOffice, printed from the docx).
 * Then checks with mammoth that the docx table kept its merged cells and with pdftotext that the PDF has text.
 *
 * Usage: node scripts/make-unseen-fixture.mjs [fixtures/unseen/100_binhgia_giamngheo_2023.txt]
 * Needs `soffice` and `pdftotext` on PATH. Uses a private LibreOffice profile so it can run beside others.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import mammoth from 'mammoth';

const SRC = resolve(process.argv[2] ?? 'fixtures/unseen/100_binhgia_giamngheo_2023.txt');
const STEM = basename(SRC, '.txt');
const OUT_DIR = dirname(SRC);

/** Lines set in bold: the type line, Roman-numeral sections, the signature block and table captions. */
const BOLD_LINE = /^(BÁO CÁO|[IVX]+\. .*|TM\. .*|KT\. .*|PHÓ CHỦ TỊCH|Hoàng Văn Thắng|Biểu số \d+|KẾT QUẢ PHÂN BỔ .*|UBND HUYỆN .*|CỘNG HÒA .*|Độc lập .*)$/u;
const CENTRED_LINE = /^(BÁO CÁO|CỘNG HÒA .*|Độc lập .*|KẾT QUẢ PHÂN BỔ .*|\(Kèm theo .*\))$/u;
/** The appendix starts on a new page, as printed reports do. */
const NEW_PAGE_LINE = /^KẾT QUẢ PHÂN BỔ /u;


const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Two header rows written as in the seeds' txt: a cell spanning two columns is the text followed by an
 * empty cell (`Tổng số\t\t`); a cell spanning both header rows has an empty cell under it in row 2.
 */
function tableHtml(rows) {
  const [top, sub, ...body] = rows;
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (tag, text, attrs = '') => `<${tag}${attrs}>${esc(text)}</${tag}>`;
  let html = '<table border="1" cellspacing="0" cellpadding="2" width="100%">\n<tr>';
  const spannedByTop = new Array(width).fill(false);
  for (let i = 0; i < width; i++) {
    const text = top[i] ?? '';
    if (text === '') continue; // covered by the colspan of the cell to its left
    let span = 1;
    while (i + span < width && (top[i + span] ?? '') === '' && (sub[i + span] ?? '') !== '') span++;
    const rowspan = (sub[i] ?? '') === '' ? 2 : 1;
    for (let k = i; k < i + span; k++) spannedByTop[k] = rowspan === 2;
    html += cell('th', text, `${span > 1 ? ` colspan="${span}"` : ''}${rowspan > 1 ? ' rowspan="2"' : ''}`);
  }
  html += '</tr>\n<tr>';
  for (let i = 0; i < width; i++) if (!spannedByTop[i]) html += cell('th', sub[i] ?? '');
  html += '</tr>\n';
  for (const r of body) {
    html += '<tr>';
    for (let i = 0; i < width; i++) html += cell('td', r[i] ?? '', i >= 2 && /^[\d.,]+$/.test(r[i] ?? '') ? ' align="right"' : '');
    html += '</tr>\n';
  }
  return `${html}</table>\n`;
}

function toHtml(txt) {
  const lines = txt.replace(/\r\n/g, '\n').split('\n');
  const parts = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('\t')) {
      const rows = [];
      while (i < lines.length && lines[i].includes('\t')) rows.push(lines[i++].split('\t'));
      i--;
      parts.push(tableHtml(rows));
    } else if (line.trim() !== '') {
      const text = esc(line);
      const body = BOLD_LINE.test(line) ? `<b>${text}</b>` : text;
      const attrs = `${CENTRED_LINE.test(line) ? ' align="center"' : ''}${NEW_PAGE_LINE.test(line) ? ' style="page-break-before: always"' : ''}`;
      parts.push(`<p${attrs}>${body}</p>\n`);
    }
  }
  return `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>${esc(STEM)}</title>
<style>body { font-family: 'Times New Roman', serif; font-size: 13pt; } th, td { font-size: 10pt; }</style>
</head><body>\n${parts.join('')}</body></html>\n`;
}

function soffice(profile, args, cwd) {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
}

async function main() {
  const txt = readFileSync(SRC, 'utf8');
  const work = mkdtempSync(join(tmpdir(), 'unseen-'));
  const profile = join(work, 'profile');
  try {
    const html = join(work, `${STEM}.html`);
    writeFileSync(html, toHtml(txt));
    soffice(profile, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], work);
    const docx = join(work, `${STEM}.docx`);
    soffice(profile, ['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), docx], work);
    copyFileSync(docx, join(OUT_DIR, `${STEM}.docx`));
    copyFileSync(join(work, 'pdf', `${STEM}.pdf`), join(OUT_DIR, `${STEM}.pdf`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // Checks: merged header cells survived into the docx, the PDF has a text layer with the table.
  const { value } = await mammoth.convertToHtml({ path: join(OUT_DIR, `${STEM}.docx`) });
  const colspans = (value.match(/colspan="2"/g) ?? []).length;
  const rowspans = (value.match(/rowspan="2"/g) ?? []).length;
  const pdfText = execFileSync('pdftotext', ['-layout', join(OUT_DIR, `${STEM}.pdf`), '-'], { encoding: 'utf8' });
  const ok = colspans === 3 && rowspans === 3 && pdfText.includes('Tổng cộng') && pdfText.includes('245/BC-UBND');
  process.stderr.write(`${STEM}: docx colspan=2 ×${colspans}, rowspan=2 ×${rowspans}; pdf text ${pdfText.length} chars\n`);
  if (!ok) {
    process.stderr.write('check failed: expected 3 colspans, 3 rowspans and the table text in the PDF\n');
    process.exitCode = 1;
  }
}

await main();
