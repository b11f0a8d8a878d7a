/**
 * The extractor contract (after chrono): an ordered list of small parsers, each
 * `{ name, pattern, extract(match, ctx) → entity | null }`, then refiners over the results.
 * Extractors never throw: no match is null, an unclassifiable match is an UnknownEntity.
 */
import type { UnknownEntity } from '../schemas/entities.js';

export interface ReportDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface ExtractContext {
  /** The normalised (NFC) text; every span is an offset into it. */
  text: string;
  /** The report's own date from its header, when known (for "dated after the report" and year inference). */
  reportDate: ReportDate | null;
}

export interface Extractor<E> {
  /** File-level name, e.g. `MoneyWithUnitExtractor`. */
  name: string;
  /** A global (`g`, usually with `u` and `i`) regular expression run over the whole text. */
  pattern: RegExp;
  /**
   * Optional fast path: the first match of `pattern` at or after `from`, exactly the one `pattern` would
   * find, found by an anchor on rare characters (anchoredFind) instead of trying every position.
   */
  find?: (text: string, from: number) => RegExpExecArray | null;
  /** Turn one match into entities; null when the match is not one after all. Never throws. */
  extract(match: RegExpExecArray, ctx: ExtractContext): E | E[] | UnknownEntity | null;
}

export type Refiner<E> = (entities: E[], ctx: ExtractContext) => E[];

const globalFinds = new WeakMap<RegExp, (text: string, from: number) => RegExpExecArray | null>();

/** The plain search: `pattern` (made global) from `from`; built once per pattern (every call sets lastIndex). */
function globalFind(pattern: RegExp): (text: string, from: number) => RegExpExecArray | null {
  let find = globalFinds.get(pattern);
  if (!find) {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    find = (text, from) => {
      re.lastIndex = from;
      return re.exec(text);
    };
    globalFinds.set(pattern, find);
  }
  return find;
}

/** Run extractors in order, then refiners; a throwing extractor becomes an UnknownEntity, never a crash. */
export function runExtractors<E extends { start: number; end: number; raw: string }>(
  extractors: readonly Extractor<E>[],
  refiners: readonly Refiner<E>[],
  ctx: ExtractContext,
): { entities: E[]; unknowns: UnknownEntity[] } {
  let found: E[] = [];
  const unknowns: UnknownEntity[] = [];
  for (const ex of extractors) {
    const find = ex.find ?? globalFind(ex.pattern);
    for (let from = 0, m = find(ctx.text, from); m !== null; m = find(ctx.text, from)) {
      if (m[0].length === 0) { from = m.index + 1; continue; }
      from = m.index + m[0].length;
      let out: ReturnType<typeof ex.extract>;
      try {
        out = ex.extract(m, ctx);
      } catch (e) {
        out = { kind: 'unknown', start: m.index, end: m.index + m[0].length, raw: m[0], extractor: ex.name, reason: `extractor error: ${(e as Error).message}` };
      }
      if (out === null) continue;
      const list = Array.isArray(out) ? out : [out];
      for (const item of list) {
        if ((item as { kind?: string }).kind === 'unknown') unknowns.push(item as UnknownEntity);
        else found.push(item as E);
      }
    }
  }
  for (const r of refiners) found = r(found, ctx);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities: found, unknowns };
}

/** Overlap removal: of two overlapping entities keep the longer (then the earlier extractor's). */
export function removeOverlaps<E extends { start: number; end: number }>(entities: E[]): E[] {
  const length = (i: number) => entities[i].end - entities[i].start;
  const order = entities.map((_, i) => i).sort((a, b) => length(b) - length(a) || a - b).map((i) => entities[i]);
  if (entities.some((e) => !(e.start < e.end))) return keepFirstOfOverlapping(order);
  // Kept spans are non-empty and disjoint, so sorted by start they are sorted by end too: one binary search each.
  const kept: E[] = [];
  for (const e of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= e.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo].start < e.end) continue;
    kept.splice(lo, 0, e);
  }
  return kept;
}

/** The general case (empty spans among them): each entity in turn unless it overlaps one already kept. */
function keepFirstOfOverlapping<E extends { start: number; end: number }>(ordered: E[]): E[] {
  const kept: E[] = [];
  for (const e of ordered) {
    if (kept.some((k) => k.start < e.end && e.start < k.end)) continue;
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start);
}
