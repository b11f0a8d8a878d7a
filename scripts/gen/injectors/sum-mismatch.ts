/**
 * `sum_mismatch`: a stated total that is smaller than the sum of its stated parts (so the error holds even
 * for a checker that lets a `trong đó` list be partial). Either the number of classes (`tổ chức 05 lớp
 * tập huấn, trong đó: 04 lớp ..., 03 lớp ...`) or one part of a disbursement's spending list grows.
 * Neither figure is restated in a table or in another report.
 */
import { DONG_PER_TRIEU, MONEY_STEP } from '../format.js';
import type { Injector } from './types.js';
import { noticeableDelta } from './types.js';

export const sumMismatch: Injector = {
  id: 'sum_mismatch',
  applies: (spec) => spec.body.kind === 'district' && spec.body.quantities.classesTotalOverride === undefined,
  inject(spec, ctx) {
    if (spec.body.kind !== 'district') throw new Error('sum_mismatch needs a district report');
    const body = spec.body;
    const withSpending = body.budgets.filter((b) => b.spending.length >= 2);
    if (withSpending.length && ctx.rng.chance(0.5)) {
      const b = ctx.rng.pick(withSpending);
      const i = ctx.rng.int(0, b.spending.length - 1);
      const step = b.spending.every((s) => s.amount % DONG_PER_TRIEU === 0) ? DONG_PER_TRIEU : MONEY_STEP;
      const before = b.spending[i].amount;
      b.spending[i] = { ...b.spending[i], amount: before + noticeableDelta(before, 0.1, 5 * DONG_PER_TRIEU, step, ctx.rng) };
      const parts = b.spending.map((s) => s.amount);
      return {
        doc: spec.doc, check_id: 'sum_mismatch',
        detail: {
          statement: 'spending', subject: b.subject.long, unit: 'đồng', total: b.disbursed, parts,
          parts_sum: parts.reduce((a, c) => a + c, 0), changed_part: b.spending[i].label, part_before: before,
        },
      };
    }
    const q = body.quantities;
    const sum = q.lop_cong_dong + q.lop_can_bo;
    const stated = Math.max(1, sum - ctx.rng.int(1, Math.max(1, Math.ceil(sum / 3))));
    q.classesTotalOverride = stated === sum ? sum - 1 : stated;
    return {
      doc: spec.doc, check_id: 'sum_mismatch',
      detail: { statement: 'classes', unit: 'lớp', total: q.classesTotalOverride, parts: [q.lop_cong_dong, q.lop_can_bo], parts_sum: sum },
    };
  },
};
