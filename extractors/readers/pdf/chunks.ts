/**
 * A line's words cut into chunks where the gap between two words is wider than a space: the text of one table
 * cell on one line. Chunks are what table columns are recovered from.
 */
import type { PdfLine } from './lines.js';

export interface Chunk {
  /** Index of the line in the document's line list. */
  line: number;
  /** Offsets in the line text. */
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** Gap to the previous chunk of the line (Infinity for the first). */
  gapBefore: number;
  /** Its words: indices into the line's words, [wordFrom, wordTo). */
  wordFrom: number;
  wordTo: number;
}

/** Words further apart than this share of the font size are in different cells (two cell paddings). */
export const CELL_GAP = 0.45;

export function lineChunks(line: PdfLine, lineIndex: number): Chunk[] {
  const out: Chunk[] = [];
  const minGap = CELL_GAP * line.size;
  let cur: Chunk | null = null;
  line.words.forEach((w, k) => {
    if (cur !== null && w.x0 - cur.x1 <= minGap) {
      cur.to = w.to;
      cur.wordTo = k + 1;
      if (w.x1 > cur.x1) cur.x1 = w.x1;
      return;
    }
    const gapBefore: number = cur === null ? Infinity : w.x0 - cur.x1;
    cur = { line: lineIndex, from: w.from, to: w.to, x0: w.x0, x1: w.x1, gapBefore, wordFrom: k, wordTo: k + 1 };
    out.push(cur);
  });
  return out;
}
