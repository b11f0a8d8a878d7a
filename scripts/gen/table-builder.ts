/**
 * An appendix table as cells: a two-level header (`Tổng số` spanning `Kế hoạch` and `Thực hiện`, the same
 * for each group), the data rows and the `Tổng cộng` row, a trailing `Ghi chú` column as in the seeds.
 */
import { formatCount, formatTrieuNumber } from './format.js';
import { ACTUAL_HEADER, PLAN_HEADER, TOTAL_GROUP, type Grid } from './grid.js';
import type { Block, Cell } from './model.js';

export type ValueKind = 'money' | 'count';
export const NOTE_HEADER = 'Ghi chú';

function formatValue(v: number, kind: ValueKind): string {
  return kind === 'money' ? formatTrieuNumber(v) : formatCount(v);
}

export function tableBlock(grid: Grid, kind: ValueKind): Block {
  const { spec } = grid;
  const groups = [TOTAL_GROUP, ...spec.groups];
  const top: Cell[] = [
    ...spec.leadHeaders.map((text) => ({ text, bold: true })),
    ...groups.map((text) => ({ text, span: 2, bold: true })),
    { text: NOTE_HEADER, bold: true },
  ];
  const sub: Cell[] = [
    ...spec.leadHeaders.map(() => ({ text: '' })),
    ...groups.flatMap(() => [{ text: PLAN_HEADER, bold: true }, { text: ACTUAL_HEADER, bold: true }]),
    { text: '' },
  ];
  const body = grid.values.map((row, i) => {
    const isTotal = i === grid.totalRow;
    const lead = isTotal && spec.totalLead ? spec.totalLead : spec.rows[i].lead;
    return [
      ...lead.map((text) => ({ text, bold: isTotal })),
      ...row.map((v) => ({ text: formatValue(v, kind), bold: isTotal })),
      { text: '' },
    ];
  });
  return { kind: 'table', rows: [top, sub, ...body], headerRows: 2 };
}
