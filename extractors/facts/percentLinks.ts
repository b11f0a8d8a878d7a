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
  for (const l of links) {
    const f = l.fact;
    if (!f || l.share) continue;
    if (measureClass(f.measure) === 'allocated') continue;
    const candidates = works.filter((c) => c !== f && c.budget && c.amount.start < f.amount.start
      && measureClass(c.measure) === 'allocated' && c.qualified === f.qualified && c.fund === f.fund
      && c.capital === f.capital && c.period === f.period
      && (c.flow === f.flow || c.amount.section_path === f.amount.section_path));
    l.base = candidates.length ? candidates[candidates.length - 1] : null;
  }
}
