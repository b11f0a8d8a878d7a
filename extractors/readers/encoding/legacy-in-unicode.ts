/**
 * Legacy-font text stored as Unicode characters: text copied out of a `.VnTime` or `VNI-Times` document
 * keeps the Windows-1252 characters the font drew (`ViÖt Nam`, `Vieät Nam`), even in a UTF-8 or UTF-16
 * file. Such lines are turned back into their bytes and decoded with the legacy code page, when that
 * gives clearly more Vietnamese syllables than the text as it stands.
 */
import { LEGACY_DECODERS, MAX_SCORED_WORDS, rankLegacy, type LegacyName } from './candidates.js';
import { scoreVietnamese, validShare } from './score.js';
import { CP1252, CP1252_BYTES, decodeWithTable } from './single-byte.js';

/**
 * The Latin-1 letters Vietnamese itself uses, and Ð/ð that real text uses for Đ/đ (`NÐ-CP`); any other
 * Latin-1 character is suspect.
 */
const VIETNAMESE_LATIN1: ReadonlySet<number> = new Set(
  Array.from('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýÐð', (c) => c.charCodeAt(0)),
);
/** Fewer suspect characters than this in the whole text: nothing to look at. */
const MIN_SUSPECTS = 3;
/** A converted line must reach this share of valid syllables. */
const MIN_VALID_SHARE = 0.5;
/** The suspect lines together must gain at least this many valid syllables from the code page. */
const MIN_SAMPLE_GAIN = 5;
/** Bytes of suspect lines the code page is chosen on. */
const SAMPLE_CHARS = 256 * 1024;

function isSuspect(c: number): boolean {
  return c >= 0xa1 && c <= 0xff && !VIETNAMESE_LATIN1.has(c);
}

function countSuspects(text: string, from: number, to: number, stopAt: number): number {
  let n = 0;
  for (let i = from; i < to && n < stopAt; i++) if (isSuspect(text.charCodeAt(i))) n++;
  return n;
}

/** The line as Windows-1252 bytes, or null when a character has no byte there (real Unicode). */
function toCp1252(line: string): Uint8Array | null {
  const out = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const b = CP1252_BYTES.get(line.charCodeAt(i));
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

export interface LegacyInUnicode {
  text: string;
  encoding: LegacyName;
  convertedLines: number;
}

function* lineRanges(text: string): Generator<[number, number]> {
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    yield [start, end];
    start = end;
  }
}

/** Null when the text has no legacy-font lines. */
export function convertLegacyInUnicode(text: string): LegacyInUnicode | null {
  if (countSuspects(text, 0, text.length, MIN_SUSPECTS) < MIN_SUSPECTS) return null;
  const sample: number[] = [];
  for (const [s, e] of lineRanges(text)) {
    if (sample.length >= SAMPLE_CHARS) break;
    if (countSuspects(text, s, e, 1) === 0) continue;
    const bytes = toCp1252(text.slice(s, e));
    if (bytes) for (const b of bytes) sample.push(b);
  }
  if (sample.length === 0) return null;
  const sampleBytes = Uint8Array.from(sample);
  const [best] = rankLegacy(sampleBytes);
  const asIs = scoreVietnamese(decodeWithTable(sampleBytes, CP1252), MAX_SCORED_WORDS);
  if (best.score.valid - asIs.valid < MIN_SAMPLE_GAIN || validShare(best.score) < MIN_VALID_SHARE) return null;
  const encoding = best.name;
  const decode = LEGACY_DECODERS[encoding];
  const parts: string[] = [];
  let convertedLines = 0;
  let kept = 0;
  for (const [s, e] of lineRanges(text)) {
    if (countSuspects(text, s, e, 1) === 0) continue;
    const line = text.slice(s, e);
    const bytes = toCp1252(line);
    if (!bytes) continue;
    const decoded = decode(bytes);
    const before = scoreVietnamese(line, MAX_SCORED_WORDS);
    const after = scoreVietnamese(decoded, MAX_SCORED_WORDS);
    if (after.valid <= before.valid || validShare(after) < MIN_VALID_SHARE) continue;
    parts.push(text.slice(kept, s), decoded);
    kept = e;
    convertedLines++;
  }
  if (convertedLines === 0) return null;
  parts.push(text.slice(kept));
  return { text: parts.join(''), encoding, convertedLines };
}
