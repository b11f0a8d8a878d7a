/**
 * The two appendix tables of a district report: Biểu số 01 (money of each sub-project, a `Kế hoạch` /
 * `Thực hiện` pair per year, a `Tổng cộng` row) and Biểu số 02 (counted activities, no total row).
 * Past years show the whole year; the report's year shows what was done up to the period's end.
 */
import { computeGrid, type Grid, type GridSpec } from './grid.js';
import type { DistrictBody } from './model.js';
import type { Period } from './periods.js';
import { INDICATORS, SUBJECTS } from './subjects.js';
import { quarterEnd } from './truth.js';

export const MONEY_TABLE = { label: 'Biểu số 01', title: 'KẾT QUẢ THỰC HIỆN KINH PHÍ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG' };
export const COUNT_TABLE = { label: 'Biểu số 02', title: 'KẾT QUẢ THỰC HIỆN CÁC HOẠT ĐỘNG TẬP HUẤN, HỖ TRỢ' };
const LEAD_HEADERS = ['STT', 'Nội dung', 'Đơn vị tính'];
const MONEY_UNIT = 'Triệu đồng';

function yearEnd(year: number, period: Period) {
  return year === period.year ? quarterEnd(period.toMonth) : 12;
}

export function moneyGridSpec(body: DistrictBody, period: Period): GridSpec {
  return {
    leadHeaders: LEAD_HEADERS,
    groups: body.years.map((y) => `Năm ${y.year}`),
    rows: SUBJECTS.map((s, i) => ({
      lead: [String(i + 1), s.long, MONEY_UNIT],
      pairs: body.years.map(({ year, truth }) => [truth.allocation[s.id].total, truth.disbursed[s.id][yearEnd(year, period)]]),
    })),
    totalLead: ['', 'Tổng cộng', MONEY_UNIT],
  };
}

export function countGridSpec(body: DistrictBody, period: Period): GridSpec {
  return {
    leadHeaders: LEAD_HEADERS,
    groups: body.years.map((y) => `Năm ${y.year}`),
    rows: INDICATORS.map((ind, i) => ({
      lead: [String(i + 1), ind.label, ind.unit],
      pairs: body.years.map(({ year, truth }) => [truth.plan[ind.id], truth.achieved[ind.id][yearEnd(year, period)]]),
    })),
    totalLead: null,
  };
}

export function districtGrids(body: DistrictBody, period: Period): [Grid, Grid] {
  return [
    computeGrid(moneyGridSpec(body, period), body.tables[0].overrides),
    computeGrid(countGridSpec(body, period), body.tables[1].overrides),
  ];
}
