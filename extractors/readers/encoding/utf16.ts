/**
 * UTF-16 text: decoding (with or without a BOM) and recognising BOM-less UTF-16 by its zero bytes
 * (most characters of a Vietnamese text, spaces and ASCII letters, have a zero high byte).
 */
import { countReplacements } from './utf8-scan.js';

export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** Bytes looked at to recognise BOM-less UTF-16. */
const SNIFF_BYTES = 4096;
/** At least this share of the high bytes are zero ... */
const MIN_ZERO_HIGH = 0.3;
/** ... and at most this share of the low bytes. */
const MAX_ZERO_LOW = 0.02;

export function guessUtf16WithoutBom(bytes: Uint8Array): Utf16Encoding | null {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * MIN_ZERO_HIGH && zeroEven <= pairs * MAX_ZERO_LOW) return 'utf-16le';
  if (zeroEven >= pairs * MIN_ZERO_HIGH && zeroOdd <= pairs * MAX_ZERO_LOW) return 'utf-16be';
  return null;
}

export interface Utf16Decoded {
  text: string;
  /** Unpaired surrogates replaced by U+FFFD. */
  invalid: number;
  /** A last odd byte that was dropped. */
  oddByte: boolean;
}

export function decodeUtf16(bytes: Uint8Array, encoding: Utf16Encoding): Utf16Decoded {
  const oddByte = bytes.length % 2 === 1;
  const body = oddByte ? bytes.subarray(0, bytes.length - 1) : bytes;
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), invalid: 0, oddByte };
  } catch {
    const strict = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { text: strict, invalid: countReplacements(strict), oddByte };
  }
}
