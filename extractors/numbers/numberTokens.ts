/**
 * The printed numbers of a text, found once per text and shared by the number-led extractors (money,
 * quantity, percent, dates): where each number starts (`\d+(?:[.,]\d+)*`, scanned left to right, so
 * never inside another), the character that follows it after horizontal space (`%`, `/`, the first letter
 * of a unit; -1 at the end of the text) and the one before it and its horizontal space (`/`, a dash; -1 at
 * the start). A pattern that starts with NUMBER_START and NUMBER can only
 * match at one of these starts (NUMBER_START rules out a digit after a digit or after `<digit>.`/`<digit>,`).
 */
import { isHSpace } from './charClass.js';

export interface NumberTokens {
  text: string;
  starts: Int32Array;
  /** Char code of the first character after the number and its horizontal space; -1 at the end. */
  next: Int32Array;
  /** Char code of the last character before the number and the horizontal space before it; -1 at the start. */
  prev: Int32Array;
  count: number;
}

const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;
/** The last text read: the extractors of one document ask in turn for the same text. */
let last: NumberTokens | null = null;

export function numberTokens(text: string): NumberTokens {
  if (last !== null && last.text === text) return last;
  const starts: number[] = [];
  const next: number[] = [];
  const prev: number[] = [];
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(text); m !== null; m = NUMBER_TOKEN.exec(text)) {
    let i = m.index + m[0].length;
    while (i < text.length && isHSpace(text.charCodeAt(i))) i++;
    let b = m.index;
    while (b > 0 && isHSpace(text.charCodeAt(b - 1))) b--;
    starts.push(m.index);
    next.push(i < text.length ? text.charCodeAt(i) : -1);
    prev.push(b > 0 ? text.charCodeAt(b - 1) : -1);
  }
  last = { text, starts: Int32Array.from(starts), next: Int32Array.from(next), prev: Int32Array.from(prev), count: starts.length };
  return last;
}
