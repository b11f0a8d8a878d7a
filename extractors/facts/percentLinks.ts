import type { Percent } from '../../schemas/entities.js';
import type { Located } from '../../pipeline/extract.js';
import { toFlow, type Flow } from './flows.js';
import { measureClass } from './measureClass.js';
import type { Work } from './work.js';

/**
 * A percentage is linked to the figure right before it (`giải ngân 1.800 triệu đồng, đạt 65% kế hoạch vốn`)
 * and to the base it claims: for `chiếm` (a share) the total the figure is listed under; otherwise (`đạt`,
 * `bằng`) the allocation of the same subject, fund source, capital type and period stated before it in the
 * same flow or section (`Kế hoạch vốn năm 2023: 3.000 triệu đồng`).
 */
export interface PercentLink {
  percent: Percent & Located;
  fact: Work | null;
  base: Work | null;
  /** `chiếm P%`: a share of the total the figure is listed under. */
  share: boolean;
}

/** What may stand between a figure and its percentage. */
const BETWEEN = /^[\s,;:(]*(?:(?:và\s+)?(?<verb>đạt|bằng|tương\s+đương|chiếm|là)(?:\s+tỷ\s+lệ)?(?:\s+khoảng)?\s*)?$/iu;
const SHARE = /^chiếm$/iu;

export function linkPercentNumerators(flow: Flow, works: Work[], percents: (Percent & Located)[]): PercentLink[] {
  const out: PercentLink[] = [];
  for (const p of percents) {
    const at = toFlow(flow, p.start);
    if (at === null) continue;
    const before = works.filter((w) => w.endAt <= at && w.sentence.start <= at && at < w.sentence.end);
    const w = before.length ? before[before.length - 1] : null;
    const m = w ? BETWEEN.exec(flow.text.slice(w.endAt, at)) : null;
    if (!w || !m) continue;
    const share = SHARE.test(m.groups?.verb ?? '');
    out.push({ percent: p, fact: w, base: share ? w.parent : null, share });
  }
  return out;
}

/** The base of a rate (`đạt P%`): the nearest earlier allocation of the same subject, fund source, capital type and period. */
export function linkPercentBases(links: PercentLink[], works: Work[]): void {
  // the allocations by what they are about, then by flow and by section: the base is the last (in `works` order)
  // of those with the fact's key, in its flow or its section, that starts before it
  const byFlow = new Map<string, Map<Flow, Rung[]>>();
  const bySection = new Map<string, Map<string, Rung[]>>();
  works.forEach((c, idx) => {
    if (!c.budget || measureClass(c.measure) !== 'allocated') return;
    const k = baseKey(c);
    push(byFlow, k, c.flow, { at: c.amount.start, idx });
    push(bySection, k, c.amount.section_path, { at: c.amount.start, idx });
  });
  const ladders = new Map<Rung[], Ladder>();
  const ladderOf = (rungs: Rung[] | undefined): Ladder | null => {
    if (!rungs) return null;
    let l = ladders.get(rungs);
    if (!l) ladders.set(rungs, (l = ladder(rungs)));
    return l;
  };
  for (const l of links) {
    const f = l.fact;
    if (!f || l.share) continue;
    if (measureClass(f.measure) === 'allocated') continue;
    const k = baseKey(f);
    const idx = Math.max(
      lastBefore(ladderOf(byFlow.get(k)?.get(f.flow)), f.amount.start),
      lastBefore(ladderOf(bySection.get(k)?.get(f.amount.section_path)), f.amount.start),
    );
    l.base = idx >= 0 ? works[idx] : null;
  }
}

/** Subject, fund source, capital type and period (NUL-separated: no key part holds a NUL). */
function baseKey(w: Work): string {
  return `${w.qualified}\u0000${w.fund}\u0000${w.capital === null ? '\u0001' : w.capital}\u0000${w.period}`;
}

interface Rung {
  at: number;
  idx: number;
}

/** Rungs sorted by offset, with the highest index among each rung and those before it. */
interface Ladder {
  at: number[];
  best: number[];
}

function push<K>(m: Map<string, Map<K, Rung[]>>, k: string, sub: K, r: Rung): void {
  let inner = m.get(k);
  if (!inner) m.set(k, (inner = new Map()));
  const list = inner.get(sub);
  if (list) list.push(r);
  else inner.set(sub, [r]);
}

function ladder(rungs: Rung[]): Ladder {
  const sorted = [...rungs].sort((a, b) => a.at - b.at);
  const best: number[] = [];
  let max = -1;
  for (const r of sorted) best.push((max = Math.max(max, r.idx)));
  return { at: sorted.map((r) => r.at), best };
}

/** The highest index among rungs at an offset strictly below `x`, or -1. */
function lastBefore(l: Ladder | null, x: number): number {
  if (!l) return -1;
  let lo = 0;
  let hi = l.at.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (l.at[mid] < x) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 ? l.best[found] : -1;
}
