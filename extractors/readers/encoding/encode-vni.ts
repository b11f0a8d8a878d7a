/**
 * Unicode -> VNI bytes, the inverse of decode-vni.ts (tests build VNI files with it). Characters VNI
 * cannot hold become `?`, as a code-page encoder does.
 */
import { CP1252_BYTES } from './single-byte.js';
import { VNI_PAIRS, VNI_SINGLES } from './vni-table.js';

const QUESTION_MARK = 0x3f;

/** Code point -> VNI bytes; single bytes first, then pairs (lower-case mark for a lower-case base). */
const VNI_BYTES: ReadonlyMap<number, readonly number[]> = (() => {
  const bytes = new Map<number, readonly number[]>();
  for (const [byte, cp] of VNI_SINGLES) bytes.set(cp, [byte]);
  for (const [key, cp] of VNI_PAIRS) {
    const base = key >> 8;
    const mark = key & 0xff;
    const baseUpper = (base >= 0x41 && base <= 0x5a) || (base >= 0xc0 && base < 0xe0);
    const sameCase = baseUpper === mark < 0xe0;
    if (!bytes.has(cp) && sameCase) bytes.set(cp, [base, mark]);
  }
  return bytes;
})();

export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else out.push(...(VNI_BYTES.get(cp) ?? [CP1252_BYTES.get(cp) ?? QUESTION_MARK]));
  }
  return Uint8Array.from(out);
}
