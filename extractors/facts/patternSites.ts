/**
 * Many substrings of one text searched with the same global patterns (the label words before every figure
 * of a flow: its clause, its sentence up to it, the words after it), in time proportional to the places where
 * a pattern can match instead of the substrings' length.
 *
 * The text is scanned once for its sites: the positions where a pattern stripped of its look-arounds (and so
 * matching wherever the pattern itself can match, in the text or in any substring of it) matches, with the set
 * of patterns that may match there. A search of a substring then tries the real pattern (sticky, on the
 * substring itself, so its look-arounds see the substring's ends exactly as a plain search does) at the sites
 * inside it, in order, resuming after each match: the same matches as `substring.matchAll(pattern)`.
 * A text holding a surrogate has no sites (null): a substring could split a pair and start or end on half of
 * it, so callers search it the plain way.
 */
export class PatternSet {
  /** The patterns, sticky (same flags, no `g`). */
  readonly sticky: RegExp[];
  private readonly finder: RegExp;

  constructor(readonly patterns: readonly RegExp[]) {
    if (patterns.length > 31) throw new Error('PatternSet: at most 31 patterns');
    const flags = patterns[0].flags;
    if (patterns.some((p) => p.flags !== flags) || !flags.includes('g') || !flags.includes('u')) throw new Error('PatternSet: every pattern global and unicode, with the same flags');
    this.sticky = patterns.map((p) => new RegExp(p.source, flags.replace('g', '') + 'y'));
    const relaxed = patterns.map((p) => relaxedSource(p.source));
    // one lookahead that some pattern may match here, then one optional capture per pattern saying which
    this.finder = new RegExp(`(?=${relaxed.map((r) => `(?:${r})`).join('|')})${relaxed.map((r) => `(?=(${r})?)`).join('')}`, flags);
  }

  /**
   * The sites of `text`; with `ranges` (in order, disjoint, [start, end)), only those found by scanning each range
   * on its own, which serve the searches of substrings inside one range: a match there reads only the range, so
   * its relaxed form matches in the range alone.
   */
  sites(text: string, ranges: readonly (readonly [number, number])[] = [[0, text.length]]): Sites | null {
    const at: number[] = [];
    const mask: number[] = [];
    const re = this.finder;
    const n = this.patterns.length;
    for (const [start, end] of ranges) {
      const part = text.slice(start, end);
      if (SURROGATE.test(part)) return null;
      re.lastIndex = 0;
      for (let m = re.exec(part); m !== null; m = re.exec(part)) {
        let bits = 0;
        for (let k = 0; k < n; k++) if (m[k + 1] !== undefined) bits |= 1 << k;
        at.push(start + m.index);
        mask.push(bits);
        re.lastIndex = m.index + 1;
      }
    }
    return { at, mask };
  }
}

export interface Sites {
  /** Positions in the text, ascending. */
  at: number[];
  /** Bit k: pattern k may match at that position. */
  mask: number[];
}

/** Any surrogate unit, paired or not (without the u flag a pair is two units). */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * What `text.slice(a, b).matchAll(patterns[k])` gives (indexes relative to `a`), for each k in [from, to):
 * element k - from; `q` is that slice when the caller has it.
 */
export function matchesIn(set: PatternSet, sites: Sites, text: string, a: number, b: number, from: number, to: number, q: string = text.slice(a, b)): RegExpExecArray[][] {
  const out: RegExpExecArray[][] = [];
  const next: number[] = [];
  let want = 0;
  for (let k = from; k < to; k++) {
    out.push([]);
    next.push(a);
    want |= 1 << k;
  }
  const { at, mask } = sites;
  for (let i = firstAtOrAfter(at, a); i < at.length && at[i] <= b; i++) {
    const bits = mask[i] & want;
    if (bits === 0) continue;
    const p = at[i];
    for (let k = from; k < to; k++) {
      if ((bits & (1 << k)) === 0 || p < next[k - from]) continue;
      const re = set.sticky[k];
      re.lastIndex = p - a;
      const m = re.exec(q);
      if (m === null) continue;
      out[k - from].push(m);
      // a search resumes after the match (one position on after an empty one)
      next[k - from] = a + m.index + Math.max(1, m[0].length);
    }
  }
  return out;
}

function firstAtOrAfter(at: number[], x: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The pattern without its look-arounds, its groups made non-capturing: it matches wherever the pattern does
 * (a look-around only ever rules a match out), and reads only the characters it matches.
 */
export function relaxedSource(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      const end = classEnd(src, i);
      out += src.slice(i, end);
      i = end;
      continue;
    }
    if (c === '(') {
      if (/^\(\?<?[=!]/u.test(src.slice(i, i + 4))) {
        i = groupEnd(src, i);
        continue;
      }
      if (src.startsWith('(?<', i)) {
        out += '(?:';
        i = src.indexOf('>', i) + 1;
        continue;
      }
      if (!src.startsWith('(?', i)) {
        out += '(?:';
        i++;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** Index after the `]` closing the class that opens at `i`. */
function classEnd(src: string, i: number): number {
  let j = i + 1;
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Index after the `)` closing the group that opens at `i`. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = classEnd(src, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}
