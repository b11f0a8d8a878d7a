/**
 * Regular-expression source for `number/symbol` as printed (no flags of its own: used inside `gu`,
 * never `i`, so codes stay upper case). Forms (domain.md §2):
 *   administrative `15/QĐ-BNV`, Công văn `1532/SLĐTBXH-BTXHTE`, normative `06/2022/TT-BTTTT`,
 *   `24/2021/QH15`, joint `12/2015/TTLT-BTC-BNV`, party `47-NQ/TU`;
 * and their variants: `NĐ–CP` (dashes), `TT- NHNN` / `2043 /BC-UBND` (stray spaces), `SLĐT BXH-BTXHTE`
 * (a space inside a code that continues with a separator), `NĐCP`, `TTLT/BTC-BNV`, `0204/KH-UBND`,
 * `75/KH-⏎UBND` (a code broken after its hyphen by a page break), `NÐ-CP` / Cyrillic look-alikes.
 */

/** Upper-case letters of codes: Latin, Đ, Icelandic Ð (U+00D0), Greek and Cyrillic capitals (look-alikes). */
export const CODE_UPPER = 'A-ZĐ\\u00D0\\u0391-\\u03A9\\u0410-\\u042F';
/** Lower-case letters that occur inside codes: `TTr`, `CTr`, `TrS`, `QyĐ`, `QĐi`, `TTg`. */
export const CODE_LOWER = 'rygi';
/** A blank that does not cross a line. */
export const SP = '[^\\S\\n]';
/** Blanks with at most one line break (a hard-wrapped line: `Nghị định số⏎15/2018/NĐ-CP`), never a blank line. */
export const WRAP = `(?:${SP}+|${SP}*\\n${SP}*)`;
/** Dashes that stand for the hyphen of a symbol. */
export const SYMBOL_DASHES = '-–—‐‑−';

/** One code group: `QĐ`, `BTTTT`, `QH15`, `TTg`. */
const GROUP = `[${CODE_UPPER}](?:[${CODE_UPPER}0-9]|[${CODE_LOWER}](?![\\p{Ll}]))*`;
/** Between groups: a hyphen (maybe spaced, maybe broken across a page/line) or a slash (maybe spaced). */
const SEPARATOR = `(?:${SP}?[${SYMBOL_DASHES}](?:${SP}?|${SP}*\\n{1,3}${SP}*)|${SP}?/${SP}?)`;
/** A group, joined with a second one across a stray space only when a separator and a group follow. */
const JOINED_GROUP = `${GROUP}(?:${SP}${GROUP}(?=${SEPARATOR}[${CODE_UPPER}]))?`;
/** The code part after the number (and year). */
const CODES = `${JOINED_GROUP}(?:${SEPARATOR}${JOINED_GROUP})*(?![\\p{L}0-9])`;

/** The number: not glued to a word, a number, a decimal/slash/dash, or `05:` (`QCVN 05:2024/BCA`). */
const NUMBER = '(?<![\\p{L}\\p{N}./,\\-–]|\\p{N}:)\\d{1,6}';
const SLASH = `${SP}?/${SP}?`;
const YEAR = `\\d{4}${SLASH}`;
/** Party form: `47-NQ/TU` — a dash, one group, then a slash. */
const PARTY_OPENING = `${SP}?[-–]${SP}?(?=${GROUP}${SP}?/)`;

/** number + symbol, as one match: `06/2022/TT-BTTTT`, `1532/SLĐT BXH-BTXHTE`, `47-NQ/TU`. */
export const NUMBER_SYMBOL = `${NUMBER}(?:${SLASH}(?:${YEAR})?|${PARTY_OPENING})${CODES}`;
