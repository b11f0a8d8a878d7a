/**
 * The legacy 8-bit candidates and how they are ranked on a sample: by the valid Vietnamese syllables they
 * produce plus marker words and font names (RankedCandidate.evidence), then in LEGACY_ORDER.
 */
import iconv from 'iconv-lite';
import { decodeTcvn3 } from './decode-tcvn3.js';
import { decodeVni } from './decode-vni.js';
import { markerHits, type LegacyName } from './markers.js';
import { scoreVietnamese, type VietnameseScore } from './score.js';
import { findLostUppercaseWords } from './tcvn3-uppercase.js';

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
  /** Valid syllables + marker hits (+ TCVN3's typed upper-case words like `BAáO`, a TCVN3-only habit). */
  evidence: number;
}

export function rankLegacy(sample: Uint8Array): RankedCandidate[] {
  const hits = markerHits(sample);
  const ranked = LEGACY_ORDER.map((name) => {
    const text = LEGACY_DECODERS[name](sample);
    const score = scoreVietnamese(text, MAX_SCORED_WORDS);
    const typedUppercase = name === 'tcvn3' ? findLostUppercaseWords(text).length : 0;
    return { name, score, evidence: score.valid + hits[name] + typedUppercase };
  });
  return ranked.sort((a, b) => b.evidence - a.evidence || LEGACY_ORDER.indexOf(a.name) - LEGACY_ORDER.indexOf(b.name));
}
