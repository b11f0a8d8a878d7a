/**
 * The province report of a period: per sub-project the province total and each district's figures
 * (all sums of the district reports), and Biểu số 01 with one row per district and a `Tổng cộng` row.
 * Every figure is computed from the rows, so a changed district row moves the totals with it.
 */
import { bold, lines, para } from './blocks.js';
import { bodyDate, formatTrieu, statedPercent } from './format.js';
import { appendixHead, closeBlocks, headBlocks } from './frame.js';
import { computeGrid, groupCol, type Grid, type GridSpec } from './grid.js';
import type { Block, ProvinceBody, ReportSpec } from './model.js';
import { selfRefOf } from './model.js';
import { districtPhrase } from './places.js';
import type { Rng } from './prng.js';
import { PROGRAM_NAME, prose } from './prose.js';
import { citeRef } from './refs.js';
import { SUBJECTS } from './subjects.js';
import { tableBlock } from './table-builder.js';

export const PROVINCE_TABLE = {
  label: 'Biểu số 01',
  title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN KINH PHÍ CỦA CÁC HUYỆN, THÀNH PHỐ',
  unitNote: 'Đơn vị tính: triệu đồng',
};

export function provinceGridSpec(body: ProvinceBody): GridSpec {
  return {
    leadHeaders: ['STT', 'Đơn vị'],
    groups: SUBJECTS.map((s) => s.long),
    rows: body.rows.map((r, i) => ({
      lead: [String(i + 1), `UBND ${districtPhrase(r.district)}`],
      pairs: SUBJECTS.map((s) => [r.values[s.id].total, r.values[s.id].disbursed]),
    })),
    totalLead: ['', 'Tổng cộng'],
  };
}

export function provinceGrid(body: ProvinceBody): Grid {
  return computeGrid(provinceGridSpec(body), body.tables[0].overrides);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export function provinceBlocks(spec: ReportSpec, body: ProvinceBody, rng: Rng): Block[] {
  const { period } = spec;
  const asOf = bodyDate(period.end);
  const grid = provinceGrid(body);
  const totals = grid.values[grid.totalRow];
  const who = spec.issuer.name;
  const out: Block[] = headBlocks(spec);
  out.push(para(`Thực hiện ${citeRef(spec.citations.request)}, ${who} báo cáo kết quả thực hiện ${PROGRAM_NAME} ${period.label} như sau:`));
  out.push(bold('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'));
  out.push(para(`Căn cứ ${spec.citations.basis.map(citeRef).join('; ')}, ${who} đã ban hành ${spec.citations.own.map(citeRef).join('; ')}; chỉ đạo các sở, ngành, UBND các huyện, thành phố triển khai thực hiện Chương trình.`));
  out.push(bold('II. KẾT QUẢ THỰC HIỆN'));
  out.push(bold(`1. Kinh phí thực hiện Chương trình năm ${period.year}`));
  const subjectTotals = SUBJECTS.map((s, i) => ({ s, plan: totals[groupCol(i, 0)], actual: totals[groupCol(i, 1)] }));
  out.push(para(`Tổng kinh phí năm ${period.year} giao cho các huyện, thành phố thực hiện Chương trình là ${formatTrieu(totals[0])}, trong đó: ${subjectTotals.map((t) => `${t.s.long}: ${formatTrieu(t.plan)}`).join('; ')}.`));
  subjectTotals.forEach((t, i) => {
    out.push(bold(`1.${i + 1}. ${t.s.long}`));
    const percent = body.percentOverrides[t.s.id] ?? statedPercent(t.actual, t.plan).text;
    out.push(para(`Tổng kinh phí ${t.s.short} năm ${period.year} toàn tỉnh: ${formatTrieu(t.plan)}. Kết quả giải ngân: ${formatTrieu(t.actual)}, đạt ${percent}% (tính đến hết ngày ${asOf}). Kết quả của các huyện, thành phố:`));
    out.push(lines(body.rows.map((r) => {
      const v = r.values[t.s.id];
      return `- ${capitalize(districtPhrase(r.district))}: kinh phí ${formatTrieu(v.total)}, giải ngân ${formatTrieu(v.disbursed)}, đạt ${statedPercent(v.disbursed, v.total).text}%;`;
    })));
  });
  out.push(para(`(Chi tiết tại ${PROVINCE_TABLE.label} kèm theo)`));
  out.push(bold('III. ĐÁNH GIÁ CHUNG'));
  out.push(bold('1. Ưu điểm'));
  for (const t of prose.strengths(rng)) out.push(para(t));
  out.push(bold('2. Tồn tại, hạn chế'));
  out.push(lines(prose.weaknesses(rng).map((t) => `- ${t}`)));
  out.push(bold('IV. KIẾN NGHỊ, ĐỀ XUẤT'));
  for (const t of prose.proposals(rng)) out.push(para(t));
  out.push(para(`${who} báo cáo ${spec.recipient} theo quy định./.`));
  out.push(...closeBlocks(spec));
  out.push(...appendixHead(PROVINCE_TABLE.title, body.tables[0].selfRef ?? selfRefOf(spec), PROVINCE_TABLE.label, PROVINCE_TABLE.unitNote));
  out.push(tableBlock(grid, 'money'));
  return out;
}
