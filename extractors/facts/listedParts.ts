import type { Bounds } from './sentences.js';

/**
 * Where a total's listed components stand: `..., trong đó A, B.` (to the end of the sentence),
 * `... đồng. Trong đó: A và B.` (the next sentence), `... (trong đó: A)` and `... (A, B)` (to the closing
 * parenthesis). Returns the flow offset where the list ends, or null when no list follows the figure.
 */
const MARKER_SAME = /^[^\S\n]*[,;:]?[^\S\n]*(\()?[^\S\n]*(?:trong\s+đó|bao\s+gồm|gồm)(?![\p{L}\p{N}])/iu;
const MARKER_NEXT = /^[^\S\n]*[.][^\S\n]*(?:Trong\s+đó|Bao\s+gồm|Gồm)(?![\p{L}\p{N}])/u;
const PAREN_OPEN = /^[^\S\n]*\(/u;
const PAREN_GROUP = 1;

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * `gap` is the flow text from the end of the figure; `sentences` the flow's sentences; `nextAt` the flow
 * offset of the next figure (or null).
 */
export function listEnd(text: string, endAt: number, sentences: Bounds[], nextAt: number | null): number | null {
  const gap = text.slice(endAt);
  const sentenceEnd = (at: number) => sentences.find((b) => at >= b.start && at < b.end)?.end ?? text.length;
  const same = MARKER_SAME.exec(gap);
  if (same) {
    if (same[PAREN_GROUP]) {
      const close = closingParen(text, endAt + gap.indexOf('('));
      return close >= 0 ? close : sentenceEnd(endAt);
    }
    return sentenceEnd(endAt + same[0].length);
  }
  const next = MARKER_NEXT.exec(gap);
  if (next) return sentenceEnd(endAt + next[0].length);
  const paren = PAREN_OPEN.exec(gap);
  if (paren && nextAt !== null) {
    const close = closingParen(text, endAt + paren[0].length - 1);
    if (close >= 0 && nextAt < close) return close;
  }
  return null;
}
