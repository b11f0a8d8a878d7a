/**
 * TCVN3 (ABC, fonts `.VnTime`, `.VnArial`) bytes -> Unicode through iconv-lite's `tcvn` table.
 *
 * iconv-lite's table is the full TCVN 5712 (VN1): it also puts upper-case accented letters on
 * 0x01-0x17 and 0x80-0x9F. The `.VnTime` fonts (VN3) leave those bytes to Windows, where 0x80-0x9F are
 * the typographic quotes, dashes, bullet and ellipsis, so those bytes are ambiguous: `0x93` is `“` in a
 * Word export and `Ỏ` in a VN1 file. Such a byte is read as the VN1 letter only when that makes its word a
 * valid syllable of two letters or more (`B 0x84 N` = `BẠN`); otherwise as the punctuation (`0x93 xin`
 * = `“xin`). The other VN1 bytes (`0x83` Á, `0x99` Ở, `0x16` Ý, ...) have no punctuation reading and
 * stay letters.
 * Byte 0xAD is `ư`, never a soft hyphen.
 */
import { isVietnameseSyllable } from './syllable.js';
import { CP1252, tableFromIconv, unitsToString } from './single-byte.js';

const TCVN = tableFromIconv('tcvn');

/** Bytes that are both a VN1 letter and Windows-1252 punctuation (€ ‚ „ … † ‡ ‰ ‹ ‘ ’ “ ” • – — ›). */
const PUNCTUATION_BYTES: ReadonlySet<number> = new Set([
  0x80, 0x82, 0x84, 0x85, 0x86, 0x87, 0x89, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x9b,
]);

/** A VN1 letter on a C0 control byte (0x01 Ú, 0x02 Ụ, ... 0x17 Ỵ). */
function isControlLetter(b: number): boolean {
  return b < 0x20 && TCVN[b] !== b;
}

/** A byte that can be part of a word (a letter in some reading). */
function isWordByte(b: number): boolean {
  return b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || isControlLetter(b);
}

/** Words longer than this are not syllables; bounding the scan keeps the decoder linear. */
const MAX_WORD_BYTES = 12;

function wordAround(bytes: Uint8Array, i: number): [number, number] | null {
  let start = i;
  while (start > 0 && isWordByte(bytes[start - 1])) if (i - --start > MAX_WORD_BYTES) return null;
  let end = i + 1;
  while (end < bytes.length && isWordByte(bytes[end])) if (++end - i > MAX_WORD_BYTES) return null;
  return [start, end];
}

export function decodeTcvn3(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = TCVN[bytes[i]];
  for (let i = 0; i < bytes.length; i++) {
    if (!PUNCTUATION_BYTES.has(bytes[i])) continue;
    const word = wordAround(bytes, i);
    const isLetter =
      word !== null && word[1] - word[0] > 1 && isVietnameseSyllable(unitsToString(out.subarray(word[0], word[1]), word[1] - word[0]));
    if (!isLetter) out[i] = CP1252[bytes[i]];
  }
  return unitsToString(out, bytes.length);
}
