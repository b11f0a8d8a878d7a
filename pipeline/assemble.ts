import type { Block, Cell, Line, Page, Table } from '../schemas/document.js';
import type { RawCell, RawDoc, RawPiece, RawTableBlock, RawTextBlock } from '../extractors/readers/types.js';
import { normalizeInto, type NormalizeStats } from './normalize.js';
import { isNumberingToken, resolveGrid } from './tablegrid.js';
import { TextBuilder, type TextMap } from './textmap.js';

/**
 * Stage: RawDoc (any format) → normalised text, blocks, tables, pages and lines, the same way for every
 * format. Blocks are separated by a blank line; a table is written row by row, cells separated by a tab
 * and every grid slot present (a slot covered by a merged cell is empty), so the txt, docx and pdf
 * renditions of a report give the same text.
 */
export interface Assembled {
  text: string;
  sourceText: string;
  map: TextMap;
  blocks: Block[];
  tables: Table[];
  pages: Page[];
  lines: Line[];
  warnings: string[];
}

const BLOCK_SEP = '\n\n';
/**
 * A row label or header text is repeated on every cell of its row or column, so a huge cell would be
 * multiplied: one 5 MB tab-separated line made 8 569 cells each carrying a 63 KB label (539 MB). Longer
 * labels are cut at a space; the cell's own text stays whole.
 */
const MAX_LABEL_CHARS = 256;

function asLabel(t: string): string {
  if (t.length <= MAX_LABEL_CHARS) return t;
  const space = t.lastIndexOf(' ', MAX_LABEL_CHARS);
  return t.slice(0, space > MAX_LABEL_CHARS / 2 ? space : MAX_LABEL_CHARS);
}

export function assemble(raw: RawDoc): Assembled {
  const lineStart: number[] = new Array(raw.lines.length);
  let off = 0;
  for (let i = 0; i < raw.lines.length; i++) {
    lineStart[i] = off;
    off += raw.lines[i].text.length + 1;
  }
  const sourceText = raw.lines.map((l) => l.text).join('\n');
  const b = new TextBuilder();
  const stats: NormalizeStats = { invisible: 0, bidi: 0 };
  const lineNorm = new Map<number, [number, number]>();
  const blocks: Block[] = [];
  const tables: Table[] = [];

  const pieceText = (p: RawPiece) => raw.lines[p.line]?.text.slice(p.from, p.to) ?? '';
  const emitPieces = (pieces: RawPiece[]): void => {
    for (const p of pieces) {
      const s = pieceText(p);
      if (s.trim() === '') continue;
      // a line wrapped at a hyphen inside a token (`2021-` / `2025`, `TT-` / `BTTTT`) joins without a space
      const wrappedAtHyphen = () => /[-–]/u.test(b.lastChar()) && /[\p{L}\d]/u.test(b.charBeforeLast()) && /^[\p{L}\d]/u.test(s.trimStart());
      if (b.length > 0 && !/[ \t\n]/u.test(b.lastChar()) && !wrappedAtHyphen()) b.pushSynthetic(' ', lineStart[p.line] + p.from);
      const before = b.length;
      normalizeInto(b, s, lineStart[p.line] + p.from, stats);
      b.trimEnd();
      if (b.length > before) {
        const cur = lineNorm.get(p.line);
        lineNorm.set(p.line, [Math.min(cur?.[0] ?? Infinity, before), Math.max(cur?.[1] ?? -1, b.length)]);
      }
    }
    b.trimEnd();
  };
  const hasText = (pieces: RawPiece[]) => pieces.some((p) => /[^\s*#_]/u.test(pieceText(p)));
  const firstSrc = (pieces: RawPiece[]) => (pieces[0] ? lineStart[pieces[0].line] + pieces[0].from : 0);
  const pageOf = (pieces: RawPiece[]) => (pieces[0] ? raw.lines[pieces[0].line]?.page ?? null : null);

  for (const block of raw.blocks) {
    if (block.kind === 'table') {
      const all = block.rows.flatMap((r) => r.flatMap((c) => c.pieces));
      if (!hasText(all)) continue;
      if (b.length > 0) b.pushSynthetic(BLOCK_SEP, firstSrc(all));
      const start = b.length;
      const table = emitTable(block, tables.length, all);
      blocks.push({ index: blocks.length, kind: 'table', start, end: b.length, level: null, bold: false, page: pageOf(all), table_index: table.index });
      tables.push({ ...table, start, end: b.length });
      continue;
    }
    if (!hasText(block.pieces)) continue;
    if (b.length > 0) b.pushSynthetic(BLOCK_SEP, firstSrc(block.pieces));
    const start = b.length;
    emitPieces(block.pieces);
    if (b.length === start) continue;
    blocks.push(textBlock(block, blocks.length, start, b.length, pageOf(block.pieces)));
  }

  function emitTable(block: RawTableBlock, index: number, all: RawPiece[]): Omit<Table, 'start' | 'end'> {
    const textOf = (c: RawCell) => c.pieces.map(pieceText).join(' ');
    const grid = resolveGrid(block.rows, textOf);
    const spans = new Map<string, [number, number]>();
    const texts = new Map<string, string>();
    for (let r = 0; r < grid.nRows; r++) {
      if (r > 0) b.pushSynthetic('\n', firstSrc(all));
      for (let c = 0; c < grid.nCols; c++) {
        if (c > 0) b.pushSynthetic('\t', firstSrc(all));
        const slot = grid.slots[r][c];
        const key = `${slot.originRow},${slot.originCol}`;
        if (!slot.isOrigin) continue;
        const cell = grid.cells.get(key);
        const s = b.length;
        if (cell) emitPieces(cell.pieces);
        spans.set(key, [s, b.length]);
        texts.set(key, b.textFrom(s));
      }
    }
    const cellText = (key: string) => texts.get(key) ?? '';
    const cells: Cell[] = [];
    for (let r = 0; r < grid.nRows; r++) {
      let rowLabel = '';
      for (let c = 0; c < grid.nCols; c++) {
        const sl = grid.slots[r][c];
        const t = cellText(`${sl.originRow},${sl.originCol}`);
        if (t && !isNumberingToken(t) && !/^[\d.,%]+$/u.test(t)) { rowLabel = asLabel(t); break; }
      }
      for (let c = 0; c < grid.nCols; c++) {
        const sl = grid.slots[r][c];
        const key = `${sl.originRow},${sl.originCol}`;
        const origin = grid.cells.get(key);
        const sp = spans.get(key) ?? [0, 0];
        const headerPath: string[] = [];
        for (let hr = 0; hr < grid.headerRows; hr++) {
          const hs = grid.slots[hr][c];
          const ht = asLabel(cellText(`${hs.originRow},${hs.originCol}`));
          if (ht && headerPath[headerPath.length - 1] !== ht) headerPath.push(ht);
        }
        cells.push({
          row: r,
          col: c,
          rowspan: sl.isOrigin ? Math.max(1, origin?.rowspan ?? 1) : 1,
          colspan: sl.isOrigin ? spanWidth(grid.slots[r], c) : 1,
          text: cellText(key),
          start: sp[0],
          end: sp[1],
          is_header: r < grid.headerRows,
          header_path: headerPath,
          row_label: r < grid.headerRows ? '' : rowLabel,
        });
      }
    }
    return { index, n_rows: grid.nRows, n_cols: grid.nCols, header_rows: grid.headerRows, caption: null, cells };
  }

  const map = b.build();
  const text = map.text;
  for (const t of tables) t.caption = captionBefore(blocks, t.index, text);

  const lines: Line[] = [];
  for (const [li, [s, e]] of [...lineNorm.entries()].sort((x, y) => x[0] - y[0])) {
    const l = raw.lines[li];
    lines.push({ page: l.page, line: l.line, start: s, end: e, src_start: lineStart[li], src_end: lineStart[li] + l.text.length });
  }
  const pages: Page[] = [];
  if (raw.nPages) {
    for (const l of lines) {
      if (l.page === null) continue;
      const p = pages.find((x) => x.page === l.page);
      if (p) { p.start = Math.min(p.start, l.start); p.end = Math.max(p.end, l.end); }
      else pages.push({ page: l.page, start: l.start, end: l.end });
    }
    pages.sort((x, y) => x.page - y.page);
  }
  const warnings = [...raw.warnings];
  if (stats.invisible) warnings.push(`invisible_chars_removed: ${stats.invisible}`);
  if (stats.bidi) warnings.push(`bidi_controls_removed: ${stats.bidi}`);
  return { text, sourceText, map, blocks, tables, pages, lines, warnings };
}

function spanWidth(row: { originRow: number; originCol: number }[], c: number): number {
  let w = 1;
  while (c + w < row.length && row[c + w].originCol === c && row[c + w].originRow === row[c].originRow) w++;
  return w;
}

function textBlock(block: RawTextBlock, index: number, start: number, end: number, page: number | null): Block {
  return { index, kind: block.kind, start, end, level: block.level, bold: block.bold, page, table_index: null };
}

const CAPTION = /^(Biểu(?: số)?|Bảng(?: số)?|Phụ lục|Mẫu(?: số)?)\s*[\w.]*/iu;

function captionBefore(blocks: Block[], tableIndex: number, text: string): string | null {
  const bi = blocks.findIndex((x) => x.kind === 'table' && x.table_index === tableIndex);
  for (let i = bi - 1; i >= Math.max(0, bi - 3); i--) {
    const t = text.slice(blocks[i].start, blocks[i].end);
    if (blocks[i].kind === 'table') break;
    const m = CAPTION.exec(t);
    if (m && t.length < 80) return t;
  }
  return null;
}

/** Page of a normalised offset, or null when the document has no pages. */
export function pageAt(pages: Page[], offset: number): number | null {
  for (const p of pages) if (offset >= p.start && offset <= p.end) return p.page;
  let best: Page | null = null;
  for (const p of pages) if (p.start <= offset) best = p;
  return best ? best.page : null;
}
