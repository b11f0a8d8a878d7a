/**
 * The legacy 8-bit candidates and how they are ranked on a sample: by the number of valid Vietnamese
 * syllables they produce, then by marker words and font names, then in LEGACY_ORDER.
 */
import iconv from 'iconv-lite';
import { decodeTcvn3 } from './decode-tcvn3.js';
import { decodeVni } from './decode-vni.js';
import { markerHits, type LegacyName } from './markers.js';
import { scoreVietnamese, type VietnameseScore } from './score.js';

export type { LegacyName };

export const LEGACY_DECODERS: Readonly<Record<LegacyName, (bytes: Uint8Array) => string>> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  'windows-1258': (bytes) => iconv.decode(bytes, 'cp1258'),
};

/** Tie order: TCVN3 was the most widespread legacy encoding in administrations. */
export const LEGACY_ORDER: readonly LegacyName[] = ['tcvn3', 'vni', 'windows-1258'];

/** Words scored per candidate: plenty to decide, bounded on a 50 MB file. */
export const MAX_SCORED_WORDS = 20_000;

export interface RankedCandidate {
  name: LegacyName;
  score: VietnameseScore;
  markers: number;
}

export function rankLegacy(sample: Uint8Array): RankedCandidate[] {
  const hits = markerHits(sample);
  const ranked = LEGACY_ORDER.map((name) => ({
    name,
    score: scoreVietnamese(LEGACY_DECODERS[name](sample), MAX_SCORED_WORDS),
    markers: hits[name],
  }));
  return ranked.sort(
    (a, b) =>
      b.score.valid + b.markers - (a.score.valid + a.markers) || LEGACY_ORDER.indexOf(a.name) - LEGACY_ORDER.indexOf(b.name),
  );
}
