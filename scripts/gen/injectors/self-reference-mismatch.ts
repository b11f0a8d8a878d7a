/**
 * `self_reference_mismatch`: an appendix says `(Kèm theo Báo cáo số: 2043/BC-UBND ngày 18 tháng 10 năm
 * 2020 ...)` while the report is 2049/BC-UBND of 14 October (seed 004): another number, another day, or both.
 */
import { addDays, isoDate } from '../format.js';
import { selfRefOf, type SelfRef } from '../model.js';
import type { Injector } from './types.js';

export const selfReferenceMismatch: Injector = {
  id: 'self_reference_mismatch',
  applies: (spec) => spec.body.kind === 'district' || spec.body.kind === 'province',
  inject(spec, ctx) {
    const body = spec.body;
    if (body.kind === 'supplement') throw new Error('self_reference_mismatch needs a report with appendices');
    const table = ctx.rng.int(0, body.tables.length - 1);
    const own = selfRefOf(spec);
    const variant = ctx.rng.pick(['number', 'date', 'both'] as const);
    const wrong: SelfRef = { ...own };
    if (variant !== 'date') {
      const shift = ctx.rng.int(1, 9);
      wrong.number = String(spec.number > shift && ctx.rng.chance(0.5) ? spec.number - shift : spec.number + shift);
    }
    if (variant !== 'number') wrong.date = addDays(spec.date, ctx.rng.pick([-6, -4, -3, -2, -1, 1, 2, 3, 4, 6]));
    body.tables[table].selfRef = wrong;
    return {
      doc: spec.doc, check_id: 'self_reference_mismatch',
      detail: {
        table: `Biểu số 0${table + 1}`, stated_number: `${wrong.number}/${wrong.symbol}`, stated_date: isoDate(wrong.date),
        report_number: `${own.number}/${own.symbol}`, report_date: isoDate(own.date),
      },
    };
  },
};
