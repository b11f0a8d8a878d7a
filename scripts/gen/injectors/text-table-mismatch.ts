/**
 * `text_table_mismatch`: the text says `Tổng số người tham gia ... là 262 người` (or the households
 * supported) while Biểu số 02 gives 250 in `Năm 2023 / Thực hiện`. Not used when a later report restates
 * the same year-end figure (its table would then disagree with this text too).
 */
import { COUNT_TABLE } from '../district-tables.js';
import { INDICATORS } from '../subjects.js';
import type { Injector } from './types.js';

export const textTableMismatch: Injector = {
  id: 'text_table_mismatch',
  applies(spec, ctx) {
    if (spec.body.kind !== 'district') return false;
    const yearEnd = spec.period.toMonth === 12;
    return !(yearEnd && ctx.plan.periods.some((p) => p.year > spec.period.year));
  },
  inject(spec, ctx) {
    if (spec.body.kind !== 'district') throw new Error('text_table_mismatch needs a district report');
    const q = spec.body.quantities;
    const key = ctx.rng.pick(['nguoi', 'ho'] as const);
    const value = q[key];
    const delta = ctx.rng.int(2, Math.max(3, Math.round(value * 0.15)));
    const stated = value - delta >= 1 && ctx.rng.chance(0.5) ? value - delta : value + delta;
    q.textOverrides[key] = stated;
    const ind = INDICATORS.find((i) => i.id === key)!;
    return {
      doc: spec.doc, check_id: 'text_table_mismatch',
      detail: { table: COUNT_TABLE.label, row: ind.label, column: `Năm ${spec.period.year} / Thực hiện`, unit: ind.unit, text_value: stated, table_value: value },
    };
  },
};
