/** Byte order marks and the encodings they announce. */

export type BomEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

const BOMS: ReadonlyArray<{ encoding: BomEncoding; bytes: readonly number[] }> = [
  { encoding: 'utf-8-bom', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

export function detectBom(bytes: Uint8Array): { encoding: BomEncoding; length: number } | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) {
      return { encoding: bom.encoding, length: bom.bytes.length };
    }
  }
  return null;
}
