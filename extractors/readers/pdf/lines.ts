/**
 * Glyphs → text lines. Glyphs are grouped by baseline (superscripts and subscripts join the line they hang on),
 * put in x order, and spaces are inserted where the gap between two glyphs says so, so a letter and its accent
 * drawn in another font stay one word. Each line keeps its words with their x extents: paragraphs and tables
 * are built from those.
 */
import type { PageGlyphs } from './glyphs.js';

export interface PdfWord {
  /** Offsets in the line text. */
  from: number;
  to: number;
  x0: number;
  x1: number;
}

export interface PdfLine {
  /** 1-based page. */
  page: number;
  /** Baseline, y downwards. */
  y: number;
  /** Top of the line (highest ascent of its glyphs, raised ones included). */
  top: number;
  /** Bottom of the line (lowest descent). */
  bottom: number;
  x0: number;
  x1: number;
  /** The font size most of the line's characters use. */
  size: number;
  /** Every non-space glyph is in a bold font. */
  bold: boolean;
  /** Text, NFC, words separated by one space. */
  text: string;
  words: PdfWord[];
  /** A space glyph is drawn after the last character (the line was broken at a space). */
  trailingSpace: boolean;
  /** Median width of the line's space glyphs as a share of the line size; 0 when it has none. */
  spaceRatio: number;
}

/** Two glyphs sit on one baseline when their baselines differ by less than this share of the font size. */
const SAME_BASELINE = 0.2;
/** A glyph is small (a superscript or subscript candidate) below this share of the line's font size. */
const SMALL_GLYPH = 0.85;
/** A small glyph whose baseline lies this far above the line's (share of size) is raised. */
const RAISED = 0.12;
/** How far above (share of the line size) a small cluster's baseline may be to join a line as superscripts. */
const MAX_SUPERSCRIPT_RISE = 0.75;
/** How far below (share of the line size) a small cluster's baseline may be to join a line as subscripts. */
const MAX_SUBSCRIPT_DROP = 0.35;
/** A gap wider than this share of the font size is a space even without a space glyph. */
const SPACE_GAP = 0.15;
/** With a space glyph drawn in the gap, a gap wider than this share of the font size is a space. */
const SPACE_GAP_WITH_GLYPH = 0.04;
/** Two identical glyphs drawn this close (share of size) are one glyph drawn twice (fake bold, shadow). */
const DUPLICATE_DISTANCE = 0.15;
/** Ascent and descent used for a line's vertical extent (share of size). */
const ASCENT = 0.8;
const DESCENT = 0.25;

const ASCII_TO_SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '(': '⁽', ')': '⁾',
};
/** Nonspacing and enclosing combining marks: they belong to the letter they sit on. */
const COMBINING_MARK = /^\p{M}+$/u;

interface Cluster {
  /** Glyph indices. */
  glyphs: number[];
  y: number;
  size: number;
  /** Absorbed into another cluster. */
  merged: boolean;
  /** Glyph index → baseline of the line it was merged into (for raised detection). */
  lineY: number;
  lineSize: number;
}

function dominantSize(g: PageGlyphs, glyphs: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = -1;
  for (const i of glyphs) {
    if (g.isSpace[i]) continue;
    const s = Math.round(g.size[i] * 10) / 10;
    const c = (counts.get(s) ?? 0) + 1;
    counts.set(s, c);
    if (c > bestCount || (c === bestCount && s > best)) {
      best = s;
      bestCount = c;
    }
  }
  return bestCount < 0 ? (glyphs.length > 0 ? g.size[glyphs[0]] : 0) : best;
}

/** Group glyph indices by baseline (sorted top to bottom). */
function clusterBaselines(g: PageGlyphs): Cluster[] {
  const n = g.x.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => g.y[a] - g.y[b]);
  const clusters: Cluster[] = [];
  let cur: Cluster | null = null;
  let maxSize = 0;
  for (const i of order) {
    if (cur !== null && g.y[i] - cur.y <= SAME_BASELINE * Math.max(maxSize, g.size[i])) {
      cur.glyphs.push(i);
      if (g.size[i] > maxSize) maxSize = g.size[i];
      continue;
    }
    cur = { glyphs: [i], y: g.y[i], size: 0, merged: false, lineY: 0, lineSize: 0 };
    maxSize = g.size[i];
    clusters.push(cur);
  }
  for (const c of clusters) {
    c.size = dominantSize(g, c.glyphs);
    c.lineY = c.y;
    c.lineSize = c.size;
  }
  return clusters;
}

/** Whether the glyphs of `small` overlap the x extent of `line` or touch it (a marker right after a word). */
function horizontallyNear(g: PageGlyphs, small: Cluster, line: Cluster): boolean {
  let lx0 = Infinity;
  let lx1 = -Infinity;
  for (const i of line.glyphs) {
    if (g.x[i] < lx0) lx0 = g.x[i];
    if (g.x[i] + g.w[i] > lx1) lx1 = g.x[i] + g.w[i];
  }
  const slack = line.size;
  for (const i of small.glyphs) if (g.x[i] + g.w[i] >= lx0 - slack && g.x[i] <= lx1 + slack) return true;
  return false;
}

/** Superscript and subscript clusters join the neighbouring line of normal-size text they hang on. */
function mergeScripts(g: PageGlyphs, clusters: Cluster[]): Cluster[] {
  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k];
    let target: Cluster | null = null;
    // Below a superscript cluster is its line (larger y); above a subscript cluster is its line.
    const below = clusters[k + 1];
    const above = k > 0 ? clusters[k - 1] : undefined;
    if (below && !below.merged && c.size < SMALL_GLYPH * below.size) {
      const rise = below.y - c.y;
      if (rise > 0 && rise <= MAX_SUPERSCRIPT_RISE * below.size && horizontallyNear(g, c, below)) target = below;
    }
    if (target === null && above && !above.merged && c.size < SMALL_GLYPH * above.size) {
      const drop = c.y - above.y;
      if (drop > 0 && drop <= MAX_SUBSCRIPT_DROP * above.size && horizontallyNear(g, c, above)) target = above;
    }
    if (target !== null) {
      for (const i of c.glyphs) target.glyphs.push(i);
      c.merged = true;
    }
  }
  return clusters.filter((c) => !c.merged);
}

function isMark(t: string): boolean {
  return t.length > 0 && t.charCodeAt(0) >= 0x300 && COMBINING_MARK.test(t);
}

/** Per-glyph facts computed once per page. */
interface GlyphFacts {
  /** Sort key: glyph left edge; a combining mark sorts by its centre, just before anything starting there. */
  keys: Float64Array;
  /** 1 for a combining mark. */
  marks: Uint8Array;
  /** Per font index: 1 when bold. */
  boldFont: Uint8Array;
}

function glyphFacts(g: PageGlyphs): GlyphFacts {
  const keys = new Float64Array(g.x.length);
  const marks = new Uint8Array(g.x.length);
  for (let i = 0; i < keys.length; i++) {
    if (isMark(g.text[i])) {
      marks[i] = 1;
      keys[i] = g.x[i] + g.w[i] / 2 - 1e-3;
    } else {
      keys[i] = g.x[i];
    }
  }
  const boldFont = new Uint8Array(g.fonts.length + 1);
  g.fonts.forEach((f, k) => {
    boldFont[k] = f.bold ? 1 : 0;
  });
  return { keys, marks, boldFont };
}

/** Text that NFC leaves as it is: ASCII, Latin-1 to Latin Extended-B, precomposed Vietnamese letters. */
const NFC_STABLE = /^[\u0000-\u02ff\u1e00-\u1eff]*$/u;

/** Builds one line from a cluster. Returns null when the cluster holds only spaces. */
function buildLine(g: PageGlyphs, c: Cluster, page: number, facts: GlyphFacts): PdfLine | null {
  const { keys, marks, boldFont } = facts;
  const idx = c.glyphs;
  idx.sort((a, b) => keys[a] - keys[b]);

  const lineSize = c.size > 0 ? c.size : 1;
  const words: PdfWord[] = [];
  let text = '';
  let wordText = '';
  let wordX0 = 0;
  let wordX1 = 0;
  let prev = -1;
  let prevEnd = -Infinity;
  let spaceSeen = false;
  let allBold = true;
  let top = Infinity;
  let bottom = -Infinity;
  let x0 = Infinity;
  let x1 = -Infinity;

  const flushWord = (): void => {
    if (wordText === '') return;
    const nfc = NFC_STABLE.test(wordText) ? wordText : wordText.normalize('NFC');
    if (text !== '') text += ' ';
    words.push({ from: text.length, to: text.length + nfc.length, x0: wordX0, x1: wordX1 });
    text += nfc;
    wordText = '';
  };

  const spaceWidths: number[] = [];
  for (const i of idx) {
    if (g.isSpace[i]) {
      spaceSeen = true;
      if (g.w[i] > 0 && g.text[i] === ' ') spaceWidths.push(g.w[i] / lineSize);
      continue;
    }
    const size = g.size[i];
    const gx = g.x[i];
    const gEnd = gx + g.w[i];
    if (prev >= 0 && g.text[i] === g.text[prev] && Math.abs(gx - g.x[prev]) < DUPLICATE_DISTANCE * size && Math.abs(g.y[i] - g.y[prev]) < DUPLICATE_DISTANCE * size) {
      continue; // drawn twice
    }
    let t = g.text[i];
    const raised = size < SMALL_GLYPH * lineSize && c.y - g.y[i] > RAISED * lineSize;
    if (raised) {
      const sup = ASCII_TO_SUPERSCRIPT[t];
      if (sup !== undefined) t = sup;
    }
    if (prev >= 0) {
      const gap = gx - prevEnd;
      const ref = Math.max(size, g.size[prev]);
      if (marks[i] === 0 && (gap > SPACE_GAP * ref || (spaceSeen && gap > SPACE_GAP_WITH_GLYPH * ref))) {
        flushWord();
      }
    }
    if (wordText === '') {
      wordX0 = gx;
      wordX1 = gEnd;
      prevEnd = gEnd;
    } else {
      if (gEnd > wordX1) wordX1 = gEnd;
      if (gEnd > prevEnd) prevEnd = gEnd;
    }
    wordText += t;
    if (g.font[i] < 0 || boldFont[g.font[i]] === 0) allBold = false;
    const gy = g.y[i];
    if (gy - ASCENT * size < top) top = gy - ASCENT * size;
    if (gy + DESCENT * size > bottom) bottom = gy + DESCENT * size;
    if (gx < x0) x0 = gx;
    if (gEnd > x1) x1 = gEnd;
    prev = i;
    spaceSeen = false;
  }
  flushWord();
  if (words.length === 0) return null;
  spaceWidths.sort((a, b) => a - b);
  const spaceRatio = spaceWidths.length > 0 ? spaceWidths[spaceWidths.length >> 1] : 0;
  return { page, y: c.y, top, bottom, x0, x1, size: lineSize, bold: allBold, text, words, trailingSpace: spaceSeen, spaceRatio };
}

/** The text lines of one page, top to bottom. */
export function buildLines(g: PageGlyphs, page: number): PdfLine[] {
  if (g.x.length === 0) return [];
  const clusters = mergeScripts(g, clusterBaselines(g));
  const facts = glyphFacts(g);
  const lines: PdfLine[] = [];
  for (const c of clusters) {
    const line = buildLine(g, c, page, facts);
    if (line !== null) lines.push(line);
  }
  return lines;
}
