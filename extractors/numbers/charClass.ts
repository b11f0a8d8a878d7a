/**
 * Character classes of the look-behind/look-ahead helpers, read code point by code point without a
 * regular expression per window: exactly the classes `\p{L}`, `\p{N}` and `[^\S\n\t]` (horizontal
 * space, not a tab) of a `u` pattern. BMP answers are computed once and kept in a table.
 */
const LETTER = 1;
const NUMBER = 2;
const HSPACE = 4;
const KNOWN = 8;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_HSPACE = /^[^\S\n\t]$/u;
const bmp = new Uint8Array(0x10000);

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return (IS_LETTER.test(c) ? LETTER : 0) | (IS_NUMBER.test(c) ? NUMBER : 0) | (IS_HSPACE.test(c) ? HSPACE : 0) | KNOWN;
}

function flags(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let f = bmp[cp];
  if (f === 0) bmp[cp] = f = classify(cp);
  return f;
}

export const isLetter = (cp: number): boolean => (flags(cp) & LETTER) !== 0;
export const isNumber = (cp: number): boolean => (flags(cp) & NUMBER) !== 0;
export const isHSpace = (cp: number): boolean => (flags(cp) & HSPACE) !== 0;

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** The code point that ends just before `i`, not reaching below `lo` (a pair cut by `lo` is a lone surrogate); -1 at `lo`. */
export function codePointBefore(text: string, i: number, lo: number): number {
  if (i <= lo) return -1;
  const u = text.charCodeAt(i - 1);
  if (isLow(u) && i - 2 >= lo && isHigh(text.charCodeAt(i - 2))) return text.codePointAt(i - 2)!;
  return u;
}

/** The code point that starts at `i`, not reaching `hi` (a pair cut by `hi` is a lone surrogate); -1 at `hi`. */
export function codePointAt(text: string, i: number, hi: number): number {
  if (i >= hi) return -1;
  const u = text.charCodeAt(i);
  if (isHigh(u) && i + 1 < hi && isLow(text.charCodeAt(i + 1))) return text.codePointAt(i)!;
  return u;
}

/** Code units of a code point. */
export const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);
