/**
 * All injectors and the choice of where errors go. Each report gets ⌊K⌋ errors, plus one more with
 * probability K − ⌊K⌋ (K = --errors-per-doc), of distinct kinds that apply to it; `allKinds` then adds one
 * of each kind still missing. Every injection is returned as ground truth.
 */
import { allRefs, type ReportSpec } from '../model.js';
import type { CorpusPlan } from '../plan.js';
import { rngFor } from '../prng.js';
import { aggregateMismatch } from './aggregate-mismatch.js';
import { crossReportValueConflict } from './cross-report-value-conflict.js';
import { dateInvalid } from './date-invalid.js';
import { docTypeCodeMismatch } from './doc-type-code-mismatch.js';
import { docrefConflict } from './docref-conflict.js';
import { percentMismatch } from './percent-mismatch.js';
import { selfReferenceMismatch } from './self-reference-mismatch.js';
import { sumMismatch } from './sum-mismatch.js';
import { tableTotalMismatch } from './table-total-mismatch.js';
import { textTableMismatch } from './text-table-mismatch.js';
import type { CheckId, Injection, InjectionContext, Injector } from './types.js';

export { CHECK_IDS, type CheckId, type Injection } from './types.js';

export const INJECTORS: readonly Injector[] = [
  sumMismatch, percentMismatch, tableTotalMismatch, textTableMismatch, selfReferenceMismatch,
  docTypeCodeMismatch, docrefConflict, crossReportValueConflict, aggregateMismatch, dateInvalid,
];

export interface InjectOptions {
  /** Expected errors per report (fractional part = probability of one more). */
  errorsPerDoc: number;
  /** Guarantee at least one injection of every kind. */
  allKinds: boolean;
}

export interface InjectResult {
  injections: Injection[];
  /** Kinds `allKinds` could not place (no report they apply to). */
  missing: CheckId[];
}

function citationIndex(specs: readonly ReportSpec[]): InjectionContext['citations'] {
  const index: InjectionContext['citations'] = new Map();
  for (const spec of specs) {
    for (const ref of allRefs(spec.citations)) {
      const entry = index.get(ref.id) ?? { docs: [], changed: 0 };
      if (!entry.docs.includes(spec.doc)) entry.docs.push(spec.doc);
      index.set(ref.id, entry);
    }
  }
  return index;
}

/** Changes `plan.specs` in place and appends the reports injections add. */
export function injectErrors(plan: CorpusPlan, opts: InjectOptions): InjectResult {
  const rng = rngFor(plan.seed, 'errors');
  const ctx: InjectionContext = { plan, rng, citations: citationIndex(plan.specs), added: [], supplemented: new Set() };
  const applied = new Map<string, Set<CheckId>>();
  const injections: Injection[] = [];
  const apply = (spec: ReportSpec, injector: Injector) => {
    injections.push(injector.inject(spec, ctx));
    const kinds = applied.get(spec.doc) ?? new Set<CheckId>();
    kinds.add(injector.id);
    applied.set(spec.doc, kinds);
  };
  const whole = Math.floor(opts.errorsPerDoc);
  const fraction = opts.errorsPerDoc - whole;
  for (const spec of plan.specs) {
    const count = whole + (fraction > 0 && rng.chance(fraction) ? 1 : 0);
    if (!count) continue;
    const chosen = rng.shuffle(INJECTORS.filter((i) => i.applies(spec, ctx))).slice(0, count);
    for (const injector of chosen) if (injector.applies(spec, ctx)) apply(spec, injector);
  }
  const missing: CheckId[] = [];
  if (opts.allKinds) {
    for (const injector of INJECTORS) {
      if (injections.some((i) => i.check_id === injector.id)) continue;
      const target = rng.shuffle(plan.specs).find((s) => !applied.get(s.doc)?.has(injector.id) && injector.applies(s, ctx));
      if (target) apply(target, injector);
      else missing.push(injector.id);
    }
  }
  plan.specs.push(...ctx.added);
  return { injections, missing };
}
