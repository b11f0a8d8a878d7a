#!/usr/bin/env node
/**
 * Build the .docx and .pdf renditions of a held-out text (fixtures/heldout/<stem>.txt, a copy from
 * fixtures/public-vn) with LibreOffice, keeping the paragraphs of the txt:
 *   txt → HTML (one <p> per paragraph = lines up to a blank line, its lines joined by a space, as the
 *   txt reader joins them; Markdown residue stays as text) → .docx (LibreOffice, HTML (StarWriter)
 *   import) → .pdf (LibreOffice, printed from the docx; lines wrap at the margin).
 * Neither a plain-text import (`soffice --convert-to docx x.txt`: every line a paragraph) nor <br> line
 * breaks (a PDF line that ends early reads as a paragraph end) would keep a sentence the txt only wraps
 * (`Gia Lai, ngày 20⏎tháng 11 năm 2025`) in one paragraph in every format.
 *
 * Usage: node scripts/make-heldout-fixture.mjs fixtures/heldout/<stem>.txt [...]
 * Needs `soffice` and `pdftotext` on PATH. Uses a private LibreOffice profile so it can run beside others.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A Markdown heading line (`## Tăng mức ...`): a heading of that level, without the hashes. */
const HEADING = /^ {0,3}(#{1,6}) +(.*?)(?: +#+)? *$/u;

/**
 * Paragraphs are separated by blank lines; a paragraph's own line breaks are soft wraps (a space).
 * A Markdown heading line is a heading of its own (the txt reader reads it so).
 */
function toHtml(txt, stem) {
  const paragraphs = txt
    .replace(/\r\n/g, '\n')
    .split(/\n[^\S\n]*\n/u)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0);
  const body = paragraphs
    .map((lines) => {
      const out = [];
      let run = [];
      const flush = () => {
        if (run.length) out.push(`<p>${run.map((l) => esc(l.trim())).join(' ')}</p>\n`);
        run = [];
      };
      for (const line of lines) {
        const h = HEADING.exec(line);
        if (!h) {
          run.push(line);
          continue;
        }
        flush();
        out.push(`<h${h[1].length}>${esc(h[2])}</h${h[1].length}>\n`);
      }
      flush();
      return out.join('');
    })
    .join('');
  return `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>${esc(stem)}</title>
<style>body { font-family: 'Times New Roman', serif; font-size: 13pt; }</style>
</head><body>\n${body}</body></html>\n`;
}

function soffice(profile, args, cwd) {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
}

function build(src) {
  const stem = basename(src, '.txt');
  const outDir = dirname(src);
  const work = mkdtempSync(join(tmpdir(), 'heldout-'));
  const profile = join(work, 'profile');
  try {
    const html = join(work, `${stem}.html`);
    writeFileSync(html, toHtml(readFileSync(src, 'utf8'), stem));
    soffice(profile, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], work);
    const docx = join(work, `${stem}.docx`);
    soffice(profile, ['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), docx], work);
    copyFileSync(docx, join(outDir, `${stem}.docx`));
    copyFileSync(join(work, 'pdf', `${stem}.pdf`), join(outDir, `${stem}.pdf`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const pdfText = execFileSync('pdftotext', [join(outDir, `${stem}.pdf`), '-'], { encoding: 'utf8' });
  process.stderr.write(`${stem}: pdf text ${pdfText.length} chars\n`);
  if (pdfText.trim().length === 0) {
    process.stderr.write(`${stem}: the PDF has no text layer\n`);
    process.exitCode = 1;
  }
}

const sources = process.argv.slice(2);
if (sources.length === 0) {
  process.stderr.write('usage: node scripts/make-heldout-fixture.mjs fixtures/heldout/<stem>.txt [...]\n');
  process.exitCode = 2;
}
for (const s of sources) build(resolve(s));
