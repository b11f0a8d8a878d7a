/**
 * Bytes that are not valid UTF-8: a legacy 8-bit file, a UTF-8 file with a few broken sequences, or a
 * mix of both (UTF-8 lines pasted next to TCVN3 lines). Works line by line (LF):
 *
 * 1. every line is ASCII, valid UTF-8 with multi-byte characters, or invalid;
 * 2. the invalid lines (a sample of them) choose between a lenient UTF-8 reading and the best legacy
 *    code page, by the number of valid Vietnamese syllables;
 * 3. a legacy reading decodes the invalid lines with that code page, and keeps a valid UTF-8 line as
 *    UTF-8 unless the code page reads it better; lines of one kind are decoded together.
 */
import { LEGACY_DECODERS, MAX_SCORED_WORDS, rankLegacy, type LegacyName } from './candidates.js';
import { scoreVietnamese, validShare } from './score.js';
import { findLostUppercaseWords, lostUppercaseWarningFor } from './tcvn3-uppercase.js';
import { scanUtf8 } from './utf8-scan.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

/** Bytes of invalid lines the choice is made on. */
const SAMPLE_BYTES = 256 * 1024;
/** Below this share of valid syllables the chosen code page is reported as a guess. */
const CONFIDENT_SHARE = 0.5;
const LF = 0x0a;

const UTF8_LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });

function* lineRanges(bytes: Uint8Array): Generator<[number, number]> {
  for (let start = 0; start < bytes.length; ) {
    const lf = bytes.indexOf(LF, start);
    const end = lf < 0 ? bytes.length : lf + 1;
    yield [start, end];
    start = end;
  }
}

interface Survey {
  invalidSequences: number;
  multibyteLines: number;
  sample: Uint8Array;
}

function survey(bytes: Uint8Array): Survey {
  const sample = new Uint8Array(Math.min(bytes.length, SAMPLE_BYTES));
  let sampled = 0;
  let invalidSequences = 0;
  let multibyteLines = 0;
  for (const [s, e] of lineRanges(bytes)) {
    const scan = scanUtf8(bytes, s, e);
    invalidSequences += scan.invalid;
    if (scan.invalid === 0 && scan.multibyte > 0) multibyteLines++;
    if (scan.invalid > 0 && sampled < sample.length) {
      const take = Math.min(e - s, sample.length - sampled);
      sample.set(bytes.subarray(s, s + take), sampled);
      sampled += take;
    }
  }
  return { invalidSequences, multibyteLines, sample: sample.subarray(0, sampled) };
}

function lenientUtf8(bytes: Uint8Array, invalid: number): Decoded {
  return { text: UTF8_LENIENT.decode(bytes), encoding: 'utf-8', warnings: [`invalid_utf8: ${invalid} sequences`] };
}

export function decodeInvalidUtf8(bytes: Uint8Array): Decoded {
  const { invalidSequences, multibyteLines, sample } = survey(bytes);
  const [best] = rankLegacy(sample);
  const asUtf8 = scoreVietnamese(UTF8_LENIENT.decode(sample), MAX_SCORED_WORDS);
  if (best.evidence === 0 && asUtf8.valid === 0) {
    // Nothing Vietnamese either way: UTF-8 if the file shows real UTF-8 elsewhere, else a Latin text.
    if (multibyteLines > 0) return lenientUtf8(bytes, invalidSequences);
    return decodeLegacy(bytes, 'windows-1258', [`encoding_uncertain: windows-1258 (no Vietnamese words found)`]);
  }
  if (asUtf8.valid >= best.evidence) return lenientUtf8(bytes, invalidSequences);
  const share = validShare(best.score);
  const warnings =
    share < CONFIDENT_SHARE
      ? [`encoding_uncertain: ${best.name} (${Math.round(share * 100)}% of words are Vietnamese syllables)`]
      : [];
  return decodeLegacy(bytes, best.name, warnings);
}

type Kind = 'legacy' | 'utf8';

function decodeLegacy(bytes: Uint8Array, name: LegacyName, warnings: string[]): Decoded {
  const decodeAs = LEGACY_DECODERS[name];
  const parts: string[] = [];
  const lostUppercase: string[] = [];
  let legacyLines = 0;
  let utf8Lines = 0;
  let runStart = 0;
  let runKind: Kind = 'legacy';
  const flush = (end: number): void => {
    if (end === runStart) return;
    const chunk = bytes.subarray(runStart, end);
    const text = runKind === 'legacy' ? decodeAs(chunk) : UTF8_LENIENT.decode(chunk);
    if (runKind === 'legacy' && name === 'tcvn3') lostUppercase.push(...findLostUppercaseWords(text));
    parts.push(text);
    runStart = end;
  };
  for (const [s, e] of lineRanges(bytes)) {
    const scan = scanUtf8(bytes, s, e);
    let kind: Kind | null = null; // null: ASCII, joins the current run
    if (scan.invalid > 0) kind = 'legacy';
    else if (scan.multibyte > 0) {
      const line = bytes.subarray(s, e);
      const asLegacy = scoreVietnamese(decodeAs(line), MAX_SCORED_WORDS);
      const asUtf8 = scoreVietnamese(UTF8_LENIENT.decode(line), MAX_SCORED_WORDS);
      kind = asLegacy.valid > asUtf8.valid ? 'legacy' : 'utf8';
    }
    if (kind === 'legacy') legacyLines++;
    if (kind === 'utf8') utf8Lines++;
    if (kind !== null && kind !== runKind) {
      flush(s);
      runKind = kind;
    }
  }
  flush(bytes.length);
  if (utf8Lines > 0) warnings.push(`mixed_encodings: ${legacyLines} lines ${name}, ${utf8Lines} lines utf-8`);
  const lost = lostUppercaseWarningFor(lostUppercase);
  if (lost) warnings.push(lost);
  return { text: parts.join(''), encoding: utf8Lines > legacyLines ? 'utf-8' : name, warnings };
}
