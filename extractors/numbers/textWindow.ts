/** Small look-behind/look-ahead helpers over the text around a match (same clause, same line). */
import { codePointAt, codePointBefore, isHSpace, isLetter, isNumber, unitsOf } from './charClass.js';

/** A clause ends at a sentence mark followed by a space, or at a line break. */
const CLAUSE_END = /[.;!?](?=\s)|\n/gu;
const WORD = /\p{L}+/gu;
/** How far the word helpers look, in code units: a word and its spaces are read only inside this window. */
const AFTER_WINDOW = 40;
const BEFORE_WINDOW = 60;

/**
 * The word after `at` within `[at, hi)`: horizontal space (not a tab: that is the next table cell), then a
 * letter, then letters or digits (`m2`, `USD`) — what `/^[^\S\n\t]+(\p{L}[\p{L}\p{N}]*)/u` finds in the window.
 */
function nextWordSpan(text: string, at: number, hi: number): { start: number; end: number } | null {
  let i = at;
  for (let cp = codePointAt(text, i, hi); cp >= 0 && isHSpace(cp); cp = codePointAt(text, i, hi)) i += unitsOf(cp);
  if (i === at) return null;
  const start = i;
  const first = codePointAt(text, i, hi);
  if (first < 0 || !isLetter(first)) return null;
  i += unitsOf(first);
  for (let cp = codePointAt(text, i, hi); cp >= 0 && (isLetter(cp) || isNumber(cp)); cp = codePointAt(text, i, hi)) i += unitsOf(cp);
  return { start, end: i };
}

/** Where the horizontal space that ends at `at` starts (not below `lo`). */
function trailingSpaceStart(text: string, lo: number, at: number): number {
  let i = at;
  for (let cp = codePointBefore(text, i, lo); cp >= 0 && isHSpace(cp); cp = codePointBefore(text, i, lo)) i -= unitsOf(cp);
  return i;
}

/**
 * The word before the horizontal space that ends at `at`, reading only `[lo, at)`: letters after the
 * window start or after a character that is neither letter nor digit — what
 * `/(?:^|[^\p{L}\p{N}])(\p{L}+)([^\S\n\t]+)$/u` finds in the window.
 */
function prevWordSpan(text: string, lo: number, at: number): { start: number; end: number } | null {
  const end = trailingSpaceStart(text, lo, at);
  if (end === at) return null;
  let i = end;
  for (let cp = codePointBefore(text, i, lo); cp >= 0 && isLetter(cp); cp = codePointBefore(text, i, lo)) i -= unitsOf(cp);
  if (i === end) return null;
  const before = codePointBefore(text, i, lo);
  return before >= 0 && isNumber(before) ? null : { start: i, end };
}

/** The last `maxWords` words before `index` in the same clause, lower-cased (`Kinh phí: 75` → [`kinh`, `phí`]). */
export function wordsBefore(text: string, index: number, maxWords: number, maxChars = 120): string[] {
  let from = Math.max(0, index - maxChars);
  const slice = text.slice(from, index);
  let last = -1;
  for (const m of slice.matchAll(CLAUSE_END)) last = m.index + m[0].length;
  if (last >= 0) from += last;
  const words = text.slice(from, index).toLowerCase().match(WORD) ?? [];
  return words.slice(-maxWords);
}

/** Up to `maxWords` words directly after `index`, separated only by horizontal space, lower-cased. */
export function adjacentWordsAfter(text: string, index: number, maxWords: number): string[] {
  const out: string[] = [];
  let at = index;
  while (out.length < maxWords) {
    const word = nextWordSpan(text, at, Math.min(text.length, at + AFTER_WINDOW));
    if (!word) break;
    out.push(text.slice(word.start, word.end).toLowerCase());
    at = word.end;
  }
  return out;
}

/** Up to `maxWords` words directly before `index`, separated only by horizontal space, lower-cased, in text order. */
export function adjacentWordsBefore(text: string, index: number, maxWords: number): string[] {
  const out: string[] = [];
  let at = index;
  while (out.length < maxWords) {
    const word = prevWordSpan(text, Math.max(0, at - BEFORE_WINDOW), at);
    if (!word) break;
    out.unshift(text.slice(word.start, word.end).toLowerCase());
    at = word.start;
  }
  return out;
}

/** Whether `phrase` (space-separated words) occurs as whole words in `words`. */
export function hasPhrase(words: readonly string[], phrase: string): boolean {
  return ` ${words.join(' ')} `.includes(` ${phrase} `);
}

/** Whether `words` ends with `phrase` (space-separated words). */
export function endsWithPhrase(words: readonly string[], phrase: string): boolean {
  return ` ${words.join(' ')}`.endsWith(` ${phrase}`);
}

/** Whether `words` starts with `phrase` (space-separated words). */
export function startsWithPhrase(words: readonly string[], phrase: string): boolean {
  return `${words.join(' ')} `.startsWith(`${phrase} `);
}
