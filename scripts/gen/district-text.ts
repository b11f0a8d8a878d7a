/**
 * The text of a district report: frame, direction (with citations), money of each sub-project in the
 * seed style (`Tổng kinh phí Tiểu dự án 1 năm 2023: 1.234 triệu đồng, trong đó ngân sách trung ương: ...`,
 * `Kết quả giải ngân: 617 triệu đồng, đạt 50%`), counted results, assessment, tasks, close, two appendices.
 */
import { bold, lines, para } from './blocks.js';
import { COUNT_TABLE, MONEY_TABLE, districtGrids } from './district-tables.js';
import { bodyDate, formatCount, formatMoney, statedPercent } from './format.js';
import { appendixHead, closeBlocks, headBlocks } from './frame.js';
import type { Block, BudgetFacts, DistrictBody, QuantityFacts, ReportSpec } from './model.js';
import { selfRefOf } from './model.js';
import { districtPhrase } from './places.js';
import type { Rng } from './prng.js';
import { PROGRAM_NAME, prose } from './prose.js';
import { citeRef } from './refs.js';
import { tableBlock } from './table-builder.js';

/** `Tổng kinh phí Tiểu dự án 1 năm 2023: ..., trong đó ngân sách trung ương: ..., ngân sách địa phương: ...`. */
export function allocationSentence(b: BudgetFacts, year: number): string {
  const m = (v: number) => formatMoney(v, b.style);
  return `Tổng kinh phí ${b.subject.short} năm ${year}: ${m(b.allocation.total)}, trong đó ngân sách trung ương: ${m(b.allocation.central)}, ngân sách địa phương: ${m(b.allocation.local)}.`;
}

export function budgetParagraph(b: BudgetFacts, year: number, asOf: string): string {
  const m = (v: number) => formatMoney(v, b.style);
  const percent = b.percentOverride ?? statedPercent(b.disbursed, b.allocation.total).text;
  const parts = [allocationSentence(b, year), `Kết quả giải ngân: ${m(b.disbursed)}, đạt ${percent}% (tính đến hết ngày ${asOf}).`];
  if (b.spending.length) {
    parts.push(`Kinh phí đã giải ngân ${m(b.disbursed)}, trong đó: ${b.spending.map((s) => `${s.label}: ${m(s.amount)}`).join('; ')}.`);
  }
  return parts.join(' ');
}

function quantityParagraphs(q: QuantityFacts, asOf: string, who: string, pad: boolean): string[] {
  const total = q.classesTotalOverride ?? q.lop_cong_dong + q.lop_can_bo;
  const c = (n: number) => formatCount(n, pad);
  return [
    `Từ đầu năm đến hết ngày ${asOf}, ${who} đã tổ chức ${c(total)} lớp tập huấn, trong đó: ${c(q.lop_cong_dong)} lớp cho cộng đồng, ${c(q.lop_can_bo)} lớp cho cán bộ cơ sở. Tổng số người tham gia các lớp tập huấn là ${formatCount(q.textOverrides.nguoi ?? q.nguoi)} người.`,
    `Hỗ trợ phương tiện nghe - xem cho ${formatCount(q.textOverrides.ho ?? q.ho)} hộ nghèo, hộ cận nghèo là người dân tộc thiểu số.`,
  ];
}

export function districtBlocks(spec: ReportSpec, body: DistrictBody, rng: Rng): Block[] {
  const { period } = spec;
  const area = districtPhrase(body.district);
  const who = `UBND ${area}`;
  const asOf = bodyDate(period.end);
  const [request, ...rest] = [spec.citations.request, ...spec.citations.basis];
  const out: Block[] = headBlocks(spec);
  out.push(para(`Thực hiện ${citeRef(request)}, ${who} báo cáo kết quả thực hiện ${PROGRAM_NAME} ${period.label} như sau:`));
  out.push(bold('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'));
  out.push(para(`Căn cứ ${rest.map(citeRef).join('; ')}, ${who} đã ban hành ${spec.citations.own.map(citeRef).join('; ')}; chỉ đạo các cơ quan chuyên môn, UBND các xã, thị trấn triển khai thực hiện các dự án, tiểu dự án thuộc Chương trình trên địa bàn.`));
  out.push(bold('II. KẾT QUẢ THỰC HIỆN'));
  out.push(bold(`1. Kinh phí thực hiện Chương trình năm ${period.year}`));
  const dong = (v: number) => formatMoney(v, 'dong');
  const grand = body.budgets.reduce((s, b) => s + b.allocation.total, 0);
  out.push(para(`Tổng kinh phí được giao năm ${period.year} để thực hiện Chương trình là ${dong(grand)}, trong đó: ${body.budgets.map((b) => `${b.subject.long}: ${dong(b.allocation.total)}`).join('; ')}.`));
  body.budgets.forEach((b, i) => {
    out.push(bold(`1.${i + 1}. ${b.subject.long}`));
    out.push(para(budgetParagraph(b, period.year, asOf)));
  });
  out.push(bold('2. Kết quả thực hiện các nội dung'));
  for (const text of quantityParagraphs(body.quantities, asOf, who, rng.chance(0.5))) out.push(para(text));
  out.push(para(`(Chi tiết tại ${MONEY_TABLE.label}, ${COUNT_TABLE.label} kèm theo)`));
  out.push(bold('III. ĐÁNH GIÁ CHUNG'));
  out.push(bold('1. Ưu điểm'));
  for (const t of prose.strengths(rng)) out.push(para(t));
  out.push(bold('2. Tồn tại, hạn chế và nguyên nhân'));
  out.push(para('a) Tồn tại, hạn chế'));
  out.push(lines(prose.weaknesses(rng).map((t) => `- ${t}`)));
  out.push(para('b) Nguyên nhân'));
  out.push(para(prose.cause(rng)));
  out.push(bold('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'));
  out.push(lines(prose.tasks(rng).map((t) => `- ${t}`)));
  out.push(bold('V. KIẾN NGHỊ, ĐỀ XUẤT'));
  for (const t of prose.proposals(rng)) out.push(para(t));
  out.push(para(`Trên đây là báo cáo kết quả thực hiện ${PROGRAM_NAME} ${period.label} trên địa bàn ${area}, ${who} báo cáo ${spec.recipient} tổng hợp./.`));
  out.push(...closeBlocks(spec));
  const [money, count] = districtGrids(body, period);
  const own = selfRefOf(spec);
  out.push(...appendixHead(MONEY_TABLE.title, body.tables[0].selfRef ?? own, MONEY_TABLE.label, null));
  out.push(tableBlock(money, 'money'));
  out.push(...appendixHead(COUNT_TABLE.title, body.tables[1].selfRef ?? own, COUNT_TABLE.label, null));
  out.push(tableBlock(count, 'count'));
  return out;
}
