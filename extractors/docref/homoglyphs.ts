/**
 * Look-alike letters in symbols: Icelandic `Ð` (U+00D0) for `Đ`, Cyrillic and Greek capitals for Latin
 * ones (`НĐ-СР`). They are folded for keys and code lookup, and flagged (`homoglyph`) on the reference.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u00D0': 'Đ',
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};

const LOOK_ALIKE_RE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

export function hasHomoglyph(s: string): boolean {
  LOOK_ALIKE_RE.lastIndex = 0;
  return LOOK_ALIKE_RE.test(s);
}

export function foldHomoglyphs(s: string): string {
  return s.replace(LOOK_ALIKE_RE, (c) => LOOK_ALIKES[c] ?? c);
}
