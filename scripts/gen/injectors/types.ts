/**
 * The error injectors' contract. Each injector changes one thing a report states and returns the ground
 * truth of what it did. `applies` says whether the change can be made without creating a second,
 * unintended inconsistency (e.g. a figure that another report restates is never changed).
 */
import type { CorpusPlan } from '../plan.js';
import type { Rng } from '../prng.js';
import type { ReportSpec } from '../model.js';

export const CHECK_IDS = [
  'sum_mismatch',
  'percent_mismatch',
  'table_total_mismatch',
  'text_table_mismatch',
  'self_reference_mismatch',
  'doc_type_code_mismatch',
  'docref_conflict',
  'cross_report_value_conflict',
  'aggregate_mismatch',
  'date_invalid',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface Injection {
  /** The report that carries the error (path without extension). */
  doc: string;
  check_id: CheckId;
  detail: Record<string, unknown>;
}

export interface InjectionContext {
  plan: CorpusPlan;
  rng: Rng;
  /** Reports citing each document (by DocRef id), and how many of those citations were changed. */
  citations: Map<string, { docs: string[]; changed: number }>;
  /** Reports that injections added (supplementary reports). */
  added: ReportSpec[];
  /** Reports that already have a supplementary report. */
  supplemented: Set<string>;
}

export interface Injector {
  id: CheckId;
  applies(spec: ReportSpec, ctx: InjectionContext): boolean;
  inject(spec: ReportSpec, ctx: InjectionContext): Injection;
}

/** A change of at least `minAmount` and about `share` of `value` (up to twice it), a whole multiple of `step`. */
export function noticeableDelta(value: number, share: number, minAmount: number, step: number, rng: Rng): number {
  const wanted = Math.max(minAmount, Math.round(value * share * (1 + rng.next())));
  return Math.max(step, Math.ceil(wanted / step) * step);
}
