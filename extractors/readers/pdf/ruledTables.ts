/**
 * Ruled tables → table blocks: every word of a line standing inside a grid goes to the cell under its centre.
 * A table broken over pages (same columns at the bottom of one page and the top of the next) is one table; a
 * header row repeated on the new page is dropped.
 */
import type { RawCell, RawPiece } from '../types.js';
import type { PdfLine } from './lines.js';
import type { RuledGrid } from './rulings.js';
import type { TableRegion } from './tables.js';
import type { PageEdges } from './layout.js';

/** Where in a line's height a word is placed into a row (share of size above the baseline). */
const WORD_MIDDLE = 0.3;
/** Column boundaries of two grids are the same column when this close (points). */
const SAME_COLUMN = 2;

interface PageTable {
  page: number;
  xs: number[];
  lines: number[];
  rows: RawCell[][];
  x1: number;
}

/** Index of the interval of `bounds` holding v, clamped to the first and last. */
function slot(bounds: readonly number[], v: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function tableOnPage(lines: readonly PdfLine[], pageLines: readonly number[], grid: RuledGrid, taken: Set<number>): PageTable | null {
  const { xs, ys, cells, slotCell } = grid;
  const nCols = xs.length - 1;
  const members: number[] = [];
  const pieces: RawPiece[][] = cells.map(() => []);
  for (const i of pageLines) {
    if (taken.has(i)) continue;
    const l = lines[i];
    const mid = l.y - WORD_MIDDLE * l.size;
    if (mid <= ys[0] || mid >= ys[ys.length - 1] || l.x1 <= xs[0] || l.x0 >= xs[xs.length - 1]) continue;
    members.push(i);
    let curCell = -1;
    let piece: RawPiece | null = null;
    for (const w of l.words) {
      const cell = slotCell[slot(ys, mid) * nCols + slot(xs, (w.x0 + w.x1) / 2)];
      if (cell === curCell && piece !== null) {
        piece.to = w.to;
        continue;
      }
      piece = { line: i, from: w.from, to: w.to };
      pieces[cell].push(piece);
      curCell = cell;
    }
  }
  if (members.length === 0) return null;
  for (const m of members) taken.add(m);
  const rows: RawCell[][] = Array.from({ length: ys.length - 1 }, () => []);
  cells.forEach((c, k) => {
    rows[c.r0].push({ pieces: pieces[k], colspan: c.c1 - c.c0 + 1, rowspan: c.r1 - c.r0 + 1 });
  });
  return { page: lines[members[0]].page, xs, lines: members, rows, x1: xs[xs.length - 1] };
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, k) => Math.abs(x - b[k]) <= SAME_COLUMN);
}

function rowText(lines: readonly PdfLine[], row: readonly RawCell[]): string {
  return row.map((c) => c.pieces.map((p) => lines[p.line].text.slice(p.from, p.to)).join(' ')).join('\t');
}

/**
 * The ruled tables of the document. `gridsByPage[p - 1]` holds page p's grids; `excluded` lines (page numbers)
 * are never put in a table.
 */
export function ruledTables(lines: readonly PdfLine[], gridsByPage: readonly RuledGrid[][], excluded: ReadonlySet<number>, edges: PageEdges): TableRegion[] {
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (excluded.has(i)) return;
    const list = byPage.get(l.page);
    if (list === undefined) byPage.set(l.page, [i]);
    else list.push(i);
  });
  const taken = new Set<number>();
  const found: PageTable[] = [];
  gridsByPage.forEach((grids, k) => {
    const pageLines = byPage.get(k + 1) ?? [];
    for (const g of grids) {
      const t = tableOnPage(lines, pageLines, g, taken);
      if (t !== null) found.push(t);
    }
  });
  found.sort((a, b) => a.lines[0] - b.lines[0]);
  const merged: PageTable[] = [];
  for (const t of found) {
    const prev = merged[merged.length - 1];
    const prevLast = prev?.lines[prev.lines.length - 1];
    if (prev !== undefined && prevLast !== undefined && t.page === lines[prevLast].page + 1 && edges.lastOfPage(prevLast) && edges.firstOfPage(t.lines[0]) && sameColumns(prev.xs, t.xs)) {
      const repeatedHeader = t.rows.length > 1 && t.rows[0].every((c) => c.rowspan === 1) && rowText(lines, t.rows[0]) === rowText(lines, prev.rows[0]);
      prev.rows.push(...(repeatedHeader ? t.rows.slice(1) : t.rows));
      prev.lines.push(...t.lines);
      prev.x1 = Math.max(prev.x1, t.x1);
      continue;
    }
    merged.push(t);
  }
  return merged.map((t) => ({ lines: t.lines, block: { kind: 'table', rows: t.rows }, x1: t.x1 }));
}
