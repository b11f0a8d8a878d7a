/**
 * The figures of an appendix table: one row per item, a `Kế hoạch` / `Thực hiện` pair per group (a year,
 * or a sub-project), a `Tổng số` pair that sums the groups, and optionally a `Tổng cộng` row that sums
 * the rows. Injected cell overrides are applied last, so every other cell still adds up.
 */
import type { CellOverride } from './model.js';

export interface GridRow {
  /** Leading cells: `STT`, `Nội dung`, `Đơn vị tính` (or `STT`, `Đơn vị`). */
  lead: string[];
  /** One [plan, actual] pair per group, in group order. */
  pairs: [number, number][];
}

export interface GridSpec {
  leadHeaders: string[];
  /** Group names after `Tổng số`: `Năm 2022`, `Năm 2023` or the sub-projects. */
  groups: string[];
  rows: GridRow[];
  /** Lead cells of the `Tổng cộng` row, or null for a table without one. */
  totalLead: string[] | null;
}

export interface Grid {
  spec: GridSpec;
  /** rows × (2 + 2 × groups) numbers: Tổng số KH, Tổng số TH, then each group's KH, TH. */
  values: number[][];
  /** Index of the `Tổng cộng` row in `values`, or -1. */
  totalRow: number;
}

export const TOTAL_GROUP = 'Tổng số';
export const PLAN_HEADER = 'Kế hoạch';
export const ACTUAL_HEADER = 'Thực hiện';
export const TOTAL_ROW_LABEL = 'Tổng cộng';

export function computeGrid(spec: GridSpec, overrides: readonly CellOverride[] = []): Grid {
  const values = spec.rows.map((r) => {
    const plan = r.pairs.reduce((s, p) => s + p[0], 0);
    const actual = r.pairs.reduce((s, p) => s + p[1], 0);
    return [plan, actual, ...r.pairs.flat()];
  });
  let totalRow = -1;
  if (spec.totalLead) {
    const width = 2 + 2 * spec.groups.length;
    const sums = Array.from({ length: width }, (_, c) => values.reduce((s, row) => s + row[c], 0));
    totalRow = values.length;
    values.push(sums);
  }
  for (const o of overrides) values[o.row][o.col] = o.value;
  return { spec, values, totalRow };
}

/** `Tổng số / Thực hiện`: the column an injected total goes to when no sentence restates it. */
export const TOTAL_ACTUAL_COL = 1;

/** Column of a group's plan (`pairIndex` 0) or actual (1) value. */
export function groupCol(groupIndex: number, pairIndex: 0 | 1): number {
  return 2 + 2 * groupIndex + pairIndex;
}
