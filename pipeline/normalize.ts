import { TextBuilder } from './textmap.js';

/**
 * Normalise one piece of source text into the builder: NFC per grapheme cluster (so every composed
 * character maps back to its source cluster), whitespace runs folded to one space, invisible characters
 * (zero-width, BOM, soft hyphen) and bidi controls dropped, Markdown residue (`**`, `__`, `*` emphasis
 * markers) dropped. Plain runs between special characters are copied in one slice, so the cost is one
 * native regex scan plus one NFC check per run.
 */
// a single ASCII space between words is plain text; a run of spaces, other white space and the rest are special
const SPECIAL = /[\t\n\r\v\f\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF\u00AD\u061C\u0085*_\p{M}]| (?= |$)/gu;
const WS = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const COMBINING = /\p{M}/u;

export interface NormalizeStats {
  invisible: number;
  bidi: number;
}

export function normalizeInto(b: TextBuilder, s: string, srcBase: number, stats: NormalizeStats): void {
  const n = s.length;
  // one global pattern for every call (not reentrant: nothing below calls back here)
  const re = SPECIAL;
  let i = 0;
  // never start with a space, nor double the space the builder already ends with
  const last = b.lastChar();
  if (b.length === 0 || last === ' ' || last === '\n' || last === '\t') while (i < n && WS.test(s[i])) i++;
  while (i < n) {
    re.lastIndex = i;
    const m = re.exec(s);
    let j = m ? m.index : n;
    // a combining mark belongs to the cluster of the character before it
    if (m && COMBINING.test(m[0]) && j > i) j = clusterStart(s, j, i);
    if (j > i) {
      pushPlain(b, s.slice(i, j), srcBase + i);
      i = j;
      continue;
    }
    const c = s[i];
    if (WS.test(c)) {
      let k = i + 1;
      while (k < n && WS.test(s[k])) k++;
      const last = b.lastChar();
      if (b.length > 0 && last !== ' ' && last !== '\n' && last !== '\t') b.push(' ', srcBase + i);
      i = k;
      continue;
    }
    if (INVISIBLE.test(c)) { stats.invisible++; i++; continue; }
    if (BIDI.test(c)) { stats.bidi++; i++; continue; }
    if (c === '*' || c === '_') {
      if (s[i + 1] === c) { i += 2; continue; }
      if (c === '*' && isEmphasisStar(s, i)) { i++; continue; }
      b.push(c, srcBase + i);
      i++;
      continue;
    }
    // a grapheme cluster: a base (or a lone mark) followed by combining marks, composed to NFC
    let k = i + 1;
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && k < n) k++;
    while (k < n && COMBINING.test(s[k])) k++;
    const cluster = s.slice(i, k);
    const nfc = cluster.normalize('NFC');
    if (nfc === cluster) b.push(cluster, srcBase + i);
    else b.pushSynthetic(nfc, srcBase + i);
    i = k;
  }
}

/** Index of the base character of the cluster whose mark is at `j` (never before `floor`). */
function clusterStart(s: string, j: number, floor: number): number {
  let k = j - 1;
  if (k > floor && s.charCodeAt(k) >= 0xdc00 && s.charCodeAt(k) <= 0xdfff) k--;
  return Math.max(k, floor);
}

/** A run without specials is already NFC unless it holds a singleton such as U+212B; check, then copy. */
function pushPlain(b: TextBuilder, run: string, src: number): void {
  if (run.normalize('NFC') === run) { b.push(run, src); return; }
  for (let i = 0; i < run.length; ) {
    const cp = run.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const nfc = ch.normalize('NFC');
    if (nfc === ch) b.push(ch, src + i);
    else b.pushSynthetic(nfc, src + i);
    i += ch.length;
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
