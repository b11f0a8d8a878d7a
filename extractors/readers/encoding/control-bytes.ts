/**
 * Control characters: a text file has tabs, line breaks and form feeds (pdftotext page breaks), and
 * maybe a few stray NULs; binary data has control characters everywhere.
 */

/** TAB, LF, VT, FF, CR, and SUB (the DOS end-of-file mark). */
const TEXT_CONTROLS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a]);

export interface ControlCount {
  nul: number;
  /** Control characters other than NUL and TEXT_CONTROLS (DEL included). */
  other: number;
}

function isOtherControl(c: number): boolean {
  return (c < 0x20 && c !== 0 && !TEXT_CONTROLS.has(c)) || c === 0x7f;
}

export function countControlBytes(bytes: Uint8Array): ControlCount {
  let nul = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 0x20 || b === 0x7f) if (isOtherControl(b)) other++;
  }
  return { nul, other };
}

export function countControlChars(text: string): ControlCount {
  let nul = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (isOtherControl(c)) other++;
  }
  return { nul, other };
}

/**
 * Binary when control characters exceed this share of the units, beyond a small allowance: real text has
 * none; uniform noise has about 12 %.
 */
const BINARY_SHARE = 0.02;
const ALLOWANCE = 8;

export function looksBinary(count: ControlCount, units: number): boolean {
  const controls = count.nul + count.other;
  return controls > ALLOWANCE && controls > units * BINARY_SHARE;
}

export function removeNulBytes(bytes: Uint8Array, nul: number): Uint8Array {
  const out = new Uint8Array(bytes.length - nul);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) out[n++] = bytes[i];
  return out;
}
