/**
 * Page-level facts the block builders share: which lines open or close a page, which lines are printed page
 * numbers, the body font size, the normal line pitch and where body lines end on the right.
 */
import type { PdfLine } from './lines.js';

export interface PageEdges {
  /** No counted line (page numbers excluded) follows this one on its page. */
  lastOfPage(i: number): boolean;
  /** No counted line precedes this one on its page. */
  firstOfPage(i: number): boolean;
}

/** A printed page number: `3`, `- 3 -`, `Trang 3`, `3/10`. */
const PAGE_NUMBER = /^(?:trang\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*\/\s*\d{1,4})?$/iu;
/** A page number stands at least this far (share of its size, baseline to baseline) from the nearest line. */
const PAGE_NUMBER_ISOLATION = 1.6;
/** Line pitch (baseline distance / font size) assumed when a document has too few lines to learn it. */
const DEFAULT_PITCH = 1.16;
/** Learned pitches outside this range are not single-spaced body text. */
const MIN_PITCH = 0.95;
const MAX_PITCH = 2.2;
/** A pitch recurs when it occurs at least this often and makes this share of the body's line pairs. */
const COMMON_PITCH_MIN = 3;
const COMMON_PITCH_SHARE = 0.02;
/** Pitches this close (share of size) are one spacing. */
const PITCH_CLUSTER = 0.04;
/** Lines within this share of the body size are body text for the pitch. */
const BODY_SIZE_TOLERANCE = 0.05;

export function pageEdges(lines: readonly PdfLine[], excluded: ReadonlySet<number>): PageEdges {
  return {
    lastOfPage(i) {
      for (let k = i + 1; k < lines.length && lines[k].page === lines[i].page; k++) if (!excluded.has(k)) return false;
      return true;
    },
    firstOfPage(i) {
      for (let k = i - 1; k >= 0 && lines[k].page === lines[i].page; k--) if (!excluded.has(k)) return false;
      return true;
    },
  };
}

/** A running header or footer repeats on at least this share of the pages (and on 3 pages or more). */
const RUNNING_SHARE = 0.5;
const RUNNING_MIN_PAGES = 3;
/** Same place on the page: baselines within this many points. */
const RUNNING_Y_TOLERANCE = 2;

/** The first and last line of every page (by index). */
function pageEnds(lines: readonly PdfLine[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1].page === lines[start].page) end++;
    out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** The line stands apart from its neighbour on the page (the one below a top line, above a bottom line). */
function isolated(lines: readonly PdfLine[], i: number): boolean {
  const l = lines[i];
  for (const j of [i - 1, i + 1]) {
    const n = lines[j];
    if (n !== undefined && n.page === l.page && Math.abs(n.y - l.y) < PAGE_NUMBER_ISOLATION * Math.max(l.size, n.size)) return false;
  }
  return true;
}

/**
 * Running headers and footers: a first or last line of a page whose text (digits aside) and place repeat on
 * most pages, e.g. `Báo cáo số 15/BC-UBND - Trang 3`.
 */
function findRunning(lines: readonly PdfLine[], keep: (i: number) => boolean): Set<number> {
  const ends = pageEnds(lines);
  const out = new Set<number>();
  if (ends.length < RUNNING_MIN_PAGES) return out;
  const byKey = new Map<string, number[]>();
  for (const [first, last] of ends) {
    for (const i of first === last ? [first] : [first, last]) {
      if (keep(i) || !isolated(lines, i)) continue;
      const key = `${i === first ? 'top' : 'bottom'}|${lines[i].text.replace(/\d+/gu, '#')}`;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [i]);
      else list.push(i);
    }
  }
  const groups = (i: number): string[] => lines[i].text.match(/\d+/gu) ?? [];
  for (const list of byKey.values()) {
    if (list.length < RUNNING_MIN_PAGES || list.length < RUNNING_SHARE * ends.length) continue;
    // Only one number may change from page to page (the page number): table rows at page ends change more.
    const first = groups(list[0]);
    if (list.some((i) => groups(i).filter((g, k) => g !== first[k]).length > 1)) continue;
    const ys = list.map((i) => lines[i].y).sort((a, b) => a - b);
    const median = ys[ys.length >> 1];
    for (const i of list) if (Math.abs(lines[i].y - median) <= RUNNING_Y_TOLERANCE) out.add(i);
  }
  return out;
}

/**
 * Indices of lines that are page furniture, not text: page numbers (alone, at the very top or bottom of their
 * page) and running headers and footers. Lines for which `keep` says so (inside a ruled table) never are.
 */
export function findPageNumbers(lines: readonly PdfLine[], keep: (i: number) => boolean = () => false): Set<number> {
  const out = findRunning(lines, keep);
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1].page === lines[start].page) end++;
    for (const i of end > start ? [start, end] : [start]) {
      if (keep(i) || !PAGE_NUMBER.test(lines[i].text) || !isolated(lines, i)) continue;
      out.add(i);
    }
    start = end + 1;
  }
  return out;
}

/** The font size carrying most of the text. */
export function bodySize(lines: readonly PdfLine[], skip: ReadonlySet<number>): number {
  const weight = new Map<number, number>();
  let best = 0;
  let bestW = -1;
  lines.forEach((l, i) => {
    if (skip.has(i)) return;
    const w = (weight.get(l.size) ?? 0) + l.text.length;
    weight.set(l.size, w);
    if (w > bestW) {
      bestW = w;
      best = l.size;
    }
  });
  return bestW < 0 ? 0 : best;
}

/**
 * The baseline distance between consecutive lines of one paragraph, as a share of their size, learned from the
 * body text (lines of `size`): the smallest distance that recurs. Not the most frequent one: a document of
 * one-line paragraphs has more paragraph gaps than line wraps.
 */
export function linePitch(lines: readonly PdfLine[], skip: ReadonlySet<number>, size: number): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (skip.has(i) || skip.has(i - 1) || a.page !== b.page || a.size !== b.size || a.size <= 0) continue;
    if (Math.abs(a.size - size) > BODY_SIZE_TOLERANCE * size) continue;
    const ratio = Math.round(((b.y - a.y) / a.size) * 50) / 50;
    if (ratio < MIN_PITCH || ratio > MAX_PITCH) continue;
    const c = (counts.get(ratio) ?? 0) + 1;
    counts.set(ratio, c);
    total++;
  }
  if (total === 0 && size > 0) return linePitch(lines, skip, 0);
  if (total === 0) return DEFAULT_PITCH;
  // Buckets a rounding step apart are one spacing (1.14 and 1.16 are both single spacing).
  const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  for (let k = 0; k < sorted.length; k++) {
    let n = 0;
    for (let j = k; j < sorted.length && sorted[j][0] - sorted[k][0] <= PITCH_CLUSTER; j++) n += sorted[j][1];
    if (n >= Math.max(COMMON_PITCH_MIN, COMMON_PITCH_SHARE * total)) return sorted[k][0];
  }
  return DEFAULT_PITCH;
}

/** Per page: the right end of the longest body line of pages of the same width (the text area's right edge). */
export function rightEdges(lines: readonly PdfLine[], skip: ReadonlySet<number>, pageWidth: (page: number) => number): (page: number) => number {
  const byWidth = new Map<number, number>();
  lines.forEach((l, i) => {
    if (skip.has(i)) return;
    const w = Math.round(pageWidth(l.page));
    if (l.x1 > w) return;
    if (l.x1 > (byWidth.get(w) ?? 0)) byWidth.set(w, l.x1);
  });
  return (page) => {
    const w = Math.round(pageWidth(page));
    return byWidth.get(w) ?? w;
  };
}

/** Space width assumed when a document draws no space glyphs (share of size; Times-like fonts). */
const DEFAULT_SPACE_RATIO = 0.25;
/** Share of lines ending in a drawn space above which the producer draws the space at every break. */
const TRAILING_SPACE_SHARE = 0.2;

/** The median width of the document's space glyphs, as a share of font size. */
export function spaceRatio(lines: readonly PdfLine[]): number {
  const r = lines.filter((l) => l.spaceRatio > 0).map((l) => l.spaceRatio).sort((a, b) => a - b);
  return r.length > 0 ? r[r.length >> 1] : DEFAULT_SPACE_RATIO;
}

/** Whether the producer draws the space at a line break (LibreOffice does): a line without one was cut inside a word. */
export function drawsTrailingSpaces(lines: readonly PdfLine[]): boolean {
  let multi = 0;
  let trailing = 0;
  for (const l of lines) {
    if (l.words.length < 2) continue;
    multi++;
    if (l.trailingSpace) trailing++;
  }
  return multi > 0 && trailing / multi >= TRAILING_SPACE_SHARE;
}
