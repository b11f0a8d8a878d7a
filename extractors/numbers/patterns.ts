/**
 * Regex sources shared by the number-based extractors (money, quantity, percent).
 * All are meant for patterns compiled with the `u` flag (and usually `i`, `g`).
 */

/** A printed number: digits with `.`/`,` separators. Which convention it follows is checked by parseNumber. */
export const NUMBER = String.raw`\d+(?:[.,]\d+)*`;

/**
 * A number starts a token: not glued to a letter or digit before it (`QH15`, `m2`), not the tail of a
 * date or symbol (`21/4`), not the tail of a separated number (`1.234` must not be read from `234`), not
 * hyphenated to a word (`Covid-19`, `TT-15`).
 */
export const NUMBER_START = String.raw`(?<![\p{L}\p{N}/])(?<!\p{N}[.,])(?<!\p{L}[-–])`;

/** Horizontal whitespace within a cell: a figure and its unit never span a line break or a table tab. */
export const HSPACE = String.raw`[^\S\n\t]`;

/** End of a word: no letter or ASCII digit follows (a superscript footnote digit may). */
export const WORD_END = String.raw`(?![\p{L}\d])`;

/** Footnote markers glued to a figure (`350.195 tỷ đồng³`). */
export const FOOTNOTE = String.raw`[¹²³⁰⁴⁵⁶⁷⁸⁹]+`;

/** Scale words (`nghìn tỷ` before `nghìn` so the longer form wins). */
export const SCALE = String.raw`(?:nghìn|ngàn|triệu)${HSPACE}+(?:tỷ|tỉ)|nghìn|ngàn|triệu|tỷ|tỉ`;
/** What a scale word can start with (for numberFind; flags `iu` like the patterns). */
export const SCALE_START = /[nt]/iu;

/** Not the tail of a composite figure (`200 triệu` in `1 tỷ 200 triệu đồng`): no `<number> <scale>` right before. */
export const NOT_COMPOSITE_TAIL = String.raw`(?<!\d${HSPACE}*(?:${SCALE})${HSPACE}+)`;
