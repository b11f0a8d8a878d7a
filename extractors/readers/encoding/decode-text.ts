/**
 * Bytes of a .txt file -> Unicode text (not yet NFC: the assembler normalises), the encoding found, and
 * warnings about what could not be read faithfully.
 *
 * Order: BOM (UTF-8, UTF-16 LE/BE) -> BOM-less UTF-16 -> binary check and stray NULs -> strict UTF-8 ->
 * invalid UTF-8 (legacy code page, broken UTF-8, or a mix; see decode-invalid-utf8.ts). Unicode text is
 * then searched for legacy-font lines stored as Unicode characters (legacy-in-unicode.ts).
 */
import { DoisoatError } from '../../../pipeline/errors.js';
import { detectBom } from './bom.js';
import { MAX_SCORED_WORDS } from './candidates.js';
import { countControlBytes, countControlChars, looksBinary, removeNulBytes } from './control-bytes.js';
import { decodeInvalidUtf8, type Decoded } from './decode-invalid-utf8.js';
import { decodeTcvn3 } from './decode-tcvn3.js';
import { convertLegacyInUnicode } from './legacy-in-unicode.js';
import { scoreVietnamese, validShare } from './score.js';
import { findLostUppercaseWords, lostUppercaseWarningFor } from './tcvn3-uppercase.js';
import { decodeUtf16, guessUtf16WithoutBom, type Utf16Encoding } from './utf16.js';
import { scanUtf8 } from './utf8-scan.js';

export type { Decoded };

/** Control bytes in a full TCVN 5712 (VN1) text are its upper-case letters when it reads this well. */
const VN1_TEXT_SHARE = 0.6;
const VN1_MIN_WORDS = 20;
const BINARY_SNIFF_BYTES = 64 * 1024;
const UNICODE_ENCODINGS: readonly string[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'];

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });

function isWhitespaceOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII spaces and controls, NBSP, the Unicode spaces, BOM.
    if (c > 0x20 && c !== 0xa0 && c !== 0xfeff && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200b)) return false;
  }
  return true;
}

function readsAsVn1(bytes: Uint8Array): boolean {
  const score = scoreVietnamese(decodeTcvn3(bytes.subarray(0, BINARY_SNIFF_BYTES)), MAX_SCORED_WORDS);
  return score.words >= VN1_MIN_WORDS && validShare(score) >= VN1_TEXT_SHARE;
}

function decodeUtf8Bytes(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  try {
    return { text: UTF8_STRICT.decode(bytes), encoding, warnings: [] };
  } catch {
    if (encoding === 'utf-8') return decodeInvalidUtf8(bytes);
    const invalid = scanUtf8(bytes).invalid;
    return { text: UTF8_LENIENT.decode(bytes), encoding, warnings: [`invalid_utf8: ${invalid} sequences`] };
  }
}

function decodeUtf16Bytes(bytes: Uint8Array, encoding: Utf16Encoding, withBom: boolean): Decoded {
  const { text, invalid, oddByte } = decodeUtf16(bytes, encoding);
  const warnings: string[] = [];
  if (!withBom) warnings.push(`utf16_without_bom: ${encoding}`);
  if (invalid > 0) warnings.push(`invalid_utf16: ${invalid} sequences`);
  if (oddByte) warnings.push('utf16_odd_byte_dropped');
  const controls = countControlChars(text);
  if (looksBinary(controls, text.length)) throw new DoisoatError('binary_text');
  if (controls.nul === 0) return { text, encoding, warnings };
  warnings.push(`nul_bytes_removed: ${controls.nul}`);
  return { text: text.replaceAll('\0', ''), encoding, warnings };
}

/** UTF-8 (with or without BOM) or a legacy 8-bit code page: binary check, stray NULs, then decoding. */
function decodeEightBit(raw: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  const controls = countControlBytes(raw);
  if (looksBinary(controls, raw.length) && !readsAsVn1(raw)) throw new DoisoatError('binary_text');
  const bytes = controls.nul > 0 ? removeNulBytes(raw, controls.nul) : raw;
  const decoded = decodeUtf8Bytes(bytes, encoding);
  if (controls.nul > 0) decoded.warnings.unshift(`nul_bytes_removed: ${controls.nul}`);
  return decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  if (bom?.encoding === 'utf-8-bom') return decodeEightBit(bytes.subarray(bom.length), 'utf-8-bom');
  if (bom) return decodeUtf16Bytes(bytes.subarray(bom.length), bom.encoding as Utf16Encoding, true);
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return decodeUtf16Bytes(bytes, utf16, false);
  return decodeEightBit(bytes, 'utf-8');
}

/** Unicode text whose lines are legacy-font characters: convert them, and say so. */
function repairLegacyInUnicode(decoded: Decoded): Decoded {
  const legacy = convertLegacyInUnicode(decoded.text);
  if (!legacy) return decoded;
  const warnings = [
    ...decoded.warnings,
    `legacy_font_text: ${legacy.convertedLines} lines of ${legacy.encoding} characters stored as Unicode, converted`,
  ];
  const lost = legacy.encoding === 'tcvn3' ? lostUppercaseWarningFor(findLostUppercaseWords(legacy.text)) : null;
  if (lost) warnings.push(lost);
  return { text: legacy.text, encoding: decoded.encoding, warnings };
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DoisoatError('empty_file');
  let decoded = decodeBytes(bytes);
  const unicode = UNICODE_ENCODINGS.includes(decoded.encoding);
  if (unicode && !decoded.warnings.some((w) => w.startsWith('mixed_encodings'))) decoded = repairLegacyInUnicode(decoded);
  if (isWhitespaceOnly(decoded.text)) throw new DoisoatError('no_text');
  return decoded;
}
