/**
 * VNI bytes -> Unicode. Longest match first: a base byte followed by a mark byte is one letter
 * (see vni-table.ts); otherwise a VNI single-byte letter; otherwise the Windows-1252 character.
 * One pass, one output array: linear in the input.
 */
import { CP1252, unitsToString } from './single-byte.js';
import { VNI_BASE_BYTES, VNI_PAIRS, VNI_SINGLES } from './vni-table.js';

export function decodeVni(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (i + 1 < bytes.length && VNI_BASE_BYTES.has(b)) {
      const pair = VNI_PAIRS.get((b << 8) | bytes[i + 1]);
      if (pair !== undefined) {
        out[n++] = pair;
        i++;
        continue;
      }
    }
    out[n++] = b < 0x80 ? b : (VNI_SINGLES.get(b) ?? CP1252[b]);
  }
  return unitsToString(out, n);
}
