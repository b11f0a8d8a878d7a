/**
 * Tell-tale byte strings of the legacy encodings (domain.md §5): font names left in the text by a
 * converter and the most frequent words as they look when the bytes are read as Windows-1252. They only
 * break ties between candidates: the syllable score decides.
 */
import { CP1252_BYTES } from './single-byte.js';

export type LegacyName = 'tcvn3' | 'vni' | 'windows-1258';

const FONT_NAMES: Readonly<Record<LegacyName, readonly string[]>> = {
  tcvn3: ['.VnTime', '.VnArial', '.VnCentury', '.VnBook'],
  vni: ['VNI-Times', 'VNI-Helve', 'VNI-Book', 'VNI-Aptima'],
  'windows-1258': [],
};

/** "Việt", "năm", "đồng", "QĐ", "người", "được" as their bytes show in Windows-1252. */
const MARKER_WORDS: Readonly<Record<LegacyName, readonly string[]>> = {
  tcvn3: ['ViÖt', 'n¨m', '®ång', 'Q§', 'ng\u00ADêi', '®\u00ADîc'],
  vni: ['Vieät', 'naêm', 'ñoàng', 'QÑ', 'ngöôøi', 'ñöôïc'],
  'windows-1258': [],
};

/** A font name weighs as much as this many marker words. */
const FONT_WEIGHT = 10;

function toBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => CP1252_BYTES.get(ch.charCodeAt(0)) ?? 0x3f);
}

const PATTERNS: ReadonlyArray<{ name: LegacyName; bytes: Uint8Array; weight: number }> = (
  Object.keys(FONT_NAMES) as LegacyName[]
).flatMap((name) => [
  ...FONT_NAMES[name].map((s) => ({ name, bytes: toBytes(s), weight: FONT_WEIGHT })),
  ...MARKER_WORDS[name].map((s) => ({ name, bytes: toBytes(s), weight: 1 })),
]);

function countOccurrences(haystack: Uint8Array, needle: Uint8Array): number {
  let count = 0;
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    count++;
  }
  return count;
}

/** Weighted marker hits per legacy encoding in a byte sample. */
export function markerHits(sample: Uint8Array): Record<LegacyName, number> {
  const hits: Record<LegacyName, number> = { tcvn3: 0, vni: 0, 'windows-1258': 0 };
  for (const p of PATTERNS) hits[p.name] += p.weight * countOccurrences(sample, p.bytes);
  return hits;
}
