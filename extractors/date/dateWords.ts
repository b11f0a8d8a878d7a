/**
 * Shared regular-expression pieces for the date parsers (flags `giu` everywhere).
 * Every pattern matches exactly the span it reports: context is checked with look-arounds.
 */

/** One blank that does not cross a line (space, tab, NBSP). */
export const SP = '[^\\S\\n]';
/** Blanks with at most one line break, for spelled dates in hard-wrapped text (`ngày 20⏎tháng 11 năm 2025`). */
export const WRAP = `(?:${SP}+|${SP}*\\n${SP}*)`;
/** The match may not continue a word or a number on its left. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** A 4-digit year that is not the start of a longer number, a decimal or a symbol (`2022/TT-BTTTT`).
 * A superscript footnote mark may follow (`2021-2025²`): only ASCII digits continue a number. */
export const YEAR_END = '(?![0-9]|[.,][0-9]|/[\\p{L}0-9])';
/** Dashes used between the two years of a range. */
export const DASHES = '[-–—‐‑−]';

/** Roman quarter numerals as printed in `Quý III/2023`. */
export const ROMAN_QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** Plausible years for the bare-year forms (`năm 2022`, `2021 - 2025`); full dates keep any 4 digits. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;
/** The widest span a year range may have (`2021 - 2030` is a plan period; `1990 - 2990` is not a range). */
export const MAX_RANGE_YEARS = 100;

/** Make a sticky (anchored) copy of a global pattern for `parseDateAt`. */
export function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}
