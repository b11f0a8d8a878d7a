/**
 * The PDF reader: pdfjs-dist's operator lists → glyphs at their real positions → lines → tables and paragraphs.
 * Failures are DoisoatErrors: pdf_corrupt, pdf_encrypted, no_text_layer, too_many_pages, too_large, timeout.
 */
import type { PDFDocumentProxy } from './pdf/pdfjs.js';
import { DoisoatError } from '../../pipeline/errors.js';
import { DEFAULT_LIMITS, type RawBlock, type RawDoc, type ReadLimits, type SourceLine } from './types.js';
import { collectGlyphs } from './pdf/glyphs.js';
import { buildLines, type PdfLine } from './pdf/lines.js';
import { openPdf } from './pdf/load.js';
import { bodySize, drawsTrailingSpaces, findPageNumbers, linePitch, pageEdges, rightEdges, spaceRatio } from './pdf/layout.js';
import { detectTables } from './pdf/tables.js';
import { findRuledGrids, type RuledGrid } from './pdf/rulings.js';
import { ruledTables } from './pdf/ruledTables.js';
import { buildBlocks } from './pdf/paragraphs.js';
import { withDeadline, type Deadline } from './pdf/deadline.js';
import { XREF_REBUILT_WARNING, xrefIsBroken } from './pdf/xref.js';

/** Pages read at the same time. */
const PAGES_IN_FLIGHT = 3;
/** A table whose text ends this far (share of its font size) past the body's right edge overflows the page. */
const OVERFLOW = 0.5;

interface PageRead {
  lines: PdfLine[];
  grids: RuledGrid[];
  width: number;
  height: number;
  glyphs: number;
  skippedRotated: number;
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number, deadline: Deadline): Promise<PageRead> {
  const page = await withDeadline(doc.getPage(pageNumber), deadline);
  try {
    const ops = await withDeadline(page.getOperatorList(), deadline);
    const getFont = (name: string): object | null => {
      try {
        return page.commonObjs.has(name) ? (page.commonObjs.get(name) as object) : null;
      } catch {
        return null;
      }
    };
    let viewport = page.getViewport({ scale: 1 });
    let glyphs = collectGlyphs(ops.fnArray, ops.argsArray as unknown[][], viewport.transform, getFont);
    // Most of the text runs sideways or upside down (a page turned by /Rotate, or a landscape table printed
    // turned): read the page turned back.
    const most = Math.max(...glyphs.turned);
    if (most > glyphs.x.length) {
      const quarter = glyphs.turned.indexOf(most) + 1;
      viewport = page.getViewport({ scale: 1, rotation: (page.rotate + 360 - 90 * quarter) % 360 });
      glyphs = collectGlyphs(ops.fnArray, ops.argsArray as unknown[][], viewport.transform, getFont);
    }
    let visible = 0;
    for (let k = 0; k < glyphs.isSpace.length; k++) if (!glyphs.isSpace[k]) visible++;
    return { lines: buildLines(glyphs, pageNumber), grids: findRuledGrids(glyphs.hRules, glyphs.vRules), width: viewport.width, height: viewport.height, glyphs: visible + glyphs.skippedRotated, skippedRotated: glyphs.skippedRotated };
  } finally {
    page.cleanup();
  }
}

function assemble(pages: PageRead[]): RawDoc {
  const lines: PdfLine[] = pages.flatMap((p) => p.lines);
  const warnings: string[] = [];
  const widthOf = (page: number): number => pages[page - 1].width;
  const inGrid = (i: number): boolean => {
    const l = lines[i];
    const mid = (l.x0 + l.x1) / 2;
    return pages[l.page - 1].grids.some((g) => mid > g.xs[0] && mid < g.xs[g.xs.length - 1] && l.y > g.ys[0] && l.y < g.ys[g.ys.length - 1]);
  };
  const pageNumbers = findPageNumbers(lines, inGrid);
  const ruled = ruledTables(lines, pages.map((p) => p.grids), pageNumbers, pageEdges(lines, pageNumbers));
  const skip = new Set<number>(pageNumbers);
  for (const t of ruled) for (const i of t.lines) skip.add(i);
  const tables = [...ruled, ...detectTables(lines, skip)];
  const tableAt = new Map<number, RawBlock>();
  for (const t of tables) {
    for (const i of t.lines) skip.add(i);
    tableAt.set(t.lines[0], t.block);
  }
  const rightEdge = rightEdges(lines, skip, widthOf);
  const leftMargin = lines.reduce((m, l, i) => (skip.has(i) ? m : Math.min(m, l.x0)), Infinity);
  for (const t of tables) {
    const first = lines[t.lines[0]];
    // The text area ends at the body's longest line, or (little body text) where a margin like the left one starts.
    const textRight = Math.max(rightEdge(first.page), widthOf(first.page) - (Number.isFinite(leftMargin) ? leftMargin : 0));
    if (t.x1 > textRight + OVERFLOW * first.size) warnings.push(`Bảng ở trang ${first.page} tràn ra ngoài lề phải: có thể thiếu cột bị cắt khi in.`);
  }
  const body = bodySize(lines, skip);
  const blocks = buildBlocks(
    {
      lines,
      skip,
      edges: pageEdges(lines, skip),
      pitch: linePitch(lines, skip, body),
      bodySize: body,
      rightEdge,
      spaceRatio: spaceRatio(lines),
      trailingSpaces: drawsTrailingSpaces(lines),
      pageHeight: (page) => pages[page - 1].height,
    },
    tableAt,
  );
  const rotated = pages.reduce((n, p) => n + p.skippedRotated, 0);
  if (rotated > 0) warnings.push(`Bỏ qua ${rotated} ký tự viết xoay hoặc dọc.`);
  const sourceLines: SourceLine[] = [];
  let lineOnPage = 0;
  let lastPage = 0;
  for (const l of lines) {
    if (l.page !== lastPage) {
      lastPage = l.page;
      lineOnPage = 0;
    }
    sourceLines.push({ text: l.text, page: l.page, line: ++lineOnPage });
  }
  return { format: 'pdf', encoding: null, lines: sourceLines, blocks, warnings, nPages: pages.length };
}

/** Reads a PDF's text layer into lines and blocks. */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<RawDoc> {
  const deadline: Deadline = { at: Date.now() + limits.maxMillis };
  if (bytes.length > limits.maxBytes) throw new DoisoatError('too_large', undefined, { bytes: bytes.length, maxBytes: limits.maxBytes });
  const { doc, destroy } = await openPdf(bytes, deadline);
  try {
    if (doc.numPages > limits.maxPages) {
      throw new DoisoatError('too_many_pages', `Tệp PDF có ${doc.numPages} trang, vượt giới hạn ${limits.maxPages} trang (tăng bằng --max-pages nếu cần).`, { pages: doc.numPages, maxPages: limits.maxPages });
    }
    if (doc.numPages === 0) throw new DoisoatError('no_text', 'Tệp PDF không có trang nào.');
    // A few pages in flight: pdfjs inflates streams asynchronously, so one page's parsing fills another's wait.
    const pages: PageRead[] = new Array<PageRead>(doc.numPages);
    let next = 1;
    const worker = async (): Promise<void> => {
      for (let p = next++; p <= doc.numPages; p = next++) {
        if (Date.now() > deadline.at) throw new DoisoatError('timeout', undefined, { page: p, maxMillis: limits.maxMillis });
        pages[p - 1] = await readPage(doc, p, deadline);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, doc.numPages) }, worker));
    if (pages.every((p) => p.glyphs === 0)) throw new DoisoatError('no_text_layer', undefined, { pages: pages.length });
    const raw = assemble(pages);
    if (xrefIsBroken(bytes)) raw.warnings.unshift(XREF_REBUILT_WARNING);
    return raw;
  } catch (e) {
    if (e instanceof DoisoatError) throw e;
    throw new DoisoatError('pdf_corrupt', undefined, { cause: (e as Error)?.message ?? String(e) });
  } finally {
    await destroy();
  }
}
