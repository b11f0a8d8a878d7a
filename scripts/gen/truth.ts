/**
 * The true figures of one district: for each year and sub-project the allocation (central + local
 * budget) and the disbursement cumulated from 1 January to the end of each quarter; for each counted
 * activity the year's plan and its cumulated result. Every report of the district reads its figures from
 * here, so two reports never disagree unless an error is injected.
 */
import { rngFor, type Rng } from './prng.js';
import { DONG_PER_TRIEU, MONEY_STEP } from './format.js';
import { INDICATORS, SUBJECTS, type Indicator, type Subject } from './subjects.js';

export const QUARTER_ENDS = [3, 6, 9, 12] as const;
export type QuarterEnd = (typeof QUARTER_ENDS)[number];

export interface Allocation {
  total: number;
  central: number;
  local: number;
}

export interface YearTruth {
  allocation: Record<Subject['id'], Allocation>;
  /** Disbursed from 1 January to the end of month m (3, 6, 9, 12), in đồng. */
  disbursed: Record<Subject['id'], Record<QuarterEnd, number>>;
  plan: Record<Indicator['id'], number>;
  /** Achieved from 1 January to the end of month m. */
  achieved: Record<Indicator['id'], Record<QuarterEnd, number>>;
}

export interface DistrictTruth {
  years: Map<number, YearTruth>;
}

/** Cumulative shares of the year's money disbursed by the end of each quarter (lower, upper bounds). */
const DISBURSED_SHARE: Record<QuarterEnd, [number, number]> = { 3: [0.05, 0.2], 6: [0.2, 0.55], 9: [0.45, 0.8], 12: [0.75, 1] };
const ACHIEVED_SHARE: Record<QuarterEnd, [number, number]> = { 3: [0.1, 0.3], 6: [0.35, 0.6], 9: [0.6, 0.85], 12: [0.85, 1.05] };
const CENTRAL_SHARE: [number, number] = [0.88, 0.97];

function between(rng: Rng, [lo, hi]: [number, number]): number {
  return lo + rng.next() * (hi - lo);
}

/** An amount rounded down to `step` đồng. */
function floorTo(amount: number, step: number): number {
  return Math.floor(amount / step) * step;
}

function allocation(rng: Rng, s: Subject, scale: number): { a: Allocation; step: number } {
  const fine = s.id === 'da7' && rng.chance(0.5);
  const step = fine ? MONEY_STEP : DONG_PER_TRIEU;
  const trieu = (s.minTrieu + rng.next() * (s.maxTrieu - s.minTrieu)) * scale;
  const total = Math.max(step * 20, floorTo(trieu * DONG_PER_TRIEU, step));
  let central = floorTo(total * between(rng, CENTRAL_SHARE), step);
  if (central >= total) central = total - step;
  return { a: { total, central, local: total - central }, step };
}

function cumulative(rng: Rng, bounds: Record<QuarterEnd, [number, number]>, apply: (share: number) => number, min: number): Record<QuarterEnd, number> {
  const out = {} as Record<QuarterEnd, number>;
  let prev = min;
  for (const m of QUARTER_ENDS) {
    const value = Math.max(prev, apply(between(rng, bounds[m])));
    out[m] = value;
    prev = value;
  }
  return out;
}

function yearTruth(rng: Rng, scale: number): YearTruth {
  const allocationBy = {} as YearTruth['allocation'];
  const disbursed = {} as YearTruth['disbursed'];
  for (const s of SUBJECTS) {
    const { a, step } = allocation(rng, s, scale);
    allocationBy[s.id] = a;
    disbursed[s.id] = cumulative(rng, DISBURSED_SHARE, (share) => Math.min(a.total, floorTo(a.total * share, step)), step);
  }
  const plan = {
    lop_cong_dong: Math.max(2, Math.round(rng.int(4, 14) * scale)),
    lop_can_bo: Math.max(2, Math.round(rng.int(2, 6) * scale)),
    nguoi: 0,
    ho: Math.max(20, Math.round(rng.int(60, 420) * scale)),
  };
  const classSize = rng.int(28, 45);
  plan.nguoi = (plan.lop_cong_dong + plan.lop_can_bo) * classSize;
  const achieved = {} as YearTruth['achieved'];
  for (const ind of INDICATORS) {
    if (ind.id === 'nguoi') continue;
    achieved[ind.id] = cumulative(rng, ACHIEVED_SHARE, (share) => Math.max(1, Math.round(plan[ind.id] * share)), 1);
  }
  achieved.nguoi = {} as Record<QuarterEnd, number>;
  let people = 0;
  for (const m of QUARTER_ENDS) {
    const classes = achieved.lop_cong_dong[m] + achieved.lop_can_bo[m];
    people = Math.max(people, classes * classSize - rng.int(0, classes * 3));
    achieved.nguoi[m] = people;
  }
  return { allocation: allocationBy, disbursed, plan, achieved };
}

/** The truth of one district for the given years; the same seed and district give the same figures. */
export function makeDistrictTruth(seed: number, districtSlug: string, years: number[]): DistrictTruth {
  const scale = 0.6 + rngFor(seed, 'scale', districtSlug).next() * 0.8;
  const map = new Map<number, YearTruth>();
  for (const y of years) map.set(y, yearTruth(rngFor(seed, 'truth', districtSlug, y), scale));
  return { years: map };
}

export function quarterEnd(month: number): QuarterEnd {
  if (!(QUARTER_ENDS as readonly number[]).includes(month)) throw new Error(`not a quarter end: ${month}`);
  return month as QuarterEnd;
}
