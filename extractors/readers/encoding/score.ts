/**
 * How Vietnamese does a decoded text look? Counts the words that hold a non-ASCII character and how many
 * of them are valid syllables. Words are cut only at ASCII spaces, punctuation and digits: those bytes
 * decode the same in every candidate code page, so every candidate is scored on the same words and the
 * counts compare directly.
 */
import { isVietnameseSyllable } from './syllable.js';

export interface VietnameseScore {
  /** Words containing at least one non-ASCII character. */
  words: number;
  /** Of those, the valid Vietnamese syllables. */
  valid: number;
}

/** An ASCII letter or a non-ASCII character: part of a word. Everything else below 0x80 cuts words. */
function isWordChar(c: number): boolean {
  return c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Scores at most `maxWords` words (the first ones), to bound the cost on big files. */
export function scoreVietnamese(text: string, maxWords = Number.POSITIVE_INFINITY): VietnameseScore {
  let words = 0;
  let valid = 0;
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= text.length && words < maxWords; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      if (c >= 0x80) nonAscii = true;
      continue;
    }
    if (start >= 0 && nonAscii) {
      words++;
      if (isVietnameseSyllable(text.slice(start, i))) valid++;
    }
    start = -1;
    nonAscii = false;
  }
  return { words, valid };
}

/** Share of valid syllables among the non-ASCII words; 0 when there are none. */
export function validShare(score: VietnameseScore): number {
  return score.words === 0 ? 0 : score.valid / score.words;
}
