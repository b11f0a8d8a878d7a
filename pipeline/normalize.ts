import { TextBuilder } from './textmap.js';

/**
 * Normalise one piece of source text into the builder: NFC per grapheme cluster (so every composed
 * character maps back to its source cluster), whitespace runs folded to one space, invisible characters
 * (zero-width, BOM, soft hyphen, bidi controls) dropped, Markdown residue (`**`, `__`, lone `*` emphasis
 * markers) dropped. Returns how many invisible/bidi characters were dropped (reported as a warning).
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const COMBINING = /\p{M}/u;
const WS = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;

export interface NormalizeStats {
  invisible: number;
  bidi: number;
}

export function normalizeInto(b: TextBuilder, s: string, srcBase: number, stats: NormalizeStats): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s[i];
    // whitespace run → one space (never at the start of the text, never doubled)
    if (WS.test(c)) {
      let j = i + 1;
      while (j < n && WS.test(s[j])) j++;
      if (b.length > 0 && b.lastChar() !== ' ' && b.lastChar() !== '\n' && b.lastChar() !== '\t') b.push(' ', srcBase + i);
      i = j;
      continue;
    }
    if (INVISIBLE.test(c)) { stats.invisible++; i++; continue; }
    if (BIDI.test(c)) { stats.bidi++; i++; continue; }
    // Markdown residue: ** and __ pairs, and * emphasis markers next to a word boundary
    if (c === '*' || c === '_') {
      if (s[i + 1] === c) { i += 2; continue; }
      if (c === '*' && isEmphasisStar(s, i)) { i++; continue; }
    }
    // a grapheme cluster: base + combining marks
    let j = i + 1;
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    while (j < n && COMBINING.test(s[j])) j++;
    if (j === i + 1 && code < 0x300) {
      // fast path: a lone ASCII/Latin-1 character is already NFC
      b.push(c, srcBase + i);
    } else {
      const cluster = s.slice(i, j);
      const nfc = cluster.normalize('NFC');
      if (nfc === cluster) b.push(cluster, srcBase + i);
      else b.pushSynthetic(nfc, srcBase + i);
    }
    i = j;
  }
}

/** A `*` that opens (`*Nghị`) or closes (`2022*`) emphasis, not a multiplication or a footnote star. */
function isEmphasisStar(s: string, i: number): boolean {
  const prev = i > 0 ? s[i - 1] : ' ';
  const next = i + 1 < s.length ? s[i + 1] : ' ';
  const opens = /[\s(“"]/u.test(prev) && /[\p{L}\p{N}(]/u.test(next);
  const closes = /[\p{L}\p{N}).:;,)”"]/u.test(prev) && /[\s).,;:”"]|^$/u.test(next);
  return opens || closes;
}
