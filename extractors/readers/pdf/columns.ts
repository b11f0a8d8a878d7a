/**
 * The column grid of a borderless table, recovered from the x extents of its chunks: the lines with the most
 * chunks (data rows) fix the columns first; a chunk that lies over one column widens it, a chunk over no column
 * opens a new one, a chunk over several columns (a header centred or left-aligned over sub-columns) spans them
 * and changes nothing.
 */
import type { Chunk } from './chunks.js';

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
