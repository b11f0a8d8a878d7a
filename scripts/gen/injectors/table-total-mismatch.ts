/**
 * `table_total_mismatch`: the `Tổng cộng` cell of Biểu số 01 under `Tổng số / Thực hiện` no longer equals
 * its column (nor its row). That cell is the one figure of the table no sentence and no other report restates.
 */
import { DONG_PER_TRIEU } from '../format.js';
import { districtGrids } from '../district-tables.js';
import { TOTAL_ACTUAL_COL } from '../grid.js';
import type { Injector } from './types.js';
import { noticeableDelta } from './types.js';

export const tableTotalMismatch: Injector = {
  id: 'table_total_mismatch',
  applies: (spec) => spec.body.kind === 'district',
  inject(spec, ctx) {
    if (spec.body.kind !== 'district') throw new Error('table_total_mismatch needs a district report');
    const [money] = districtGrids(spec.body, spec.period);
    const row = money.totalRow;
    const sum = money.values[row][TOTAL_ACTUAL_COL];
    const delta = noticeableDelta(sum, 0.03, 5 * DONG_PER_TRIEU, DONG_PER_TRIEU, ctx.rng);
    const stated = sum - delta > 0 && ctx.rng.chance(0.5) ? sum - delta : sum + delta;
    spec.body.tables[0].overrides.push({ row, col: TOTAL_ACTUAL_COL, value: stated });
    return {
      doc: spec.doc, check_id: 'table_total_mismatch',
      detail: { table: 'Biểu số 01', row: 'Tổng cộng', column: 'Tổng số / Thực hiện', unit: 'đồng', stated, column_sum: sum },
    };
  },
};
