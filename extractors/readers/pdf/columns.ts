/**
 * The column grid of a borderless table, recovered from the x extents of its chunks: the lines with the most
 * chunks (data rows) fix the columns first; a chunk that lies over one column widens it, a chunk over no column
 * opens a new one, a chunk over several columns (a header centred or left-aligned over sub-columns) spans them
 * and changes nothing.
 */
import type { Chunk } from './chunks.js';
import type { PdfLine } from './lines.js';

export interface Column {
  x0: number;
  x1: number;
}

/** Chunks overlapping by less than this (points) do not overlap: glyph boxes of neighbours may touch. */
const OVERLAP_TOLERANCE = 0.5;

/** Indices of the columns a chunk overlaps (sorted grid). */
export function overlappedColumns(cols: readonly Column[], x0: number, x1: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k];
    if (Math.min(c.x1, x1) - Math.max(c.x0, x0) > OVERLAP_TOLERANCE || (x1 - x0 <= OVERLAP_TOLERANCE && x0 >= c.x0 && x0 <= c.x1)) {
      if (first < 0) first = k;
      last = k;
    }
  }
  return first < 0 ? null : [first, last];
}

/** The grid from the chunks of a table's lines, grouped by line (finest lines first), sorted by x. */
export function buildColumns(linesChunks: readonly (readonly Chunk[])[]): Column[] {
  const order = [...linesChunks].sort((a, b) => b.length - a.length);
  const cols: Column[] = [];
  for (const chunks of order) {
    for (const ch of chunks) {
      const hit = overlappedColumns(cols, ch.x0, ch.x1);
      if (hit === null) {
        cols.push({ x0: ch.x0, x1: ch.x1 });
        cols.sort((a, b) => a.x0 - b.x0);
      } else if (hit[0] === hit[1]) {
        const c = cols[hit[0]];
        const nx0 = Math.min(c.x0, ch.x0);
        const nx1 = Math.max(c.x1, ch.x1);
        // Widening must not swallow a neighbour.
        const prev = cols[hit[0] - 1];
        const next = cols[hit[0] + 1];
        if ((prev === undefined || prev.x1 < nx0) && (next === undefined || next.x0 > nx1)) {
          c.x0 = nx0;
          c.x1 = nx1;
        }
      }
    }
  }
  return cols;
}

/**
 * A chunk over several columns whose words each stand in one column (cells set closer than a cell gap, e.g.
 * a right-aligned number next to a left-aligned note) is cut into one chunk per column. A chunk with a word
 * across a column boundary (a header over sub-columns) stays whole.
 */
export function splitByColumns(cols: readonly Column[], ch: Chunk, line: PdfLine): Chunk[] {
  const hit = overlappedColumns(cols, ch.x0, ch.x1);
  if (hit === null || hit[0] === hit[1]) return [ch];
  const parts: Chunk[] = [];
  let curCol = -1;
  for (let k = ch.wordFrom; k < ch.wordTo; k++) {
    const w = line.words[k];
    const wh = overlappedColumns(cols, w.x0, w.x1);
    if (wh !== null && wh[0] !== wh[1]) return [ch];
    const col = wh === null ? curCol : wh[0];
    const last = parts[parts.length - 1];
    if (last !== undefined && (col === curCol || col < 0)) {
      last.to = w.to;
      last.x1 = Math.max(last.x1, w.x1);
      last.wordTo = k + 1;
      continue;
    }
    parts.push({ line: ch.line, from: w.from, to: w.to, x0: w.x0, x1: w.x1, gapBefore: last === undefined ? ch.gapBefore : w.x0 - last.x1, wordFrom: k, wordTo: k + 1 });
    curCol = col;
  }
  return parts;
}
