import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawCell, RawDoc, RawPiece, RawTableBlock, RawTextBlock } from '../../extractors/readers/types.js';

export const SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Pieces joined as the assembler does (one space), except where the reader asks for none. */
export function joinPieces(doc: RawDoc, pieces: readonly RawPiece[]): string {
  return norm(
    pieces
      .map((p, k) => ((k > 0 && !(p as { noSpaceBefore?: boolean }).noSpaceBefore ? ' ' : '') + doc.lines[p.line].text.slice(p.from, p.to)))
      .join(''),
  );
}

export function textBlocks(doc: RawDoc): RawTextBlock[] {
  return doc.blocks.filter((b): b is RawTextBlock => b.kind !== 'table');
}

export function tables(doc: RawDoc): RawTableBlock[] {
  return doc.blocks.filter((b): b is RawTableBlock => b.kind === 'table');
}

/**
 * The paragraphs of a seed .txt as the docx (and so the pdf) renders them: LibreOffice made one paragraph of
 * every non-empty line (a "Nơi nhận" list of single-newline lines is several paragraphs, as mammoth shows), with
 * the Markdown residue (`**`, `*`, leading `#`s) gone; tab-separated table lines are left out.
 */
export function referenceParagraphs(txt: string): string[] {
  return txt
    .split('\n')
    .filter((l) => !l.includes('\t'))
    .map((l) => norm(l.replace(/\*/gu, '').replace(/^\s*#+\s*/u, '')))
    .filter((l) => l !== '');
}

/** A table as txt fields: each cell's text followed by one empty field per extra column it spans. */
export function tableFields(doc: RawDoc, t: RawTableBlock): string[][] {
  return t.rows.map((row) => row.flatMap((c: RawCell) => [joinPieces(doc, c.pieces), ...Array<string>(c.colspan - 1).fill('')]));
}

/** The tab-separated rows of a seed .txt, grouped into tables (a table ends at a line without a tab). */
export function referenceTables(txt: string): string[][][] {
  const out: string[][][] = [];
  let cur: string[][] | null = null;
  for (const l of txt.split('\n')) {
    if (!l.includes('\t')) {
      cur = null;
      continue;
    }
    if (cur === null) {
      cur = [];
      out.push(cur);
    }
    cur.push(l.split('\t').map((f) => norm(f.replace(/\*/gu, ''))));
  }
  return out;
}

/** A PDF written by hand: objects in order (1-based numbers), a correct xref and trailer. */
export function minimalPdf(objects: readonly string[]): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

export function stream(content: string, dict = ''): string {
  return `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

/** One A4 page with the given content stream and resources. */
export function onePagePdf(content: string, resources: string, extraObjects: readonly string[] = []): Uint8Array {
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`,
    stream(content),
    ...extraObjects,
  ]);
}

/** Several A4 pages sharing one resource dictionary; `rotate` sets a page's /Rotate. */
export function pagesPdf(pages: readonly { content: string; rotate?: number }[], resources: string): Uint8Array {
  const n = pages.length;
  const kids = pages.map((_, k) => `${3 + 2 * k} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`];
  pages.forEach((p, k) => {
    const rotate = p.rotate === undefined ? '' : ` /Rotate ${p.rotate}`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${rotate} /Resources ${resources} /Contents ${4 + 2 * k} 0 R >>`);
    objects.push(stream(p.content));
  });
  return minimalPdf(objects);
}
