/**
 * UTF-8 validity of a byte range, counted the way the WHATWG decoder (TextDecoder) replaces: each
 * maximal invalid subpart is one error, i.e. one U+FFFD in a lenient decode.
 */

export interface Utf8Scan {
  /** Invalid sequences (= U+FFFD a lenient decoder writes). */
  invalid: number;
  /** Well-formed multi-byte sequences. */
  multibyte: number;
}

/** Valid second-byte range for a lead byte (Unicode Table 3-7); 0 for a byte that cannot lead. */
function secondByteRange(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf, 1];
  if (lead === 0xe0) return [0xa0, 0xbf, 2];
  if (lead === 0xed) return [0x80, 0x9f, 2];
  if (lead >= 0xe1 && lead <= 0xef) return [0x80, 0xbf, 2];
  if (lead === 0xf0) return [0x90, 0xbf, 3];
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf, 3];
  if (lead === 0xf4) return [0x80, 0x8f, 3];
  return [0, 0, 0];
}

export function scanUtf8(bytes: Uint8Array, from = 0, to = bytes.length): Utf8Scan {
  let invalid = 0;
  let multibyte = 0;
  let i = from;
  while (i < to) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [lo, hi, more] = secondByteRange(lead);
    i++;
    if (more === 0) {
      invalid++;
      continue;
    }
    if (i >= to || bytes[i] < lo || bytes[i] > hi) {
      invalid++;
      continue;
    }
    i++;
    let k = 1;
    while (k < more && i < to && bytes[i] >= 0x80 && bytes[i] <= 0xbf) {
      i++;
      k++;
    }
    if (k < more) invalid++;
    else multibyte++;
  }
  return { invalid, multibyte };
}

/** U+FFFD in a decoded text (an upper bound of the replacements a lenient decoder made). */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
