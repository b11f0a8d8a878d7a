import type { RawCell } from '../extractors/readers/types.js';

/**
 * Resolve a table as the source gives it (cells with colspan/rowspan, covered slots not repeated) into a
 * full grid where every slot knows the cell it belongs to. Then infer the spans a tab-separated text
 * cannot state: in header rows an empty slot right of a header text with sub-headers below it belongs to
 * that header (`Tổng số\t\t` over `Kế hoạch\tThực hiện`), and an empty slot below a header with nothing
 * under it belongs to the header above (`STT` over an empty cell).
 */
export interface GridSlot {
  /** Row and column of the origin cell (the top-left slot of a merged cell). */
  originRow: number;
  originCol: number;
  isOrigin: boolean;
}

export interface ResolvedGrid {
  nRows: number;
  nCols: number;
  /** slots[r][c] */
  slots: GridSlot[][];
  /** The origin cells by `${r},${c}` of their top-left slot. */
  cells: Map<string, RawCell>;
  headerRows: number;
}

const NUMBERING = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ]|[-+•*–])[.)]?$/iu;
const NUMERIC = /^[-+]?[\d.,]+%?$/u;

export function resolveGrid(rows: RawCell[][], textOf: (c: RawCell) => string): ResolvedGrid {
  const slots: GridSlot[][] = [];
  const cells = new Map<string, RawCell>();
  let nCols = 0;
  rows.forEach((row, r) => {
    slots[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (slots[r][c]) c++;
      const rs = Math.max(1, cell.rowspan | 0);
      const cs = Math.max(1, cell.colspan | 0);
      cells.set(`${r},${c}`, cell);
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          const rr = r + dr;
          if (rr >= rows.length) continue;
          slots[rr] ??= [];
          slots[rr][c + dc] = { originRow: r, originCol: c, isOrigin: dr === 0 && dc === 0 };
        }
      }
      c += cs;
      nCols = Math.max(nCols, c);
    }
  });
  const nRows = rows.length;
  const empty: RawCell = { pieces: [], colspan: 1, rowspan: 1 };
  for (let r = 0; r < nRows; r++) {
    slots[r] ??= [];
    for (let c = 0; c < nCols; c++) {
      if (!slots[r][c]) {
        slots[r][c] = { originRow: r, originCol: c, isOrigin: true };
        cells.set(`${r},${c}`, empty);
      }
    }
  }
  const text = (r: number, c: number): string => {
    const s = slots[r][c];
    return textOf(cells.get(`${s.originRow},${s.originCol}`) ?? empty).trim();
  };
  const headerRows = countHeaderRows(nRows, nCols, text);
  // horizontal spans in header rows: an empty slot right of a header that has sub-headers below both;
  // then, in a row where headers span w columns that way, the other headers followed by empty slots span w too
  for (let r = 0; r < headerRows; r++) {
    let width = 1;
    for (let c = 1; c < nCols; c++) {
      const s = slots[r][c];
      if (!s.isOrigin || text(r, c) !== '') continue;
      const left = slots[r][c - 1];
      if (text(left.originRow, left.originCol) === '') continue;
      const below = r + 1 < headerRows && text(r + 1, c) !== '' && text(r + 1, c - 1) !== '';
      if (!below) continue;
      slots[r][c] = { originRow: left.originRow, originCol: left.originCol, isOrigin: false };
      width = Math.max(width, c - left.originCol + 1);
    }
    if (width < 2) continue;
    for (let c = 1; c < nCols; c++) {
      const s = slots[r][c];
      if (!s.isOrigin || text(r, c) !== '') continue;
      const left = slots[r][c - 1];
      if (text(left.originRow, left.originCol) === '' || c - left.originCol + 1 > width) continue;
      slots[r][c] = { originRow: left.originRow, originCol: left.originCol, isOrigin: false };
    }
  }
  // vertical spans in header rows
  for (let r = 1; r < headerRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const s = slots[r][c];
      if (!s.isOrigin || text(r, c) !== '') continue;
      const up = slots[r - 1][c];
      if (text(up.originRow, up.originCol) === '') continue;
      // only when the header above is not itself split into sub-headers in this row
      const upSpansHere = up.originCol !== c || (c + 1 < nCols && slots[r - 1][c + 1].originCol === up.originCol && slots[r - 1][c + 1].originRow === up.originRow);
      if (upSpansHere) continue;
      slots[r][c] = { originRow: up.originRow, originCol: up.originCol, isOrigin: false };
    }
  }
  return { nRows, nCols, slots, cells, headerRows };
}

function countHeaderRows(nRows: number, nCols: number, text: (r: number, c: number) => string): number {
  let h = 0;
  for (let r = 0; r < Math.min(nRows - 1, 4); r++) {
    const first = text(r, 0);
    if (r > 0 && NUMBERING.test(first)) break;
    let numeric = false;
    let filled = 0;
    for (let c = 0; c < nCols; c++) {
      const t = text(r, c);
      if (t) filled++;
      if (c > 0 && NUMERIC.test(t)) numeric = true;
    }
    if (numeric || filled === 0) break;
    h++;
  }
  return h;
}

export function isNumberingToken(s: string): boolean {
  return NUMBERING.test(s.trim());
}
