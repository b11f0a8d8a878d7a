/** Unicode superscript digits, indexed by the digit they stand for. */
export const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'] as const;

const ASCII_DIGIT = /[0-9]/g;
const LEADING_SUPERSCRIPT_DIGIT = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

/** Replaces the ASCII digits of `text` with superscript digits; other characters are kept. */
export function toSuperscript(text: string): string {
  return text.replace(ASCII_DIGIT, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** True when `text` starts with a superscript digit (a footnote typed inline: "¹ Công văn số ..."). */
export function startsWithSuperscriptDigit(text: string): boolean {
  return LEADING_SUPERSCRIPT_DIGIT.test(text);
}
