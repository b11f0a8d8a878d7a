/**
 * TCVN3 (ABC, fonts `.VnTime`, `.VnArial`) bytes -> Unicode through iconv-lite's `tcvn` table.
 *
 * iconv-lite's table is the full TCVN 5712 (VN1): it also puts upper-case accented letters on
 * 0x01-0x17 and 0x80-0x9F. The `.VnTime` fonts (VN3) leave those bytes to Windows, where 0x80-0x9F are
 * the typographic quotes, dashes, bullet and ellipsis, so a byte there is ambiguous: `0x93` is `“` in a
 * Word export and `Ỏ` in a VN1 file. It is read as the VN1 letter only when that makes its word a valid
 * syllable (`B 0x83 O` = `BÁO`); otherwise as the Windows-1252 character (or the control byte it is).
 * Byte 0xAD is `ư`, never a soft hyphen.
 */
import { isVietnameseSyllable } from './syllable.js';
import { CP1252, tableFromIconv, unitsToString } from './single-byte.js';

const TCVN = tableFromIconv('tcvn');

function isAmbiguous(b: number): boolean {
  return (b < 0x20 && TCVN[b] !== b) || (b >= 0x80 && b <= 0x9f);
}

/** What an ambiguous byte is when it is not a letter. */
function fallback(b: number): number {
  return b < 0x20 ? b : CP1252[b];
}

/** A byte that can be part of a word (a letter in some reading). */
function isWordByte(b: number): boolean {
  return b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || isAmbiguous(b);
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
    if (!isAmbiguous(bytes[i])) continue;
    const word = wordAround(bytes, i);
    const isLetter =
      word !== null && word[1] - word[0] > 1 && isVietnameseSyllable(unitsToString(out.subarray(word[0], word[1]), word[1] - word[0]));
    if (!isLetter) out[i] = fallback(bytes[i]);
  }
  return unitsToString(out, bytes.length);
}
