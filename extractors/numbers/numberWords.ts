/**
 * Vietnamese numbers in words, as written after `Bằng chữ:` (`Hai tỷ ba trăm triệu`,
 * `bốn trăm hai mươi mốt tỷ, một trăm sáu mươi bốn triệu`), parsed to an exact bigint.
 * Null when a word is not a number word or the words do not form a number.
 */
export const DIGIT_WORDS: Readonly<Record<string, bigint>> = {
  không: 0n, một: 1n, mốt: 1n, hai: 2n, ba: 3n, bốn: 4n, tư: 4n, năm: 5n, lăm: 5n, nhăm: 5n,
  sáu: 6n, bảy: 7n, bẩy: 7n, tám: 8n, chín: 9n,
};
/** `mười` is ten (`mười lăm` 15); `mươi` multiplies the digit before it (`hai mươi` 20). */
const TEN = 'mười';
const TENS = 'mươi';
const HUNDRED = 'trăm';
/** `linh`/`lẻ` mark an empty tens place (`một trăm linh năm` 105). */
const ZERO_TENS = new Set(['linh', 'lẻ']);
const THOUSAND = new Set(['nghìn', 'ngàn']);
const MILLION = 'triệu';
const BILLION = new Set(['tỷ', 'tỉ']);

export function parseNumberWords(words: string): bigint | null {
  const tokens = words.normalize('NFC').toLowerCase().split(/[\s,;–-]+/u).filter((t) => t.length > 0);
  if (tokens.length === 0) return null;
  let total = 0n; // everything already multiplied by tỷ
  let mid = 0n; // thousands and millions below one tỷ
  let small = 0n; // below one thousand
  let digit: bigint | null = null;
  const flush = (): bigint => { const v = small + (digit ?? 0n); small = 0n; digit = null; return v; };
  for (const t of tokens) {
    const d = DIGIT_WORDS[t];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
    } else if (t === TEN) {
      if (digit !== null || small % 100n !== 0n) return null;
      small += 10n;
    } else if (t === TENS) {
      if (digit === null || digit < 2n || small % 100n !== 0n) return null;
      small += digit * 10n;
      digit = null;
    } else if (t === HUNDRED) {
      if (digit === null || small !== 0n) return null;
      small = digit * 100n;
      digit = null;
    } else if (ZERO_TENS.has(t)) {
      if (digit !== null || small % 100n !== 0n) return null;
    } else if (THOUSAND.has(t)) {
      const v = flush();
      if (v === 0n) return null;
      mid += v * 1_000n;
    } else if (t === MILLION) {
      const v = flush();
      if (v === 0n && mid === 0n) return null;
      mid = v === 0n ? mid * 1_000_000n : mid + v * 1_000_000n;
    } else if (BILLION.has(t)) {
      const v = flush();
      if ((v === 0n && mid === 0n) || total !== 0n) return null;
      total = (mid + v) * 1_000_000_000n;
      mid = 0n;
    } else {
      return null;
    }
  }
  return total + mid + flush();
}
