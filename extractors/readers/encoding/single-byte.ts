/**
 * Single-byte code pages as 256-entry tables, and one fast table decoder shared by the legacy readers.
 * The decoder writes UTF-16 code units into one typed array (no per-character strings), so it stays
 * linear and light on a 50 MB file. Every table entry is a BMP code point.
 */
import iconv from 'iconv-lite';

export type ByteTable = Uint16Array;

/** The 256 code points iconv-lite gives for the bytes 0x00..0xFF in `encoding`. */
export function tableFromIconv(encoding: 'cp1252' | 'cp1258' | 'tcvn'): ByteTable {
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const text = iconv.decode(all, encoding);
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) table[i] = text.charCodeAt(i);
  return table;
}

const REPLACEMENT = 0xfffd;

/**
 * Windows-1252, the code page under the VNI and TCVN3 fonts. Its five undefined bytes (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) keep their Latin-1 code point instead of U+FFFD, as Windows itself does.
 */
export const CP1252: ByteTable = (() => {
  const t = tableFromIconv('cp1252');
  for (let i = 0; i < 256; i++) if (t[i] === REPLACEMENT) t[i] = i;
  return t;
})();

/** Reverse of CP1252: code point -> byte, for the characters the code page can hold. */
export const CP1252_BYTES: ReadonlyMap<number, number> = new Map(Array.from(CP1252, (cp, byte) => [cp, byte]));

/** UTF-16LE code units -> string, in one call. */
const UTF16LE = new TextDecoder('utf-16le');
export function unitsToString(units: Uint16Array, length: number): string {
  return UTF16LE.decode(new Uint8Array(units.buffer, units.byteOffset, length * 2));
}

/** Decodes bytes through a table: one code unit per byte. */
export function decodeWithTable(bytes: Uint8Array, table: ByteTable): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = table[bytes[i]];
  return unitsToString(out, bytes.length);
}
